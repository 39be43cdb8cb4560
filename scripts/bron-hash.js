/**
 * The content hash of everything the preview bundle is built from: src/, webpack.config.js, data/, assets/,
 * tsconfig.json and package-lock.json (the installed packages). A production build writes it to
 * dist/.bron-hash (webpack.config.js); the browser tests' global setup (test/e2e/global-setup.js) rebuilds
 * only when the hash of the current sources differs. Contents, not modification times: a checkout, a
 * `touch` or an edit that is undone does not force a build, and an edit never goes unnoticed.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

/** The file holding the hash, in the build's output directory. */
const BRON_HASH_BESTAND = ".bron-hash";

/** Sources of the build, relative to the repository root: folders are read recursively. */
const BRONNEN = ["src", "webpack.config.js", "data", "assets", "tsconfig.json", "package-lock.json"];

/** Every file under `relatief` (a file or a folder), as sorted paths with forward slashes. */
function bestanden(root, relatief) {
  const volledig = path.join(root, relatief);
  if (!fs.existsSync(volledig)) return [];
  if (!fs.statSync(volledig).isDirectory()) return [relatief];
  return fs
    .readdirSync(volledig)
    .sort()
    .flatMap((naam) => bestanden(root, `${relatief}/${naam}`));
}

/** SHA-256 (hex) over the path, size and bytes of every source file; a missing source simply adds nothing. */
function bronHash(root = path.resolve(__dirname, "..")) {
  const hash = crypto.createHash("sha256");
  for (const relatief of BRONNEN.flatMap((bron) => bestanden(root, bron))) {
    const inhoud = fs.readFileSync(path.join(root, relatief));
    hash.update(`${relatief}\0${inhoud.length}\0`);
    hash.update(inhoud);
  }
  return hash.digest("hex");
}

module.exports = { BRON_HASH_BESTAND, BRONNEN, bronHash };
