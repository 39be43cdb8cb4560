/**
 * Header recognition: which column holds which field. Each header is parsed by the grammar of
 * kopgrammatica.ts (field words + period, date and relative qualifiers), whatever the case, spacing,
 * punctuation or diacritics; a header may span two rows. KOLOMNAMEN lists documented examples
 * (docs/kolommen.md).
 */
import {
  bewerkingsafstand,
  isZelfdePeriode,
  vergelijkPerioden,
  volgendePeriode,
  vorigePeriode,
  type Periode,
  type Tekenconventie,
} from "../domain";
import { adres, beginKolomVan, celWaarde, datumInCel, isLeeg, samenvoegingBij, sheetRij } from "./adres";
import type { GezienKop } from "./berichten";
import { eigenKopVan } from "./eigenKolommen";
import { datumRol, ontleedKop, VELDWOORD_LIJST, type Basis, type KopOntleding } from "./kopgrammatica";
import type { Blad, CelWaarde, KolomHerkenning, Veld } from "./types";

/** One recognised header name: the field it means and how to read its sign. */
export interface KolomNaam {
  veld: Veld;
  /** The name as a supervisor writes it (matching ignores case, spaces, punctuation, diacritics). */
  naam: string;
  /** Sign convention; default "achterstand" for achterstand fields, else "aantal". */
  conventie?: Tekenconventie;
}

/**
 * Canonical names and synonyms per field; the first name of a field is its canonical name.
 * "Realisatie" alone is deliberately no synonym of Gerealiseerd: supervisors use it for a percentage
 * column too, which then gave false geen-aantal errors. Such a column is left unrecognised.
 */
export const KOLOMNAMEN: readonly KolomNaam[] = [
  { veld: "gemeente", naam: "Gemeente" },
  { veld: "gemeente", naam: "Gemeentenaam" },
  { veld: "gemeente", naam: "Naam gemeente" },
  { veld: "periode", naam: "Periode" },
  { veld: "periode", naam: "Halfjaar" },
  { veld: "periode", naam: "Tijdvak" },
  { veld: "achterstandBegin", naam: "Achterstand begin" },
  { veld: "achterstandBegin", naam: "Achterstand begin periode" },
  { veld: "achterstandBegin", naam: "Stand begin" },
  { veld: "achterstandBegin", naam: "Stand van zaken begin" },
  { veld: "achterstandBegin", naam: "Saldo begin", conventie: "saldo" },
  { veld: "achterstandBegin", naam: "Saldo begin periode", conventie: "saldo" },
  { veld: "achterstandBegin", naam: "Voorsprong", conventie: "voorsprong" },
  { veld: "achterstandBegin", naam: "Voorsprong begin", conventie: "voorsprong" },
  { veld: "taakstelling", naam: "Taakstelling" },
  { veld: "taakstelling", naam: "TS" },
  { veld: "herverdeling", naam: "Herverdeling" },
  { veld: "extraOpgave", naam: "Extra opgave" },
  { veld: "extraOpgave", naam: "Doelstelling" },
  { veld: "extraOpgave", naam: "Extra doelstelling" },
  { veld: "totaalopgave", naam: "Totaalopgave" },
  { veld: "totaalopgave", naam: "TO" },
  { veld: "gerealiseerd", naam: "Gerealiseerd" },
  { veld: "gerealiseerd", naam: "Gehuisvest" },
  { veld: "gerealiseerd", naam: "Geplaatst" },
  { veld: "naRegistratie", naam: "Na-registratie" },
  { veld: "naRegistratie", naam: "Correctie" },
  { veld: "naRegistratie", naam: "Nagekomen" },
  { veld: "achterstandEindOpgegeven", naam: "Achterstand eind" },
  { veld: "achterstandEindOpgegeven", naam: "Achterstand eind periode" },
  { veld: "achterstandEindOpgegeven", naam: "Stand eind" },
  { veld: "achterstandEindOpgegeven", naam: "Stand van zaken eind" },
  { veld: "achterstandEindOpgegeven", naam: "Saldo eind", conventie: "saldo" },
  { veld: "achterstandEindOpgegeven", naam: "Saldo eind periode", conventie: "saldo" },
  { veld: "achterstandEindOpgegeven", naam: "Voorsprong eind", conventie: "voorsprong" },
  { veld: "realisatieTaakstelling", naam: "Realisatie taakstelling" },
  { veld: "realisatieTaakstelling", naam: "% taakstelling" },
  { veld: "realisatieTaakstelling", naam: "Realisatie taakstelling %" },
  { veld: "realisatieTotaalopgave", naam: "Realisatie totaalopgave" },
  { veld: "realisatieTotaalopgave", naam: "% totaalopgave" },
  { veld: "realisatieTotaalopgave", naam: "Realisatie totaalopgave %" },
  { veld: "vorigeTrede", naam: "Vorige trede" },
  { veld: "vorigeTrede", naam: "Trede vorige periode" },
  { veld: "trede", naam: "Trede" },
  { veld: "trede", naam: "Trede IBT" },
  { veld: "vastgesteldeTrede", naam: "Vastgestelde trede" },
  { veld: "vastgesteldeTrede", naam: "Besloten trede" },
  { veld: "vastgesteldeTrede", naam: "Trede vastgesteld" },
  { veld: "redenBesluit", naam: "Reden besluit" },
  { veld: "redenBesluit", naam: "Reden" },
  { veld: "redenBesluit", naam: "Toelichting besluit" },
  { veld: "opdrachtVersnelling", naam: "Opdracht versnelling" },
  { veld: "opdrachtVersnelling", naam: "Versnelde uitstroom" },
  { veld: "opdrachtVersnelling", naam: "Opdracht versnelde uitstroom" },
  { veld: "opdrachtVersnelling", naam: "Opdracht" },
  { veld: "meetdatum", naam: "Meetdatum" },
  { veld: "meetdatum", naam: "Peildatum meting" },
  { veld: "correctiedatum", naam: "Correctiedatum" },
  { veld: "correctiedatum", naam: "Datum correctie" },
  { veld: "correctiedatum", naam: "Peildatum correctie" },
  { veld: "correctiedatum", naam: "Datum na-registratie" },
  { veld: "correctiedatum", naam: "Gecorrigeerd op" },
  { veld: "volgendeTaakstelling", naam: "Nieuwe TS" },
  { veld: "volgendeTaakstelling", naam: "Taakstelling volgende periode" },
  { veld: "volgendeTotaalopgave", naam: "Nieuwe TO" },
  { veld: "volgendeTotaalopgave", naam: "Totaalopgave volgende periode" },
  { veld: "volgendeHerverdeling", naam: "Herverdeling volgende periode" },
];

