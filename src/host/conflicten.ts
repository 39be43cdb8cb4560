/**
 * Shared by every workbook host (Excel and the in-memory preview): A1 addresses, the rule that
 * decides which target cells of a write plan are the user's, and the confirmation before overwriting.
 * Pure: no Office.js, no DOM.
 */
import { adres, isOnbeschreven, kolomLetters, LAATSTE_KOLOM, noemCellen } from "../sheet/adres";
import {
  isEigenBladNaam,
  isEigenKopTekst,
  samengevoegdeDoelcellen,
  vindDoelConflicten,
  type DoelInhoud,
} from "../sheet/eigenKolommen";
import type { CelSchrijving, CelWaarde, EigenKolom, Gebied, SchrijfPlan } from "../sheet/types";

/** An error of a workbook host with a stable code; `message` is Dutch and shown as is. */
export class WerkboekFout extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** For `overschrijven-geweigerd`: the cells that would have been overwritten. */
    readonly cellen: string[] = [],
  ) {
    super(message);
    this.name = "WerkboekFout";
  }
}

export { kolomLetters };

/** 1-based row and 0-based column -> "F7" (the engine's own address function). */
export const celAdres = adres;

/** A rectangle of a sheet: 1-based first row, 0-based first column, size. */
export interface Rechthoek {
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
}

/** "B3:D10" -> "B3:D10"; a one-cell rectangle -> "B3". */
export function bereikAdres(r: Rechthoek): string {
  const begin = celAdres(r.rij, r.kolom);
  if (r.rijen === 1 && r.kolommen === 1) return begin;
  return `${begin}:${celAdres(r.rij + r.rijen - 1, r.kolom + r.kolommen - 1)}`;
}

/**
 * Reads an A1 address or range ("F7", "$F$7", "Blad1!B3:D10", "'Mijn blad'!A1") into a rectangle.
 * Returns null for anything else (whole columns/rows like "A:A" included).
 */
export function leesAdres(adres: string): Rechthoek | null {
  const zonderBlad = adres.includes("!") ? adres.slice(adres.lastIndexOf("!") + 1) : adres;
  const delen = zonderBlad.replace(/\$/g, "").trim().toUpperCase().split(":");
  if (delen.length < 1 || delen.length > 2) return null;
  const cellen: { rij: number; kolom: number }[] = [];
  for (const deel of delen) {
    const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(deel);
    if (!m) return null;
    let kolom = 0;
    for (const teken of m[1]) kolom = kolom * 26 + (teken.charCodeAt(0) - 64);
    cellen.push({ rij: Number(m[2]), kolom: kolom - 1 });
  }
  const [a, b = cellen[0]] = cellen;
  const rij = Math.min(a.rij, b.rij);
  const kolom = Math.min(a.kolom, b.kolom);
  return {
    rij,
    kolom,
    rijen: Math.abs(a.rij - b.rij) + 1,
    kolommen: Math.abs(a.kolom - b.kolom) + 1,
  };
}

/** Nothing in the cell: "" as Excel's `range.values` reports it (or null/undefined); spaces are content. */
export { isOnbeschreven };

/**
 * True for a header of one of the add-in's own output columns: exactly a header it writes ("IBT Trede";
 * not "IBT notitie", which is the user's). The workbook's record adds renamed own columns: see
 * `isEigenKolom`.
 */
export function isEigenKop(waarde: CelWaarde | undefined): boolean {
  return isEigenKopTekst(waarde);
}

/**
 * True when column `kolom` with header cell `kop` on row `kopRij` is the add-in's own now: its header is
 * a registered one, or the workbook's record names that header cell (a renamed own column). Hosts clear
 * an old own column only then.
 */
export function isEigenKolom(
  kop: CelWaarde | undefined,
  kopRij: number,
  kolom: number,
  eigenKolommen: readonly EigenKolom[] = [],
): boolean {
  return isEigenKop(kop) || eigenKolommen.some((e) => e.rij === kopRij && e.kolom === kolom);
}

/**
 * True when an existing sheet was made by the add-in, so that it may be replaced: the sheet holds the
 * hidden marker name the host gave it when it made it (`EIGEN_BLAD_NAAM`). Its name and its A1 say
 * nothing: a user's sheet "IBT Vergelijking" stays, and the new sheet gets "IBT Vergelijking (2)".
 *
 * @param bladNamen the names of the sheet's sheet-scoped defined names.
 */
export function isEigenBlad(bladNamen: readonly string[]): boolean {
  return bladNamen.some(isEigenBladNaam);
}

/** "Brieftabel", 2 -> "Brieftabel (2)", shortened to Excel's 31 characters. */
export function genummerdeBladnaam(basis: string, nummer: number): string {
  const achtervoegsel = ` (${nummer})`;
  return basis.slice(0, 31 - achtervoegsel.length) + achtervoegsel;
}

