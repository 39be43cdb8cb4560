/**
 * Reads an .xlsx package (zip + XML, see pakket.ts and xml.ts) and turns a worksheet into the engine's
 * `Blad`: the values a host would get from Excel's `range.values` over the used range, and the number
 * formats. Any package an Excel-compatible program writes is read (absolute or relative part names,
 * any namespace prefix, inline or shared strings, rich text, UTF-16 parts); what cannot be read gives a
 * Dutch message, never a library's exception text.
 *
 * The grid holds only the occupied cells: rows without values are holes in `waarden` and a far cell
 * does not make every row as wide as the sheet (see `naarBlad`).
 */
import { promises as fs } from "node:fs";
import { leesEigenKolommen } from "../sheet/eigenKolommen";
import { isDatumFormaat } from "../sheet/lezen";
import type { Blad, CelWaarde, Gebied } from "../sheet/types";
import { cliBerichten } from "./berichten";
import { Pakket, PakketFout } from "./pakket";
import {
  LEEG,
  OPEN,
  SLUIT,
  XmlFout,
  XmlScanner,
  attribuut,
  attributen,
  lokaal,
  ontsnapXstring,
  ruwAttribuut,
  tekstVan,
} from "./xml";

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

const REL = {
  hoofd: /\/officeDocument$/,
  werkblad: /\/worksheet$/,
  stijlen: /\/styles$/,
  gedeeldeTeksten: /\/sharedStrings$/,
};

const CT_WERKMAP = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const CT_MACRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const CT_BINAIR = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

/** A worksheet of the workbook (chart sheets are not listed). */
export interface Werkblad {
  /** Sheet name as Excel shows it. */
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** Part name of the sheet's XML, e.g. "xl/worksheets/sheet1.xml". */
  onderdeel: string;
  /** The sheet's sheetId in workbook.xml (calcChain refers to it). */
  sheetId: number;
  /** 0-based position among all <sheet> elements of workbook.xml (a defined name's localSheetId). */
  positie: number;
  werkmap: Werkmap;
}

/** A defined name of workbook.xml: its name, its sheet scope (localSheetId) and its formula text. */
export interface Definitie {
  naam: string;
  /** localSheetId, or null for a workbook-wide name. */
  blad: number | null;
  verwijzing: string;
}

/** A read workbook: the package, its sheets, and what reading cells needs (strings, formats, 1904). */
export class Werkmap {
  readonly worksheets: Werkblad[] = [];
  /** Part name of workbook.xml (wherever the package puts it). */
  readonly werkboekOnderdeel: string;
  readonly datum1904: boolean;
  /** The defined names of workbook.xml (the add-in's record of its columns among them). */
  readonly definities: Definitie[] = [];
  /** Content type of the workbook part. */
  readonly inhoudstype: string;
  private teksten: string[] | null = null;
  private formaten: string[] | null = null;

