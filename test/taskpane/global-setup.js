/**
 * Global setup of the component tests (jsdom): Fluent UI v9 as one file.
 *
 * `@fluentui/react-components` is some 250 small CommonJS modules. Jest gives every test file its own
 * module registry, so each of the component test files resolved and evaluated all of them again: 1.3 to
 * 1.6 s per file, half of the component tests' time. esbuild bundles Fluent's ES-module build (the one
 * webpack ships in the task pane) into one CommonJS file, with React, ReactDOM and the scheduler left out
 * so that the tests and Fluent share one React. jest.config.js maps the package to that file for the
 * component tests only; loading it takes about 0.15 s.
 *
 * The bundle lives in node_modules/.cache/ and is rebuilt only when the versions of Fluent or esbuild, or
 * this recipe, change (a stamp next to it).
 */
/* global require, module, __dirname, process, console */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const MAP = path.join(ROOT, "node_modules", ".cache", "ibt-huisvesting");
const BUNDEL = path.join(MAP, "fluent-react-components.js");
const STEMPEL = `${BUNDEL}.stempel`;
const EXTERN = ["react", "react-dom", "scheduler"];
const RECEPT = 1;

function versie(pakket) {
  return JSON.parse(fs.readFileSync(require.resolve(`${pakket}/package.json`, { paths: [ROOT] }), "utf8"))
    .version;
}

function stempel() {
  return JSON.stringify({
    recept: RECEPT,
    fluent: versie("@fluentui/react-components"),
    esbuild: versie("esbuild"),
    node: process.versions.node.split(".")[0],
  });
}

async function bouwFluentBundel() {
  const gewenst = stempel();
  if (fs.existsSync(BUNDEL) && fs.existsSync(STEMPEL) && fs.readFileSync(STEMPEL, "utf8") === gewenst) return;
  const esbuild = require("esbuild");
  fs.mkdirSync(MAP, { recursive: true });
  const tijdelijk = `${BUNDEL}.${process.pid}.tmp`;
  await esbuild.build({
    stdin: { contents: 'export * from "@fluentui/react-components";', resolveDir: ROOT, loader: "js" },
    bundle: true,
    platform: "node",
    format: "cjs",
    // The ES-module build, as in the task pane's webpack bundle.
    mainFields: ["module", "main"],
    external: EXTERN,
    logLevel: "warning",
    outfile: tijdelijk,
  });
  fs.renameSync(tijdelijk, BUNDEL);
  fs.writeFileSync(STEMPEL, gewenst);
  console.log(`\nComponenttests: Fluent UI gebundeld in ${path.relative(ROOT, BUNDEL)}`);
}

module.exports = bouwFluentBundel;
module.exports.BUNDEL = BUNDEL;
