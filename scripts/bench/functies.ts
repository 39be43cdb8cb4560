/**
 * Benchmark of the twelve custom functions (run by scripts/bench.ts; on its own:
 * `npx tsx scripts/bench/functies.ts`). Each function is called once with column ranges as Excel passes
 * them (`[[v1], [v2], ...]`) at three sizes: 342 rows (one period of every gemeente), 6,840 rows (342
 * gemeenten x 20 periods) and a whole column (1,048,576 rows of which the first 6,840 are filled, the
 * rest empty cells as Excel passes them). VERSNELLING_VERHOUDING gets the same columns as its lists
 * (every gemeente compared with the whole set). PROGNOSE and BENODIGD_TEMPO get one measuring date per
 * period, as an overview has it, and once more a different date on every row (their worst case); "VERSNELLING_VERHOUDING 1 rij" is the same formula for one
 * gemeente against those lists, as when it is filled down row by row (each call reads the lists once). Printed: the median wall time of RUNS calls after one
 * warm-up, against the budget of 20 ms per call, with the median CPU time of the process beside it. Exceeding it returns `{ tijdBinnenBudget: false }` (exit 1 of
 * scripts/bench.ts: a warning on a busy machine). Timing lives here, never in a jest assertion.
 */
import { performance } from "node:perf_hooks";
import { formatPeriode, type Periode } from "../../src/domain";
import * as functies from "../../src/functions/functions";
import type { BenchUitkomst } from "../bench";

const BUDGET_MS = 20;
const RUNS = Number(process.env.IBT_BENCH_RUNS ?? 5);
const GEMEENTEN = 342;
const PERIODEN = 20;
const HELE_KOLOM = 1_048_576;

type Kolom = unknown[][];
type Functie = (...args: Kolom[]) => unknown[][];

/** Small deterministic PRNG (mulberry32), so that every run measures the same input. */
function maakRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Excel serial number of a UTC date. */
const serie = (ms: number): number => Math.round(ms / 86_400_000) + 25_569;

interface Rij {
  taakstelling: number;
  achterstand: number;
  herverdeling: number;
  extra: number;
  totaalopgave: number;
  gerealiseerd: number;
  naRegistratie: number;
  trede: number;
  vorigeTrede: number;
  periode: string;
  einde: boolean;
  /** One measuring date per period for every gemeente, as in an overview (day 144: 22-11 in 2022-2). */
  meetdatum: number;
  /** A different measuring date on every row: the worst case for PROGNOSE and BENODIGD_TEMPO. */
  meetdatumPerRij: number;
  opdracht: number;
  achterstandPositief: number;
  inwoners: number;
}

/** `n` rows of realistic figures: `GEMEENTEN` gemeenten per period, periods from 2013-1 on. */
function maakRijen(n: number): Rij[] {
  const random = maakRandom(20221122);
  const tussen = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: n }, (_, i) => {
    const p = Math.floor(i / GEMEENTEN);
    const periode: Periode = { jaar: 2013 + Math.floor(p / 2), helft: p % 2 === 0 ? 1 : 2 };
    const begin = Date.UTC(periode.jaar, periode.helft === 1 ? 0 : 6, 1);
    const taakstelling = tussen(4, 120);
    const achterstand = tussen(-5, 30);
    return {
      taakstelling,
      achterstand,
      herverdeling: tussen(-2, 2),
      extra: tussen(0, 3),
      totaalopgave: taakstelling + achterstand,
      gerealiseerd: tussen(0, 120),
      naRegistratie: tussen(0, 4),
      trede: tussen(1, 6),
      vorigeTrede: tussen(1, 6),
      periode: formatPeriode(periode),
      einde: random() < 0.5,
      meetdatum: serie(begin) + 144,
      meetdatumPerRij: serie(begin) + tussen(20, 170),
      opdracht: tussen(0, 60),
      achterstandPositief: tussen(1, 40),
      inwoners: tussen(1_000, 900_000),
    };
  });
}

/** A column of `lengte` cells: the values of `rijen`, then empty cells (`""`, as Excel passes them). */
function kolom(rijen: readonly Rij[], veld: keyof Rij, lengte: number): Kolom {
  const k: unknown[][] = new Array<unknown[]>(lengte);
  for (let i = 0; i < lengte; i++) k[i] = [i < rijen.length ? rijen[i][veld] : ""];
  return k;
}

const c = (v: unknown): Kolom => [[v]];