  constructor(
    readonly pakket: Pakket,
    readonly pad: string,
  ) {
    const hoofd = pakket.relaties("").find((r) => REL.hoofd.test(r.type) && r.onderdeel !== null);
    const onderdeel = hoofd?.onderdeel ?? (pakket.heeft("xl/workbook.xml") ? "xl/workbook.xml" : null);
    if (onderdeel === null || !pakket.heeft(onderdeel)) {
      throw new InvoerFout(cliBerichten.beschadigd(pad, geenWerkmapReden(pakket)));
    }
    this.werkboekOnderdeel = pakket.naamVan(onderdeel)!;
    this.inhoudstype = inhoudstypeVan(pakket, this.werkboekOnderdeel);
    if (this.inhoudstype === CT_BINAIR || /\.bin$/i.test(this.werkboekOnderdeel)) {
      throw new InvoerFout(cliBerichten.binaireWerkmap(pad));
    }
    const tekst = pakket.leesTekst(this.werkboekOnderdeel)!;
    const relaties = new Map(pakket.relaties(this.werkboekOnderdeel).map((r) => [r.id, r]));
    let datum1904 = false;
    let positie = 0;
    const s = new XmlScanner(tekst);
    while (s.volgende()) {
      if (s.soort === SLUIT) continue;
      const naam = lokaal(s.naam);
      if (naam === "definedName") {
        const a = attributen(tekst, s.attrBegin, s.attrEind);
        const begin = s.eind;
        const eind = s.soort === OPEN ? s.slaOver() : begin;
        const id = a.get("localSheetId");
        this.definities.push({
          naam: a.get("name") ?? "",
          blad: id === undefined || !/^\d+$/.test(id) ? null : Number(id),
          verwijzing: tekstVan(tekst, begin, eind),
        });
      } else if (naam === "workbookPr") {
        const w = attribuut(tekst, s.attrBegin, s.attrEind, "date1904");
        datum1904 = w === "1" || w === "true";
      } else if (naam === "sheet") {
        const a = attributen(tekst, s.attrBegin, s.attrEind);
        const hier = positie++;
        const rid = [...a].find(([k]) => k.endsWith(":id") || k === "id")?.[1] ?? "";
        const relatie = relaties.get(rid);
        if (!relatie || !REL.werkblad.test(relatie.type) || relatie.onderdeel === null) continue;
        const deel = pakket.naamVan(relatie.onderdeel);
        if (deel === null) continue;
        this.worksheets.push({
          name: a.get("name") ?? "",
          state: a.get("state") ?? "visible",
          onderdeel: deel,
          sheetId: Number(a.get("sheetId") ?? 0),
          positie: hier,
          werkmap: this,
        });
      }
    }
    this.datum1904 = datum1904;
  }

  /** The worksheet with exactly this name (as ExcelJS named it, so callers read the same). */
  getWorksheet(naam: string): Werkblad | undefined {
    return this.worksheets.find((w) => w.name === naam);
  }

  /** True when the package holds VBA macros (an .xlsm, or a vbaProject part). */
  get heeftMacros(): boolean {
    return this.inhoudstype === CT_MACRO || this.pakket.namen.some((n) => /(^|\/)vbaProject\.bin$/i.test(n));
  }

  /** True when the workbook part has the content type of an ordinary .xlsx workbook. */
  get isGewoneWerkmap(): boolean {
    return this.inhoudstype === CT_WERKMAP;
  }

  /** Part name of a workbook-level part by relationship type (styles, sharedStrings), or null. */
  onderdeelVan(type: RegExp): string | null {
    const r = this.pakket.relaties(this.werkboekOnderdeel).find((x) => type.test(x.type) && x.onderdeel);
    return r?.onderdeel ? this.pakket.naamVan(r.onderdeel) : null;
  }

  /** The shared strings (read once). */
  gedeeldeTeksten(): string[] {
    if (this.teksten === null) {
      const deel = this.onderdeelVan(REL.gedeeldeTeksten);
      this.teksten = deel === null ? [] : leesGedeeldeTeksten(this.pakket.leesTekst(deel)!);
    }
    return this.teksten;
  }

  /** Number format code per cell style index (cellXfs), as ExcelJS reports it. */
  celFormaten(): string[] {
    if (this.formaten === null) {
      const deel = this.onderdeelVan(REL.stijlen);
      this.formaten = deel === null ? [] : leesCelFormaten(this.pakket.leesTekst(deel)!);
    }
    return this.formaten;
  }
}

function geenWerkmapReden(pakket: Pakket): string {
  if (pakket.heeft("word/document.xml")) return "het is een Word-document, geen werkmap.";
  if (pakket.heeft("ppt/presentation.xml")) return "het is een PowerPoint-presentatie, geen werkmap.";
  if (pakket.heeft("content.xml") && pakket.heeft("mimetype")) {
    return "het is een OpenDocument-bestand (.ods), geen .xlsx; sla het op als Excel-werkmap (.xlsx).";
  }
  return "het zip-archief bevat geen werkmap (geen xl/workbook.xml).";
}

