/**
 * Which columns are the add-in's own: exactly the headers it writes (one registry, shared by header
 * recognition, the write plan and every host), plus the columns a host recorded in the workbook when it
 * wrote them. Nothing is guessed from a prefix: a user's column "IBT notitie" is the user's.
 *
 * The record is one hidden, sheet-scoped defined name per written column, "_IBT_Trede" -> the header
 * cell "Overzicht!$P$5". Excel moves a name with its cell when the user inserts or deletes columns or
 * rows, so the record stays right where a stored column number would point at the user's column; a
 * deleted column leaves "#REF!", which is ignored. The Excel adapter and the CLI copy write and read the
 * same names, so a workbook keeps its record whichever host wrote it.
 */
import { adres, beginRijVan, celWaarde, inGebied, isOnbeschreven, kolomLetters } from "./adres";
import type { Blad, CelWaarde, EigenKolom, Gebied, SchrijfPlan } from "./types";

/** The header of every column the add-in writes, by role. UITVOER_KOLOMMEN (schrijfplan.ts) uses these. */
export const EIGEN_KOPPEN = {
  totaalopgave: "IBT Totaalopgave",
  totaalopgaveInclExtra: "IBT Totaalopgave incl. extra",
  achterstandEind: "IBT Achterstand eind",
  achterstandEindGecorrigeerd: "IBT Achterstand eind gecorrigeerd",
  realisatieTaakstelling: "IBT Realisatie taakstelling",
  realisatieTotaalopgave: "IBT Realisatie totaalopgave",
  taakstellingGehaald: "IBT Taakstelling gehaald",
  vorigeTrede: "IBT Vorige trede",
  trede: "IBT Trede",
  // Rule 11, only on a sheet with a Vastgestelde trede column (KOLOM_TREDE_GELDEND, schrijfplan.ts).
  tredeGeldend: "IBT Trede geldend",
  escalatie: "IBT Escalatie",
  maatregel: "IBT Maatregel",
  opmerkingen: "IBT Opmerkingen",
  // Rule 8 per row, only on a sheet with an opdracht column (VERSNELLING_KOLOMMEN, schrijfplan.ts).
  opdrachtPerAchterstand: "IBT Opdracht per achterstand",
  aandeelOpdracht: "IBT Aandeel opdracht",
  aandeelAchterstand: "IBT Aandeel achterstand",
  verhouding: "IBT Verhouding",
  evenredigeOpdracht: "IBT Evenredige opdracht",
  verschil: "IBT Verschil",
} as const;

/** The registry as a list: every header the add-in writes, and nothing else. */
export const EIGEN_KOP_LIJST: readonly string[] = Object.values(EIGEN_KOPPEN);

const EIGEN_SET: ReadonlySet<string> = new Set(EIGEN_KOP_LIJST);

/** The registered header a cell holds (surrounding spaces ignored, otherwise exact), or null. */
export function eigenKopVan(waarde: CelWaarde | undefined): string | null {
  if (typeof waarde !== "string") return null;
  const tekst = waarde.trim();
  return EIGEN_SET.has(tekst) ? tekst : null;
}

/** True for a header cell that holds one of the add-in's headers exactly ("IBT Trede", not "IBT notitie"). */
export function isEigenKopTekst(waarde: CelWaarde | undefined): boolean {
  return eigenKopVan(waarde) !== null;
}

/** Prefix of the defined names that record the add-in's columns. */
export const EIGEN_NAAM_PREFIX = "_IBT_";

/** The defined name that records a column: "IBT Totaalopgave incl. extra" -> "_IBT_Totaalopgave_incl_extra". */
export function naamVoorKop(kop: string): string {
  return (
    EIGEN_NAAM_PREFIX +
    kop
      .replace(/^IBT\s/, "")
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
  );
}

const KOP_PER_NAAM: ReadonlyMap<string, string> = new Map(
  EIGEN_KOP_LIJST.map((kop) => [naamVoorKop(kop).toLowerCase(), kop]),
);

