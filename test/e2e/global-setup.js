/**
 * Global setup of the browser tests: build dist/ with `npx webpack --mode production` when
 * dist/preview.html is missing or older than any file in src/ (or webpack.config.js, data/, assets/), or
 * when dist/ holds a development build left by `npm start`, so that `npm test` on a clean clone tests the
 * current code.
 */
/* global require, module, __dirname, process, console */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..");

function nieuwsteWijziging(pad) {
  if (!fs.existsSync(pad)) return 0;
  const stat = fs.statSync(pad);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let nieuwste = 0;
  for (const naam of fs.readdirSync(pad))
    nieuwste = Math.max(nieuwste, nieuwsteWijziging(path.join(pad, naam)));
  return nieuwste;
}

function moetBouwen() {
  const preview = path.join(ROOT, "dist", "preview.html");
  if (!fs.existsSync(preview)) return "dist/preview.html ontbreekt";
  const bundel = path.join(ROOT, "dist", "preview.js");
  if (!fs.existsSync(bundel)) return "dist/preview.js ontbreekt";
  // `npm start` (webpack serve, writeToDisk) leaves a development build with the dev-server client in dist/.
  if (fs.readFileSync(bundel, "utf8").includes("webpack-dev-server"))
    return "dist/ bevat een ontwikkelbouw (npm start)";
  // html-webpack-plugin leaves an unchanged preview.html alone, so the bundle's time is the build's time.
  const gebouwd = fs.statSync(bundel).mtimeMs;
  const bronnen = ["src", "webpack.config.js", "data", "assets"].map((p) =>
    nieuwsteWijziging(path.join(ROOT, p)),
  );
  return Math.max(...bronnen) > gebouwd ? "src/ is nieuwer dan dist/preview.js" : null;
}

module.exports = async function globalSetup() {
  const reden = moetBouwen();
  if (!reden) return;
  console.log(`\nE2E: bouwen (${reden}): npx webpack --mode production`);
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit", env: process.env });
};
