/**
 * Mutation score per layer from Stryker's JSON report (reports/mutation/mutation.json), after
 * `stryker run`: prints killed, survived, no coverage and the score for src/domain and src/sheet, and
 * fails (exit code 1) when either is below the threshold (stryker.config.json thresholds.break).
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts it;
 * compile errors (mutants the TypeScript checker rejects) and ignored (static) mutants do not count.
 *
 *   node scripts/mutatiescore.js [--lijst] [--per-bestand]
 * --lijst: also every surviving or uncovered mutant; --per-bestand: also the score of every file.
 */
/* global require, __dirname, process, console */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const rapport = JSON.parse(fs.readFileSync(path.join(ROOT, "reports", "mutation", "mutation.json"), "utf8"));
const config = JSON.parse(fs.readFileSync(path.join(ROOT, "stryker.config.json"), "utf8"));
const grens = config.thresholds.break;
const LAGEN = ["src/domain", "src/sheet"];

const tellingen = Object.fromEntries(
  LAGEN.map((laag) => [laag, { killed: 0, timeout: 0, survived: 0, noCoverage: 0, overig: 0 }]),
);
const overlevenden = [];
const perBestand = new Map();
for (const [bestand, inhoud] of Object.entries(rapport.files)) {
  const relatief = path.relative(ROOT, path.resolve(ROOT, bestand)).split(path.sep).join("/");
  const laag = LAGEN.find((l) => relatief.startsWith(`${l}/`));
  if (!laag) continue;
  const b = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, overig: 0 };
  perBestand.set(relatief, b);
  for (const m of inhoud.mutants) {
    const t = tellingen[laag];
    const sleutel = { Killed: "killed", Timeout: "timeout", Survived: "survived", NoCoverage: "noCoverage" }[
      m.status
    ];
    b[sleutel ?? "overig"]++;
    if (m.status === "Killed") t.killed++;
    else if (m.status === "Timeout") t.timeout++;
    else if (m.status === "Survived") t.survived++;
    else if (m.status === "NoCoverage") t.noCoverage++;
    else t.overig++;
    if (m.status === "Survived" || m.status === "NoCoverage")
      overlevenden.push(`${relatief}:${m.location.start.line} ${m.mutatorName} ${m.status}`);
  }
}

let gezakt = false;
console.log("laag        gedood  time-out  overleefd  niet gedekt  overig  score");
for (const laag of LAGEN) {
  const t = tellingen[laag];
  const gedood = t.killed + t.timeout;
  const noemer = gedood + t.survived + t.noCoverage;
  const score = noemer === 0 ? 100 : (100 * gedood) / noemer;
  if (score < grens) gezakt = true;
  console.log(
    `${laag.padEnd(11)} ${String(t.killed).padStart(6)}  ${String(t.timeout).padStart(8)}  ${String(t.survived).padStart(9)}  ${String(t.noCoverage).padStart(11)}  ${String(t.overig).padStart(6)}  ${score.toFixed(2)}%`,
  );
}
if (process.argv.includes("--per-bestand"))
  for (const [bestand, t] of [...perBestand].sort()) {
    const gedood = t.killed + t.timeout;
    const noemer = gedood + t.survived + t.noCoverage;
    if (noemer === 0) continue;
    console.log(
      `${bestand.padEnd(32)} ${String(t.killed).padStart(6)}  ${String(t.timeout).padStart(8)}  ${String(t.survived).padStart(9)}  ${String(t.noCoverage).padStart(11)}  ${((100 * gedood) / noemer).toFixed(2)}%`,
    );
  }
if (process.argv.includes("--lijst")) for (const o of overlevenden) console.log(o);
if (gezakt) {
  console.error(`Mutatiescore onder de grens van ${grens}% in ten minste één laag.`);
  process.exit(1);
}
