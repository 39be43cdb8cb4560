/**
 * Benchmark of the command line's .xlsx reading and lossless copy (run by scripts/bench.ts), each case
 * in a fresh process (`node bin/ibt.js`, tsx start-up included) with its peak memory (maxRSS):
 *
 * - a two-row sheet with one stray value in XFD1048576 (test/fixtures/werkboeken/verre-cel.xlsx) and one
 *   with a value in A1048576: budget 1 s and 200 MB each (ExcelJS took 10-14 s / 670 MB, or ran out of
 *   memory);
 * - a header reaching column XFD (kop-tot-xfd.xlsx), checked;
 * - the synthetic sheet of 6,840 rows copied with --out, and which parts of the package changed.
 *
 * Exceeding a budget returns `{ tijdBinnenBudget: false }` (exit 1 of scripts/bench.ts: a slow or busy
 * machine, not a broken program).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { maakSynthetischBlad } from "../../src/sheet/synthetisch";
import type { BenchUitkomst } from "../bench";

const WORTEL = path.resolve(__dirname, "..", "..");
const BIN = path.join(WORTEL, "bin", "ibt.js");
const CORPUS = path.join(WORTEL, "test", "fixtures", "werkboeken");
const BUDGET_MS = 1_000;
const BUDGET_MB = 200;
const RUNS = 3;

/** Runs the command line in a child that reports its own peak memory on exit. */
function draai(args: string[]): { ms: number; mb: number; code: number; stderr: string } {
  const kind =
    `process.on("exit", () => process.stderr.write("\\nMAXRSS " + process.resourceUsage().maxRSS + "\\n"));` +
    `process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)});`;
  const t0 = performance.now();
  const uit = spawnSync(process.execPath, ["-e", kind, ...args], { encoding: "utf8", maxBuffer: 2 ** 28 });
  const ms = performance.now() - t0;
  const kb = Number(/MAXRSS (\d+)/.exec(uit.stderr)?.[1] ?? NaN);
  return { ms, mb: kb / 1024, code: uit.status ?? 99, stderr: uit.stderr.replace(/\nMAXRSS \d+\n$/, "") };
}

function mediaan(reeks: number[]): number {
  const s = [...reeks].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function schrijfA1048576(pad: string): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  const ws = werkmap.addWorksheet("Overzicht");
  ws.getRow(1).values = [
    "Gemeente",
    "Periode",
    "Achterstand begin",
    "Taakstelling",
    "Herverdeling",
    "Gerealiseerd",
  ];
  ws.getRow(2).values = ["Leusden", "2022-1", 21, 18, 0, 13];
  ws.getCell("A1048576").value = "verdwaald";
  await werkmap.xlsx.writeFile(pad);
}

async function schrijfSynthetisch(pad: string): Promise<void> {
  const blad = maakSynthetischBlad(342, 20);
  const werkmap = new ExcelJS.Workbook();
  const ws = werkmap.addWorksheet(blad.naam);
  blad.waarden.forEach((rij, r) => {
    const wsRij = ws.getRow(r + 1);
    rij.forEach((w, k) => {
      if (w !== "" && w !== null) wsRij.getCell(k + 1).value = w;
    });
  });
  await werkmap.xlsx.writeFile(pad);
}

function veranderdeOnderdelen(voor: string, na: string): string[] {
  const a = unzipSync(readFileSync(voor));
  const b = unzipSync(readFileSync(na));
  const namen = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...namen].filter((n) => !a[n] || !b[n] || !Buffer.from(a[n]).equals(Buffer.from(b[n])));
}

export async function run(): Promise<BenchUitkomst> {
  const map = mkdtempSync(path.join(os.tmpdir(), "ibt-bench-xlsx-"));
  let binnen = true;
  try {
    const a1048576 = path.join(map, "a1048576.xlsx");
    await schrijfA1048576(a1048576);
    const synthetisch = path.join(map, "synthetisch.xlsx");
    await schrijfSynthetisch(synthetisch);
    const gevallen: [string, string[], boolean][] = [
      [
        "ibt check verre-cel.xlsx (XFD1048576)",
        ["check", path.join(CORPUS, "verre-cel.xlsx"), "--json"],
        true,
      ],
      [
        "ibt check --out, verre cel",
        ["check", path.join(CORPUS, "verre-cel.xlsx"), "--out", path.join(map, "verre-uit.xlsx")],
        true,
      ],
      ["ibt check (waarde in A1048576)", ["check", a1048576, "--json"], true],
      ["ibt check kop-tot-xfd.xlsx", ["check", path.join(CORPUS, "kop-tot-xfd.xlsx"), "--json"], false],
      [
        "ibt check --out, 6.840 rijen",
        ["check", synthetisch, "--out", path.join(map, "synth-uit.xlsx")],
        false,
      ],
    ];
    process.stdout.write(`Lezen en kopiëren van .xlsx (nieuw proces per run, mediaan van ${RUNS})\n`);
    process.stdout.write(
      `  ${"Meting".padEnd(40)}  ${"tijd".padStart(9)}  ${"geheugen".padStart(9)}  oordeel\n`,
    );
    for (const [wat, args, budget] of gevallen) {
      const runs = Array.from({ length: RUNS }, () => draai(args));
      const fout = runs.find((r) => r.code > 1);
      if (fout) {
        process.stdout.write(`  ${wat}: afsluitcode ${fout.code}\n${fout.stderr}\n`);
        return { tijdBinnenBudget: false, tellingBinnenBudget: false };
      }
      const ms = mediaan(runs.map((r) => r.ms));
      const mb = Math.max(...runs.map((r) => r.mb));
      const ok = !budget || (ms <= BUDGET_MS && mb <= BUDGET_MB);
      if (!ok) binnen = false;
      process.stdout.write(
        `  ${wat.padEnd(40)}  ${`${ms.toFixed(0)} ms`.padStart(9)}  ${`${mb.toFixed(0)} MB`.padStart(9)}  ${
          budget ? (ok ? `OK (budget ${BUDGET_MS} ms, ${BUDGET_MB} MB)` : "OVER BUDGET") : ""
        }\n`,
      );
    }
    const delen = veranderdeOnderdelen(synthetisch, path.join(map, "synth-uit.xlsx"));
    process.stdout.write(`  Gewijzigde onderdelen van de kopie (6.840 rijen): ${delen.join(", ")}\n`);
    writeFileSync(path.join(map, "klaar"), "");
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
  return { tijdBinnenBudget: binnen };
}

if (require.main === module) void run().then((u) => process.exit(u.tijdBinnenBudget === false ? 1 : 0));