/** Dutch label of each field, for messages and the task pane's column mapping. */
export const VELD_LABELS: Readonly<Record<Veld, string>> = {
  gemeente: "Gemeente",
  periode: "Periode",
  achterstandBegin: "Achterstand begin",
  achterstandEindOpgegeven: "Achterstand eind",
  taakstelling: "Taakstelling",
  herverdeling: "Herverdeling",
  extraOpgave: "Extra opgave",
  totaalopgave: "Totaalopgave",
  gerealiseerd: "Gerealiseerd",
  naRegistratie: "Na-registratie",
  realisatieTaakstelling: "Realisatie taakstelling",
  realisatieTotaalopgave: "Realisatie totaalopgave",
  vorigeTrede: "Vorige trede",
  trede: "Trede",
  vastgesteldeTrede: "Vastgestelde trede",
  redenBesluit: "Reden besluit",
  opdrachtVersnelling: "Opdracht versnelling",
  meetdatum: "Meetdatum",
  correctiedatum: "Correctiedatum",
  volgendeTaakstelling: "Taakstelling volgende periode",
  volgendeTotaalopgave: "Totaalopgave volgende periode",
  volgendeHerverdeling: "Herverdeling volgende periode",
};

/**
 * Prefix of the add-in's own sheet names ("IBT Vergelijking", "IBT Brief ..."). Own columns are not
 * recognised by a prefix but by their exact header (EIGEN_KOPPEN in eigenKolommen.ts).
 */
export const EIGEN_PREFIX = "IBT ";

/** Header text in a comparable form: lower case, no diacritics, punctuation -> space, single spaces. */
export function normaliseerKop(kop: string): string {
  return kop
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/**
 * Matching key of a header: normalised, parenthesised parts dropped ("Taakstelling (personen)"),
 * then without any space, so that "Na-registratie", "Na registratie" and "Naregistratie" are equal.
 */
export function kopSleutel(kop: string): string {
  const zonderHaakjes = kop.replace(/\([^)]*\)/g, "");
  const sleutel = normaliseerKop(zonderHaakjes).replace(/ /g, "");
  return sleutel !== "" ? sleutel : normaliseerKop(kop).replace(/ /g, "");
}

/** Default sign convention of a field. */
function standaardConventie(veld: Veld): Tekenconventie {
  return veld === "achterstandBegin" || veld === "achterstandEindOpgegeven" ? "achterstand" : "aantal";
}

/** The next period's field of a field that has one. */
const VOLGEND: Partial<Record<Basis | Veld, Veld>> = {
  taakstelling: "volgendeTaakstelling",
  totaalopgave: "volgendeTotaalopgave",
  herverdeling: "volgendeHerverdeling",
};

