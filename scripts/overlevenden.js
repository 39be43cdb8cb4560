/**
 * The surviving and uncovered mutants of one or more source files, with the original code and Stryker's
 * replacement, from the committed incremental result (reports/stryker-incremental.json): the work list
 * for writing tests that kill them.
 *
 *   node scripts/overlevenden.js src/sheet/kolommen.ts [src/sheet/rij.ts ...]
 */
/* global require, __dirname, process, console */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const rapport = JSON.parse(fs.readFileSync(path.join(ROOT, "reports", "stryker-incremental.json"), "utf8"));
const gevraagd = process.argv.slice(2).map((p) => p.split(path.sep).join("/"));

for (const [bestand, inhoud] of Object.entries(rapport.files)) {
  const relatief = path.relative(ROOT, path.resolve(ROOT, bestand)).split(path.sep).join("/");
  if (gevraagd.length > 0 && !gevraagd.includes(relatief)) continue;
  const regels = inhoud.source.split("\n");
  const open = inhoud.mutants
    .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
    .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  if (open.length === 0) continue;
  console.log(`\n## ${relatief}: ${open.length} open`);
  for (const m of open) {
    const { start, end } = m.location;
    let origineel;
    if (start.line === end.line) origineel = regels[start.line - 1].slice(start.column - 1, end.column - 1);
    else origineel = `${regels[start.line - 1].slice(start.column - 1)} … (t/m regel ${end.line})`;
    const kort = (s) => (s.length > 160 ? `${s.slice(0, 157)}...` : s).replace(/\s+/g, " ");
    console.log(`${relatief}:${start.line}:${start.column} ${m.mutatorName} ${m.status}`);
    console.log(`  was:  ${kort(origineel)}`);
    console.log(`  werd: ${kort(m.replacement ?? "")}`);
  }
}
