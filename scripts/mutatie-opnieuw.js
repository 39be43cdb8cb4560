/**
 * Forget Stryker's time-outs (or other results) of some source files in the committed incremental result
 * (reports/stryker-incremental.json), so that the next `npx stryker run --mutate <files>` tests those
 * mutants again. A mutant that timed out on a busy machine counts as detected, but it may only have been
 * slow: run this, then re-measure when the machine is quiet.
 *
 *   node scripts/mutatie-opnieuw.js [--status Timeout] src/sheet/adres.ts src/sheet/historie.ts ...
 */
/* global require, __dirname, process, console */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const BESTAND = path.join(ROOT, "reports", "stryker-incremental.json");
const args = process.argv.slice(2);
let status = "Timeout";
const i = args.indexOf("--status");
if (i >= 0) {
  status = args[i + 1];
  args.splice(i, 2);
}
const gevraagd = new Set(args.map((p) => p.split(path.sep).join("/")));
const rapport = JSON.parse(fs.readFileSync(BESTAND, "utf8"));
let vergeten = 0;
for (const [bestand, inhoud] of Object.entries(rapport.files)) {
  const relatief = path.relative(ROOT, path.resolve(ROOT, bestand)).split(path.sep).join("/");
  if (gevraagd.size > 0 && !gevraagd.has(relatief)) continue;
  const voor = inhoud.mutants.length;
  inhoud.mutants = inhoud.mutants.filter((m) => m.status !== status);
  vergeten += voor - inhoud.mutants.length;
}
fs.writeFileSync(BESTAND, JSON.stringify(rapport, null, 2));
console.log(`${vergeten} mutanten met status ${status} vergeten; de volgende run test ze opnieuw.`);
