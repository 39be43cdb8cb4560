/**
 * Benchmark of the workbook adapters (run by scripts/bench.ts): the synthetic sheet of 342 gemeenten
 * x 20 periods (6,840 rows) read, checked, planned and written through ExcelWerkboek on a grid-holding
 * office-addin-mock Excel (counting context.sync() calls and the request size), and through the
 * in-memory GeheugenWerkboek. Budgets: 1 sync to read, at most 2 to write, each request under 5 MB.
 * The same sheet with two hidden columns is read once more: 1 sync with ExcelApi 1.9 (the hidden
 * columns come with the read), 2 on an older Excel (the hidden columns asked one by one).
 * These are counts, deterministic on any machine: exceeding one is reported to scripts/bench.ts as
 * `{ tellingBinnenBudget: false }` (exit 2, CI fails). The times printed have no budget here.
 * The mock measures the adapter's own work and sync count, not Excel's time to apply the write.
 */
import { performance } from "node:perf_hooks";
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import type { WerkboekAdapter } from "../../src/host/werkboek";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { controleerBlad, maakSchrijfPlan } from "../../src/sheet";
import { maakSynthetischBlad } from "../../src/sheet/synthetisch";
import { ExcelMock } from "../../test/excel/excelMock";
import { voorbeeldBlad, voorbeeldPlan } from "../../test/preview/voorbeeld";
import type { BenchUitkomst } from "../bench";

const GEMEENTEN = 342;
const PERIODEN = 20;
const BUDGET_LEES_SYNCS = 1;
const BUDGET_SCHRIJF_SYNCS = 2;
/** With a conflict the user confirms: a check run (1 sync), then the write run (2). */
const BUDGET_CONFLICT_SYNCS = 3;
const BUDGET_CONFLICT_RUNS = 2;
/** Reading a sheet with hidden columns: 1 sync (ExcelApi 1.9), 2 before 1.9 (Excel 2019). */
const BUDGET_VERBORGEN_SYNCS = 1;
const BUDGET_VERBORGEN_OUD_SYNCS = 2;
const LIMIET_BYTES = 5_000_000;

interface Regel {
  adapter: string;
  rijen: number;
  lezen: number;
  controle: number;
  plan: number;
  schrijven: number;
  leesSyncs: number | null;
  schrijfSyncs: number | null;
  bytes: number | null;
  cellen: number;
}

async function meet(
  naam: string,
  werkboek: WerkboekAdapter,
  syncs: () => number,
  bytes: () => number | null,
): Promise<Regel> {
  let t = performance.now();
  const blad = await werkboek.leesActiefBlad();
  const lezen = performance.now() - t;
  const leesSyncs = syncs();

  t = performance.now();
  const rapport = controleerBlad(blad);
  const controle = performance.now() - t;

  t = performance.now();
  const plan = maakSchrijfPlan(blad, rapport);
  const planTijd = performance.now() - t;

  t = performance.now();
  const uitkomst = await werkboek.schrijfPlan(plan);
  const schrijven = performance.now() - t;
  return {
    adapter: naam,
    rijen: blad.waarden.length,
    lezen,
    controle,
    plan: planTijd,
    schrijven,
    leesSyncs: naam.startsWith("Excel") ? leesSyncs : null,
    schrijfSyncs: naam.startsWith("Excel") ? uitkomst.syncs : null,
    bytes: bytes(),
    cellen: uitkomst.cellen,
  };
}

function ms(x: number): string {
  return `${x.toFixed(x < 100 ? 1 : 0)} ms`;
}

function rechts(tekst: string, breedte: number): string {
  return tekst.padStart(breedte);
}