/** The field and qualifiers of a header taken apart by the grammar (kopgrammatica.ts), in context-free form. */
function naarHerkenning(tekst: string, o: KopOntleding): Omit<KolomHerkenning, "kolom"> {
  const onbekend = { kop: tekst, veld: null, eigen: false } as const;
  if (o.basis === null) return onbekend;
  const metPeriode = o.periode ? { kopPeriode: o.periode } : {};
  const veldMet = (veld: Veld, conventie?: Tekenconventie): Omit<KolomHerkenning, "kolom"> => ({
    kop: tekst,
    veld,
    eigen: false,
    conventie: conventie ?? o.conventie ?? standaardConventie(veld),
    ...metPeriode,
  });
  if (o.basis === "achterstand") {
    if (o.relatief === "begin") return veldMet("achterstandBegin");
    if (o.relatief === "eind") return veldMet("achterstandEindOpgegeven");
    if (o.datum && o.relatief === null)
      return {
        kop: tekst,
        veld: null,
        eigen: false,
        conventie: o.conventie ?? "achterstand",
        peildatum: o.datum,
      };
    // "Voorsprong" alone has always meant the lead at the start of the period.
    if (o.conventie === "voorsprong" && o.relatief === null && !o.periode) return veldMet("achterstandBegin");
    return {
      ...onbekend,
      conventie: o.conventie ?? "achterstand",
      nietGebruikt:
        o.relatief === "vorige" || o.relatief === "volgende" ? "vorigePeriode" : "achterstandZonderDatum",
    };
  }
  if (o.basis === "trede") return veldMet(o.relatief === "vorige" ? "vorigeTrede" : "trede");
  if (o.relatief === "volgende") {
    const volgend = VOLGEND[o.basis];
    return volgend ? veldMet(volgend, "aantal") : { ...onbekend, nietGebruikt: "vorigePeriode" };
  }
  if (o.relatief === "vorige") return { ...onbekend, nietGebruikt: "vorigePeriode" };
  const h = veldMet(o.basis);
  if (o.basis === "gerealiseerd" && o.datum) return { ...h, kopDatum: o.datum };
  return h;
}

/**
 * How one header text is understood (without its column or the sheet's period): the grammar of
 * kopgrammatica.ts. Empty text -> null. A header the add-in writes (EIGEN_KOPPEN, exactly) is its own
 * column; any other "IBT ..." header is the user's like any other.
 */
export function herkenKop(kop: CelWaarde): Omit<KolomHerkenning, "kolom"> | null {
  if (isLeeg(kop) || typeof kop === "boolean") return null;
  const tekst = String(kop).trim();
  const eigen = eigenKopVan(tekst);
  if (eigen !== null) return { kop: tekst, veld: null, eigen: true, eigenKop: eigen };
  return naarHerkenning(tekst, ontleedKop(tekst));
}

/** The recognised header row. */
export interface KopRegel {
  /** Index in blad.waarden of the (lower) header row; data starts under it. */
  index: number;
  /** 1-based sheet row. */
  rij: number;
  /** Index of the group-title row above it when the header spans two rows, else null. */
  groepIndex: number | null;
  /** Every non-empty header cell (and every column the user assigned), left to right. */
  kolommen: KolomHerkenning[];
  /** Columns whose field was already taken by a column to their left (then read as veld null). */
  dubbel: { kolom: KolomHerkenning; veld: Veld; eerste: number }[];
}

/** Rows searched for the header row. */
const KOPREGEL_ZOEKRIJEN = 20;

/** The user's assignments: by column, and by header text (normalised with kopSleutel). */
interface Toewijzingen {
  perKolom?: Record<number, Veld | null>;
  perKop?: Record<string, Veld | null>;
}

const TABEL_PLAATSHOUDER = /^(kolom|column|spalte|colonne)\s?\d+$/i;

/**
 * The header text of a cell: its value, or the value of the merged range it lies in. A date typed in a
 * header cell (a number in a date format, "1-7-2022") reads as its date text. With `alleenEigenKolom`
 * (the header row itself) a merged range lends its value only to its own first column: "Totaalopgave"
 * merged over D1:E1 is one header in D, and E1 is empty (not a second "Totaalopgave"); a group title in
 * the row above spreads over all its columns.
 */
function kopTekstBij(blad: Blad, r: number, kolom: number, alleenEigenKolom = false): CelWaarde {
  const w = celWaarde(blad, r, kolom);
  // An Excel table names an empty header cell "Kolom1", "Column2": that is no header of the user's.
  if (typeof w === "string" && TABEL_PLAATSHOUDER.test(w.trim())) return "";
  const d = datumInCel(blad, r, kolom);
  if (d) return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
  if (!isLeeg(w)) return w;
  const g = samenvoegingBij(blad, sheetRij(blad, r), kolom);
  if (!g || (alleenEigenKolom && g.kolom !== kolom)) return w;
  return celWaarde(blad, g.rij - 1 - (blad.beginRij ?? 0), g.kolom);
}

/** True for a text that is only a qualifier: a period, a date or begin/eind ("2022-2", "1 juli 2022"). */
export function isKwalificatie(tekst: string): boolean {
  const o = ontleedKop(tekst);
  // No words at all: then no field either (a field needs words).
  return o.woorden === "" && (o.periode !== null || o.datum !== null || o.relatief !== null);
}

