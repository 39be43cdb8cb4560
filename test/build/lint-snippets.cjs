#!/usr/bin/env node
/**
 * Helper of test/build/eslint-grenzen.test.ts: lints code snippets with the project's ESLint config through
 * ESLint's Node API (`new ESLint()` + `lintText`). It runs in its own Node process because jest cannot load
 * the ES-module config (eslint.config.mjs) without --experimental-vm-modules.
 *
 * stdin: JSON `[{ code, filePath }]` (filePath relative to the repository root); stdout: JSON
 * `[[{ ruleId, message, severity }]]`, the messages per snippet.
 */
"use strict";

const path = require("path");
const { ESLint } = require("eslint");

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const snippets = JSON.parse(input);
  const eslint = new ESLint({ cwd: path.resolve(__dirname, "..", "..") });
  const out = [];
  for (const { code, filePath } of snippets) {
    const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
    out.push(result.messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity })));
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
