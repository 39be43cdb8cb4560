/**
 * The one place where the custom functions check and convert their arguments (model: HyperFormula's
 * central argument handling), so that every function in functions.ts is a small pure calculation.
 *
 * - Excel passes each parameter as a matrix (`unknown[][]`): a single cell as `[[v]]`, a column as
 *   `[[v1], [v2], ...]`. Plain scalars (direct calls from code and tests) are accepted too.
 * - Arguments of equal shape are combined cell by cell; a 1x1 argument is used for every cell; other
 *   shapes give one #VALUE! with a Dutch message.
 * - A bad cell gives an error in that output cell only, never a failed column.
 * - An omitted optional argument (`null` or `undefined`) and an empty cell of an optional argument
 *   take the default; an empty cell of a required argument is #N/A, never 0. An omitted required
 *   argument (Excel passes `null` for `=F(1;;3)`) is one #N/A for the call, lists included.
 * - Trailing rows and trailing columns that are empty in every range argument are dropped, so a whole
 *   column (B:B, 1,048,576 rows) spills only down to the last row with input and a whole row (2:2,
 *   16,384 columns) only up to the last column with input; if every range is empty the result is one
 *   #N/A.
 * - Every result cell is a finite number, a string, a boolean or an Excel error: a non-finite number
 *   becomes #NUM!, and so does a count of persons beyond MAX_AANTAL (a billion) for the functions that
 *   return counts. (The runtime itself only guards a single number result, not the cells of a matrix:
 *   Excel would show Infinity and NaN inside a spilled range as 0.)
 * - An Excel error in the input (functions.json sets `allowErrorForDataTypeAny`) stays in its cell:
 *   #N/A stays #N/A, any other error becomes #VALUE!, both with a Dutch message naming the error.
 * - Domain errors map centrally: `waarde` -> #VALUE!, `ontbreekt` -> #N/A (both with the message),
 *   `deling` -> #DIV/0! (Excel shows no message for it).
 */
import {
  datumNaarExcelSerie,
  isLeeg,
  formatIsoDatum,
  MAX_AANTAL,
  parseAantal,
  parseAantalNietNegatief,
  parseDatum,
  parsePeriode,
  parseTrede,
  valideerTaakstelling,
  periodeVanDatum,
  gelukt,
  mislukt,
  type DomeinFout,
  type FoutSoort,
  type Periode,
  type Resultaat,
  type Trede,
} from "../domain";
import { meldingen } from "./meldingen";

// ---------------------------------------------------------------------------------------------
// Excel errors

/** What a custom function puts in a cell for an error (CustomFunctions.Error or the stand-in below). */
export interface ExcelFout {
  readonly code: string;
  readonly message?: string;
}

/** Excel's error codes as CustomFunctions.ErrorCode spells them. */
export const FOUTCODE = {
  waarde: "#VALUE!",
  ontbreekt: "#N/A",
  deling: "#DIV/0!",
} as const satisfies Record<FoutSoort, string>;

/** #NUM! (CustomFunctions.ErrorCode.invalidNumber): a result that is no usable number. */
export const GETALFOUT = "#NUM!";

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => ExcelFout;
  ErrorCode: { invalidValue: string; notAvailable: string; divisionByZero: string; invalidNumber: string };
}

/** Stand-in used where the Excel runtime is absent (jest, Node): same fields as CustomFunctions.Error. */
export class FoutWaarde implements ExcelFout {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The Excel custom-functions runtime when present, looked up at call time (never at module load). */
function runtime(): CustomFunctionsRuntime | undefined {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode ? (cf as CustomFunctionsRuntime) : undefined;
}

/** Turns a domain error into an Excel error value: #VALUE! / #N/A with message, #DIV/0! without. */
export function naarExcelFout(fout: DomeinFout): ExcelFout {
  const cf = runtime();
  switch (fout.soort) {
    case "waarde":
      return cf
        ? new cf.Error(cf.ErrorCode.invalidValue, fout.bericht)
        : new FoutWaarde(FOUTCODE.waarde, fout.bericht);
    case "ontbreekt":
      return cf
        ? new cf.Error(cf.ErrorCode.notAvailable, fout.bericht)
        : new FoutWaarde(FOUTCODE.ontbreekt, fout.bericht);
    case "deling":
      return cf ? new cf.Error(cf.ErrorCode.divisionByZero) : new FoutWaarde(FOUTCODE.deling);
  }
}

/**
 * #NUM! with a Dutch message. The runtime (CustomFunctionsRuntime 1.2) passes a message only with #VALUE!
 * and #N/A on to Excel, so Excel shows #NUM! (Dutch #GETAL!) without it; the message stays for the
 * tests and for a later runtime that shows it.
 */
export function getalFout(bericht: string): ExcelFout {
  const cf = runtime();
  return cf ? new cf.Error(cf.ErrorCode.invalidNumber, bericht) : new FoutWaarde(GETALFOUT, bericht);
}

/** `Excel.ErrorCellValue.errorType` -> the code CustomFunctions.ErrorCode uses for it. */
const CODE_VAN_FOUTTYPE: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Ref: "#REF!",
  Name: "#NAME?",
  Num: "#NUM!",
  Null: "#NULL!",
};

