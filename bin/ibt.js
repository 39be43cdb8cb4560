#!/usr/bin/env node
/**
 * Entry point of the `ibt` command line. Runs the TypeScript sources directly through tsx (a runtime
 * dependency), so `npx ibt check` works right after `npm ci` without a build step.
 */
"use strict";
const path = require("node:path");
const { require: tsxRequire } = require("tsx/cjs/api");

// `ibt check | head`: the reader closing the pipe early is not an error.
for (const stroom of [process.stdout, process.stderr]) {
  stroom.on("error", (fout) => {
    if (fout && fout.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw fout;
  });
}

const { main } = tsxRequire(path.join(__dirname, "..", "src", "cli", "main.ts"), __filename);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (fout) => {
    process.stderr.write(`ibt: onverwachte fout: ${fout && fout.stack ? fout.stack : fout}\n`);
    process.exitCode = 2;
  },
);
