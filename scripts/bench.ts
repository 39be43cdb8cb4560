/**
 * `npm run bench`: a benchmark, not a test. Prints the machine, the engine's time on a synthetic sheet of
 * 342 gemeenten x 20 periods (6,840 rows) and the command line's time end to end, each against its
 * budget; then runs every module in scripts/bench/*.ts (alphabetical), each exporting
 * `async function run(): Promise<void | boolean | BenchUitkomst>` that prints its own figures.
 * Returning `false` means a TIME budget was exceeded; a module with a deterministic budget (a count,
 * such as context.sync() calls) returns `{ tellingBinnenBudget: false }` when it is exceeded.
 *
 * Exit codes, so that CI can tell a slow machine from a broken add-in:
 * - 0: everything within budget;
 * - 1: only a time budget exceeded (depends on the machine and its load; CI prints a warning);
 * - 2: a module or a command crashed, or a count budget was exceeded (deterministic; CI fails).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { controleerBlad, maakSchrijfPlan } from "../src/sheet";
import { maakSynthetischBlad } from "../src/sheet/synthetisch";
import type { Blad } from "../src/sheet/types";

const WORTEL = path.resolve(__dirname, "..");
const BIN = path.join(WORTEL, "bin", "ibt.js");
const GEMEENTEN = 342;
const PERIODEN = 20;
const BUDGET_ENGINE_MS = 200;
const BUDGET_CLI_MS = 5_000;
const RUNS_ENGINE = 5;
const RUNS_CLI = 3;

function mediaan(reeks: number[]): number {
  const s = [...reeks].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ms(x: number): string {
  return `${x.toFixed(x < 100 ? 1 : 0)} ms`;
}

interface Meting {
  wat: string;
  mediaan: number;
  budget: number | null;
}

/** What a module in scripts/bench/ may return besides `void` or a boolean (`false` = time over budget). */
export interface BenchUitkomst {
  /** False when a time budget was exceeded (exit 1: a warning on a busy machine). */
  tijdBinnenBudget?: boolean;
  /** False when a count budget (deterministic, e.g. context.sync() calls) was exceeded (exit 2). */
  tellingBinnenBudget?: boolean;
}

/** A time budget was exceeded: exit 1 unless something worse happened. */
let tijdOverschreden = false;
/** A crash or a count budget exceeded: exit 2. */
let kapot = false;

function druk(tabel: Meting[]): void {
  const breedte = Math.max(...tabel.map((m) => m.wat.length));
  process.stdout.write(
    `  ${"Meting".padEnd(breedte)}  ${"mediaan".padStart(10)}  ${"budget".padStart(10)}  oordeel\n`,
  );
  for (const m of tabel) {
    const oordeel = m.budget === null ? "" : m.mediaan <= m.budget ? "OK" : "OVER BUDGET";
    if (m.budget !== null && m.mediaan > m.budget) tijdOverschreden = true;
    process.stdout.write(
      `  ${m.wat.padEnd(breedte)}  ${ms(m.mediaan).padStart(10)}  ${(m.budget === null ? "" : ms(m.budget)).padStart(10)}  ${oordeel}\n`,
    );
  }
}

function machine(): void {
  const cpus = os.cpus();
  process.stdout.write("Machine\n");
  process.stdout.write(`  OS:        ${os.type()} ${os.release()} (${os.platform()}/${os.arch()})\n`);
  process.stdout.write(`  CPU:       ${cpus[0]?.model ?? "onbekend"} x ${cpus.length}\n`);
  process.stdout.write(`  Node.js:   ${process.version}\n`);
  process.stdout.write(`  Geheugen:  ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB\n\n`);
}

function meetEngine(blad: Blad): void {
  // warm-up
  maakSchrijfPlan(blad, controleerBlad(blad));
  const controle: number[] = [];
  const plan: number[] = [];
  for (let i = 0; i < RUNS_ENGINE; i++) {
    const t0 = performance.now();
    const rapport = controleerBlad(blad);
    const t1 = performance.now();
    maakSchrijfPlan(blad, rapport);
    const t2 = performance.now();
    controle.push(t1 - t0);
    plan.push(t2 - t1);
  }
  const tabel: Meting[] = [
    { wat: "engine: lezen + controleren (controleerBlad)", mediaan: mediaan(controle), budget: null },
    { wat: "engine: schrijfplan (maakSchrijfPlan)", mediaan: mediaan(plan), budget: null },
    {
      wat: "engine: totaal",
      mediaan: mediaan(controle.map((c, i) => c + plan[i])),
      budget: BUDGET_ENGINE_MS,
    },
  ];
  process.stdout.write(
    `Engine (${GEMEENTEN * PERIODEN} datarijen, mediaan van ${RUNS_ENGINE} na opwarmen)\n`,
  );
  druk(tabel);
  process.stdout.write("\n");
}

