/**
 * Reading the data rows under the header row into typed values: gemeente, period, person counts with
 * their column's sign convention, percentages, treden and dates. Bad cells become remarks, never 0.
 */
import {
  gelukt,
  mislukt,
  formatPeildatum,
  formatPeriode,
  GEMEENTEN_JAAR,
  herkenExcelFout,
  normaliseerAantalTekst,
  parseAantal,
  parseAantalNietNegatief,
  parseDatum,
  parsePeriode,
  parseTrede,
  stelGemeentenVoor,
  zoekGemeente,
  type Gemeente,
  type Periode,
  type Resultaat,
  type Trede,
} from "../domain";
import { adres, celFormaat, celWaarde, datumInCel, isLeeg, samenvoegingBij, sheetRij } from "./adres";

export { isDatumFormaat } from "./adres";
import { meldingen } from "./berichten";
import { maakOpmerking } from "./controles";
import { GETAL_VELDEN, normaliseerKop, VELD_LABELS, type GetalVeld, type KopRegel } from "./kolommen";
import { datumRol, ontleedKop } from "./kopgrammatica";
import type { Blad, CelWaarde, KolomHerkenning, Opmerking, Veld } from "./types";

export { GETAL_VELDEN, type GetalVeld } from "./kolommen";

/** Counts that cannot be negative (a negative value is a `geen-aantal` remark). */
const NIET_NEGATIEF: ReadonlySet<GetalVeld> = new Set<GetalVeld>([
  "gerealiseerd",
  "naRegistratie",
  "extraOpgave",
  "opdrachtVersnelling",
  "volgendeTaakstelling",
  "volgendeTotaalopgave",
]);

/**
 * One read cell: `ok` with its value, `leeg` (empty cell), `fout` (unreadable; a remark was made) or
 * `afwezig` (no such column). `kolom` is the 0-based sheet column it came from, for remarks; `K`
 * widens it for a value that may come from the sheet instead of a cell (the period of a sheet).
 */
export type Gelezen<T, K extends number | null = number> =
  | { readonly status: "ok"; readonly waarde: T; readonly kolom: K }
  | { readonly status: "leeg" | "fout"; readonly waarde?: undefined; readonly kolom: number }
  | { readonly status: "afwezig"; readonly waarde?: undefined; readonly kolom: null };

/** The value of a read cell, or null when it is not `ok`. */
export function waardeVan<T>(g: Gelezen<T, number | null>): T | null {
  return g.status === "ok" ? g.waarde : null;
}

/** A percentage as read: the fraction, and the other reading when the cell was ambiguous (72 or 0.72). */
export interface Percentage {
  fractie: number;
  alternatief: number | null;
}

/** A data row as read, before the rules are applied. */
export interface GelezenRij {
  /** Index in blad.waarden. */
  index: number;
  /** 1-based sheet row. */
  rij: number;
  /** The gemeente cell as on the sheet (trimmed), or null when empty. */
  gemeente: string | null;
  /** The gemeente of the CBS list the cell names (any spelling, see zoekGemeente), or null. */
  officieel: Gemeente | null;
  /** Key of the gemeente's history: gemeenteSleutel (the CBS code when the name is on the list). */
  sleutel: string | null;
  gemeenteKolom: number;
  isTotaalrij: boolean;
  /** Period of the row: from its cell, or (kolom null) the sheet's period. */
  periode: Gelezen<Periode, number | null>;
  getallen: Record<GetalVeld, Gelezen<number>>;
  /**
   * Every person count read in this row, by 0-based sheet column: the recognised count fields and
   * every peildatum column (also one that is neither start nor end of the row's period, read without
   * remarks). In the achterstand convention for achterstand-like columns. The totals check sums these.
   */
  perKolom: Map<number, Gelezen<number>>;
  realisatieTaakstelling: Gelezen<Percentage>;
  realisatieTotaalopgave: Gelezen<Percentage>;
  vorigeTrede: Gelezen<Trede>;
  trede: Gelezen<Trede>;
  /** The supervisors' decided step (column "Vastgestelde trede"), see leesVastgesteldeTrede. */
  vastgesteldeTrede: Gelezen<VastgesteldeTredeCel>;
  /** The reason of the decision (column "Reden besluit"), trimmed. */
  redenBesluit: Gelezen<string>;
  meetdatum: Gelezen<Date>;
  /** Date the corrected backlog was measured (late-registration correction). */
  correctiedatum: Gelezen<Date>;
}