/** True when the combined text is recognised less than the lower cell alone (a field or a dated backlog). */
export function isErgerDan(samen: string, onder: string): boolean {
  const a = herkenKop(onder);
  if (!a || (a.veld === null && !a.peildatum)) return false;
  const b = herkenKop(samen);
  return !b || (b.veld === null && !b.peildatum);
}

/**
 * The header texts of row r per column, combined with the group titles of row r-1 when `groep`:
 * "Stand van zaken" (merged over two columns, or alone left of empty cells) over "1 juli 2022" gives
 * "Stand van zaken 1 juli 2022"; a cell merged over both rows ("Gemeente") counts once.
 */
export function kopTeksten(
  blad: Blad,
  r: number,
  groep: boolean,
  kolommen: number[],
): Map<number, { tekst: CelWaarde; groepKop?: string; alleenBoven?: true }> {
  const uit = new Map<number, { tekst: CelWaarde; groepKop?: string; alleenBoven?: true }>();
  let vorigeGroep: string | null = null;
  for (const kolom of kolommen) {
    const onder = kopTekstBij(blad, r, kolom, true);
    if (!groep) {
      uit.set(kolom, { tekst: onder });
      continue;
    }
    const eigen = celWaarde(blad, r - 1, kolom);
    const samengevoegd = samenvoegingBij(blad, sheetRij(blad, r - 1), kolom);
    let boven: string | null = null;
    if (!isLeeg(eigen) && typeof eigen !== "boolean") boven = String(eigen).trim();
    else if (samengevoegd) {
      const w = kopTekstBij(blad, r - 1, kolom);
      if (!isLeeg(w) && typeof w !== "boolean") boven = String(w).trim();
    } else if (vorigeGroep !== null && !isLeeg(onder)) {
      // No merge recorded: a title spreads over the empty cells right of it, as long as the cells
      // below are qualifiers only ("1 juli 2022"), not headers of their own; a title that is itself only
      // a period ("2022-2" over "TS | TO") spreads over any.
      const alleen = herkenKop(onder);
      if (
        isKwalificatie(vorigeGroep) ||
        (alleen && alleen.veld === null && !alleen.peildatum && !alleen.eigen)
      )
        boven = vorigeGroep;
    }
    if (!isLeeg(eigen) && typeof eigen !== "boolean") vorigeGroep = String(eigen).trim();
    else if (isLeeg(onder) || (boven === null && !samengevoegd)) vorigeGroep = null;
    const onderTekst = isLeeg(onder) || typeof onder === "boolean" ? "" : String(onder).trim();
    // boven is never "": every source of it is a trimmed non-empty cell text.
    if (boven === null || boven === onderTekst) uit.set(kolom, { tekst: onder });
    else if (onderTekst === "") uit.set(kolom, { tekst: boven, alleenBoven: true });
    else if (isErgerDan(`${boven} ${onderTekst}`, onderTekst))
      // A title in the row above ("Overzicht 2022-1" over "Gemeente") is no group title of this header.
      uit.set(kolom, { tekst: onder });
    else uit.set(kolom, { tekst: `${boven} ${onderTekst}`, groepKop: boven });
  }
  return uit;
}