async function schrijfXlsx(blad: Blad, pad: string): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  const ws = werkmap.addWorksheet(blad.naam);
  const r0 = (blad.beginRij ?? 0) + 1;
  const k0 = (blad.beginKolom ?? 0) + 1;
  blad.waarden.forEach((rij, r) => {
    const wsRij = ws.getRow(r0 + r);
    rij.forEach((waarde, k) => {
      if (waarde !== "" && waarde !== null) wsRij.getCell(k0 + k).value = waarde;
    });
  });
  await werkmap.xlsx.writeFile(pad);
}

function draai(args: string[]): Promise<{ ms: number; code: number; stderr: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 256 * 2 ** 20 }, (fout, _stdout, stderr) => {
      const code = fout ? (typeof fout.code === "number" ? fout.code : 99) : 0;
      resolve({ ms: performance.now() - t0, code, stderr });
    });
  });
}

async function meetCli(blad: Blad): Promise<void> {
  const map = mkdtempSync(path.join(os.tmpdir(), "ibt-bench-"));
  try {
    const invoer = path.join(map, "synthetisch.xlsx");
    await schrijfXlsx(blad, invoer);
    const tabel: Meting[] = [];
    for (const [wat, args] of [
      ["ibt check <bestand>", ["check", invoer]],
      ["ibt check <bestand> --json", ["check", invoer, "--json"]],
      ["ibt check <bestand> --out <kopie>", ["check", invoer, "--out", path.join(map, "uit.xlsx")]],
    ] as [string, string[]][]) {
      const tijden: number[] = [];
      for (let i = 0; i < RUNS_CLI; i++) {
        const { ms: t, code, stderr } = await draai(args);
        if (code !== 0 && code !== 1) {
          process.stdout.write(`  ${wat}: afsluitcode ${code}\n${stderr}\n`);
          kapot = true;
        }
        tijden.push(t);
      }
      tabel.push({ wat: `cli: ${wat}`, mediaan: mediaan(tijden), budget: BUDGET_CLI_MS });
    }
    process.stdout.write(`Opdrachtregel end-to-end (node bin/ibt.js, mediaan van ${RUNS_CLI})\n`);
    druk(tabel);
    process.stdout.write("\n");
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

async function meetModules(): Promise<void> {
  const map = path.join(__dirname, "bench");
  let bestanden: string[] = [];
  try {
    bestanden = readdirSync(map)
      .filter((f) => f.endsWith(".ts"))
      .sort();
  } catch {
    return;
  }
  for (const bestand of bestanden) {
    process.stdout.write(`--- scripts/bench/${bestand} ---\n`);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(path.join(map, bestand)) as {
        run?: () => Promise<void | boolean | BenchUitkomst>;
      };
      if (typeof module.run !== "function") throw new Error("exporteert geen functie run()");
      const uitkomst = await module.run();
      if (uitkomst === false) tijdOverschreden = true;
      if (typeof uitkomst === "object" && uitkomst !== null) {
        if (uitkomst.tijdBinnenBudget === false) tijdOverschreden = true;
        if (uitkomst.tellingBinnenBudget === false) {
          kapot = true;
          process.stdout.write(
            "  TELLING BOVEN BUDGET (deterministisch, geen kwestie van een trage machine)\n",
          );
        }
      }
    } catch (fout) {
      kapot = true;
      process.stdout.write(
        `  MISLUKT: ${fout instanceof Error ? (fout.stack ?? fout.message) : String(fout)}\n`,
      );
    }
    process.stdout.write("\n");
  }
}

async function hoofd(): Promise<void> {
  process.stdout.write("IBT Huisvesting benchmark\n\n");
  machine();
  const blad = maakSynthetischBlad(GEMEENTEN, PERIODEN);
  meetEngine(blad);
  await meetCli(blad);
  await meetModules();
  process.stdout.write(
    kapot
      ? "Resultaat: MISLUKT: een meting liep vast of een telbudget (syncs) is overschreden (zie boven).\n"
      : tijdOverschreden
        ? "Resultaat: een tijdbudget is overschreden op deze machine (zie boven); tellingen binnen budget.\n"
        : "Resultaat: alles binnen budget.\n",
  );
  process.exitCode = kapot ? 2 : tijdOverschreden ? 1 : 0;
}

hoofd().catch((fout) => {
  process.stderr.write(`${fout instanceof Error ? (fout.stack ?? fout.message) : String(fout)}\n`);
  process.exitCode = 2;
});