/**
 * Key of a gemeente name for histories, duplicates and comparisons: the CBS code of the gemeente it
 * names in any spelling ("Gemeente Leusden", "leusden " and "Leusden" are GM0327; "Den Haag" and
 * "'s-Gravenhage" GM0518), else the name's comparable form (case, spaces, diacritics ignored).
 */
export function gemeenteSleutel(naam: string): string {
  return zoekGemeente(naam)?.code ?? normaliseerKop(naam);
}

const TOTAAL = /^(totaal|totalen|subtotaal|eindtotaal|generaal totaal|som|provincie)\b|\btotaal$/;

/** True for the gemeente cell of a totals row: "Totaal", "Totaal provincie", "Provincie Utrecht", "Som". */
export function isTotaalTekst(tekst: string): boolean {
  return TOTAAL.test(normaliseerKop(tekst));
}

const NOTITIE = /^(bron|noot|toelichting|opmerking|let op|\*|¹|\(|n\.?b\.?\b)/i;

/** Finds a period label inside a free text ("Overzicht eerste helft 2022" -> 2022-1). */
export function zoekPeriodeInTekst(tekst: string): Periode | null {
  const patronen = [
    /\b(1e|1ste|eerste|2e|2de|tweede)\s+helft\s+(\d{4})\b/i,
    // Any separator sign ("2022-1", "2022–1", "2022/1", "2022 I"); parsePeriode decides what is valid.
    /\b(\d{4})\s?[^\s\w]?\s?(h\s?)?(1|2|ii|i)\b/i,
  ];
  for (const patroon of patronen) {
    const m = patroon.exec(tekst);
    if (m) {
      const p = parsePeriode(m[0]);
      if (p.ok) return p.waarde;
    }
  }
  // Every other form the header grammar knows ("H2 2022", "juli-december 2022", "2e halfjaar 2022").
  return ontleedKop(tekst).periode;
}

/**
 * The period of a one-period sheet without a period column: the first period label found in the
 * title rows above the header (left to right, top to bottom), else in the sheet name; else null.
 */
export function bepaalBladPeriode(blad: Blad, kopIndex: number): { periode: Periode; bron: string } | null {
  for (let r = 0; r < kopIndex; r++) {
    const rij = blad.waarden[r] ?? [];
    for (const [c, w] of rij.entries()) {
      if (typeof w !== "string") continue; // blank text holds no period
      const p = zoekPeriodeInTekst(w);
      if (p)
        return {
          periode: p,
          bron: `"${w.trim()}" (${adres(sheetRij(blad, r), (blad.beginKolom ?? 0) + c)})`,
        };
    }
  }
  const p = zoekPeriodeInTekst(blad.naam);
  return p ? { periode: p, bron: `de bladnaam "${blad.naam}"` } : null;
}

/**
 * Parses a decimal number written with a comma or a dot ("72,5", "0.72", "1.234,5"); null when it is
 * not one. The whole part (sign, minus signs, spaces, Dutch thousands) goes through the domain's
 * parseAantal, so that the engine accepts exactly the signs and spacing the domain accepts.
 */
function leesDecimaal(tekst: string): number | null {
  const m = /^(.*?\d)(?:[.,](\d+))?$/.exec(tekst.trim());
  if (!m) return null;
  const geheel = parseAantal(m[1]);
  if (!geheel.ok) return null;
  if (m[2] === undefined) return geheel.waarde;
  // The sign as written: parseAantal returns 0 (never -0) for the whole part of "-0,5".
  const negatief = normaliseerAantalTekst(m[1]).startsWith("-");
  const breuk = Number(`0.${m[2]}`);
  return geheel.waarde + (negatief ? -breuk : breuk);
}

/**
 * Reads a percentage cell as a fraction. A number with a "%" format and |value| <= 5 is Excel's
 * fraction (0.72 shown as 72%); other numbers are whole percents when |value| > 1.5 (72 -> 0.72),
 * else fractions (0.72). Text "72%" / "72,5 %" is a percent. When there is no "%" in cell or format,
 * the other reading is kept as `alternatief`, and the check accepts whichever equals the computed value.
 */
export function leesPercentage(w: CelWaarde, formaat: string): Resultaat<Percentage> {
  const fout = (bericht: string): Resultaat<Percentage> => ({
    ok: false,
    fout: { soort: "waarde", code: "geen-percentage", bericht },
  });
  let getal: number;
  if (typeof w === "number") {
    if (!Number.isFinite(w)) return fout(meldingen.geenPercentage(String(w)));
    getal = w;
  } else if (typeof w === "string") {
    const excel = herkenExcelFout(w);
    if (excel) return fout(`Excel-fout ${excel} in plaats van een percentage.`);
    const t = w.trim();
    const metProcentTeken = t.endsWith("%");
    const n = leesDecimaal(metProcentTeken ? t.slice(0, -1) : t);
    if (n === null) return fout(meldingen.geenPercentage(`"${w}"`));
    if (metProcentTeken) return { ok: true, waarde: { fractie: n / 100, alternatief: null } };
    getal = n;
  } else {
    return fout(meldingen.geenPercentage(String(w)));
  }
  const procentFormaat = formaat.includes("%");
  if (procentFormaat && Math.abs(getal) <= 5)
    return { ok: true, waarde: { fractie: getal, alternatief: null } };
  return Math.abs(getal) > 1.5
    ? { ok: true, waarde: { fractie: getal / 100, alternatief: getal } }
    : { ok: true, waarde: { fractie: getal, alternatief: getal / 100 } };
}

const afwezig = <T>(): Gelezen<T> => ({ status: "afwezig", kolom: null });

/** A column named after a peildatum ("Achterstand 1 januari"). */
export type PeildatumKolom = KolomHerkenning & { peildatum: NonNullable<KolomHerkenning["peildatum"]> };

function isPeildatumKolom(k: KolomHerkenning): k is PeildatumKolom {
  return k.peildatum !== undefined;
}

/** The columns of the header row by role. */
export interface KolomIndeling {
  perVeld: Partial<Record<Veld, KolomHerkenning>>;
  peildata: PeildatumKolom[];
  /** Columns that hold input (recognised fields and peildatum columns). */
  invoer: KolomHerkenning[];
}

export function deelKolommenIn(kop: KopRegel): KolomIndeling {
  const perVeld: Partial<Record<Veld, KolomHerkenning>> = {};
  const peildata: PeildatumKolom[] = [];
  for (const k of kop.kolommen) {
    if (k.eigen) continue;
    if (k.veld !== null) perVeld[k.veld] = k;
    else if (isPeildatumKolom(k)) peildata.push(k);
  }
  const invoer = kop.kolommen.filter((k) => !k.eigen && (k.veld !== null || k.peildatum));
  return { perVeld, peildata, invoer };
}

/** Reading context: the sheet, its columns, and where remarks go. */
export interface LeesContext {
  blad: Blad;
  indeling: KolomIndeling;
  bladPeriode: Periode | null;
  /**
   * The half year of a sheet without any period whose peildatum columns still tell which half it is
   * ("1 januari" then "1 juli": 1). Used for rows without a period, to read those columns.
   */
  bladHelft?: 1 | 2 | null;
  opmerkingen: Opmerking[];
}

function leesAantal(
  ctx: LeesContext,
  r: number,
  kolom: KolomHerkenning,
  veld: GetalVeld,
  label: string,
  melden = true,
): Gelezen<number> {
  const w = celWaarde(ctx.blad, r, kolom.kolom);
  if (isLeeg(w)) return { status: "leeg", kolom: kolom.kolom };
  // A date (1-2-2022 is serial 44,593) is no count, however the number reads; a serial Excel shows as
  // #### is, and parseAantal judges it.
  const alsDatum = datumInCel(ctx.blad, r, kolom.kolom);
  if (alsDatum) {
    if (melden) {
      const rij = sheetRij(ctx.blad, r);
      const datum = formatPeildatum(alsDatum);
      ctx.opmerkingen.push(
        maakOpmerking("datum-in-aantal", rij, kolom.kolom, label, adres(rij, kolom.kolom), datum),
      );
    }
    return { status: "fout", kolom: kolom.kolom };
  }
  const conventie = kolom.conventie ?? "aantal";
  const res =
    NIET_NEGATIEF.has(veld) && conventie === "aantal"
      ? parseAantalNietNegatief(w)
      : parseAantal(w, conventie);
  if (!melden)
    return res.ok
      ? { status: "ok", waarde: res.waarde, kolom: kolom.kolom }
      : { status: "fout", kolom: kolom.kolom };
  const rij = sheetRij(ctx.blad, r);
  const cel = adres(rij, kolom.kolom);
  if (!res.ok) {
    ctx.opmerkingen.push(maakOpmerking("geen-aantal", rij, kolom.kolom, label, cel, res.fout.bericht));
    return { status: "fout", kolom: kolom.kolom };
  }
  if (veld === "taakstelling" && res.waarde < 0) {
    ctx.opmerkingen.push(maakOpmerking("taakstelling-negatief", rij, kolom.kolom, cel, res.waarde));
    return { status: "fout", kolom: kolom.kolom };
  }
  return { status: "ok", waarde: res.waarde, kolom: kolom.kolom };
}

function leesMet<T>(
  ctx: LeesContext,
  r: number,
  kolom: KolomHerkenning | undefined,
  code: "geen-percentage" | "geen-trede" | "geen-datum" | "reden-ongeldig",
  lees: (w: CelWaarde, formaat: string) => Resultaat<T>,
): Gelezen<T> {
  if (!kolom) return afwezig();
  const w = celWaarde(ctx.blad, r, kolom.kolom);
  if (isLeeg(w)) return { status: "leeg", kolom: kolom.kolom };
  const res = lees(w, celFormaat(ctx.blad, r, kolom.kolom));
  if (res.ok) return { status: "ok", waarde: res.waarde, kolom: kolom.kolom };
  const rij = sheetRij(ctx.blad, r);
  const label = kolom.veld ? VELD_LABELS[kolom.veld] : kolom.kop;
  ctx.opmerkingen.push(
    maakOpmerking(code, rij, kolom.kolom, label, adres(rij, kolom.kolom), res.fout.bericht),
  );
  return { status: "fout", kolom: kolom.kolom };
}

/** What a gemeente cell text is; cached per distinct text (a sheet repeats each name per period). */
interface NaamInfo {
  sleutel: string;
  officieel: Gemeente | null;
  isTotaal: boolean;
  isKop: boolean;
  isNotitie: boolean;
}

function kenNaam(cache: Map<string, NaamInfo>, tekst: string): NaamInfo {
  let info = cache.get(tekst);
  if (!info) {
    const vorm = normaliseerKop(tekst);
    const officieel = zoekGemeente(tekst);
    info = {
      sleutel: officieel?.code ?? vorm,
      officieel,
      isTotaal: TOTAAL.test(vorm),
      isKop: vorm === "gemeente",
      isNotitie: NOTITIE.test(tekst) || tekst.length > 60,
    };
    cache.set(tekst, info);
  }
  return info;
}

/**
 * A period cell: a label of the domain (parsePeriode), else a text that is nothing but a period in a
 * form of the header grammar ("H1 2022", "jan-jun 2022", "1e halfjaar 2022"); else the domain's error.
 */
function leesPeriodeLabel(cache: Map<string, Resultaat<Periode>>, w: CelWaarde | Date): Resultaat<Periode> {
  if (typeof w !== "string") return parsePeriode(w);
  let p = cache.get(w);
  if (!p) {
    p = parsePeriode(w);
    if (!p.ok) {
      const o = ontleedKop(w);
      if (o.periode && o.woorden === "" && o.datum === null && o.relatief === null)
        p = { ok: true, waarde: o.periode };
    }
    cache.set(w, p);
  }
  return p;
}

function leesTrede(w: CelWaarde): Resultaat<Trede> {
  return parseTrede(w);
}

/** A decided step as a cell gives it: the step, and whether the cell marks it frozen ("3 (bevroren)"). */
export interface VastgesteldeTredeCel {
  /** The step; null for "bevroren" alone, which means the previous period's step (the history fills it). */
  trede: Trede | null;
  bevroren: boolean;
}

const BEVROREN = /\(?\s*\bbevroren\b\s*\)?/i;

/**
 * Reads a decided step: what parseTrede reads (3, "3", "trede 3", "3 Actief toezicht"), optionally marked
 * frozen by the word "bevroren" before or after it ("3 (bevroren)", "3 - bevroren", "bevroren op 3"), or
 * "bevroren" alone (the previous step). Anything else (0, 7, 2.5, "drie", #N/A) is an error.
 */
export function leesVastgesteldeTrede(w: CelWaarde): Resultaat<VastgesteldeTredeCel> {
  if (typeof w === "string" && BEVROREN.test(w)) {
    const rest = w
      .replace(BEVROREN, " ")
      .replace(/^[\s,;:\u2013-]+|[\s,;:\u2013-]+$/g, "")
      .replace(/^op\s/i, ""); // parseTrede trims what follows
    if (rest === "") return gelukt({ trede: null, bevroren: true });
    const t = parseTrede(rest);
    if (t.ok) return gelukt({ trede: t.waarde, bevroren: true });
  }
  const t = parseTrede(w);
  return t.ok ? gelukt({ trede: t.waarde, bevroren: false }) : mislukt(t.fout);
}

/** Reads the reason of a decision: any text (trimmed); a number, a boolean or an Excel error is none. */
export function leesReden(w: CelWaarde): Resultaat<string> {
  const fout = (bericht: string): Resultaat<string> =>
    mislukt({ soort: "waarde", code: "reden-ongeldig", bericht });
  if (typeof w !== "string") return fout(meldingen.geenReden(String(w)));
  const excel = herkenExcelFout(w);
  if (excel) return fout(meldingen.geenReden(`Excel-fout ${excel}`));
  return gelukt(w.trim());
}

function leesDatum(w: CelWaarde): Resultaat<Date> {
  return parseDatum(w);
}

/**
 * True for a row of units or notes right under the header ("(personen)", "aantal", "%", "(a) + (b)",
 * "volgens COA"): no gemeente, and every filled input cell is text that is no number and no Excel error.
 * It belongs to the header and is skipped without remarks.
 */
function isEenhedenRij(ctx: LeesContext, r: number): boolean {
  let tekst = 0;
  for (const k of ctx.indeling.invoer) {
    const w = celWaarde(ctx.blad, r, k.kolom);
    if (isLeeg(w)) continue;
    if (typeof w !== "string" || herkenExcelFout(w) !== null || parseAantal(w).ok) return false;
    tekst++;
  }
  return tekst > 0;
}

/** True when a row holds a value in any input column (the engine's own columns do not count). */
function heeftInvoer(ctx: LeesContext, r: number): boolean {
  for (const k of ctx.indeling.invoer) if (!isLeeg(celWaarde(ctx.blad, r, k.kolom))) return true;
  return false;
}

/**
 * A gemeente name that is not on the CBS list gets one info remark, on its first row, with the
 * closest official names (computed once per distinct name); the rows are checked all the same.
 */
function meldOnbekendeGemeente(
  ctx: LeesContext,
  gemeld: Set<string>,
  naam: string,
  rij: number,
  kolom: number,
): void {
  const sleutel = normaliseerKop(naam);
  if (gemeld.has(sleutel)) return;
  gemeld.add(sleutel);
  const voorstellen = stelGemeentenVoor(naam).map((g) => g.naam);
  ctx.opmerkingen.push(
    maakOpmerking("gemeente-onbekend", rij, kolom, naam, adres(rij, kolom), GEMEENTEN_JAAR, voorstellen),
  );
}

/**
 * The cell that holds the value of an identifying cell (gemeente, periode): the cell itself, or, when it
 * is empty and lies in a merged range that starts under the header row, the range's first cell.
 * Supervisors merge "Leusden" down over its periods, or "2022-1" over the gemeenten of that half year;
 * Excel keeps the value (and its format) in the first cell only, and every row of the range means it.
 */
function bronVan(blad: Blad, r: number, kolom: number, kopRij: number): { r: number; kolom: number } {
  if (!isLeeg(celWaarde(blad, r, kolom))) return { r, kolom };
  const rij = sheetRij(blad, r);
  const g = samenvoegingBij(blad, rij, kolom);
  return g && g.rij > kopRij ? { r: r - (rij - g.rij), kolom: g.kolom } : { r, kolom };
}

/**
 * Reads every data row under the header row. Empty rows (no input value) are skipped, and so is a
 * note under the table (only the gemeente cell filled, starting with "Bron", "Noot", "*", ...).
 * Cell errors are added to ctx.opmerkingen; `leeg` remarks for required fields are the check's job,
 * a name that is not on the CBS list (`gemeente-onbekend`) is reported here.
 */
export function leesRijen(ctx: LeesContext, kop: KopRegel): GelezenRij[] {
  const { blad, indeling } = ctx;
  const gemeenteKolom = indeling.perVeld.gemeente!;
  const rijen: GelezenRij[] = [];
  const namen = new Map<string, NaamInfo>();
  const perioden = new Map<string, Resultaat<Periode>>();
  const onbekendGemeld = new Set<string>();
  let buitenPeriodeGemeld = false;
  const kopRij = sheetRij(blad, kop.index);
  for (let r = kop.index + 1; r < blad.waarden.length; r++) {
    // A sparse grid (a stray far cell) has many empty rows: skip them before looking at columns.
    if ((blad.waarden[r]?.length ?? 0) === 0 || !heeftInvoer(ctx, r)) continue;
    const rij = sheetRij(blad, r);
    const gb = bronVan(blad, r, gemeenteKolom.kolom, kopRij);
    const gw = celWaarde(blad, gb.r, gb.kolom);
    const gemeente = isLeeg(gw) ? null : String(gw).trim();
    const naam = gemeente === null ? null : kenNaam(namen, gemeente);
    if (naam !== null && naam.isNotitie) {
      const alleenGemeente = indeling.invoer.every(
        (k) => k === gemeenteKolom || isLeeg(celWaarde(blad, r, k.kolom)),
      );
      if (alleenGemeente) continue;
    }
    if (naam !== null && naam.isKop) continue; // a repeated header
    if (gemeente === null && r === kop.index + 1 && isEenhedenRij(ctx, r)) continue;
    const isTotaalrij = naam !== null && naam.isTotaal;
    if (gemeente !== null && naam !== null && !isTotaalrij && naam.officieel === null)
      meldOnbekendeGemeente(ctx, onbekendGemeld, gemeente, rij, gemeenteKolom.kolom);

    let periode: Gelezen<Periode, number | null>;
    const pk = indeling.perVeld.periode;
    if (pk) {
      const pb = bronVan(blad, r, pk.kolom, kopRij);
      const w = celWaarde(blad, pb.r, pb.kolom);
      if (isLeeg(w)) periode = { status: "leeg", kolom: pk.kolom };
      else {
        // A date typed in the column (1-1-2022 is serial 44,562): the message names the date, as the
        // cell shows it, not the serial.
        const p = leesPeriodeLabel(perioden, datumInCel(blad, pb.r, pb.kolom) ?? w);
        if (p.ok) periode = { status: "ok", waarde: p.waarde, kolom: pk.kolom };
        else {
          ctx.opmerkingen.push(
            maakOpmerking("periode-ongeldig", rij, pk.kolom, "Periode", adres(rij, pk.kolom), p.fout.bericht),
          );
          periode = { status: "fout", kolom: pk.kolom };
        }
      }
    } else if (ctx.bladPeriode) {
      periode = { status: "ok", waarde: ctx.bladPeriode, kolom: null };
    } else {
      periode = afwezig();
    }

    const getallen = {} as Record<GetalVeld, Gelezen<number>>;
    const perKolom = new Map<number, Gelezen<number>>();
    for (const veld of GETAL_VELDEN) {
      const k = indeling.perVeld[veld];
      getallen[veld] = k ? leesAantal(ctx, r, k, veld, VELD_LABELS[veld]) : afwezig();
      if (k) perKolom.set(k.kolom, getallen[veld]);
    }
    // Peildatum columns fill achterstand begin / eind (or, at a date inside the period, the backlog of a
    // tussenstand) when the explicit column is absent or empty. Without a period the sheet's half year
    // (if known) decides, whatever the year.
    const rolPeriode = waardeVan(periode) ?? (ctx.bladHelft ? { jaar: null, helft: ctx.bladHelft } : null);
    let kopMeetdatum: Gelezen<Date> | null = null;
    for (const k of indeling.peildata) {
      const dr = rolPeriode ? datumRol(k.peildatum, rolPeriode) : null;
      const rol: GetalVeld | null =
        dr === null ? null : dr.rol === "begin" ? "achterstandBegin" : "achterstandEindOpgegeven";
      const huidig = rol ? getallen[rol] : null;
      if (rol === null || huidig === null || huidig.status === "ok" || huidig.status === "fout") {
        // Not used for this row: read without remarks, only for the totals check.
        perKolom.set(k.kolom, leesAantal(ctx, r, k, "achterstandBegin", k.kop, false));
        continue;
      }
      const gelezen = leesAantal(ctx, r, k, rol, k.kop);
      perKolom.set(k.kolom, gelezen);
      if (gelezen.status !== "leeg" || huidig.status === "afwezig") getallen[rol] = gelezen;
      if (dr?.rol === "tussenstand" && gelezen.status === "ok")
        kopMeetdatum = { status: "ok", waarde: dr.datum, kolom: k.kolom };
    }
    // "Gerealiseerd op 1-10-2022": a realisation at a date inside the period is a tussenstand; one up to
    // a date outside the row's period (a period column's row) is not this row's realisation.
    const rk = indeling.perVeld.gerealiseerd;
    if (rk?.kopDatum && rolPeriode) {
      const dr = datumRol(rk.kopDatum, rolPeriode);
      if (dr?.rol === "tussenstand" && getallen.gerealiseerd.status === "ok")
        kopMeetdatum = { status: "ok", waarde: dr.datum, kolom: rk.kolom };
      if ((dr === null || dr.rol === "begin") && rolPeriode.jaar !== null) {
        getallen.gerealiseerd = afwezig();
        perKolom.delete(rk.kolom);
        if (!buitenPeriodeGemeld) {
          buitenPeriodeGemeld = true;
          ctx.opmerkingen.push(
            maakOpmerking(
              "kolom-datum-buiten-periode",
              rij,
              rk.kolom,
              rk.kop,
              adres(rij, rk.kolom),
              formatPeriode({ jaar: rolPeriode.jaar, helft: rolPeriode.helft }),
            ),
          );
        }
      }
    }
    const meetdatum = leesMet(ctx, r, indeling.perVeld.meetdatum, "geen-datum", leesDatum);

    rijen.push({
      index: r,
      rij,
      gemeente,
      officieel: naam === null || isTotaalrij ? null : naam.officieel,
      sleutel: naam === null || isTotaalrij ? null : naam.sleutel,
      gemeenteKolom: gemeenteKolom.kolom,
      isTotaalrij,
      periode,
      getallen,
      perKolom,
      realisatieTaakstelling: leesMet(
        ctx,
        r,
        indeling.perVeld.realisatieTaakstelling,
        "geen-percentage",
        leesPercentage,
      ),
      realisatieTotaalopgave: leesMet(
        ctx,
        r,
        indeling.perVeld.realisatieTotaalopgave,
        "geen-percentage",
        leesPercentage,
      ),
      vorigeTrede: leesMet(ctx, r, indeling.perVeld.vorigeTrede, "geen-trede", leesTrede),
      trede: leesMet(ctx, r, indeling.perVeld.trede, "geen-trede", leesTrede),
      vastgesteldeTrede: leesMet(
        ctx,
        r,
        indeling.perVeld.vastgesteldeTrede,
        "geen-trede",
        leesVastgesteldeTrede,
      ),
      redenBesluit: leesMet(ctx, r, indeling.perVeld.redenBesluit, "reden-ongeldig", leesReden),
      meetdatum: meetdatum.status === "ok" || kopMeetdatum === null ? meetdatum : kopMeetdatum,
      correctiedatum: leesMet(ctx, r, indeling.perVeld.correctiedatum, "geen-datum", leesDatum),
    });
  }
  return rijen;
}