function inhoudstypeVan(pakket: Pakket, onderdeel: string): string {
  const tekst = pakket.leesTekst("[Content_Types].xml");
  if (tekst === null) return "";
  const doel = `/${onderdeel}`.toLowerCase();
  const extensie = onderdeel.slice(onderdeel.lastIndexOf(".") + 1).toLowerCase();
  let standaard = "";
  const s = new XmlScanner(tekst);
  while (s.volgende()) {
    if (s.soort === SLUIT) continue;
    const naam = lokaal(s.naam);
    const a = attributen(tekst, s.attrBegin, s.attrEind);
    if (naam === "Override" && (a.get("PartName") ?? "").toLowerCase() === doel)
      return a.get("ContentType") ?? "";
    if (naam === "Default" && (a.get("Extension") ?? "").toLowerCase() === extensie) {
      standaard = a.get("ContentType") ?? "";
    }
  }
  return standaard;
}

/** Loads a workbook from .xlsx bytes; throws `InvoerFout` with a Dutch message when it cannot. */
export async function loadWerkmap(buffer: Buffer, pad: string): Promise<Werkmap> {
  let werkmap: Werkmap;
  try {
    werkmap = new Werkmap(new Pakket(buffer), pad);
  } catch (fout) {
    throw alsInvoerFout(fout, pad);
  }
  if (werkmap.worksheets.length === 0) throw new InvoerFout(cliBerichten.geenWerkbladen(pad));
  return werkmap;
}

/** Reads and loads an .xlsx file (both steps above). */
export async function readWerkmap(pad: string): Promise<Werkmap> {
  return loadWerkmap(await readXlsxBuffer(pad), pad);
}

/** A Dutch `InvoerFout` for whatever went wrong reading a package (never a library's English text). */
export function alsInvoerFout(fout: unknown, pad: string): InvoerFout {
  if (fout instanceof InvoerFout) return fout;
  if (fout instanceof PakketFout || fout instanceof XmlFout) {
    return new InvoerFout(cliBerichten.beschadigd(pad, `${fout.message}.`));
  }
  if (fout instanceof RangeError && /string length/i.test(fout.message)) {
    return new InvoerFout(
      cliBerichten.beschadigd(pad, "een onderdeel is te groot om te lezen (meer dan 512 MB)."),
    );
  }
  throw fout;
}

const MS_PER_DAG = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const SERIEEL_1970 = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const VERSCHIL_1904 = 1_462;

/** Excel serial number of a date (UTC-based), as a cell of type "d" (ISO date) is read. */
export function naarSerieel(datum: Date, datum1904 = false): number {
  const serieel = datum.getTime() / MS_PER_DAG + SERIEEL_1970 - (datum1904 ? VERSCHIL_1904 : 0);
  // Keep whole days whole and times to the millisecond.
  return Math.round(serieel * MS_PER_DAG) / MS_PER_DAG;
}

/** Built-in number formats as ExcelJS reports them (ids without a fixed code read as General). */
export const INGEBOUWDE_FORMATEN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Format code per cellXfs index: the workbook's own numFmts first, then the built-in ones. */
export function leesCelFormaten(tekst: string): string[] {
  const eigen = new Map<number, string>();
  const uit: string[] = [];
  const s = new XmlScanner(tekst);
  let inCellXfs = false;
  while (s.volgende()) {
    const naam = lokaal(s.naam);
    if (s.soort === SLUIT) {
      if (naam === "cellXfs") inCellXfs = false;
      continue;
    }
    if (naam === "numFmt") {
      const id = Number(attribuut(tekst, s.attrBegin, s.attrEind, "numFmtId"));
      const code = attribuut(tekst, s.attrBegin, s.attrEind, "formatCode");
      if (Number.isInteger(id) && code !== null) eigen.set(id, code);
    } else if (naam === "cellXfs") {
      inCellXfs = s.soort === OPEN;
    } else if (naam === "xf" && inCellXfs) {
      const id = Number(attribuut(tekst, s.attrBegin, s.attrEind, "numFmtId") ?? 0);
      uit.push((id ? (eigen.get(id) ?? INGEBOUWDE_FORMATEN[id]) : undefined) ?? "General");
      if (s.soort === OPEN) s.slaOver();
    }
  }
  return uit;
}

/**
 * The text of a rich or plain string element (`<si>`, `<is>`) that the scanner has just opened: every
 * `<t>`, phonetic runs (`<rPh>`) left out, `_xHHHH_` escapes decoded.
 */
