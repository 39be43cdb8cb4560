/**
 * Reads an .xlsx file with ExcelJS and turns a worksheet into the engine's `Blad`: the values a host
 * would get from Excel's `range.values` over the used range, and the number formats.
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { Blad, CelWaarde } from "../sheet/types";
import { cliBerichten } from "./berichten";

/** The input cannot be used (exit code 2); the message is Dutch and meant for the user. */
export class InvoerFout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = "InvoerFout";
  }
}

const ZIP_HANDTEKENING = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": an .xlsx is a zip archive
const CFB_HANDTEKENING = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls, or an encrypted .xlsx

function begintMet(buffer: Buffer, handtekening: number[]): boolean {
  return buffer.length >= handtekening.length && handtekening.every((b, i) => buffer[i] === b);
}

/** Reads the file into memory, checking that it is an .xlsx; throws `InvoerFout` otherwise. */
export async function readXlsxBuffer(pad: string): Promise<Buffer> {
  let info;
  try {
    info = await fs.stat(pad);
  } catch {
    throw new InvoerFout(cliBerichten.bestandOntbreekt(pad));
  }
  if (!info.isFile()) throw new InvoerFout(cliBerichten.geenBestand(pad));
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(pad);
  } catch (fout) {
    throw new InvoerFout(cliBerichten.onleesbaar(pad, (fout as Error).message));
  }
  if (buffer.length === 0) throw new InvoerFout(cliBerichten.leegBestand(pad));
  if (begintMet(buffer, CFB_HANDTEKENING)) throw new InvoerFout(cliBerichten.oudXls(pad));
  if (!begintMet(buffer, ZIP_HANDTEKENING)) throw new InvoerFout(cliBerichten.geenXlsx(pad));
  return buffer;
}

