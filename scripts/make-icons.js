#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80): a white house with a check mark on a
 * rounded square in the project's blue. Plain Node: shapes are sampled 4x4 per pixel for anti-aliasing
 * and written as an RGBA PNG with zlib. Run: `node scripts/make-icons.js` (output is committed).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { encodePng } = require("./manifest/png");

const SIZES = [16, 32, 64, 80];
const BLUE = [0x1b, 0x4f, 0x8a]; // background
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x1e, 0x7b, 0x3a]; // check mark, on the white house
const SAMPLES = 4;

/** Is (x, y), in units of the icon (0..1), inside a rounded square with corner radius r? */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Is (x, y) inside the polygon (even-odd rule)? */
function inPolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from (x, y) to the segment a-b. */
function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

// The house: a roof and a body with a chimney, as one outline.
const HOUSE = [
  [0.5, 0.14],
  [0.66, 0.28],
  [0.66, 0.18],
  [0.74, 0.18],
  [0.74, 0.35],
  [0.88, 0.48],
  [0.78, 0.48],
  [0.78, 0.86],
  [0.22, 0.86],
  [0.22, 0.48],
  [0.12, 0.48],
];
const CHECK = [
  [0.34, 0.64],
  [0.46, 0.76],
  [0.67, 0.53],
];

/** The colour of one sample point. */
function colourAt(x, y, size) {
  if (!inRoundedSquare(x, y, 0.18)) return null;
  if (inPolygon(x, y, HOUSE)) {
    // Thicker strokes on the small icons, so the check stays visible at 16 px.
    const half = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.06;
    const d = Math.min(
      distanceToSegment(x, y, CHECK[0], CHECK[1]),
      distanceToSegment(x, y, CHECK[1], CHECK[2]),
    );
    return d <= half ? GREEN : WHITE;
  }
  return BLUE;
}

/** RGBA pixels of the icon at the given size. */
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

function main() {
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`Geschreven: ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, SIZES };