/**
 * The Excel error code (`#N/A`, `#REF!`, ...) of an error value as Excel passes it into an `any`
 * parameter (functions.json sets `allowErrorForDataTypeAny`), or null for any other value. Two shapes:
 * - a CustomFunctions.Error (or a look-alike): `{ code: "#REF!", message? }`, the documented shape (the
 *   runtime turns Excel's `{ type: "CustomFunctionError", code }` into one);
 * - a data-types error cell value `{ type: "Error", errorType: "Ref", basicValue: "#REF!" }`, as Excel
 *   would pass it with `allowCustomDataForDataTypeAny` (CustomFunctionsRuntime 1.4). The build drops
 *   that flag (the functions need no data types, and CustomFunctionsRuntime 1.2 suffices), so this
 *   shape is only read defensively; `errorType` wins because `basicValue` may be localised (`#VERW!`).
 */
export function excelFoutCode(x: unknown): string | null {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return null;
  const { code, type, errorType, basicValue } = x as Record<string, unknown>;
  if (typeof code === "string" && code.startsWith("#")) return code;
  if (type !== "Error") return null;
  if (typeof errorType === "string" && CODE_VAN_FOUTTYPE[errorType]) return CODE_VAN_FOUTTYPE[errorType];
  if (typeof basicValue === "string" && basicValue.startsWith("#")) return basicValue;
  return typeof errorType === "string" ? `#${errorType.toUpperCase()}!` : "#?";
}

/** True for an error value as Excel passes it in (see excelFoutCode for the shapes). */
export function isExcelFout(x: unknown): boolean {
  return excelFoutCode(x) !== null;
}

/**
 * A domain error for an Excel error that came in as input: #N/A stays #N/A, anything else #VALUE!,
 * both with a Dutch message naming the error (an incoming message may be another add-in's English).
 */
function foutUitInvoer(code: string): DomeinFout {
  return code === FOUTCODE.ontbreekt
    ? { soort: "ontbreekt", code: "excel-fout", bericht: meldingen.excelFout(code) }
    : { soort: "waarde", code: "excel-fout", bericht: meldingen.excelFout(code) };
}

// ---------------------------------------------------------------------------------------------
// Readers: one cell value -> typed value

/** Reads one (non-empty) cell value. */
export type Lezer<T> = (cel: unknown) => Resultaat<T>;

/** True for a cell Excel considers empty (`null`, `undefined`, `""` or only spaces): the domain's rule. */
export { isLeeg };

const EERSTE_DATUM = Date.UTC(1990, 0, 1);
const NA_LAATSTE_DATUM = Date.UTC(2100, 0, 1);

/**
 * A date: an Excel serial number (what Excel passes for a date cell) or a date text (22-11-2022,
 * 2022-11-22, 22 november 2022). Dates before 1990 or after 2099 are refused: a number like 2022 in a
 * date or period cell is almost always a typing error, not 14 juli 1905.
 */
export const leesDatum: Lezer<Date> = (cel) => {
  const r = parseDatum(cel);
  if (!r.ok) return r;
  const t = r.waarde.getTime();
  if (t < EERSTE_DATUM || t >= NA_LAATSTE_DATUM) {
    return mislukt({
      soort: "waarde",
      code: "datum-buiten-bereik",
      bericht: meldingen.datumBuitenBereik(cel, formatIsoDatum(r.waarde)),
    });
  }
  return r;
};

