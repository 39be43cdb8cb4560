#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml and the built dist/manifest.xml offline (see
 * scripts/manifest/validate.js). With `--online` it then also runs Microsoft's validator
 * (`office-addin-manifest validate manifest.xml`), which needs the internet.
 * Exit code 0 when all is in order, 1 otherwise.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { validateManifest } = require("./manifest/validate");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

function main(argv) {
  const online = argv.includes("--online");
  const targets = [path.join(ROOT, "manifest.xml")];
  if (fs.existsSync(path.join(DIST, "manifest.xml"))) targets.push(path.join(DIST, "manifest.xml"));

  let failed = false;
  for (const manifestPath of targets) {
    const name = path.relative(ROOT, manifestPath);
    const problems = validateManifest({ manifestPath, distDir: DIST });
    if (problems.length === 0) {
      console.log(`✓ ${name}: in orde.`);
    } else {
      failed = true;
      console.error(`✗ ${name}: ${problems.length} ${problems.length === 1 ? "probleem" : "problemen"}:`);
      for (const p of problems) console.error(`  - [${p.code}] ${p.message}`);
    }
  }
  if (failed) {
    console.error("Manifestcontrole mislukt.");
    return 1;
  }
  console.log(
    `Manifestcontrole geslaagd (offline): ${targets.map((t) => path.relative(ROOT, t)).join(" en ")} ` +
      "— XML, resids, HTTPS-adressen, SupportUrl, bestanden in dist/, icoonmaten per element, namespace IBT, " +
      "SharedRuntime 1.1, CustomFunctionsRuntime 1.2.",
  );

  if (online) {
    console.log("Online controle met office-addin-manifest validate (heeft internet nodig)...");
    const bin = path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const command = fs.existsSync(bin)
      ? [process.execPath, [bin]]
      : ["npx", ["--no-install", "office-addin-manifest"]];
    const result = spawnSync(command[0], [...command[1], "validate", "manifest.xml"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (result.status !== 0) {
      console.error("Online controle mislukt (of de validatieservice was niet bereikbaar).");
      return 1;
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