export async function run(): Promise<BenchUitkomst> {
  const bron = maakSynthetischBlad(GEMEENTEN, PERIODEN);

  const excel = new ExcelMock([{ naam: bron.naam, waarden: bron.waarden, formaten: bron.formaten }]);
  const excelWerkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt });
  const excelRegel = await meet(
    "ExcelWerkboek (mock)",
    excelWerkboek,
    () => excel.syncs,
    () => excelWerkboek.laatsteSchrijving?.bytes ?? null,
  );
  const gemetenBytes = Math.max(...excel.syncVerslagen.map((s) => s.verzoekBytes));

  const geheugen = new GeheugenWerkboek([{ ...bron }]);
  const geheugenRegel = await meet(
    "GeheugenWerkboek",
    geheugen,
    () => 0,
    () => null,
  );

  console.log(
    `\nAdapters: ${GEMEENTEN} gemeenten x ${PERIODEN} perioden (gelezen bereik: ${excelRegel.rijen} rijen incl. titel en kop)`,
  );
  const kop = [
    "adapter",
    "lezen",
    "controle",
    "plan",
    "schrijven",
    "syncs lezen",
    "syncs schrijven",
    "verzoek",
    "cellen",
  ];
  const breedten = [22, 10, 10, 10, 10, 12, 16, 10, 8];
  console.log(kop.map((k, i) => (i === 0 ? k.padEnd(breedten[i]) : rechts(k, breedten[i]))).join(" "));
  let binnenBudget = true;
  for (const r of [excelRegel, geheugenRegel]) {
    const lees = r.leesSyncs === null ? "-" : `${r.leesSyncs}${r.leesSyncs > BUDGET_LEES_SYNCS ? " !" : ""}`;
    const schrijf =
      r.schrijfSyncs === null ? "-" : `${r.schrijfSyncs}${r.schrijfSyncs > BUDGET_SCHRIJF_SYNCS ? " !" : ""}`;
    if ((r.leesSyncs ?? 0) > BUDGET_LEES_SYNCS || (r.schrijfSyncs ?? 0) > BUDGET_SCHRIJF_SYNCS)
      binnenBudget = false;
    const cellen = [
      r.adapter.padEnd(breedten[0]),
      rechts(ms(r.lezen), breedten[1]),
      rechts(ms(r.controle), breedten[2]),
      rechts(ms(r.plan), breedten[3]),
      rechts(ms(r.schrijven), breedten[4]),
      rechts(lees, breedten[5]),
      rechts(schrijf, breedten[6]),
      rechts(r.bytes === null ? "-" : `${(r.bytes / 1e6).toFixed(2)} MB`, breedten[7]),
      rechts(String(r.cellen), breedten[8]),
    ];
    console.log(cellen.join(" "));
  }
  if (gemetenBytes > LIMIET_BYTES) binnenBudget = false;
  console.log(
    `Budget: ${BUDGET_LEES_SYNCS} sync lezen, ${BUDGET_SCHRIJF_SYNCS} syncs schrijven, verzoek < 5 MB ` +
      `(grootste verzoek volgens de mock: ${(gemetenBytes / 1e6).toFixed(2)} MB, ` +
      `${excelWerkboek.laatsteSchrijving?.blokken ?? 0} rijblok(ken), ` +
      `${excelWerkboek.laatsteSchrijving?.vulOperaties ?? 0} vul-operaties). ` +
      (binnenBudget ? "Binnen budget." : "BOVEN BUDGET (!)"),
  );
  console.log("Tijden zijn het werk van de adapter en de mock; Excel zelf doet het schrijven daarna nog.");

  // The other path: a target cell holds the user's data and the user confirms the overwrite.
  const blad = voorbeeldBlad();
  blad.waarden[4].push("notitie");
  const conflictMock = new ExcelMock([{ naam: blad.naam, waarden: blad.waarden, formaten: blad.formaten }]);
  const conflictWerkboek = new ExcelWerkboek({
    run: conflictMock.run,
    ondersteunt: conflictMock.ondersteunt,
  });
  const conflict = await conflictWerkboek.schrijfPlan(voorbeeldPlan(), {
    bevestigOverschrijven: async () => true,
  });
  const runs = conflictWerkboek.laatsteSchrijving?.runs ?? 0;
  const conflictOk = conflict.syncs <= BUDGET_CONFLICT_SYNCS && runs <= BUDGET_CONFLICT_RUNS;
  if (!conflictOk) binnenBudget = false;
  console.log(
    `Met een conflict dat de gebruiker bevestigt: ${conflict.syncs} syncs in ${runs} Excel.run-aanroepen ` +
      `(budget ${BUDGET_CONFLICT_SYNCS} in ${BUDGET_CONFLICT_RUNS}: controleren, vraag buiten Excel.run, ` +
      `opnieuw controleren en schrijven). ${conflictOk ? "Binnen budget." : "BOVEN BUDGET (!)"}`,
  );

  // Hidden columns (the synthetic sheet with two hidden input columns), on a current and an older Excel.
  const verborgen = [2, 5];
  for (const [apiVersie, budget] of [
    ["1.20", BUDGET_VERBORGEN_SYNCS],
    ["1.8", BUDGET_VERBORGEN_OUD_SYNCS],
  ] as const) {
    const mock = new ExcelMock(
      [{ naam: bron.naam, waarden: bron.waarden, formaten: bron.formaten, verborgenKolommen: verborgen }],
      { apiVersie },
    );
    const werkboek = new ExcelWerkboek({ run: mock.run, ondersteunt: mock.ondersteunt });
    const t = performance.now();
    const gelezen = await werkboek.leesActiefBlad();
    const tijd = performance.now() - t;
    const juist = JSON.stringify(gelezen.verborgenKolommen) === JSON.stringify(verborgen);
    const ok = juist && mock.syncs <= budget;
    if (!ok) binnenBudget = false;
    console.log(
      `Lezen met verborgen kolommen (ExcelApi ${apiVersie}): ${ms(tijd)}, ${mock.syncs} sync(s) ` +
        `(budget ${budget}), verborgen: ${JSON.stringify(gelezen.verborgenKolommen ?? [])}. ` +
        (ok ? "Binnen budget." : "BOVEN BUDGET of fout (!)"),
    );
  }
  return { tellingBinnenBudget: binnenBudget };
}

if (require.main === module) {
  run().then(
    (uitkomst) => process.exit(uitkomst.tellingBinnenBudget === false ? 2 : 0),
    (fout: unknown) => {
      console.error(fout);
      process.exit(2);
    },
  );
}