/** A period: any label variant of docs/rekenregels.md (`2022-1`, `2e helft 2021`, ...) or a date in it. */
export const leesPeriode: Lezer<Periode> = (cel) => {
  if (typeof cel !== "string") {
    const d = leesDatum(cel);
    return d.ok ? gelukt(periodeVanDatum(d.waarde)) : d;
  }
  const p = parsePeriode(cel);
  if (p.ok) return p;
  const d = leesDatum(cel);
  return d.ok ? gelukt(periodeVanDatum(d.waarde)) : p;
};

/** WAAR/ONWAAR: an Excel boolean, 1/0, or the texts WAAR/ONWAAR/TRUE/FALSE. */
export const leesWaarOnwaar: Lezer<boolean> = (cel) => {
  if (typeof cel === "boolean") return gelukt(cel);
  if (cel === 1 || cel === 0) return gelukt(cel === 1);
  if (typeof cel === "string") {
    const t = cel.trim().toUpperCase();
    if (t === "WAAR" || t === "TRUE") return gelukt(true);
    if (t === "ONWAAR" || t === "FALSE") return gelukt(false);
  }
  return mislukt({ soort: "waarde", code: "geen-waar-onwaar", bericht: meldingen.geenWaarOnwaar(cel) });
};

/** Excel serial number of a date (for a function that returns a date; the user formats the cell). */
export const naarExcelDatum = datumNaarExcelSerie;

// ---------------------------------------------------------------------------------------------
// Arguments and the cell-by-cell evaluation

/** One argument of a custom function: what Excel passed, how to read a cell, and its default. */
export interface Argument<T> {
  /** Dutch parameter name, shown in front of a message about this argument. */
  readonly naam: string;
  readonly waarde: unknown;
  readonly lezer: Lezer<T>;
  /** Present for an optional argument: used when it is omitted or its cell is empty. */
  readonly standaard?: { readonly waarde: T };
  /** Already read value used for every cell (for a whole-range parameter such as a list). */
  readonly vast?: Resultaat<T>;
}

/** A required argument: an empty cell is #N/A. */
export function verplicht<T>(naam: string, waarde: unknown, lezer: Lezer<T>): Argument<T> {
  return { naam, waarde, lezer };
}

/** An optional argument: omitted (null/undefined) or an empty cell gives `standaard`. */
export function optioneel<T, S = T>(
  naam: string,
  waarde: unknown,
  lezer: Lezer<T>,
  standaard: S,
): Argument<T | S> {
  return { naam, waarde, lezer: lezer as Lezer<T | S>, standaard: { waarde: standaard } };
}

/** An argument whose value was read beforehand and is the same for every output cell. */
export function vast<T>(naam: string, resultaat: Resultaat<T>): Argument<T> {
  return { naam, waarde: null, lezer: () => resultaat, vast: resultaat };
}

type Matrix = readonly (readonly unknown[])[];

/**
 * What Excel passed, as a matrix judged by its first row only: `[[v]]` for a scalar, one row for a flat
 * list, "ongeldig" when empty. The other rows are checked by the caller in the pass it makes anyway
 * (perCel while it looks for the last row with input, leesLijsten while it reads): a whole column is
 * 1,048,576 rows, and touching each of them once instead of twice is half the time.
 */
function alsMatrixVoorlopig(waarde: unknown): Matrix | "ongeldig" {
  if (!Array.isArray(waarde)) return [[waarde]];
  if (waarde.length === 0) return "ongeldig";
  const eerste: unknown = waarde[0];
  if (!Array.isArray(eerste)) return [waarde]; // a flat list: one row
  return eerste.length === 0 ? "ongeldig" : (waarde as unknown[][]);
}

/**
 * Array.isArray, looked up once: the scans below call it for every row of a whole column, and where the
 * global object is slow to search (jest runs tests in a vm context whose global has interceptors) a
 * million look-ups of `Array` cost more than the scan itself.
 */
const isLijst: (x: unknown) => x is unknown[] = Array.isArray;

/** isLeeg with the common cases first, for the scans over whole columns and rows. */
function leeg(cel: unknown): boolean {
  return cel === "" || cel === null || cel === undefined || (typeof cel === "string" && isLeeg(cel));
}

function isEnkeleCel(m: Matrix): boolean {
  return m.length === 1 && m[0].length === 1;
}

function eenFout(fout: DomeinFout): unknown[][] {
  return [[naarExcelFout(fout)]];
}

function metNaam(naam: string, fout: DomeinFout): DomeinFout {
  return { ...fout, bericht: meldingen.metArgument(naam, fout.bericht) };
}