/** Excel's rule for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function isGeldigeBladnaam(naam: string): boolean {
  if (naam.trim() === "" || naam.length > 31 || /[:\\/?*[\]]/.test(naam)) return false;
  return !naam.startsWith("'") && !naam.endsWith("'");
}

/** Number of plan rows and the width of the widest plan row. */
export function planAfmetingen(plan: SchrijfPlan): { rijen: number; kolommen: number } {
  let kolommen = 0;
  for (const rij of plan.waarden) kolommen = Math.max(kolommen, rij.length);
  for (const rij of plan.formaten) kolommen = Math.max(kolommen, rij.length);
  for (const k of plan.kolommen) kolommen = Math.max(kolommen, k.kolom - plan.beginKolom + 1);
  return { rijen: Math.max(plan.waarden.length, plan.formaten.length), kolommen };
}

/** Cells with a value to write (non-null in `plan.waarden`). */
export function telTeSchrijvenCellen(plan: SchrijfPlan): number {
  let n = 0;
  for (const rij of plan.waarden) for (const w of rij) if (w !== null && w !== undefined) n++;
  return n;
}

/**
 * The target cells the plan must not overwrite without confirmation: a cell is a conflict when the
 * plan writes a value there (non-null), the cell holds something now (any value, also spaces, 0 and
 * ONWAAR, or a formula, also one that gives ""), and its column is not one of the add-in's own (its
 * current header, row 0 of `huidig`, is not exactly a header the add-in writes, and the workbook's record
 * does not name it). The rule itself is the engine's (`vindDoelConflicten`), so the CLI applies the same.
 *
 * @param huidig current values of the plan rectangle, row 0 = the plan's first (header) row.
 * @param extra formulas in the rectangle and the workbook's record of own columns, when the host has them.
 * @returns A1 addresses, row by row.
 */
export function vindConflicten(
  plan: SchrijfPlan,
  huidig: CelWaarde[][],
  extra: Omit<DoelInhoud, "waarden"> = {},
): string[] {
  return vindDoelConflicten(plan, { ...extra, waarden: huidig });
}

/** The cells the plan would write inside a merged range (the host then refuses: see samengevoegdMelding). */
export function vindSamengevoegd(plan: SchrijfPlan, samengevoegd: readonly Gebied[]): string[] {
  return samengevoegdeDoelcellen(plan, samengevoegd);
}

/** Refusal when the plan would write into merged cells (the user merged them after the check). */
export function samengevoegdMelding(blad: string, cellen: string[]): string {
  const aantal = cellen.length === 1 ? "ligt 1 doelcel" : `liggen ${cellen.length} doelcellen`;
  return (
    `Er is niets geschreven: op werkblad '${blad}' ${aantal} in samengevoegde cellen ` +
    `(${noemCellen(cellen)}). Daarin schrijft IBT Huisvesting nooit; controleer het blad opnieuw.`
  );
}

/** Excel's last column, XFD (0-based), as the engine knows it. */
export { LAATSTE_KOLOM };

/** Refusal when the output columns would pass column XFD (a header row that reaches the last column). */
export function geenRuimteMelding(blad: string, kolommen: number): string {
  return (
    `Er is niets geschreven: op werkblad '${blad}' is rechts van de gegevens geen ruimte voor de ` +
    `${kolommen} kolommen van IBT Huisvesting (het blad loopt tot kolom XFD). Maak kolommen vrij ` +
    `rechts van de kopregel en controleer het blad opnieuw.`
  );
}

/** True when the plan writes past column XFD. */
export function voorbijLaatsteKolom(plan: SchrijfPlan): boolean {
  return plan.kolommen.some((k) => k.kolom > LAATSTE_KOLOM);
}

/** "F7, F8 en G7" / "F7, F8, F9, F10, F11 en 7 andere cellen" (the engine's, shared with the CLI). */
export { noemCellen };

/** The Dutch refusal when the user's cells would be overwritten. */
export function overschrijvenGeweigerdMelding(blad: string, cellen: string[]): string {
  const aantal = cellen.length === 1 ? "1 cel bevat" : `${cellen.length} cellen bevatten`;
  return (
    `Er is niets geschreven: op werkblad '${blad}' ${aantal} al gegevens die niet van ` +
    `IBT Huisvesting zijn (${noemCellen(cellen)}). Maak die cellen leeg of bevestig dat ze ` +
    `overschreven mogen worden.`
  );
}

/**
 * Decides whether the write may go ahead: resolves when there are no conflicts or the user confirmed;
 * throws a `WerkboekFout` (code `overschrijven-geweigerd`, Dutch message naming the cells) otherwise.
 * Without a callback the user's cells are never overwritten.
 */
export async function bevestigConflicten(
  blad: string,
  conflicten: string[],
  bevestigOverschrijven?: (cellen: string[]) => Promise<boolean>,
): Promise<void> {
  if (conflicten.length === 0) return;
  const akkoord = bevestigOverschrijven ? await bevestigOverschrijven(conflicten) : false;
  if (akkoord !== true) {
    throw new WerkboekFout(
      "overschrijven-geweigerd",
      overschrijvenGeweigerdMelding(blad, conflicten),
      conflicten,
    );
  }
}