function leesStringItem(s: XmlScanner): string {
  const tekst = s.tekst;
  let uit = "";
  let diepte = 1;
  while (s.volgende()) {
    if (s.soort === SLUIT) {
      if (--diepte === 0) break;
      continue;
    }
    if (s.soort === LEEG) continue;
    const naam = lokaal(s.naam);
    if (naam === "rPh") {
      s.slaOver();
    } else if (naam === "t") {
      const begin = s.eind;
      const eind = s.slaOver();
      uit += tekstVan(tekst, begin, eind);
    } else diepte++;
  }
  return ontsnapXstring(uit);
}

export function leesGedeeldeTeksten(tekst: string): string[] {
  const uit: string[] = [];
  const s = new XmlScanner(tekst);
  while (s.volgende()) {
    if (lokaal(s.naam) !== "si") continue;
    if (s.soort === OPEN) uit.push(leesStringItem(s));
    else if (s.soort === LEEG) uit.push("");
  }
  return uit;
}

/** "AB12" -> [row 12, 0-based column 27]; null when it is not a cell reference. */
export function leesCelAdres(ref: string): [number, number] | null {
  let kolom = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) kolom = kolom * 26 + (c - 64);
    else if (c >= 97 && c <= 122) kolom = kolom * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  const rij = Number(ref.slice(i));
  return Number.isInteger(rij) && rij > 0 ? [rij, kolom - 1] : null;
}

/** One cell with a value, as read. */
interface GelezenCel {
  rij: number;
  kolom: number;
  waarde: CelWaarde;
  formaat: string;
}

/** A merged range: 1-based rows, 0-based columns, inclusive. */
export interface Bereik {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function leesBereik(ref: string): Bereik | null {
  const [a, b = a] = ref.trim().split(":");
  const p = leesCelAdres(a);
  const q = leesCelAdres(b);
  if (!p || !q) return null;
  return {
    r1: Math.min(p[0], q[0]),
    c1: Math.min(p[1], q[1]),
    r2: Math.max(p[0], q[0]),
    c2: Math.max(p[1], q[1]),
  };
}

function celWaardeVan(
  type: string,
  v: string | null,
  inline: string | null,
  teksten: string[],
  datum1904: boolean,
): CelWaarde {
  switch (type) {
    case "s": {
      if (v === null) return "";
      return teksten[Number(v)] ?? "";
    }
    case "inlineStr":
      return inline ?? (v !== null ? ontsnapXstring(v) : "");
    case "str":
      return v === null ? "" : ontsnapXstring(v);
    case "b":
      return v === null || v.trim() === "" ? "" : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === null ? "" : v.trim();
    case "d": {
      if (v === null || v.trim() === "") return "";
      const tijd = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v.trim()) ? v.trim() : `${v.trim()}Z`);
      return Number.isNaN(tijd) ? "#VALUE!" : naarSerieel(new Date(tijd), datum1904);
    }
    default: {
      if (v === null || v.trim() === "") return "";
      const n = Number(v);
      return Number.isFinite(n) ? n : "#NUM!";
    }
  }
}

/** What a worksheet part holds besides its values: merged ranges and formulas without a value. */
interface BladInhoud {
  cellen: GelezenCel[];
  samengevoegd: Bereik[];
  /** Cells with a formula whose value is missing or "" (1-based row, 0-based column). */
  formules: { rij: number; kolom: number }[];
  /** Hidden column ranges of `<cols>` (0-based, inclusive), as written: may reach far beyond the data. */
  verborgen: { van: number; tot: number }[];
}

/** Number format given to a cell of type "d" (an ISO date) whose style shows no date. */
const DATUMNOTATIE = "yyyy-mm-dd";

/**
 * Every cell with a value in a worksheet part, and its merged ranges. Cells without a value, and merged
 * cells other than the top-left one, are left out (Excel's `range.values` gives "" there).
 */
export function leesCellen(werkblad: Werkblad, datum1904 = werkblad.werkmap.datum1904): GelezenCel[] {
  return leesInhoud(werkblad, datum1904).cellen;
}