function herkenRij(blad: Blad, r: number, groep: boolean, toewijzing: Toewijzingen): KolomHerkenning[] {
  const begin = beginKolomVan(blad);
  const kolomSet = new Set<number>();
  // Only called for rows that exist (vindKopregel skips empty rows and holes).
  for (const ri of groep ? [r - 1, r] : [r])
    blad.waarden[ri].forEach((w, c) => {
      if (!isLeeg(w)) kolomSet.add(begin + c);
    });
  if (groep) {
    for (const g of blad.samengevoegd ?? []) {
      const boven = sheetRij(blad, r - 1);
      if (g.rij <= boven && g.rij + g.rijen > boven)
        for (let k = g.kolom; k < g.kolom + g.kolommen; k++) kolomSet.add(k);
    }
  }
  // Columns the workbook records as the add-in's, with their header cell in this row.
  const vastgelegd = new Map<number, string>();
  const sheetRijNr = sheetRij(blad, r);
  for (const e of blad.eigenKolommen ?? []) {
    if (e.rij !== sheetRijNr || eigenKopVan(e.kop) === null || vastgelegd.has(e.kolom)) continue;
    vastgelegd.set(e.kolom, e.kop);
    kolomSet.add(e.kolom);
  }
  const perKolom = toewijzing.perKolom;
  if (perKolom) {
    for (const k of Object.keys(perKolom)) {
      const kolom = Number(k);
      if (Number.isInteger(kolom) && kolom >= begin) kolomSet.add(kolom);
    }
  }
  const verborgen = new Set(blad.verborgenKolommen ?? []);
  const kolommen: KolomHerkenning[] = [];
  const lijst = [...kolomSet].sort((a, b) => a - b);
  const teksten = kopTeksten(blad, r, groep, lijst);
  for (const [kolom, { tekst, groepKop, alleenBoven }] of teksten) {
    let h: KolomHerkenning = { kolom, ...(herkenKop(tekst) ?? { kop: "", veld: null, eigen: false }) };
    // The add-in writes its headers in the header row itself: an own header text that stands only in the
    // group row above is the user's column.
    if (alleenBoven && h.eigen) h = { kolom, kop: h.kop, veld: null, eigen: false };
    if (groepKop !== undefined && !h.eigen) h.groepKop = groepKop;
    const vastgelegdeKop = vastgelegd.get(kolom);
    if (vastgelegdeKop !== undefined && !h.eigen && h.veld === null && !h.peildatum) {
      // A recorded column whose header the user renamed or emptied: still the add-in's own. Renamed to
      // a field the engine reads ("Taakstelling"), it is the user's input column now.
      h = { kolom, kop: h.kop, veld: null, eigen: true, eigenKop: vastgelegdeKop };
    }
    const sleutel = kopSleutel(h.kop);
    const toegewezen: Veld | null | undefined =
      perKolom && Object.prototype.hasOwnProperty.call(perKolom, kolom)
        ? perKolom[kolom]
        : toewijzing.perKop &&
            h.kop !== "" &&
            Object.prototype.hasOwnProperty.call(toewijzing.perKop, sleutel)
          ? toewijzing.perKop[sleutel]
          : undefined;
    if (toegewezen !== undefined && !h.eigen) {
      h =
        toegewezen === null
          ? { kolom, kop: h.kop, veld: null, eigen: false }
          : {
              kolom,
              kop: h.kop,
              veld: toegewezen,
              eigen: false,
              conventie: h.veld === toegewezen ? h.conventie : standaardConventie(toegewezen),
            };
    }
    if (verborgen.has(kolom)) h.verborgen = true;
    kolommen.push(h);
  }
  return kolommen;
}

/**
 * What the row under a header row holds, for a two-row header. "anders" (no sub-headers: a data row) when
 * the cell under "Gemeente" is filled or any cell holds a number, a boolean or no text; "leeg" when it holds
 * nothing but the add-in's own headers (written there by an earlier run); "kwalificaties" when every other
 * filled cell names no field but a period, a date or begin/eind ("2022-1", "1 juli 2022", "begin"); else
 * "koppen" (sub-headers with field words).
 */
export function soortOnderrij(
  blad: Blad,
  r: number,
  gemeenteKolom: number | undefined,
): "leeg" | "kwalificaties" | "koppen" | "anders" {
  const begin = beginKolomVan(blad);
  let kwalificaties = 0;
  let koppen = 0;
  for (const [c, cel] of blad.waarden[r].entries()) {
    if (isLeeg(cel)) continue;
    const w = kopTekstBij(blad, r, begin + c);
    if (isLeeg(w)) continue; // a table's placeholder name ("Kolom1")
    if (typeof w !== "string" || begin + c === gemeenteKolom) return "anders";
    if (eigenKopVan(w) !== null) continue;
    const o = ontleedKop(w);
    if (o.basis === null && (o.periode !== null || o.datum !== null || o.relatief !== null)) kwalificaties++;
    else koppen++;
  }
  if (koppen > 0) return "koppen";
  return kwalificaties > 0 ? "kwalificaties" : "leeg";
}

/**
 * How much a header row recognises: its columns with a field other than the gemeente, dated backlogs and
 * backlogs without a date ("TS 2022-1" and "TS 2022-2" count twice: a two-row header that spreads
 * "Taakstelling" over "2022-1" and "2022-2" recognises more than its top row alone).
 */
function herkenningsMaat(kolommen: KolomHerkenning[]): {
  gemeente: boolean;
  velden: number;
  aantal: boolean;
} {
  let velden = 0;
  let aantal = false;
  let gemeente = false;
  // An own column (eigen) has no field, date or nietGebruikt, so it counts for nothing here.
  for (const k of kolommen) {
    if (k.veld === "gemeente") gemeente = true;
    else if (k.veld !== null || k.peildatum || k.nietGebruikt === "achterstandZonderDatum") velden++;
    if (
      (k.veld !== null && AANTAL_VELDEN.has(k.veld)) ||
      k.peildatum ||
      k.nietGebruikt === "achterstandZonderDatum"
    )
      aantal = true;
  }
  return { gemeente, velden, aantal };
}

/** Fields that hold a person count. */
export type GetalVeld =
  | "achterstandBegin"
  | "achterstandEindOpgegeven"
  | "taakstelling"
  | "herverdeling"
  | "extraOpgave"
  | "totaalopgave"
  | "gerealiseerd"
  | "naRegistratie"
  | "opdrachtVersnelling"
  | "volgendeTaakstelling"
  | "volgendeTotaalopgave"
  | "volgendeHerverdeling";

