/**
 * Shows a cell value the way Dutch Excel shows it for the number formats the add-in and its users'
 * sheets use: "General", "0", "0.00", "#,##0", "0%", "0.0%"; sections "positive;negative;zero" with
 * literal signs ("+0.0;-0.0;0.0"); and dates ("d-m-yyyy", "dd-mm-yyyy", "d mmmm yyyy", Excel's
 * built-in short date "m/d/yyyy", which Dutch Excel shows as d-m-yyyy). Pure, for the preview grid.
 */
import { formatGetal, rondAf } from "../domain/afronding";
import { MAANDEN } from "../domain/berichten";
import { excelSerieNaarDatum } from "../domain/datum";
import type { CelWaarde } from "../sheet/types";

/** Excel's "General": up to 10 significant digits, trailing zeros dropped, Dutch comma. */
function standaardGetal(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e11) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e11 || (abs > 0 && abs < 1e-9)) {
    const [mantisse, exponent] = x.toExponential(5).split("e");
    const m = mantisse.replace(/\.?0+$/, "").replace(".", ",");
    const e = Number(exponent);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const tekst = Number(x.toPrecision(10)).toString();
  return tekst.replace(".", ",");
}

type GetalFormaat = { decimalen: number; procent: boolean; groeperen: boolean };

/** Parses "0", "0.00", "#,##0.0", with an optional "%" suffix; null for other formats. */
function leesGetalFormaat(formaat: string): GetalFormaat | null {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(formaat.trim());
  if (!m) return null;
  return { decimalen: m[2]?.length ?? 0, procent: m[3] === "%", groeperen: m[1] !== undefined };
}

function toonGetal(x: number, f: GetalFormaat): string {
  return formatGetal(f.procent ? x * 100 : x, f.decimalen, f.groeperen) + (f.procent ? "%" : "");
}

/** Literal text around a number: "quoted", \x, the signs + - ( ) and spaces; `_x` pads (dropped). */
const LETTERLIJK = String.raw`(?:"[^"]*"|\\.|_.|[+\-() ])*`;
const SECTIE = new RegExp(String.raw`^(${LETTERLIJK})((?:#,##)?0(?:\.0+)?%?)(${LETTERLIJK})$`);

function letterlijk(tekst: string): string {
  return tekst.replace(/"([^"]*)"|\\(.)|_./g, (_, citaat?: string, teken?: string) => citaat ?? teken ?? "");
}

/** Colour and locale codes ("[Red]", "[Rood]", "[Color10]", "[$-413]") do not change the text. */
function zonderCodes(formaat: string): string {
  return formaat.replace(/\[(?:\$-[0-9A-Fa-f]+|[A-Za-z]+\d*)\]/g, "");
}

/** Splits on ";" outside quotes: "+0.0;-0.0;0.0" -> three sections. */
function secties(formaat: string): string[] {
  const uit: string[] = [""];
  let citaat = false;
  for (let i = 0; i < formaat.length; i++) {
    const t = formaat[i];
    if (t === '"') citaat = !citaat;
    if (t === "\\" && !citaat && i + 1 < formaat.length) {
      uit[uit.length - 1] += t + formaat[++i];
      continue;
    }
    if (t === ";" && !citaat) uit.push("");
    else uit[uit.length - 1] += t;
  }
  return uit;
}

/**
 * A number format with sections ("positive;negative;zero[;text]") or literal text around the number
 * ("+0.0"); null when a section is not of the supported kind. As in Excel, the section is chosen by
 * the value's sign, and a negative section shows the absolute value with its own literal signs.
 */