function leesInhoud(werkblad: Werkblad, datum1904: boolean): BladInhoud {
  const werkmap = werkblad.werkmap;
  const tekst = werkmap.pakket.leesTekst(werkblad.onderdeel) ?? "";
  const teksten = werkmap.gedeeldeTeksten();
  const formaten = werkmap.celFormaten();
  const cellen: GelezenCel[] = [];
  const samengevoegd: Bereik[] = [];
  const formules: { rij: number; kolom: number }[] = [];
  const verborgen: { van: number; tot: number }[] = [];
  const s = new XmlScanner(tekst);
  let rij = 0;
  let kolom = -1;
  let inData = false;
  while (s.volgende()) {
    const naam = lokaal(s.naam);
    if (s.soort === SLUIT) {
      if (naam === "sheetData") inData = false;
      continue;
    }
    if (!inData) {
      if (naam === "sheetData") inData = s.soort === OPEN;
      else if (naam === "mergeCell") {
        const b = leesBereik(attribuut(tekst, s.attrBegin, s.attrEind, "ref") ?? "");
        if (b) samengevoegd.push(b);
      } else if (naam === "col") {
        const b = verborgenKolomBereik(tekst, s.attrBegin, s.attrEind);
        if (b) verborgen.push(b);
      }
      continue;
    }
    if (naam === "row") {
      const r = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "r");
      rij = r ? Number(tekst.slice(r[0], r[1])) : rij + 1;
      kolom = -1;
      continue;
    }
    if (naam !== "c") {
      if (s.soort === OPEN) s.slaOver();
      continue;
    }
    const r = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "r");
    const adres = r ? leesCelAdres(tekst.slice(r[0], r[1])) : null;
    if (adres) {
      rij = adres[0];
      kolom = adres[1];
    } else kolom++;
    if (s.soort === LEEG) continue;
    const t = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "t");
    const type = t ? tekst.slice(t[0], t[1]) : "n";
    const st = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "s");
    const stijl = st ? Number(tekst.slice(st[0], st[1])) : 0;
    let v: string | null = null;
    let inline: string | null = null;
    let formule = false;
    let diepte = 1;
    while (s.volgende()) {
      if (s.soort === SLUIT) {
        if (--diepte === 0) break;
        continue;
      }
      if (s.soort === LEEG) {
        const kind = lokaal(s.naam);
        if (kind === "v") v = "";
        else if (kind === "f") formule = true;
        continue;
      }
      const kind = lokaal(s.naam);
      if (kind === "v") {
        const begin = s.eind;
        v = tekstVan(tekst, begin, s.slaOver());
      } else if (kind === "is") {
        inline = leesStringItem(s);
      } else {
        if (kind === "f") formule = true;
        s.slaOver();
      }
    }
    const waarde = celWaardeVan(type, v, inline, teksten, datum1904);
    if (waarde === "") {
      // A formula without a cached result (or one that gives ""): the user's content all the same.
      if (formule) formules.push({ rij, kolom });
      continue;
    }
    let formaat = (stijl ? formaten[stijl] : undefined) ?? "General";
    // An ISO date cell (t="d") is a date whatever its style shows.
    if (type === "d" && typeof waarde === "number" && !isDatumFormaat(formaat)) formaat = DATUMNOTATIE;
    cellen.push({ rij, kolom, waarde, formaat });
  }
  return {
    cellen: samengevoegd.length ? zonderSamengevoegd(cellen, samengevoegd) : cellen,
    samengevoegd,
    formules,
    verborgen,
  };
}

/**
 * The columns a `<col>` element hides (min and max are 1-based and inclusive), 0-based; null when it does
 * not hide any (hidden absent, "0" or "false") or its range is not readable.
 */
function verborgenKolomBereik(
  tekst: string,
  begin: number,
  eind: number,
): { van: number; tot: number } | null {
  const hidden = attribuut(tekst, begin, eind, "hidden");
  if (hidden !== "1" && hidden !== "true") return null;
  const min = Number(attribuut(tekst, begin, eind, "min"));
  const max = Number(attribuut(tekst, begin, eind, "max") ?? min);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) return null;
  return { van: min - 1, tot: max - 1 };
}

/**
 * The hidden columns within the used columns (van..tot, 0-based, inclusive), ascending: a `<col>` up to
 * XFD costs no more than the columns that hold values.
 */