export const GETAL_VELDEN: readonly GetalVeld[] = [
  "achterstandBegin",
  "achterstandEindOpgegeven",
  "taakstelling",
  "herverdeling",
  "extraOpgave",
  "totaalopgave",
  "gerealiseerd",
  "naRegistratie",
  "opdrachtVersnelling",
  "volgendeTaakstelling",
  "volgendeTotaalopgave",
  "volgendeHerverdeling",
];

/** A header row needs a count column (a list of letters with Gemeente, Periode, Trede has none). */
const AANTAL_VELDEN: ReadonlySet<Veld> = new Set<Veld>(GETAL_VELDEN);

/**
 * Finds the header row: the first of the grid's first 20 rows that recognises a gemeente column and
 * at least two other fields (a peildatum column counts as a field), read alone or together with the
 * row above as group titles (a two-row header), whichever recognises more. The user's assignments
 * (by column, or by header text) override recognition; the add-in's own columns (an exact registered
 * header, or recorded in the workbook) are never input. Qualifiers are resolved later (pasPeriodeToe).
 */
export function vindKopregel(
  blad: Blad,
  toewijzing?: Record<number, Veld | null>,
  kopToewijzing?: Record<string, Veld | null>,
): KopRegel | null {
  const max = Math.min(KOPREGEL_ZOEKRIJEN, blad.waarden.length);
  const perKop = kopToewijzing
    ? Object.fromEntries(Object.entries(kopToewijzing).map(([k, v]) => [kopSleutel(k), v]))
    : undefined;
  const t: Toewijzingen = { perKolom: toewijzing, perKop };
  const leeg = (r: number): boolean => (blad.waarden[r]?.length ?? 0) === 0;
  for (let r = 0; r < max; r++) {
    if (leeg(r)) continue;
    const enkel = herkenRij(blad, r, false, t);
    const m1 = herkenningsMaat(enkel);
    let beste = { kolommen: enkel, maat: m1, index: r, groep: false };
    if (!leeg(r - 1)) {
      const dubbel = herkenRij(blad, r, true, t);
      const m2 = herkenningsMaat(dubbel);
      if (m2.gemeente && (!m1.gemeente || m2.velden > m1.velden))
        beste = { kolommen: dubbel, maat: m2, index: r, groep: true };
    }
    if (!beste.maat.gemeente || beste.maat.velden < 2 || !beste.maat.aantal) continue;
    // The row may itself be the group row of a two-row header ("Stand van zaken" over the dates below).
    if (!beste.groep && !leeg(r + 1)) {
      const onder = herkenRij(blad, r + 1, true, t);
      const m3 = herkenningsMaat(onder);
      // beste.maat.gemeente: the find always finds.
      const gk = beste.kolommen.find((k) => k.veld === "gemeente")?.kolom;
      const soort = soortOnderrij(blad, r + 1, gk);
      // Qualifiers complete the row above even where they add no field; other sub-headers must add one.
      const minimaal = soort === "kwalificaties" ? beste.maat.velden : beste.maat.velden + 1;
      const mogelijk = soort === "kwalificaties" || soort === "koppen";
      if (mogelijk && m3.gemeente && m3.velden >= minimaal)
        beste = { kolommen: onder, maat: m3, index: r + 1, groep: true };
    }
    return {
      index: beste.index,
      rij: sheetRij(blad, beste.index),
      groepIndex: beste.groep ? beste.index - 1 : null,
      kolommen: beste.kolommen,
      dubbel: [],
    };
  }
  return null;
}

/**
 * The backlog column of a versnelling sheet, read as the achterstand begin that rule 8 compares (the
 * latest backlog the sheet gives): a stated achterstand eind, else a stated achterstand begin (kept as
 * it is: undefined), else the dated backlog with the latest date, else a backlog without a date.
 */
function achterstandVoorVersnellingsblad(kop: KopRegel): KolomHerkenning | undefined {
  // An own column (eigen) has no field, date or nietGebruikt: none of the tests below picks one.
  const invoer = kop.kolommen;
  const eind = invoer.find((k) => k.veld === "achterstandEindOpgegeven");
  if (eind) return eind;
  if (invoer.some((k) => k.veld === "achterstandBegin")) return undefined;
  // The first column with the latest date (a date's value is at least 101, more than the start 0).
  let beste: KolomHerkenning | undefined;
  let besteWaarde = 0;
  for (const k of invoer) {
    const d = k.peildatum;
    if (!d) continue;
    const waarde = (d.jaar ?? 0) * 10_000 + d.maand * 100 + d.dag;
    if (waarde > besteWaarde) {
      besteWaarde = waarde;
      beste = k;
    }
  }
  return beste ?? invoer.find((k) => k.nietGebruikt === "achterstandZonderDatum");
}

