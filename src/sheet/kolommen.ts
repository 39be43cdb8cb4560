/**
 * Header recognition: which column holds which field, found by name whatever the case, spacing,
 * punctuation or diacritics. The table KOLOMNAMEN is the documented list (docs/kolommen.md).
 */
import type { Tekenconventie } from "../domain";
import { beginKolomVan, celWaarde, isLeeg, sheetRij } from "./adres";
import { eigenKopVan } from "./eigenKolommen";
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
];

/** Words that start a peildatum column header, with the sign convention they imply. */
export const PEILDATUM_WOORDEN: readonly { woorden: string; conventie: Tekenconventie }[] = [
  { woorden: "achterstand", conventie: "achterstand" },
  { woorden: "stand van zaken", conventie: "achterstand" },
  { woorden: "stand", conventie: "achterstand" },
  { woorden: "saldo", conventie: "saldo" },
  { woorden: "voorsprong", conventie: "voorsprong" },
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
  opdrachtVersnelling: "Opdracht versnelling",
  meetdatum: "Meetdatum",
  correctiedatum: "Correctiedatum",
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
  const zonderHaakjes = kop.replace(/\([^)]*\)/g, " ");
  const sleutel = normaliseerKop(zonderHaakjes).replace(/ /g, "");
  return sleutel !== "" ? sleutel : normaliseerKop(kop).replace(/ /g, "");
}

const OP_SLEUTEL: ReadonlyMap<string, KolomNaam> = new Map(KOLOMNAMEN.map((k) => [kopSleutel(k.naam), k]));

const MAANDEN_PEIL: Readonly<Record<string, 1 | 7>> = {
  januari: 1,
  jan: 1,
  "1": 1,
  "01": 1,
  juli: 7,
  jul: 7,
  "7": 7,
  "07": 7,
};

const WOORDEN = PEILDATUM_WOORDEN.map((p) => p.woorden).join("|");
/** "achterstand 1 januari", "stand van zaken per 1 jul 2022" (after normaliseerKop). */
const PEILDATUM = new RegExp(`^(${WOORDEN})(?: (?:per|op))? 0?1 (januari|jan|juli|jul)(?: (\\d{4}))?$`);
/** "achterstand 1 1 2022", "saldo 01 07 2022" (from 1-1-2022, 01-07-2022). */
const PEILDATUM_CIJFERS = new RegExp(`^(${WOORDEN})(?: (?:per|op))? 0?1 (0?1|0?7) (\\d{4})$`);

/** Default sign convention of a field. */
function standaardConventie(veld: Veld): Tekenconventie {
  return veld === "achterstandBegin" || veld === "achterstandEindOpgegeven" ? "achterstand" : "aantal";
}

/**
 * How one header text is understood (without its column). Empty text -> null. A header the add-in writes
 * (EIGEN_KOPPEN, exactly) is its own column; any other "IBT ..." header is the user's like any other.
 */
export function herkenKop(kop: CelWaarde): Omit<KolomHerkenning, "kolom"> | null {
  if (isLeeg(kop) || typeof kop === "boolean") return null;
  const tekst = String(kop).trim();
  const eigen = eigenKopVan(tekst);
  if (eigen !== null) return { kop: tekst, veld: null, eigen: true, eigenKop: eigen };
  const normaal = normaliseerKop(tekst.replace(/\([^)]*\)/g, " "));
  const peil = PEILDATUM.exec(normaal) ?? PEILDATUM_CIJFERS.exec(normaal);
  if (peil) {
    const conventie = PEILDATUM_WOORDEN.find((p) => p.woorden === peil[1])?.conventie ?? "achterstand";
    return {
      kop: tekst,
      veld: null,
      eigen: false,
      conventie,
      peildatum: { dag: 1, maand: MAANDEN_PEIL[peil[2]], jaar: peil[3] ? Number(peil[3]) : null },
    };
  }
  const naam = OP_SLEUTEL.get(kopSleutel(tekst));
  if (!naam) return { kop: tekst, veld: null, eigen: false };
  return {
    kop: tekst,
    veld: naam.veld,
    eigen: false,
    conventie: naam.conventie ?? standaardConventie(naam.veld),
  };
}