/** Reads one cell of an argument: default, empty, incoming Excel error, or the reader. */
function leesCel<T>(arg: Argument<T>, cel: unknown): Resultaat<T> {
  if (arg.vast) return arg.vast;
  if (leeg(cel)) {
    if (arg.standaard) return gelukt(arg.standaard.waarde);
    return mislukt({
      soort: "ontbreekt",
      code: "cel-leeg",
      bericht: meldingen.metArgument(arg.naam, meldingen.legeCel),
    });
  }
  const foutcode = excelFoutCode(cel);
  if (foutcode !== null) return mislukt(metNaam(arg.naam, foutUitInvoer(foutcode)));
  const r = arg.lezer(cel);
  return r.ok ? r : mislukt(metNaam(arg.naam, r.fout));
}

/**
 * leesCel for the cells of one range argument, remembering the outcome per distinct number, text or
 * boolean: a column of periods or measuring dates holds few distinct values, and reading `2022-2` or a
 * date once instead of 6,840 times keeps PROGNOSE and BENODIGD_TEMPO within budget. Readers are pure,
 * so a remembered outcome is the outcome.
 */
function geheugenLezer<T>(arg: Argument<T>): (cel: unknown) => Resultaat<T> {
  const geheugen = new Map<unknown, Resultaat<T>>();
  return (cel) => {
    const soort = typeof cel;
    if (soort !== "string" && soort !== "number" && soort !== "boolean") return leesCel(arg, cel);
    let r = geheugen.get(cel);
    if (r === undefined) {
      r = leesCel(arg, cel);
      geheugen.set(cel, r);
    }
    return r;
  };
}

/**
 * The part of `bereiken` (all as high and, by their first row, as wide as each other) that holds
 * input: rows up to and including the last row with a non-empty cell in any of them, columns likewise;
 * `{ rijen: 0 }` when every cell is empty. Empty rows and columns in between are kept. The same pass
 * checks that every row is as wide as the first: `{ ongeldig: i }` names the first ragged range. Plain
 * loops: a whole column is 1,048,576 rows, a whole row 16,384 columns.
 */
function ingevuldDeel(
  bereiken: readonly Matrix[],
): { rijen: number; kolommen: number } | { ongeldig: number } {
  const hoogte = bereiken[0].length;
  const breedte = bereiken[0][0].length;
  const rechthoekig = (rij: unknown): boolean => isLijst(rij) && rij.length === breedte;
  // One range at a time from the bottom (its rows lie together in memory), each only down to the last
  // row with input found so far; then the rows above that are checked for their width.
  let rijen = 0;
  for (let i = 0; i < bereiken.length; i++) {
    const m = bereiken[i];
    if (breedte === 1) {
      // Columns, the common case, without the inner loop: a third faster over a million rows.
      for (let r = hoogte - 1; r >= rijen; r--) {
        const rij: unknown = m[r];
        if (!isLijst(rij) || rij.length !== 1) return { ongeldig: i };
        const cel: unknown = rij[0];
        if (cel === "" || cel === null || cel === undefined || (typeof cel === "string" && isLeeg(cel)))
          continue;
        rijen = r + 1;
        break;
      }
      continue;
    }
    zoek: for (let r = hoogte - 1; r >= rijen; r--) {
      const rij = m[r];
      if (!rechthoekig(rij)) return { ongeldig: i };
      for (let k = 0; k < breedte; k++) {
        if (!leeg(rij[k])) {
          rijen = r + 1;
          break zoek;
        }
      }
    }
  }
  for (let i = 0; i < bereiken.length; i++) {
    const m = bereiken[i];
    for (let r = 0; r < rijen; r++) if (!rechthoekig(m[r])) return { ongeldig: i };
  }
  if (rijen === 0) return { rijen: 0, kolommen: 0 };
  let kolommen = breedte;
  zoekKolom: for (let k = breedte - 1; k > 0; k--) {
    for (const m of bereiken) {
      for (let r = 0; r < rijen; r++) {
        if (!leeg(m[r][k])) break zoekKolom;
      }
    }
    kolommen = k;
  }
  return { rijen, kolommen };
}

type Argumenten<A extends readonly unknown[]> = { readonly [K in keyof A]: Argument<A[K]> };