function toonMetSecties(x: number, formaat: string): string | null {
  const delen = secties(zonderCodes(formaat));
  if (delen.length === 1 && leesGetalFormaat(delen[0])) return null; // plain: handled elsewhere
  const gelezen = delen.slice(0, 3).map((d) => SECTIE.exec(d.trim()));
  if (gelezen.some((g) => !g)) return null;
  let index = 0;
  let waarde = x;
  if (x < 0 && gelezen.length >= 2) [index, waarde] = [1, -x];
  else if (x === 0 && gelezen.length >= 3) index = 2;
  const [, voor, kern, na] = gelezen[index]!;
  const tekst = letterlijk(voor) + toonGetal(Math.abs(waarde), leesGetalFormaat(kern)!) + letterlijk(na);
  // One section for all numbers: a negative number gets Excel's minus sign in front.
  return waarde < 0 && rondAf(Math.abs(waarde), 10) !== 0 ? `-${tekst}` : tekst;
}

const MAANDEN_KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const DAGEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const DAGEN_KORT = ["zo", "ma", "di", "wo", "do", "vr", "za"];

/** Excel's built-in short date, as Office.js reports it; Dutch Excel shows it as d-m-yyyy. */
const KORTE_DATUM = "m/d/yyyy";

/**
 * A date format of d, dd, ddd, dddd, m, mm, mmm, mmmm, yy and yyyy with separators (- / . , space)
 * and literal text; null for anything else (times included).
 */
function toonDatum(x: number, formaat: string): string | null {
  let f = zonderCodes(formaat).trim();
  if (f.toLowerCase() === KORTE_DATUM) f = "d-m-yyyy";
  if (!/[dy]/i.test(f.replace(/"[^"]*"/g, ""))) return null;
  const delen = f.match(/"[^"]*"|\\.|d{1,4}|m{1,5}|y{1,4}|[-/., ]|./gi) ?? [];
  if (x < 0) return "#####";
  const d = excelSerieNaarDatum(x);
  const dag = d.getUTCDate();
  const maand = d.getUTCMonth();
  const jaar = d.getUTCFullYear();
  let uit = "";
  for (const deel of delen) {
    const l = deel.toLowerCase();
    if (deel.startsWith('"') || deel.startsWith("\\")) uit += letterlijk(deel);
    else if (/^[-/., ]$/.test(deel)) uit += deel === "/" ? "-" : deel;
    else if (l === "d") uit += String(dag);
    else if (l === "dd") uit += String(dag).padStart(2, "0");
    else if (l === "ddd") uit += DAGEN_KORT[d.getUTCDay()];
    else if (l === "dddd") uit += DAGEN[d.getUTCDay()];
    else if (l === "m") uit += String(maand + 1);
    else if (l === "mm") uit += String(maand + 1).padStart(2, "0");
    else if (l === "mmm") uit += MAANDEN_KORT[maand];
    else if (l === "mmmm") uit += MAANDEN[maand];
    else if (l === "mmmmm") uit += MAANDEN[maand][0];
    else if (l === "yy") uit += String(jaar % 100).padStart(2, "0");
    else if (l === "yyyy") uit += String(jaar);
    else return null;
  }
  return uit;
}

/**
 * The text Excel (Dutch locale) shows for `waarde` in number format `formaat`:
 * (0.45, "0%") -> "45%", (1.7272, "0.00") -> "1,73", (1234, "#,##0") -> "1.234", (true) -> "WAAR",
 * (2.2113, "+0.0;-0.0;0.0") -> "+2,2", (44887, "d-m-yyyy") -> "22-11-2022".
 * Unknown formats show as "General". Empty cells show as "".
 */
export function toonWaarde(waarde: CelWaarde | undefined, formaat?: string | null): string {
  if (waarde === null || waarde === undefined || waarde === "") return "";
  if (typeof waarde === "boolean") return waarde ? "WAAR" : "ONWAAR";
  if (typeof waarde === "string") return waarde;
  if (!Number.isFinite(waarde)) return "#GETAL!";
  if (!formaat) return standaardGetal(waarde);
  const getalFormaat = leesGetalFormaat(formaat);
  if (getalFormaat) return toonGetal(waarde, getalFormaat);
  return toonMetSecties(waarde, formaat) ?? toonDatum(waarde, formaat) ?? standaardGetal(waarde);
}