/** The recognised header row. */
export interface KopRegel {
  /** Index in blad.waarden. */
  index: number;
  /** 1-based sheet row. */
  rij: number;
  /** Every non-empty header cell (and every column the user assigned), left to right. */
  kolommen: KolomHerkenning[];
  /** Columns whose field was already taken by a column to their left (then read as veld null). */
  dubbel: { kolom: KolomHerkenning; veld: Veld; eerste: number }[];
}

/** Rows searched for the header row. */
const KOPREGEL_ZOEKRIJEN = 20;

function herkenRij(
  blad: Blad,
  r: number,
  toewijzing: Record<number, Veld | null> | undefined,
): { kolommen: KolomHerkenning[]; dubbel: KopRegel["dubbel"] } {
  const rij = blad.waarden[r] ?? [];
  const begin = beginKolomVan(blad);
  const kolomSet = new Set<number>();
  for (let c = 0; c < rij.length; c++) if (!isLeeg(rij[c])) kolomSet.add(begin + c);
  // Columns the workbook records as the add-in's, with their header cell in this row.
  const vastgelegd = new Map<number, string>();
  const sheetRijNr = sheetRij(blad, r);
  for (const e of blad.eigenKolommen ?? []) {
    if (e.rij !== sheetRijNr || eigenKopVan(e.kop) === null || vastgelegd.has(e.kolom)) continue;
    vastgelegd.set(e.kolom, e.kop);
    kolomSet.add(e.kolom);
  }
  if (toewijzing) {
    for (const k of Object.keys(toewijzing)) {
      const kolom = Number(k);
      if (Number.isInteger(kolom) && kolom >= begin) kolomSet.add(kolom);
    }
  }
  const kolommen: KolomHerkenning[] = [];
  const dubbel: KopRegel["dubbel"] = [];
  const gezien = new Map<Veld, number>();
  for (const kolom of [...kolomSet].sort((a, b) => a - b)) {
    const waarde = celWaarde(blad, r, kolom);
    let h: KolomHerkenning = { kolom, ...(herkenKop(waarde) ?? { kop: "", veld: null, eigen: false }) };
    const vastgelegdeKop = vastgelegd.get(kolom);
    if (vastgelegdeKop !== undefined && !h.eigen && h.veld === null && !h.peildatum) {
      // A recorded column whose header the user renamed or emptied: still the add-in's own. Renamed to
      // a field the engine reads ("Taakstelling"), it is the user's input column now.
      h = { kolom, kop: h.kop, veld: null, eigen: true, eigenKop: vastgelegdeKop };
    }
    if (toewijzing && Object.prototype.hasOwnProperty.call(toewijzing, kolom) && !h.eigen) {
      const veld = toewijzing[kolom];
      h =
        veld === null || veld === undefined
          ? { kolom, kop: h.kop, veld: null, eigen: false }
          : {
              kolom,
              kop: h.kop,
              veld,
              eigen: false,
              conventie: h.veld === veld ? h.conventie : standaardConventie(veld),
            };
    }
    if (h.veld !== null) {
      const eerste = gezien.get(h.veld);
      if (eerste !== undefined) {
        dubbel.push({ kolom: h, veld: h.veld, eerste });
        h = { kolom, kop: h.kop, veld: null, eigen: false };
      } else {
        gezien.set(h.veld, kolom);
      }
    }
    kolommen.push(h);
  }
  return { kolommen, dubbel };
}

/**
 * Finds the header row: the first of the grid's first 20 rows that recognises a gemeente column and
 * at least two other fields (a peildatum column counts as a field). The user's kolomToewijzing
 * (0-based sheet column -> field or null) overrides recognition; the add-in's own columns (an exact
 * registered header, or recorded in the workbook) are never input.
 */
export function vindKopregel(blad: Blad, toewijzing?: Record<number, Veld | null>): KopRegel | null {
  const max = Math.min(KOPREGEL_ZOEKRIJEN, blad.waarden.length);
  for (let r = 0; r < max; r++) {
    const { kolommen, dubbel } = herkenRij(blad, r, toewijzing);
    const velden = new Set(kolommen.filter((k) => k.veld !== null).map((k) => k.veld));
    const peil = kolommen.filter((k) => k.peildatum).length;
    if (velden.has("gemeente") && velden.size - 1 + peil >= 2) {
      return { index: r, rij: sheetRij(blad, r), kolommen, dubbel };
    }
  }
  return null;
}