/** The arguments of every function for `rijen` filled rows in columns of `lengte` cells. */
function aanroepen(rijen: readonly Rij[], lengte: number): [string, Functie, Kolom[]][] {
  const k = (veld: keyof Rij): Kolom => kolom(rijen, veld, lengte);
  return [
    [
      "TOTAALOPGAVE",
      functies.totaalopgave,
      [k("taakstelling"), k("achterstand"), k("herverdeling"), k("extra")],
    ],
    ["ACHTERSTAND", functies.achterstand, [k("totaalopgave"), k("gerealiseerd"), k("naRegistratie")]],
    ["REALISATIE_PCT", functies.realisatiePct, [k("gerealiseerd"), k("taakstelling")]],
    ["TREDE", functies.trede, [k("achterstand"), k("taakstelling"), k("vorigeTrede")]],
    ["TREDE_NAAM", functies.tredeNaamFunctie, [k("trede")]],
    ["ESCALATIE", functies.escalatie, [k("vorigeTrede"), k("trede")]],
    ["PERIODE", functies.periode, [k("periode")]],
    ["PEILDATUM", functies.peildatum, [k("periode"), k("einde")]],
    ["PROGNOSE", functies.prognose, [k("gerealiseerd"), k("periode"), k("meetdatum")]],
    [
      "BENODIGD_TEMPO",
      functies.benodigdTempoFunctie,
      [k("totaalopgave"), k("gerealiseerd"), k("periode"), k("meetdatum")],
    ],
    [
      "VERSNELLING_VERHOUDING",
      functies.versnellingVerhouding,
      [k("opdracht"), k("achterstandPositief"), k("opdracht"), k("achterstandPositief")],
    ],
    ["TAAKSTELLING", functies.taakstelling, [c(9_200), k("inwoners"), c(17_800_000)]],
    [
      "PROGNOSE, meetdatum per rij",
      functies.prognose,
      [k("gerealiseerd"), k("periode"), k("meetdatumPerRij")],
    ],
    [
      "BENODIGD_TEMPO, meetdatum per rij",
      functies.benodigdTempoFunctie,
      [k("totaalopgave"), k("gerealiseerd"), k("periode"), k("meetdatumPerRij")],
    ],
    // The formula filled down as one row per gemeente: each call reads the whole lists once.
    [
      "VERSNELLING_VERHOUDING 1 rij",
      functies.versnellingVerhouding,
      [c(rijen[0].opdracht), c(rijen[0].achterstandPositief), k("opdracht"), k("achterstandPositief")],
    ],
  ];
}

function mediaan(reeks: number[]): number {
  const s = [...reeks].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median wall time of one call (after a warm-up call), the median CPU time of this process during it (on
 * a busy machine the wall time includes waiting for a core; the CPU time shows the work itself), and the
 * number of result rows as a sanity check.
 */
function meet(f: Functie, args: Kolom[], runs: number): { ms: number; cpu: number; rijen: number } {
  let rijen = f(...args).length;
  const tijden: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rijen = f(...args).length;
    tijden.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: mediaan(tijden), cpu: mediaan(cpu), rijen };
}

function ms(x: number): string {
  return `${x.toFixed(x < 100 ? 1 : 0)} ms`;
}

export async function run(): Promise<BenchUitkomst> {
  const maten: [string, number, number][] = [
    ["342 rijen", GEMEENTEN, GEMEENTEN],
    ["6.840 rijen", GEMEENTEN * PERIODEN, GEMEENTEN * PERIODEN],
    ["hele kolom", GEMEENTEN * PERIODEN, HELE_KOLOM],
  ];
  const alleRijen = maakRijen(GEMEENTEN * PERIODEN);
  const uitkomsten = new Map<string, string[]>();
  let binnen = true;
  for (const [, gevuld, lengte] of maten) {
    for (const [naam, f, args] of aanroepen(alleRijen.slice(0, gevuld), lengte)) {
      const { ms: t, cpu, rijen } = meet(f, args, RUNS);
      const verwacht = naam.endsWith("1 rij") ? 1 : gevuld;
      if (rijen !== verwacht) throw new Error(`${naam}: ${rijen} rijen uit, ${verwacht} verwacht`);
      const over = t > BUDGET_MS;
      if (over) binnen = false;
      const cel = `${ms(t)} (cpu ${cpu.toFixed(1)})${over ? " OVER" : ""}`;
      uitkomsten.set(naam, [...(uitkomsten.get(naam) ?? []), cel]);
    }
  }
  process.stdout.write(
    `Aangepaste functies (één aanroep met kolommen, mediaan van ${RUNS} na opwarmen; ` +
      `budget ${ms(BUDGET_MS)} per aanroep; hele kolom = ${HELE_KOLOM.toLocaleString("nl-NL")} rijen, ` +
      `${(GEMEENTEN * PERIODEN).toLocaleString("nl-NL")} gevuld)\n`,
  );
  const breedte = Math.max(...[...uitkomsten.keys()].map((n) => n.length));
  process.stdout.write(`  ${"Functie".padEnd(breedte)}  ${maten.map(([m]) => m.padStart(26)).join("  ")}\n`);
  for (const [naam, cellen] of uitkomsten) {
    process.stdout.write(`  ${naam.padEnd(breedte)}  ${cellen.map((x) => x.padStart(26)).join("  ")}\n`);
  }
  process.stdout.write(binnen ? "  Alles binnen budget.\n" : "  OVER BUDGET: zie boven.\n");
  return { tijdBinnenBudget: binnen };
}

if (require.main === module) {
  run().then(
    (u) => (process.exitCode = u.tijdBinnenBudget === false ? 1 : 0),
    (fout: unknown) => {
      process.stderr.write(`${fout instanceof Error ? (fout.stack ?? fout.message) : String(fout)}\n`);
      process.exitCode = 2;
    },
  );
}