/** Loads a workbook from .xlsx bytes; throws `InvoerFout` when ExcelJS cannot read it. */
export async function loadWerkmap(buffer: Buffer, pad: string): Promise<ExcelJS.Workbook> {
  const werkmap = new ExcelJS.Workbook();
  try {
    // ExcelJS's typing wants its own Buffer type; a Node Buffer is what it reads.
    await werkmap.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (fout) {
    throw new InvoerFout(cliBerichten.beschadigd(pad, beschrijfLeesfout(fout)));
  }
  if (werkmap.worksheets.length === 0) throw new InvoerFout(cliBerichten.geenWerkbladen(pad));
  return werkmap;
}

/** Reads and loads an .xlsx file (both steps above). */
export async function readWerkmap(pad: string): Promise<ExcelJS.Workbook> {
  return loadWerkmap(await readXlsxBuffer(pad), pad);
}

function beschrijfLeesfout(fout: unknown): string {
  const tekst = fout instanceof Error ? fout.message : String(fout);
  if (/end of central directory|zip|corrupt|invalid signature/i.test(tekst)) {
    return "het zip-archief is beschadigd of onvolledig.";
  }
  return `het bestand is beschadigd of geen werkmap (${tekst}).`;
}

const MS_PER_DAG = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const SERIEEL_1970 = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const VERSCHIL_1904 = 1_462;

/** Excel serial number of a date as ExcelJS returns it (UTC-based). */
export function naarSerieel(datum: Date, datum1904 = false): number {
  const serieel = datum.getTime() / MS_PER_DAG + SERIEEL_1970 - (datum1904 ? VERSCHIL_1904 : 0);
  // ExcelJS rounds to milliseconds; keep whole days whole and times to the millisecond.
  return Math.round(serieel * MS_PER_DAG) / MS_PER_DAG;
}

type ExcelJsWaarde = ExcelJS.CellValue | undefined;

/** A cell value as Excel's `range.values` gives it. */
export function naarCelWaarde(waarde: ExcelJsWaarde, datum1904 = false): CelWaarde {
  if (waarde === null || waarde === undefined) return "";
  if (typeof waarde === "number") return Number.isFinite(waarde) ? waarde : "#NUM!";
  if (typeof waarde === "string" || typeof waarde === "boolean") return waarde;
  if (waarde instanceof Date) {
    return Number.isNaN(waarde.getTime()) ? "#VALUE!" : naarSerieel(waarde, datum1904);
  }
  if (typeof waarde === "object") {
    const w = waarde as unknown as Record<string, unknown>;
    if ("error" in w) return String(w.error);
    if ("richText" in w && Array.isArray(w.richText)) {
      return (w.richText as { text?: unknown }[]).map((deel) => String(deel.text ?? "")).join("");
    }
    if ("formula" in w || "sharedFormula" in w) {
      // The cached result; a formula Excel never calculated has none and reads as empty.
      return naarCelWaarde(w.result as ExcelJsWaarde, datum1904);
    }
    if ("text" in w) return naarCelWaarde(w.text as ExcelJsWaarde, datum1904); // hyperlink
  }
  return "";
}

/**
 * The value of a cell as ExcelJS read it; for a formula cell its stored (cached) result. Not via
 * `cel.value`: for a formula that is a copy ExcelJS makes without falsy fields (exceljs 4.4
 * `FormulaValue._copyModel`), so a result of 0 or FALSE would be lost and the cell read as empty.
 * `cel.result` is the stored result itself (and skips making the copy).
 */
export function celInhoud(cel: ExcelJS.Cell): ExcelJsWaarde {
  return cel.type === ExcelJS.ValueType.Formula ? (cel.result as ExcelJsWaarde) : cel.value;
}

/**
 * The used range of a worksheet (the smallest rectangle holding every non-empty cell) as a `Blad`.
 * Merged cells other than the top-left one read as "" (as in Excel). An empty sheet gives no rows.
 */
export function sheetToBlad(werkblad: ExcelJS.Worksheet, datum1904 = false): Blad {
  const cellen: { rij: number; kolom: number; waarde: CelWaarde; formaat: string }[] = [];
  let minRij = Infinity;
  let maxRij = -Infinity;
  let minKolom = Infinity;
  let maxKolom = -Infinity;
  werkblad.eachRow({ includeEmpty: false }, (rij, rijNummer) => {
    rij.eachCell({ includeEmpty: false }, (cel, kolomNummer) => {
      if (cel.type === ExcelJS.ValueType.Merge) return;
      const waarde = naarCelWaarde(celInhoud(cel), datum1904);
      if (waarde === "") return;
      cellen.push({ rij: rijNummer, kolom: kolomNummer, waarde, formaat: cel.numFmt || "General" });
      if (rijNummer < minRij) minRij = rijNummer;
      if (rijNummer > maxRij) maxRij = rijNummer;
      if (kolomNummer < minKolom) minKolom = kolomNummer;
      if (kolomNummer > maxKolom) maxKolom = kolomNummer;
    });
  });
  if (cellen.length === 0)
    return { naam: werkblad.name, waarden: [], formaten: [], beginRij: 0, beginKolom: 0 };
  const hoogte = maxRij - minRij + 1;
  const breedte = maxKolom - minKolom + 1;
  const waarden: CelWaarde[][] = Array.from({ length: hoogte }, () => new Array<CelWaarde>(breedte).fill(""));
  const formaten: string[][] = Array.from({ length: hoogte }, () =>
    new Array<string>(breedte).fill("General"),
  );
  for (const cel of cellen) {
    waarden[cel.rij - minRij][cel.kolom - minKolom] = cel.waarde;
    formaten[cel.rij - minRij][cel.kolom - minKolom] = cel.formaat;
  }
  return { naam: werkblad.name, waarden, formaten, beginRij: minRij - 1, beginKolom: minKolom - 1 };
}

/** True when the workbook uses the 1904 date system (old Mac workbooks). */
export function gebruikt1904(werkmap: ExcelJS.Workbook): boolean {
  return Boolean((werkmap.properties as { date1904?: boolean } | undefined)?.date1904);
}
