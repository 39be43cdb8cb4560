/**
 * Person counts from cells, with the sign conventions of docs/rekenregels.md ("Invoer lezen").
 * Bad input is an error value, never a silent 0.
 */
import { berichten } from "./berichten";
import { gelukt, mislukt, type Resultaat, type Tekenconventie } from "./types";

/** Excel's error values as `range.values` gives them (Dutch Excel reports the same English codes). */
const EXCEL_FOUTEN = [
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;

/**
 * True for a cell without a value to read: `null`, `undefined`, or text of only white space (Excel
 * passes an empty cell as "" or null). Writing is stricter: a cell of spaces is the user's (isOnbeschreven).
 */
export function isLeeg(cel: unknown): boolean {
  return cel === null || cel === undefined || (typeof cel === "string" && cel.trim() === "");
}

/** The Excel error code a text is (case-insensitive, e.g. `#N/A`), or null. */
export function herkenExcelFout(tekst: string): string | null {
  const t = tekst.trim().toUpperCase();
  return EXCEL_FOUTEN.find((f) => f === t) ?? null;
}

/** Unit words allowed after a count: `26 vergunninghouders`, `1 persoon`. */
const EENHEID = "(?:vergunninghouders?|statushouders?|personen|persoon|pers\\.?)";
/** Sign, then digits: plain (`1234`), Dutch thousands (`1.234`), or a decimal (`26,5`, `26.50`). */
const AANTAL = new RegExp(`^([+-])? ?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:[,.](\\d+))?(?: ${EENHEID})?$`, "i");

/**
 * The text clean-up parseAantal does before it matches a count: every dash and minus sign (unicode
 * minus, en/em dash, ...) becomes `-`, runs of white space (also non-breaking) become one space, and
 * the ends are trimmed. `"\u2212 0"` -> `"- 0"`. For readers of other number shapes that must accept
 * exactly the signs and spacing parseAantal accepts.
 */
export function normaliseerAantalTekst(tekst: string): string {
  return tekst
    .replace(/[\u2010-\u2015\u2212\ufe63\uff0d]/g, "-")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/**
 * The largest count of persons accepted (in absolute value): a billion. Larger numbers are no count of
 * vergunninghouders, and their sums could leave the range where doubles count exactly (1e308 + 1e308 is
 * Infinity).
 */
export const MAX_AANTAL = 1_000_000_000;

// The errors of parseAantal, as functions of the module (not closures made on every call: the engine
// reads tens of thousands of cells).
function geenGetal(invoer: unknown): Resultaat<number> {
  return mislukt({ soort: "waarde", code: "aantal-geen-getal", bericht: berichten.aantalGeenGetal(invoer) });
}

function teGroot(invoer: unknown): Resultaat<number> {
  return mislukt({ soort: "waarde", code: "aantal-te-groot", bericht: berichten.aantalTeGroot(invoer) });
}

function geenGeheelGetal(invoer: unknown): Resultaat<number> {
  return mislukt({
    soort: "waarde",
    code: "aantal-geen-geheel-getal",
    bericht: berichten.aantalGeenGeheelGetal(invoer),
  });
}

function naarConventie(n: number, conventie: Tekenconventie): number {
  const omgekeerd = conventie === "voorsprong" || conventie === "saldo" ? -n : n;
  return omgekeerd === 0 ? 0 : omgekeerd; // never -0
}

/**
 * Reads a person count from a cell value. Numbers must be finite integers (26.0 is fine). Text is
 * trimmed and may carry a sign (`-`, `+`, unicode minus, en/em dash), Dutch thousands dots (`1.234`)
 * and a unit word (`26 vergunninghouders`). A decimal whose fraction is zero (`26,0`) counts as whole.
 * The result is in achterstand convention (positive = backlog) for `achterstand`, `voorsprong` and
 * `saldo` columns; for `aantal` as written.
 * Errors: empty/null/undefined -> `ontbreekt` `aantal-leeg`; an Excel error text (`#N/A`) ->
 * `waarde` `aantal-excel-fout`; booleans and other text -> `waarde` `aantal-geen-getal`; a fraction ->
 * `waarde` `aantal-geen-geheel-getal`; beyond MAX_AANTAL (a billion) either way -> `waarde`
 * `aantal-te-groot`.
 */
export function parseAantal(invoer: unknown, conventie: Tekenconventie = "aantal"): Resultaat<number> {
  if (invoer === null || invoer === undefined || (typeof invoer === "string" && invoer.trim() === "")) {
    return mislukt({ soort: "ontbreekt", code: "aantal-leeg", bericht: berichten.aantalLeeg });
  }
  if (typeof invoer === "number") {
    if (!Number.isFinite(invoer)) return geenGetal(invoer);
    if (!Number.isInteger(invoer)) return geenGeheelGetal(invoer);
    if (Math.abs(invoer) > MAX_AANTAL) return teGroot(invoer);
    return gelukt(naarConventie(invoer, conventie));
  }
  if (typeof invoer !== "string") return geenGetal(invoer);

  const excelFout = herkenExcelFout(invoer);
  if (excelFout !== null) {
    return mislukt({
      soort: "waarde",
      code: "aantal-excel-fout",
      bericht: berichten.aantalExcelFout(excelFout),
    });
  }
  const m = AANTAL.exec(normaliseerAantalTekst(invoer));
  if (!m) return geenGetal(invoer);
  const [, teken, cijfers, breuk] = m;
  if (breuk !== undefined && /[1-9]/.test(breuk)) return geenGeheelGetal(invoer);
  // "1.234" is Dutch thousands; "1.5" / "26.50" is a decimal (caught above when not whole).
  const geheel = cijfers.replace(/\./g, "");
  const waarde = Number(geheel);
  if (!Number.isSafeInteger(waarde) || waarde > MAX_AANTAL) return teGroot(invoer);
  return gelukt(naarConventie(teken === "-" ? -waarde : waarde, conventie));
}

/** Like parseAantal (convention `aantal`) but also requires 0 or more: `aantal-negatief` otherwise. */
export function parseAantalNietNegatief(invoer: unknown): Resultaat<number> {
  const r = parseAantal(invoer, "aantal");
  if (r.ok && r.waarde < 0) {
    return mislukt({ soort: "waarde", code: "aantal-negatief", bericht: berichten.aantalNegatief(invoer) });
  }
  return r;
}