/**
 * What a function returns in a cell: `getal` any finite number, `aantal` a count of persons, at most
 * MAX_AANTAL (a billion) either way; beyond that #NUM! "getal te groot voor een aantal personen".
 */
export type UitkomstSoort = "getal" | "aantal";

/** A calculated value as it goes into its cell: a non-finite number or a too large count becomes #NUM!. */
function naarCel(waarde: unknown, soort: UitkomstSoort): unknown {
  if (typeof waarde !== "number") return waarde;
  if (!Number.isFinite(waarde)) return getalFout(meldingen.geenEindigGetal);
  if (soort === "aantal" && Math.abs(waarde) > MAX_AANTAL) return getalFout(meldingen.getalTeGroot);
  return waarde;
}

/**
 * `bereken(...waarden)`, remembered in a tree of Maps keyed by each value in turn (numbers by value;
 * periods and dates by identity, which the per-range memory of geheugenLezer makes equal for equal
 * cells). The calculations are pure, so a remembered result is the result.
 */
function onthouden<A extends readonly unknown[], R>(
  geheugen: Map<unknown, unknown>,
  waarden: readonly unknown[],
  bereken: (...waarden: A) => Resultaat<R>,
): Resultaat<R> {
  let knoop = geheugen;
  for (let i = 0; i < waarden.length - 1; i++) {
    let volgende = knoop.get(waarden[i]) as Map<unknown, unknown> | undefined;
    if (volgende === undefined) {
      volgende = new Map<unknown, unknown>();
      knoop.set(waarden[i], volgende);
    }
    knoop = volgende;
  }
  const laatste = waarden[waarden.length - 1];
  let r = knoop.get(laatste) as Resultaat<R> | undefined;
  if (r === undefined) {
    r = bereken(...(waarden as unknown as A));
    knoop.set(laatste, r);
  }
  return r;
}

/** True when Excel left the argument out of the formula: `null` or `undefined` instead of a matrix. */
function isWeggelaten(waarde: unknown): boolean {
  return waarde === null || waarde === undefined;
}

function weggelatenFout(naam: string): unknown[][] {
  return eenFout({
    soort: "ontbreekt",
    code: "argument-weggelaten",
    bericht: meldingen.metArgument(naam, meldingen.weggelaten),
  });
}

/**
 * Evaluates a custom function cell by cell. `argumenten` are combined by position (equal shapes, a
 * single cell broadcasts); `bereken` gets the read values of one position and returns its result;
 * `opties.uitkomst` says whether that result is a count of persons (bounded) or any number;
 * `opties.onthoud` remembers the result per combination of read values (for a calculation that costs
 * more than a few Map look-ups, such as the date arithmetic of PROGNOSE: a column of gemeenten measured
 * on one date in one period repeats the same few combinations).
 * Returns the matrix Excel spills: values, and Excel errors in the cells that failed.
 */