/** The registered header a record name stands for (names are case-insensitive, as in Excel), or null. */
export function kopVoorNaam(naam: string): string | null {
  return KOP_PER_NAAM.get(naam.trim().toLowerCase()) ?? null;
}

/**
 * The hidden sheet-scoped name with which a host marks a sheet it made (comparison, letter table): only
 * such a sheet is the add-in's own and may be replaced. Its name or title says nothing: a user's sheet
 * "IBT Vergelijking" is the user's.
 */
export const EIGEN_BLAD_NAAM = "_IBT_Blad";

/** What the marker refers to (a constant: it marks the sheet, it points at no cell). */
export const EIGEN_BLAD_VERWIJZING = '="IBT Huisvesting"';

/** True for the sheet marker (names are case-insensitive, as in Excel). */
export function isEigenBladNaam(naam: string): boolean {
  return naam.trim().toLowerCase() === EIGEN_BLAD_NAAM.toLowerCase();
}

/**
 * True for exactly the defined names the add-in writes: the record name of a registered column
 * ("_IBT_Trede") or the sheet marker. A user's "_IBT_mijn" is the user's and is never deleted.
 */
export function isEigenNaam(naam: string): boolean {
  return kopVoorNaam(naam) !== null || isEigenBladNaam(naam);
}

/** A sheet name as a formula writes it: quoted ('Mijn blad', with ' doubled) unless it is a plain word. */
export function bladInFormule(blad: string): string {
  const gewoon = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blad) && !/^[A-Za-z]{1,3}[0-9]+$/.test(blad);
  return gewoon ? blad : `'${blad.replace(/'/g, "''")}'`;
}

/** The reference of a record name to a header cell, without "=": "Overzicht!$P$5", "'Mijn blad'!$P$5". */
export function naamVerwijzing(blad: string, rij: number, kolom: number): string {
  return `${bladInFormule(blad)}!$${kolomLetters(kolom)}$${rij}`;
}

/**
 * The cell a record name refers to, when it is one cell on sheet `blad` ("=Overzicht!$P$5",
 * "'Mijn blad'!P5"); null for anything else ("#REF!", another sheet, a range, a constant).
 */
export function leesNaamVerwijzing(formule: unknown, blad: string): { rij: number; kolom: number } | null {
  if (typeof formule !== "string") return null;
  const m = /^=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?([0-9]+)\s*$/.exec(formule);
  if (!m) return null;
  const naam = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (naam.toLowerCase() !== blad.toLowerCase()) return null;
  let kolom = 0;
  for (const teken of m[3].toUpperCase()) kolom = kolom * 26 + (teken.charCodeAt(0) - 64);
  const rij = Number(m[4]);
  if (kolom > 16_384 || rij < 1 || rij > 1_048_576) return null;
  return { rij, kolom: kolom - 1 };
}

/** A defined name as a host reads it: its name and its formula or reference text. */
export interface GedefinieerdeNaam {
  naam: string;
  verwijzing: string;
}

/**
 * The recorded own columns of sheet `blad` from its defined names: every "_IBT_..." name of a registered
 * header that refers to one cell of that sheet. Other names, unknown "_IBT_" names and broken references
 * ("#REF!" after the user deleted the column) are left out.
 */
export function leesEigenKolommen(namen: readonly GedefinieerdeNaam[], blad: string): EigenKolom[] {
  const uit: EigenKolom[] = [];
  for (const n of namen) {
    const kop = kopVoorNaam(n.naam);
    if (kop === null) continue;
    const cel = leesNaamVerwijzing(n.verwijzing, blad);
    if (cel !== null) uit.push({ ...cel, kop });
  }
  return uit;
}

/** The record after a plan was written: one name per planned column, referring to its header cell. */
export function eigenNamenVoorPlan(plan: SchrijfPlan): GedefinieerdeNaam[] {
  return plan.kolommen.map((k) => ({
    naam: naamVoorKop(k.kop),
    verwijzing: naamVerwijzing(plan.blad, plan.beginRij, k.kolom),
  }));
}