export function verborgenBinnen(
  bereiken: readonly { van: number; tot: number }[],
  van: number,
  tot: number,
): number[] {
  const uit = new Set<number>();
  for (const b of bereiken) {
    for (let k = Math.max(b.van, van); k <= Math.min(b.tot, tot); k++) uit.add(k);
  }
  return [...uit].sort((a, b) => a - b);
}

function zonderSamengevoegd(cellen: GelezenCel[], bereiken: Bereik[]): GelezenCel[] {
  // Per row, the ranges covering it (ranges are few; rows with cells are looked up, not all rows).
  return cellen.filter((c) => {
    for (const b of bereiken) {
      if (c.rij < b.r1 || c.rij > b.r2 || c.kolom < b.c1 || c.kolom > b.c2) continue;
      if (c.rij !== b.r1 || c.kolom !== b.c1) return false;
    }
    return true;
  });
}

const LEGE_RIJ: readonly CelWaarde[] = Object.freeze([]);
const LEGE_FORMATEN: readonly string[] = Object.freeze([]);

/** Rows and columns without values between occupied ones are filled up to this many; beyond, holes. */
const DICHT_TOT = 1024;

/**
 * The cells as a Blad over their bounding box. A filled rectangle (the usual sheet) gives full rows,
 * as Excel's `range.values` does. A sparse one (a stray far cell, a header reaching XFD) gives only
 * what is occupied: every empty row is one shared, frozen empty row, and a row ends at its last value
 * ("" filled only when that stays small, else with holes); a far single cell then costs one entry per
 * row in between, not millions of empty cells.
 */
export function naarBlad(naam: string, cellen: GelezenCel[]): Blad {
  if (cellen.length === 0) return { naam, waarden: [], formaten: [], beginRij: 0, beginKolom: 0 };
  let minRij = Infinity;
  let minKolom = Infinity;
  let maxRij = -Infinity;
  let maxKolom = -Infinity;
  for (const c of cellen) {
    if (c.rij < minRij) minRij = c.rij;
    if (c.rij > maxRij) maxRij = c.rij;
    if (c.kolom < minKolom) minKolom = c.kolom;
    if (c.kolom > maxKolom) maxKolom = c.kolom;
  }
  const perRij = new Map<number, GelezenCel[]>();
  for (const c of cellen) {
    const lijst = perRij.get(c.rij);
    if (lijst) lijst.push(c);
    else perRij.set(c.rij, [c]);
  }
  const waarden: CelWaarde[][] = [];
  const formaten: string[][] = [];
  const hoogte = maxRij - minRij + 1;
  // The usual case, a filled rectangle: every row as wide as the used range (as Excel gives it).
  const volleBreedte = maxKolom - minKolom + 1;
  const rechthoek = hoogte * volleBreedte <= 4 * cellen.length + 65_536;
  // Rows are pushed in order, so both arrays stay packed (fast to walk) however far the last row is.
  for (let r = 0; r < hoogte; r++) {
    const lijst = perRij.get(minRij + r);
    if (!lijst) {
      // Empty rows share one frozen empty row: 8 bytes a row instead of a row of "".
      waarden.push(rechthoek ? new Array<CelWaarde>(volleBreedte).fill("") : (LEGE_RIJ as CelWaarde[]));
      formaten.push(
        rechthoek ? new Array<string>(volleBreedte).fill("General") : (LEGE_FORMATEN as string[]),
      );
      continue;
    }
    lijst.sort((x, y) => x.kolom - y.kolom);
    const breedte = rechthoek ? volleBreedte : lijst[lijst.length - 1].kolom - minKolom + 1;
    const dicht = rechthoek || breedte <= lijst.length + DICHT_TOT;
    const w: CelWaarde[] = dicht ? new Array<CelWaarde>(breedte).fill("") : [];
    const f: string[] = dicht ? new Array<string>(breedte).fill("General") : [];
    for (const c of lijst) {
      w[c.kolom - minKolom] = c.waarde;
      f[c.kolom - minKolom] = c.formaat;
    }
    waarden.push(w);
    formaten.push(f);
  }
  return { naam, waarden, formaten, beginRij: minRij - 1, beginKolom: minKolom };
}