export function perCel<A extends readonly unknown[], R>(
  argumenten: Argumenten<A>,
  bereken: (...waarden: A) => Resultaat<R>,
  opties: { readonly uitkomst?: UitkomstSoort; readonly onthoud?: boolean } = {},
): unknown[][] {
  const soort = opties.uitkomst ?? "getal";
  const lijst = argumenten as readonly Argument<unknown>[];
  const matrices: Matrix[] = [];
  let vorm: { rijen: number; kolommen: number; naam: string } | null = null;

  for (const arg of lijst) {
    if (arg.vast === undefined && arg.standaard === undefined && isWeggelaten(arg.waarde)) {
      return weggelatenFout(arg.naam);
    }
    const weggelaten = arg.vast !== undefined || (arg.standaard !== undefined && isWeggelaten(arg.waarde));
    const m = weggelaten ? [[null]] : alsMatrixVoorlopig(arg.waarde);
    if (m === "ongeldig") {
      return eenFout({
        soort: "waarde",
        code: "bereik-leeg",
        bericht: meldingen.metArgument(arg.naam, meldingen.legeBereik),
      });
    }
    matrices.push(m);
    if (isEnkeleCel(m)) continue;
    if (vorm === null) {
      vorm = { rijen: m.length, kolommen: m[0].length, naam: arg.naam };
    } else if (vorm.rijen !== m.length || vorm.kolommen !== m[0].length) {
      return eenFout({
        soort: "waarde",
        code: "bereik-ongelijk",
        bericht: meldingen.ongelijkeAfmetingen(
          vorm.naam,
          meldingen.vorm(vorm.rijen, vorm.kolommen),
          arg.naam,
          meldingen.vorm(m.length, m[0].length),
        ),
      });
    }
  }

  // Whole columns (B:B) arrive with 1,048,576 rows, whole rows (2:2) with 16,384 columns: stop after
  // the last row and the last column with any input.
  const bereikIndex = matrices.flatMap((m, i) => (isEnkeleCel(m) ? [] : [i]));
  const deel = vorm === null ? { rijen: 1, kolommen: 1 } : ingevuldDeel(bereikIndex.map((i) => matrices[i]));
  if ("ongeldig" in deel) {
    return eenFout({
      soort: "waarde",
      code: "bereik-leeg",
      bericht: meldingen.metArgument(lijst[bereikIndex[deel.ongeldig]].naam, meldingen.legeBereik),
    });
  }
  const { rijen, kolommen } = deel;
  if (rijen === 0) {
    return eenFout({
      soort: "ontbreekt",
      code: "bereiken-leeg",
      bericht: meldingen.bereikenLeeg(
        lijst.filter((_, i) => !isEnkeleCel(matrices[i])).map((arg) => arg.naam),
      ),
    });
  }
  // A single cell is read once and reused for every position; a range through a per-call memory.
  const enkel: (Resultaat<unknown> | undefined)[] = lijst.map((arg, i) =>
    isEnkeleCel(matrices[i]) ? leesCel(arg, matrices[i][0][0]) : undefined,
  );
  const lezers = lijst.map((arg) => geheugenLezer(arg));

  const waarden: unknown[] = new Array<unknown>(lijst.length);
  const geheugen = opties.onthoud ? new Map<unknown, unknown>() : null;
  const uitkomst: unknown[][] = new Array<unknown[]>(rijen);
  for (let r = 0; r < rijen; r++) {
    const rij: unknown[] = new Array<unknown>(kolommen);
    for (let k = 0; k < kolommen; k++) {
      let fout: DomeinFout | null = null;
      for (let i = 0; i < lijst.length && fout === null; i++) {
        const gelezen = enkel[i] ?? lezers[i](matrices[i][r][k]);
        if (gelezen.ok) waarden[i] = gelezen.waarde;
        else fout = gelezen.fout;
      }
      if (fout === null) {
        const resultaat = geheugen
          ? onthouden(geheugen, waarden, bereken)
          : bereken(...(waarden as unknown as A));
        rij[k] = resultaat.ok ? naarCel(resultaat.waarde, soort) : naarExcelFout(resultaat.fout);
      } else {
        rij[k] = naarExcelFout(fout);
      }
    }
    uitkomst[r] = rij;
  }
  return uitkomst;
}

/** A marker for a row that is not a list as wide as the first row of its matrix. */
const SCHEVE_RIJ = Symbol("scheve rij");

/**
 * The cell at position `p` (reading order: row by row) of a matrix `breedte` cells wide, or SCHEVE_RIJ
 * when its row is not a list of that width (checked here, in the one pass over a whole column).
 */
function celOp(m: Matrix, breedte: number, p: number): unknown {
  const rij: unknown = breedte === 1 ? m[p] : m[Math.floor(p / breedte)];
  return isLijst(rij) && rij.length === breedte ? rij[breedte === 1 ? 0 : p % breedte] : SCHEVE_RIJ;
}

/** True when every cell of `m` is empty (a row that is no list counts as not empty). */
function helemaalLeeg(m: Matrix): boolean {
  for (const rij of m) {
    if (!isLijst(rij)) return false;
    for (const cel of rij) if (!leeg(cel)) return false;
  }
  return true;
}

/**
 * Reads parallel whole-range lists (e.g. opdrachten and achterstanden of a set of gemeenten), cell by
 * cell in reading order. A position where every list is empty is skipped (so a range may run past the
 * last row); a half-filled position, a bad cell, or lists of different length are an error. A list left
 * out of the formula, or a completely empty list beside one of another length, is #N/A (`ontbreekt`),
 * not a difference in length.
 */
