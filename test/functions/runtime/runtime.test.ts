/**
 * The twelve functions in Microsoft's real custom-functions runtime (harness: ./echteRuntime.ts),
 * registered through CustomFunctions.associate as the webpack build does (the id-to-function list comes
 * from custom-functions-metadata, the generator of functions.json), invoked through the runtime's host
 * message entry point in batches as Excel sends them, results read from what the runtime sends back.
 *
 * - Golden values of docs/rekenregels.md come through unchanged.
 * - The cases of issue 12: extreme numbers give an Excel error, never a null (= 0 in Excel) inside a
 *   matrix; an omitted list is #N/A; whole rows are trimmed.
 * - A property test over random inputs (fast-check, fixed seed, one batch): every call succeeds with a
 *   rectangular matrix whose every cell is a finite number, a string, a boolean or a
 *   CustomFunctions.Error (#VALUE! and #N/A with a message).
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import fc from "fast-check";
import * as functies from "../../../src/functions/functions";
import { VERWACHTE_FUNCTIES } from "../verwacht";
import { EchteRuntime, excelFout, type Aanroep, type Uitkomst } from "./echteRuntime";

const BRON = path.join(__dirname, "../../../src/functions/functions.ts");
const M = 9.99999999999999e307;
const FOUTCODES = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"];

let runtime: EchteRuntime;

beforeAll(async () => {
  const { associate, errors } = await generateCustomFunctionsMetadata(BRON);
  expect(errors).toEqual([]);
  runtime = new EchteRuntime();
  for (const { id, functionName } of associate) {
    const functie = (functies as Record<string, unknown>)[functionName];
    if (typeof functie !== "function") throw new Error(`${id}: geen export ${functionName} in functions.ts`);
    runtime.customFunctions.associate(id, functie as (...args: never[]) => unknown);
  }
  expect(associate.map((a) => a.id).sort()).toEqual(Object.keys(VERWACHTE_FUNCTIES).sort());
}, 30_000);

afterAll(() => runtime?.sluit());

const c = (v: unknown): unknown[][] => [[v]];
const kol = (...v: unknown[]): unknown[][] => v.map((x) => [x]);

/** The error object as the runtime serialises a CustomFunctions.Error for Excel. */
const fout = (code: string, bericht?: RegExp) =>
  expect.objectContaining({
    valueType: "CustomFunctionError",
    code,
    ...(bericht ? { message: expect.stringMatching(bericht) } : {}),
  });

/** Why a cell is not something Excel can show as it is, or null when it is fine. */
function celProbleem(cel: unknown): string | null {
  if (typeof cel === "number") return Number.isFinite(cel) ? null : `niet-eindig getal ${cel}`;
  if (typeof cel === "string" || typeof cel === "boolean") return null;
  if (cel === null || cel === undefined) return "null (Excel toont 0: NaN, Infinity of undefined)";
  const { valueType, code } = cel as { valueType?: unknown; code?: unknown };
  if (valueType === "CustomFunctionError" && typeof code === "string" && FOUTCODES.includes(code)) {
    // #VALUE! and #N/A are the errors Excel shows a message with: ours always explain themselves.
    const { message } = cel as { message?: unknown };
    const uitleg =
      code !== "#VALUE!" && code !== "#N/A" ? true : typeof message === "string" && message !== "";
    return uitleg ? null : `${code} zonder uitleg`;
  }
  return `geen Excel-waarde: ${JSON.stringify(cel)}`;
}

/** Why a call's result is not a good matrix for Excel, or null. */
function uitkomstProbleem(u: Uitkomst): string | null {
  if (!u.gelukt) return `aanroep mislukt (foutcode ${u.foutcode}): ${JSON.stringify(u.waarde)}`;
  const m = u.waarde;
  if (!Array.isArray(m) || m.length === 0 || !m.every(Array.isArray)) return "geen matrix";
  const breedte = (m[0] as unknown[]).length;
  if (breedte === 0 || !m.every((rij: unknown[]) => rij.length === breedte)) return "matrix niet rechthoekig";
  for (const rij of m as unknown[][]) {
    for (const cel of rij) {
      const p = celProbleem(cel);
      if (p) return p;
    }
  }
  return null;
}

const roep = async (functie: string, ...argumenten: unknown[]): Promise<Uitkomst> =>
  (await runtime.roepAan([{ functie, argumenten }]))[0];