/**
 * The used range of a worksheet (the smallest rectangle holding every non-empty cell) as a `Blad`, with
 * what else is the user's (merged ranges, formulas without a value) and the add-in's record of its own
 * columns on this sheet (hidden "_IBT_..." names scoped to it).
 */
export function sheetToBlad(werkblad: Werkblad, datum1904 = werkblad.werkmap.datum1904): Blad {
  let inhoud: BladInhoud;
  try {
    inhoud = leesInhoud(werkblad, datum1904);
  } catch (fout) {
    throw alsInvoerFout(fout, werkblad.werkmap.pad);
  }
  const blad = naarBlad(werkblad.name, inhoud.cellen);
  if (inhoud.samengevoegd.length > 0) {
    blad.samengevoegd = inhoud.samengevoegd.map((b): Gebied => ({
      rij: b.r1,
      kolom: b.c1,
      rijen: b.r2 - b.r1 + 1,
      kolommen: b.c2 - b.c1 + 1,
    }));
  }
  if (inhoud.formules.length > 0) blad.formulesZonderWaarde = inhoud.formules;
  if (inhoud.verborgen.length > 0 && inhoud.cellen.length > 0) {
    let min = Infinity;
    let max = -Infinity;
    for (const c of inhoud.cellen) {
      if (c.kolom < min) min = c.kolom;
      if (c.kolom > max) max = c.kolom;
    }
    const verborgen = verborgenBinnen(inhoud.verborgen, min, max);
    if (verborgen.length > 0) blad.verborgenKolommen = verborgen;
  }
  const namen = werkblad.werkmap.definities
    .filter((d) => d.blad === werkblad.positie)
    .map((d) => ({ naam: d.naam, verwijzing: d.verwijzing }));
  const eigen = leesEigenKolommen(namen, werkblad.name);
  if (eigen.length > 0) blad.eigenKolommen = eigen;
  return blad;
}

/** An Excel table (ListObject) on a worksheet: its name and range, as its table part states them. */
export interface Tabel {
  /** displayName (as formulas name it), else name. */
  naam: string;
  /** 1-based rows, 0-based columns, inclusive: header row, data rows and totals row. */
  bereik: Bereik;
  /** Header rows at the top of the range (0 or 1). */
  kopRijen: number;
  /** Totals rows at the bottom of the range (0 or 1). */
  totaalRijen: number;
}

/**
 * The tables of a worksheet (its tablePart relationships). They are read like any cells: the header row
 * inside the table is the sheet's header row. Only the copy needs them, to keep their headers intact.
 */
export function leesTabellen(werkblad: Werkblad): Tabel[] {
  const pakket = werkblad.werkmap.pakket;
  const uit: Tabel[] = [];
  for (const r of pakket.relaties(werkblad.onderdeel)) {
    if (!/\/table$/.test(r.type) || r.onderdeel === null) continue;
    const tekst = pakket.leesTekst(r.onderdeel);
    if (tekst === null) continue;
    const s = new XmlScanner(tekst);
    while (s.volgende()) {
      if (s.soort === SLUIT || lokaal(s.naam) !== "table") continue;
      const a = attributen(tekst, s.attrBegin, s.attrEind);
      const bereik = leesBereik(a.get("ref") ?? "");
      if (bereik) {
        const aantal = (w: string | undefined, standaard: number): number =>
          w !== undefined && /^\d+$/.test(w) ? Number(w) : standaard;
        uit.push({
          naam: a.get("displayName") ?? a.get("name") ?? "",
          bereik,
          kopRijen: aantal(a.get("headerRowCount"), 1),
          totaalRijen: aantal(a.get("totalsRowCount"), 0),
        });
      }
      break;
    }
  }
  return uit;
}

/** Number of rows in a Blad that are not the shared empty row of a sparse sheet. */
export function aantalRijen(blad: Blad): number {
  let n = 0;
  for (const rij of blad.waarden) if (rij !== LEGE_RIJ) n++;
  return n;
}

/** True when the workbook uses the 1904 date system (old Mac workbooks). */
export function gebruikt1904(werkmap: Werkmap): boolean {
  return werkmap.datum1904;
}
