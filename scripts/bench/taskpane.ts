/**
 * Benchmark of the task pane (run by `npm run bench`): time to interactive of the built preview in
 * headless Chromium (navigation start -> the "Controleer blad" button is visible and enabled; median
 * of 5 fresh page loads, each in a new browser context with an empty cache; budget 500 ms), and the
 * sizes of the built bundles, with a check that functions.js contains no React.
 * Builds only when dist/preview.html is missing (or dist/ holds a development build of `npm start`).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { INTERNE_PROD_URL } from "../manifest/urls";

const WORTEL = path.resolve(__dirname, "..", "..");
const DIST = path.join(WORTEL, "dist");
const CHROMIUM = "/usr/bin/chromium";
const BUDGET_TTI_MS = 500;
const LADINGEN = 5;
/** Strings only a bundle with React in it contains (react-dom's name, React 18/19 element and internals markers). */
const REACT_MERKTEKENS = [
  "react-dom",
  "react.transitional.element",
  "react.element",
  "__SECRET_INTERNALS",
  "__CLIENT_INTERNALS",
];

const SOORTEN: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
};

function mediaan(reeks: number[]): number {
  const s = [...reeks].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Static server for dist/ on 127.0.0.1 and a free port. */
async function serveer(): Promise<{ url: string; sluit: () => Promise<void> }> {
  const server = http.createServer((vraag, antwoord) => {
    const pad = decodeURIComponent(new URL(vraag.url ?? "/", "http://localhost").pathname);
    const bestand = path.resolve(DIST, "." + pad);
    if (!bestand.startsWith(DIST + path.sep) || !fs.existsSync(bestand) || !fs.statSync(bestand).isFile()) {
      antwoord.writeHead(404).end();
      return;
    }
    antwoord.writeHead(200, { "Content-Type": SOORTEN[path.extname(bestand)] ?? "application/octet-stream" });
    fs.createReadStream(bestand).pipe(antwoord);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sluit: () => new Promise<void>((klaar) => (server.closeAllConnections(), server.close(() => klaar()))),
  };
}

/** Runs in the page before its own scripts. */
const TTI_WACHTER = `(() => {
  const kijk = () => {
    if (window.__tti !== undefined) return;
    const knop = Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Controleer blad");
    if (!knop || knop.disabled || knop.getAttribute("aria-disabled") === "true") return;
    const vak = knop.getBoundingClientRect();
    if (vak.width === 0 || vak.height === 0 || getComputedStyle(knop).visibility === "hidden") return;
    window.__tti = performance.now();
  };
  new MutationObserver(kijk).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Time to interactive of one fresh load, in ms since navigation start (the page's own clock). */
async function meetTti(browser: import("playwright-core").Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // Watches the DOM from the first byte and notes performance.now() (0 = navigation start) when
    // the button is there, visible and enabled.
    // (A string, not a function: tsx would add helpers to a function that do not exist in the page.)
    await page.addInitScript(TTI_WACHTER);
    await page.goto(`${url}/preview.html`, { waitUntil: "commit" });
    const tti = await page.waitForFunction(() => (window as unknown as { __tti?: number }).__tti, undefined, {
      timeout: 30_000,
    });
    return Number(await tti.jsonValue());
  } finally {
    await context.close();
  }
}

function bundels(): void {
  process.stdout.write("Bundels (dist/*.js)\n");
  const namen = fs
    .readdirSync(DIST)
    .filter((n) => n.endsWith(".js"))
    .sort();
  const breedte = Math.max(...namen.map((n) => n.length));
  for (const naam of namen) {
    const inhoud = fs.readFileSync(path.join(DIST, naam));
    const gzip = gzipSync(inhoud, { level: 9 }).length;
    process.stdout.write(
      `  ${naam.padEnd(breedte)}  ${String(inhoud.length).padStart(9)} bytes (${kb(inhoud.length).padStart(9)})  gzip ${String(gzip).padStart(8)} bytes (${kb(gzip).padStart(8)})\n`,
    );
  }
  const functies = path.join(DIST, "functions.js");
  if (fs.existsSync(functies)) {
    const tekst = fs.readFileSync(functies, "utf8");
    const gevonden = REACT_MERKTEKENS.filter((m) => tekst.includes(m));
    process.stdout.write(
      `  functions.js bevat React: ${gevonden.length > 0 ? `ja (${gevonden.join(", ")})` : "nee"}\n`,
    );
  }
}

export async function run(): Promise<void | boolean> {
  process.stdout.write("\nTaakvenster (voorbeeld in headless Chromium)\n");
  const reden = !fs.existsSync(path.join(DIST, "preview.html"))
    ? "dist/preview.html ontbreekt"
    : fs.existsSync(path.join(DIST, "preview.js")) &&
        fs.readFileSync(path.join(DIST, "preview.js"), "utf8").includes("webpack-dev-server")
      ? "dist/ bevat een ontwikkelbouw (npm start); die meten zegt niets"
      : null;
  if (reden) {
    process.stdout.write(`  ${reden}: bouwen met npx webpack --mode production\n`);
    // A production build needs IBT_PROD_URL; this build is never deployed, so a placeholder does when unset.
    execFileSync("npx", ["webpack", "--mode", "production"], {
      cwd: WORTEL,
      stdio: "ignore",
      env: { IBT_PROD_URL: INTERNE_PROD_URL, ...process.env },
    });
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error("Installeer Chromium: apt-get install -y chromium");
  const server = await serveer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let binnenBudget = true;
  try {
    await meetTti(browser, server.url); // warm-up of the browser process itself, not counted
    const metingen: number[] = [];
    for (let i = 0; i < LADINGEN; i++) metingen.push(await meetTti(browser, server.url));
    const m = mediaan(metingen);
    binnenBudget = m <= BUDGET_TTI_MS;
    process.stdout.write(
      `  Tijd tot interactief (navigatie -> "Controleer blad" bruikbaar), mediaan van ${LADINGEN} verse ladingen: ` +
        `${m.toFixed(0)} ms (budget ${BUDGET_TTI_MS} ms) ${binnenBudget ? "OK" : "OVER BUDGET"}\n`,
    );
    process.stdout.write(`  Metingen: ${metingen.map((x) => `${x.toFixed(0)} ms`).join(", ")}\n`);
  } finally {
    await browser.close();
    await server.sluit();
  }
  bundels();
  return binnenBudget;
}

if (require.main === module) {
  run().then(
    (ok) => process.exit(ok === false ? 1 : 0),
    (fout: unknown) => {
      process.stderr.write(`${fout instanceof Error ? fout.message : String(fout)}\n`);
      process.exit(1);
    },
  );
}