/** What a host knows of the target rectangle of a plan when it checks for conflicts. */
export interface DoelInhoud {
  /** Current values of the plan rectangle; row 0 is the plan's first (header) row. */
  waarden: CelWaarde[][];
  /** Cells holding a formula (1-based row, 0-based column): content, also when their value is "". */
  formules?: readonly { rij: number; kolom: number }[];
  /** The workbook's record of the add-in's columns on this sheet. */
  eigenKolommen?: readonly EigenKolom[];
}

/**
 * The columns of the plan rectangle that are the add-in's own now: the header cell (the plan's first row)
 * holds a registered header, or the record names that header cell.
 */
export function eigenDoelKolommen(plan: SchrijfPlan, doel: DoelInhoud): Set<number> {
  const eigen = new Set<number>();
  doel.waarden[0]?.forEach((w, c) => {
    if (isEigenKopTekst(w)) eigen.add(plan.beginKolom + c);
  });
  for (const e of doel.eigenKolommen ?? []) if (e.rij === plan.beginRij) eigen.add(e.kolom);
  return eigen;
}

/**
 * The target cells a plan must not overwrite without the user's confirmation: the plan writes a value
 * there (not null), the cell holds something (a value, also spaces, 0 or ONWAAR, or a formula, also one
 * that gives ""), and its column is not the add-in's own (see eigenDoelKolommen). A1 addresses, row by row.
 */
export function vindDoelConflicten(plan: SchrijfPlan, doel: DoelInhoud): string[] {
  const eigen = eigenDoelKolommen(plan, doel);
  const formules = new Set((doel.formules ?? []).map((f) => `${f.rij}:${f.kolom}`));
  const cellen: string[] = [];
  plan.waarden.forEach((rij, r) => {
    rij.forEach((nieuw, c) => {
      if (nieuw === null || nieuw === undefined) return;
      const kolom = plan.beginKolom + c;
      if (eigen.has(kolom)) return;
      const oud = doel.waarden[r]?.[c];
      if (isOnbeschreven(oud) && !formules.has(`${plan.beginRij + r}:${kolom}`)) return;
      cellen.push(adres(plan.beginRij + r, kolom));
    });
  });
  return cellen;
}

/**
 * The cells a plan would write (a value or a number format) inside a merged range. Writing never targets
 * such a cell: the plan avoids them, and a host that finds one at write time (the user merged cells in
 * the meantime) refuses the write.
 */
export function samengevoegdeDoelcellen(plan: SchrijfPlan, samengevoegd: readonly Gebied[]): string[] {
  const cellen: string[] = [];
  const rijen = Math.max(plan.waarden.length, plan.formaten.length);
  for (let r = 0; r < rijen; r++) {
    const breedte = Math.max(plan.waarden[r]?.length ?? 0, plan.formaten[r]?.length ?? 0);
    for (let c = 0; c < breedte; c++) {
      const w = plan.waarden[r]?.[c];
      const f = plan.formaten[r]?.[c];
      if ((w === null || w === undefined) && (f === null || f === undefined)) continue;
      const rij = plan.beginRij + r;
      const kolom = plan.beginKolom + c;
      if (samengevoegd.some((g) => inGebied(g, rij, kolom))) cellen.push(adres(rij, kolom));
    }
  }
  return cellen;
}

/**
 * The target rectangle of a plan as a read `Blad` shows it (values, formulas without a value, the
 * record), for a host that checks the plan against what it read, such as the CLI before its copy.
 */
export function doelInhoudVanBlad(plan: SchrijfPlan, blad: Blad): DoelInhoud {
  const rijen = Math.max(plan.waarden.length, plan.formaten.length);
  const breedte = Math.max(0, ...plan.waarden.map((r) => r.length));
  const waarden: CelWaarde[][] = [];
  for (let r = 0; r < rijen; r++) {
    const index = plan.beginRij - 1 + r - beginRijVan(blad);
    const rij: CelWaarde[] = [];
    for (let c = 0; c < breedte; c++) rij.push(celWaarde(blad, index, plan.beginKolom + c));
    waarden.push(rij);
  }
  return { waarden, formules: blad.formulesZonderWaarde ?? [], eigenKolommen: blad.eigenKolommen ?? [] };
}