/**
 * Resolves the headers' period qualifiers against the sheet's period and marks duplicates: a field of
 * the sheet's period is that field; TS, TO or herverdeling of the next period (or "nieuwe ...") is its
 * next-period field; a header of any other period is not read (nietGebruikt "anderePeriode"). With a
 * period column (bladPeriode null) a period in a header is not checked. A realisation up to a date
 * outside the sheet's period is not read ("datumBuitenPeriode"). On a versnelling sheet
 * (`versnellingsblad`) its backlog column (achterstandVoorVersnellingsblad) is the achterstand begin
 * that rule 8 compares. The first column of a field wins; later ones are `dubbel`.
 */
export function pasPeriodeToe(
  kop: KopRegel,
  bladPeriode: Periode | null,
  versnellingsblad = false,
): KopRegel {
  const versnellingAchterstand = versnellingsblad ? achterstandVoorVersnellingsblad(kop) : undefined;
  const kolommen = kop.kolommen.map((k): KolomHerkenning => {
    // An own column (eigen) has no field, period or date: it passes unchanged.
    // The versnelling sheet's backlog (never an achterstand begin) replaces any achterstand begin column.
    if (versnellingAchterstand && k.veld === "achterstandBegin") return { ...k, veld: null };
    if (k === versnellingAchterstand) {
      const { nietGebruikt: _n, peildatum: _p, ...rest } = k;
      return { ...rest, veld: "achterstandBegin" };
    }
    // Only a gerealiseerd header has a kopDatum (naarHerkenning).
    if (k.kopDatum && bladPeriode !== null) {
      // "Gehuisvest t/m 31-12-2022" on a 2022-1 sheet: a realisation up to a date outside the period.
      const rol = datumRol(k.kopDatum, bladPeriode);
      if (rol === null || rol.rol === "begin")
        return { ...k, veld: null, nietGebruikt: "datumBuitenPeriode" };
    }
    // The gemeente column says which row it is: a period in its header ("2022-1" over "Gemeente") never
    // makes it another period's column. (A sheet with a period column has no sheet period at all.)
    if (!k.kopPeriode || k.veld === null || k.veld === "gemeente" || bladPeriode === null) return k;
    const p = k.kopPeriode;
    const volgende = volgendePeriode(bladPeriode);
    const isVolgendVeld = k.veld.startsWith("volgende");
    if (isVolgendVeld)
      return isZelfdePeriode(p, volgende) ? k : { ...k, veld: null, nietGebruikt: "anderePeriode" };
    const vorige = vorigePeriode(bladPeriode);
    // "Vorige trede (2021-2)" on a 2022-1 sheet, and "Trede 2021-2": the trede of the period before.
    if (k.veld === "vorigeTrede" && (isZelfdePeriode(p, vorige) || isZelfdePeriode(p, bladPeriode))) return k;
    if (k.veld === "trede" && isZelfdePeriode(p, vorige)) return { ...k, veld: "vorigeTrede" };
    if (isZelfdePeriode(p, bladPeriode)) return k;
    const volgend = VOLGEND[k.veld];
    if (volgend && isZelfdePeriode(p, volgende)) return { ...k, veld: volgend, conventie: "aantal" };
    return { ...k, veld: null, nietGebruikt: "anderePeriode" };
  });
  const dubbel: KopRegel["dubbel"] = [];
  const gezien = new Map<Veld, number>();
  const uit = kolommen.map((h) => {
    if (h.veld === null) return h;
    const eerste = gezien.get(h.veld);
    if (eerste === undefined) {
      gezien.set(h.veld, h.kolom);
      return h;
    }
    dubbel.push({ kolom: h, veld: h.veld, eerste });
    return { ...h, veld: null };
  });
  return { ...kop, kolommen: uit, dubbel };
}

/** The period a column's header says the sheet is about: its own, or the one before a next-period column. */
function stemVan(k: KolomHerkenning): Periode | null {
  if (k.eigen || !k.kopPeriode || k.veld === null || k.veld === "vorigeTrede") return null;
  return k.veld.startsWith("volgende") ? vorigePeriode(k.kopPeriode) : k.kopPeriode;
}

/** True when a header names period p as the sheet's (a field of p, or a next-period field of the one after). */
export function koppenNoemen(kop: KopRegel, p: Periode): boolean {
  return kop.kolommen.some((k) => {
    const stem = stemVan(k);
    return stem !== null && isZelfdePeriode(stem, p);
  });
}

/**
 * A field both without and with a period in its header ("TS" and "TS 2022-2"): the plain one is the
 * sheet's period, the other the next period when it stands right of it, the previous one when left.
 */
export function periodeUitTweeling(kop: KopRegel): { periode: Periode; kolom: KolomHerkenning } | null {
  const invoer = kop.kolommen.filter((k) => !k.eigen && k.veld !== null);
  for (const k of invoer) {
    if (!k.kopPeriode) continue;
    const gewoon = invoer.find((g) => !g.kopPeriode && g.veld === k.veld);
    if (gewoon)
      return {
        // Stryker disable next-line EqualityOperator: k and gewoon are different columns, never equal.
        periode: k.kolom > gewoon.kolom ? vorigePeriode(k.kopPeriode) : volgendePeriode(k.kopPeriode),
        kolom: k,
      };
  }
  return null;
}