/** How many times the user is asked about the same write before it is refused (see `schrijfMetBevestiging`). */
export const MAX_BEVESTIGINGSVRAGEN = 2;

/** What one attempt at a write did: written, or stopped before writing because of these conflicts. */
export type SchrijfPoging<T> =
  { geschreven: true; uitkomst: T } | { geschreven: false; conflicten: string[] };

/** The Dutch refusal when the user's cells kept changing while the add-in asked for confirmation. */
export function conflictenVeranderdMelding(blad: string, cellen: string[]): string {
  const aantal = cellen.length === 1 ? "bevat 1 cel" : `bevatten ${cellen.length} cellen`;
  return (
    `Er is niets geschreven: op werkblad '${blad}' veranderden de gegevens in de doelcellen terwijl om ` +
    `bevestiging werd gevraagd; nu ${aantal} gegevens die niet bevestigd zijn ` +
    `(${noemCellen(cellen)}). Wacht tot niemand het blad bewerkt en probeer het opnieuw.`
  );
}

/**
 * The confirmation protocol of every host. `poging(bevestigd)` reads the target cells as they are now
 * and writes only when every conflict it finds is among `bevestigd` (the cells the user agreed to
 * overwrite); otherwise it writes nothing and returns the conflicts. The question is asked outside
 * the attempt, so no Excel batch stays open while the user thinks. When the user's cells changed
 * meanwhile, the new set is asked once more; after `MAX_BEVESTIGINGSVRAGEN` questions a further change
 * refuses the write (`WerkboekFout` code `conflicten-veranderd`). A "no" refuses it at once
 * (`overschrijven-geweigerd`, as `bevestigConflicten`).
 */
export async function schrijfMetBevestiging<T>(
  blad: string,
  poging: (bevestigd: ReadonlySet<string>) => Promise<SchrijfPoging<T>>,
  bevestigOverschrijven?: (cellen: string[]) => Promise<boolean>,
): Promise<T> {
  const bevestigd = new Set<string>();
  for (let vragen = 0; ; vragen++) {
    const uitkomst = await poging(bevestigd);
    if (uitkomst.geschreven) return uitkomst.uitkomst;
    if (vragen >= MAX_BEVESTIGINGSVRAGEN) {
      const nieuw = uitkomst.conflicten.filter((c) => !bevestigd.has(c));
      throw new WerkboekFout(
        "conflicten-veranderd",
        conflictenVeranderdMelding(blad, nieuw),
        uitkomst.conflicten,
      );
    }
    await bevestigConflicten(blad, uitkomst.conflicten, bevestigOverschrijven);
    for (const cel of uitkomst.conflicten) bevestigd.add(cel);
  }
}

/** True when every conflict is one the user already confirmed. */
export function allesBevestigd(conflicten: string[], bevestigd: ReadonlySet<string>): boolean {
  return conflicten.every((c) => bevestigd.has(c));
}

/**
 * The cells of a `schrijfCellen` that need the user's confirmation: the cell holds something (a value,
 * also spaces, 0 or ONWAAR, or a formula, also one that gives "") that is not already the value to write.
 * Writing the same value again changes nothing and asks nothing. A1 addresses, in the given order.
 */
export function celConflicten(
  cellen: readonly CelSchrijving[],
  huidig: (rij: number, kolom: number) => { waarde: CelWaarde | undefined; formule: boolean },
): string[] {
  const uit: string[] = [];
  for (const c of cellen) {
    const nu = huidig(c.rij, c.kolom);
    if (!nu.formule && (isOnbeschreven(nu.waarde) || nu.waarde === c.waarde)) continue;
    uit.push(celAdres(c.rij, c.kolom));
  }
  return uit;
}

/** The cells of a `schrijfCellen` that lie in a merged range (never written). */
export function samengevoegdeCellen(
  cellen: readonly CelSchrijving[],
  samengevoegd: readonly Gebied[],
): string[] {
  return cellen
    .filter((c) =>
      samengevoegd.some(
        (g) =>
          c.rij >= g.rij && c.rij < g.rij + g.rijen && c.kolom >= g.kolom && c.kolom < g.kolom + g.kolommen,
      ),
    )
    .map((c) => celAdres(c.rij, c.kolom));
}

/** The rectangle that covers the cells of a `schrijfCellen` (1-based row, 0-based column). */
export function omvattendeRechthoek(cellen: readonly CelSchrijving[]): Rechthoek {
  const rij = Math.min(...cellen.map((c) => c.rij));
  const kolom = Math.min(...cellen.map((c) => c.kolom));
  return {
    rij,
    kolom,
    rijen: Math.max(...cellen.map((c) => c.rij)) - rij + 1,
    kolommen: Math.max(...cellen.map((c) => c.kolom)) - kolom + 1,
  };
}