describe("de harnas zelf", () => {
  it("ziet wat Excel krijgt: Infinity en NaN in een matrix komen als null aan, een los getal als mislukte aanroep", async () => {
    runtime.customFunctions.associate("HARNAS_KAPOT", () => [[1, Infinity, NaN]]);
    runtime.customFunctions.associate("HARNAS_LOS", () => Infinity);
    const [kapot, los] = await runtime.roepAan([
      { functie: "HARNAS_KAPOT", argumenten: [] },
      { functie: "HARNAS_LOS", argumenten: [] },
    ]);
    expect(kapot).toMatchObject({ gelukt: true, waarde: [[1, null, null]] });
    expect(uitkomstProbleem(kapot)).toMatch(/^null/);
    expect(los).toMatchObject({ gelukt: false, foutcode: 6 });
  });
});

describe("registratie en gouden waarden door de echte runtime", () => {
  it("rekent Leusden na in één batch van aanroepen, zoals Excel die stuurt", async () => {
    const [to, a, pct, tr, naam, esc, per, peil, vers, ts] = await runtime.roepAan([
      { functie: "TOTAALOPGAVE", argumenten: [kol(24, 19, 18), kol(1, 19, 21), null, null] },
      { functie: "ACHTERSTAND", argumenten: [kol(25, 38, 39), kol(6, 17, 13), null] },
      { functie: "REALISATIE_PCT", argumenten: [c(13), c(39)] },
      { functie: "TREDE", argumenten: [c(26), c(18), null] },
      { functie: "TREDE_NAAM", argumenten: [c(3)] },
      { functie: "ESCALATIE", argumenten: [c(2), c(3)] },
      { functie: "PERIODE", argumenten: [c("2e helft 2022")] },
      { functie: "PEILDATUM", argumenten: [c("2022-2"), c(true)] },
      {
        functie: "VERSNELLING_VERHOUDING",
        argumenten: [kol(45, 17, 35), kol(26, 21, 24), kol(45, 17, 35), kol(26, 21, 24)],
      },
      { functie: "TAAKSTELLING", argumenten: [c(13500), c(50000), c(17500000)] },
    ]);
    expect(to.waarde).toEqual([[25], [38], [39]]);
    expect(a.waarde).toEqual([[19], [21], [26]]);
    expect(pct.waarde).toEqual([[13 / 39]]);
    expect(typeof (tr.waarde as unknown[][])[0][0]).toBe("number");
    expect(naam.waarde).toEqual([["Actief toezicht"]]);
    expect(esc.waarde).toEqual([["Opschalen"]]);
    expect(per.waarde).toEqual([["2022-2"]]);
    expect(peil.waarde).toEqual([[44927]]);
    expect((vers.waarde as number[][]).map((r) => Math.round(r[0] * 100) / 100)).toEqual([1.27, 0.59, 1.07]);
    expect(ts.waarde).toEqual([[39]]);
  });
  it("geeft een Excel-fout in de invoer door als CustomFunctions.Error met Nederlands bericht", async () => {
    const u = await roep("TOTAALOPGAVE", kol(24, excelFout("#N/A")), c(1), null, null);
    expect(u.waarde).toEqual([[25], [fout("#N/A", /^taakstelling: Excel-fout #N\/B/)]]);
  });
});

describe("de gevallen van issue 12", () => {
  it("geeft bij M = 9,99999999999999E+307 nooit null (Excel: 0) in een matrix", async () => {
    const uitkomsten = await runtime.roepAan([
      { functie: "TOTAALOPGAVE", argumenten: [c(M), c(M), null, null] },
      { functie: "ACHTERSTAND", argumenten: [c(-M), c(M), null] },
      { functie: "VERSNELLING_VERHOUDING", argumenten: [c(M), c(M), kol(M, M), kol(M, M)] },
      { functie: "PROGNOSE", argumenten: [c(M), c("2022-2"), c(44887)] },
      { functie: "BENODIGD_TEMPO", argumenten: [c(M), c(M), c("2022-2"), c(44887)] },
      { functie: "TAAKSTELLING", argumenten: [c(M), c(M), c(M)] },
      { functie: "REALISATIE_PCT", argumenten: [c(M), c(M)] },
    ]);
    for (const u of uitkomsten) {
      expect(uitkomstProbleem(u)).toBeNull();
      expect((u.waarde as unknown[][])[0][0]).toEqual(fout("#VALUE!", /valt buiten/));
    }
  });
  it("geeft #NUM! voor een aantal boven een miljard; de runtime laat het bericht bij #NUM! weg", async () => {
    const u = await roep("TOTAALOPGAVE", kol(24, 1e9), kol(1, 1e9), null, null);
    expect(u.waarde).toEqual([[25], [fout("#NUM!")]]);
    expect((u.waarde as { message?: string }[][])[1][0].message).toBeUndefined();
  });
  it("=IBT.VERSNELLING_VERHOUDING(45;26;;{26;21;24}) geeft #N/A", async () => {
    const [weg, leeg] = await runtime.roepAan([
      { functie: "VERSNELLING_VERHOUDING", argumenten: [c(45), c(26), null, kol(26, 21, 24)] },
      { functie: "VERSNELLING_VERHOUDING", argumenten: [c(45), c(26), c(null), kol(26, 21, 24)] },
    ]);
    expect(weg.waarde).toEqual([[fout("#N/A", /^opdrachten: Dit argument ontbreekt/)]]);
    expect(leeg.waarde).toEqual([[fout("#N/A", /^opdrachten: de lijst bevat geen waarden/)]]);
  });
  it("kort een hele rij (2:2, 16.384 kolommen) in tot de laatste kolom met invoer", async () => {
    const heleRij = (...v: unknown[]): unknown[][] => [
      Array.from({ length: 16_384 }, (_, i) => (i < v.length ? v[i] : "")),
    ];
    const u = await roep("TOTAALOPGAVE", heleRij(24, 19, 18), heleRij(1, 19, 21), null, null);
    expect(u.waarde).toEqual([[25, 38, 39]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: random inputs, one batch

const celArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -60, max: 60 }), weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  {
    arbitrary: fc.constantFrom(M, -M, 1e9, 1e9 + 1, -1e9, 0.5, -2.5, 44887, 44925, 2022, 3, 6, 7),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom(
      "2022-1",
      "2e helft 2021",
      "1e helft 2022",
      "22-11-2022",
      "2022-11-22",
      "abc",
      "",
      "  ",
      "WAAR",
      "ONWAAR",
      "#N/A",
      "26 vergunninghouders",
      "1.234",
      "\u22121",
      "9999-1",
    ),
    weight: 3,
  },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.constantFrom(...FOUTCODES).map(excelFout), weight: 1 },
);

/** A matrix of the given shape. */
const matrixArb = (rijen: number, kolommen: number): fc.Arbitrary<unknown[][]> =>
  fc.array(fc.array(celArb, { minLength: kolommen, maxLength: kolommen }), {
    minLength: rijen,
    maxLength: rijen,
  });

/** One argument: mostly a cell or a range of the call's shape; sometimes omitted, ragged or empty. */
const argumentArb = (rijen: number, kolommen: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: celArb.map((v) => [[v]]), weight: 4 },
    { arbitrary: matrixArb(rijen, kolommen), weight: 4 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.array(fc.array(celArb, { maxLength: 3 }), { maxLength: 4 }), weight: 1 },
  );

const aanroepArb: fc.Arbitrary<Aanroep> = fc
  .record({
    functie: fc.constantFrom(...Object.keys(VERWACHTE_FUNCTIES)),
    rijen: fc.integer({ min: 1, max: 6 }),
    kolommen: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ functie, rijen, kolommen }) =>
    fc
      .tuple(...VERWACHTE_FUNCTIES[functie].map(() => argumentArb(rijen, kolommen)))
      .map((argumenten): Aanroep => ({ functie, argumenten })),
  );

describe("eigenschap: elke uitkomst in de echte runtime is iets wat Excel kan tonen", () => {
  it("geeft voor 600 willekeurige aanroepen (één batch) overal een eindig getal, tekst, WAAR/ONWAAR of een fout", async () => {
    const aanroepen = fc.sample(aanroepArb, { numRuns: 600, seed: 20221122 });
    const uitkomsten = await runtime.roepAan(aanroepen);
    const problemen = uitkomsten.flatMap((u, i) => {
      const p = uitkomstProbleem(u);
      return p ? [`${aanroepen[i].functie}(${JSON.stringify(aanroepen[i].argumenten)}): ${p}`] : [];
    });
    expect(problemen).toEqual([]);
    // The sample reaches the interesting outcomes: values, and each kind of error.
    const cellen = uitkomsten.flatMap((u) => (u.waarde as unknown[][]).flat());
    expect(cellen.some((x) => typeof x === "number")).toBe(true);
    expect(cellen.some((x) => typeof x === "string")).toBe(true);
    for (const code of ["#N/A", "#VALUE!", "#DIV/0!"]) {
      expect(cellen.some((x) => (x as { code?: string } | null)?.code === code)).toBe(true);
    }
  });
});
