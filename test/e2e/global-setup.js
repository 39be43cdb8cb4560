/**
 * Global setup of the browser tests: build dist/ with `npx webpack --mode production` when dist/preview.html
 * or dist/preview.js is missing, when dist/ holds a development build left by `npm start`, or when the
 * content hash of the preview's sources (src/, webpack.config.js, data/, assets/, tsconfig.json,
 * package-lock.json: scripts/bron-hash.js) differs from dist/.bron-hash, which every production build
 * writes. So `npm test` on a clean clone tests the current code, and an up-to-date dist/ is never rebuilt
 * because a file was merely touched.
 */
/* global require, module, __dirname, process, console */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { BRON_HASH_BESTAND, bronHash } = require("../../scripts/bron-hash");
const { INTERNE_PROD_URL } = require("../../scripts/manifest/urls");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

function moetBouwen() {
  if (!fs.existsSync(DIST)) return "dist/ ontbreekt";
  if (!fs.existsSync(path.join(DIST, "preview.html"))) return "dist/preview.html ontbreekt";
  const bundel = path.join(DIST, "preview.js");
  if (!fs.existsSync(bundel)) return "dist/preview.js ontbreekt";
  // `npm start` (webpack serve, writeToDisk) leaves a development build with the dev-server client in dist/.
  if (fs.readFileSync(bundel, "utf8").includes("webpack-dev-server"))
    return "dist/ bevat een ontwikkelbouw (npm start)";
  const hashBestand = path.join(DIST, BRON_HASH_BESTAND);
  if (!fs.existsSync(hashBestand)) return `dist/${BRON_HASH_BESTAND} ontbreekt (geen productiebuild)`;
  const gebouwd = fs.readFileSync(hashBestand, "utf8").trim();
  return gebouwd === bronHash(ROOT) ? null : "de bronnen zijn gewijzigd sinds de laatste build";
}

module.exports = async function globalSetup() {
  const reden = moetBouwen();
  if (!reden) return;
  console.log(`\nE2E: bouwen (${reden}): npx webpack --mode production`);
  // A production build needs IBT_PROD_URL; these tests never deploy it, so a placeholder does when unset.
  const env = { IBT_PROD_URL: INTERNE_PROD_URL, ...process.env };
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit", env });
};