/**
 * The sheet's period as the headers name it: the period most field headers name ("TS 2022-1", or the
 * period before "Nieuwe TS 2022-2"; a tie goes to the earlier), or what a field both plain and with a
 * period implies (periodeUitTweeling). With a header it came from. A previous trede does not count.
 */
export function periodeUitKoppen(kop: KopRegel): { periode: Periode; kolom: KolomHerkenning } | null {
  const tweeling = periodeUitTweeling(kop);
  if (tweeling) return tweeling;
  const stemmen: { periode: Periode; kolom: KolomHerkenning; aantal: number }[] = [];
  for (const k of kop.kolommen) {
    const periode = stemVan(k);
    if (periode === null) continue;
    const bestaand = stemmen.find((s) => isZelfdePeriode(s.periode, periode));
    if (bestaand) bestaand.aantal++;
    else stemmen.push({ periode, kolom: k, aantal: 1 });
  }
  stemmen.sort((a, b) => b.aantal - a.aantal || vergelijkPerioden(a.periode, b.periode));
  return stemmen.length > 0 ? { periode: stemmen[0].periode, kolom: stemmen[0].kolom } : null;
}

/** Dutch name of each field word group, for the diagnostic of a sheet without a header row. */
const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  gemeente: "Gemeente",
  periode: "Periode",
  taakstelling: "Taakstelling",
  totaalopgave: "Totaalopgave",
  herverdeling: "Herverdeling",
  extraOpgave: "Extra opgave",
  gerealiseerd: "Gerealiseerd",
  naRegistratie: "Na-registratie",
  achterstand: "Achterstand (met peildatum, begin of eind)",
  realisatieTaakstelling: "Realisatie taakstelling",
  realisatieTotaalopgave: "Realisatie totaalopgave",
  trede: "Trede",
  vastgesteldeTrede: "Vastgestelde trede",
  redenBesluit: "Reden besluit",
  opdrachtVersnelling: "Opdracht versnelling",
  meetdatum: "Meetdatum",
  correctiedatum: "Correctiedatum",
};

/**
 * The field a header comes closest to: the field its words name, else the field word it is a beginning
 * of or that begins it ("Taakst.", "Gem"), else the field word within a small edit distance ("Taaksteling").
 */
export function dichtstbijzijndVeld(kop: string): string | null {
  const h = herkenKop(kop);
  if (h?.veld) return VELD_LABELS[h.veld];
  if (h?.peildatum) return "Achterstand op een peildatum";
  const o = ontleedKop(kop);
  if (o.basis) return BASIS_LABELS[o.basis];
  const sleutel = o.woorden.replace(/ /g, "");
  if (sleutel.length < 2) return null;
  let beste: { basis: Basis; afstand: number } | null = null;
  for (const { woord, basis } of VELDWOORD_LIJST) {
    if (sleutel.length >= 3 && woord.length >= 3 && (woord.startsWith(sleutel) || sleutel.startsWith(woord)))
      return BASIS_LABELS[basis];
    const grens = Math.max(1, Math.floor(Math.min(sleutel.length, woord.length) / 4));
    const afstand = bewerkingsafstand(sleutel, woord, grens);
    if (afstand <= grens && (!beste || afstand < beste.afstand)) beste = { basis, afstand };
  }
  return beste ? BASIS_LABELS[beste.basis] : null;
}

/** Headers listed at most in the diagnostic. */
const GEZIEN_MAX = 12;

/**
 * What the diagnostic of a sheet without a header row shows: the text cells of the first 20 rows' most
 * header-like row (the one with the most text cells), each with the field it comes closest to.
 */
export function gezieneKoppen(blad: Blad): GezienKop[] {
  const max = Math.min(KOPREGEL_ZOEKRIJEN, blad.waarden.length);
  // Without any text cell, row 0 lists nothing either.
  let besteRij = 0;
  let besteAantal = 0;
  for (let r = 0; r < max; r++) {
    const aantal = (blad.waarden[r] ?? []).filter((w) => typeof w === "string" && w.trim() !== "").length;
    if (aantal > besteAantal) {
      besteAantal = aantal;
      besteRij = r;
    }
  }
  const begin = beginKolomVan(blad);
  const uit: GezienKop[] = [];
  (blad.waarden[besteRij] ?? []).forEach((w, c) => {
    if (typeof w !== "string" || w.trim() === "" || uit.length >= GEZIEN_MAX) return;
    uit.push({
      cel: adres(sheetRij(blad, besteRij), begin + c),
      kop: w.trim(),
      lijktOp: dichtstbijzijndVeld(w),
    });
  });
  return uit;
}