export function leesLijsten<T>(
  lijsten: readonly { readonly naam: string; readonly waarde: unknown }[],
  lezer: Lezer<T>,
): Resultaat<T[][]> {
  const weg = lijsten.find((l) => isWeggelaten(l.waarde));
  if (weg) {
    return mislukt({
      soort: "ontbreekt",
      code: "argument-weggelaten",
      bericht: meldingen.metArgument(weg.naam, meldingen.weggelaten),
    });
  }
  // Judged by the first row; celOp checks every other row in the pass below.
  const matrices = lijsten.map((l) => {
    const m = alsMatrixVoorlopig(l.waarde);
    return m === "ongeldig" ? [] : m;
  });
  const breedtes = matrices.map((m) => (m.length === 0 ? 0 : m[0].length));
  const lengtes = matrices.map((m, i) => m.length * breedtes[i]);
  for (let i = 1; i < lijsten.length; i++) {
    if (lengtes[i] !== lengtes[0]) {
      const leegIndex = matrices.findIndex((m) => m.length > 0 && helemaalLeeg(m));
      if (leegIndex >= 0) {
        return mislukt({
          soort: "ontbreekt",
          code: "lijst-leeg",
          bericht: meldingen.reeksLeeg(lijsten[leegIndex].naam),
        });
      }
      return mislukt({
        soort: "waarde",
        code: "lijst-ongelijk",
        bericht: meldingen.reeksOngelijk(lijsten[0].naam, lengtes[0], lijsten[i].naam, lengtes[i]),
      });
    }
  }
  // Lists that are columns (a whole column is 1,048,576 cells) are read only down to their last row with
  // input, found by the fast scan of perCel.
  let eind = lengtes[0];
  if (eind > 0 && breedtes.every((b) => b === 1)) {
    const deel = ingevuldDeel(matrices);
    if ("ongeldig" in deel) {
      return mislukt({
        soort: "waarde",
        code: "bereik-leeg",
        bericht: meldingen.metArgument(lijsten[deel.ongeldig].naam, meldingen.legeBereik),
      });
    }
    eind = deel.rijen;
  }
  const uitkomst: T[][] = lijsten.map(() => []);
  const cellen: unknown[] = new Array<unknown>(lijsten.length);
  for (let p = 0; p < eind; p++) {
    let aantalLeeg = 0;
    for (let i = 0; i < lijsten.length; i++) {
      cellen[i] = celOp(matrices[i], breedtes[i], p);
      if (cellen[i] === SCHEVE_RIJ) {
        return mislukt({
          soort: "waarde",
          code: "bereik-leeg",
          bericht: meldingen.metArgument(lijsten[i].naam, meldingen.legeBereik),
        });
      }
      if (leeg(cellen[i])) aantalLeeg++;
    }
    if (aantalLeeg === lijsten.length) continue;
    if (aantalLeeg > 0) {
      return mislukt({
        soort: "ontbreekt",
        code: "lijst-half-leeg",
        bericht: meldingen.reeksHalfLeeg(
          p + 1,
          lijsten.map((l) => l.naam),
          lijsten.filter((_, i) => leeg(cellen[i])).map((l) => l.naam),
        ),
      });
    }
    for (let i = 0; i < lijsten.length; i++) {
      const cel = cellen[i];
      const foutcode = excelFoutCode(cel);
      const r = foutcode !== null ? mislukt<T>(foutUitInvoer(foutcode)) : lezer(cel);
      if (!r.ok) return mislukt(metNaam(lijsten[i].naam, r.fout));
      uitkomst[i].push(r.waarde);
    }
  }
  if (uitkomst[0].length === 0) {
    return mislukt({ soort: "ontbreekt", code: "lijst-leeg", bericht: meldingen.reeksLeeg(lijsten[0].naam) });
  }
  return gelukt(uitkomst);
}

// ---------------------------------------------------------------------------------------------
// Readers for person counts and treden (thin adapters over the domain parsers)

/** A person count, sign as written (herverdeling, totaalopgave). */
export const leesAantal: Lezer<number> = (cel) => parseAantal(cel, "aantal");

/** A person count of 0 or more (gerealiseerd, na-registratie, extra opgave, opdracht). */
export const leesAantalNietNegatief: Lezer<number> = parseAantalNietNegatief;

/** An achterstand: positive = backlog, negative = voorsprong. */
export const leesAchterstand: Lezer<number> = (cel) => parseAantal(cel, "achterstand");

/** A taakstelling: a whole number of 0 or more. */
export const leesTaakstelling: Lezer<number> = (cel) => {
  const r = parseAantal(cel, "aantal");
  return r.ok ? valideerTaakstelling(r.waarde) : r;
};

/** A trede 1..6. */
export const leesTrede: Lezer<Trede> = parseTrede;
