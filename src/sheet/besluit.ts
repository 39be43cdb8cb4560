/**
 * Recording a decision (rule 11) from the task pane: which cells to write for a row's decided step and
 * reason, in the sheet's own Vastgestelde trede / Reden besluit columns, or in new columns with those
 * headers in the first empty columns right of the header row when the sheet has none. Pure: a host writes
 * the cells (WerkboekAdapter.schrijfCellen), asking before it overwrites anything of the user's.
 */
import type { Trede } from "../domain";
import { adres, beginRijVan, celWaarde, inGebied, isOnbeschreven, LAATSTE_KOLOM } from "./adres";
import { VELD_LABELS } from "./kolommen";
import type { Blad, CelSchrijving, Rapport } from "./types";

/** The headers of the columns the pane creates (recognised as vastgesteldeTrede and redenBesluit). */
export const BESLUIT_KOPPEN = {
  trede: VELD_LABELS.vastgesteldeTrede,
  reden: VELD_LABELS.redenBesluit,
} as const;

export interface BesluitPlan {
  blad: string;
  /** The header cells of new columns first, then the row's cells. */
  cellen: CelSchrijving[];
  /** Columns created (A1 header cell and header), for the pane to say so. */
  nieuweKolommen: { cel: string; kop: string }[];
}

/** Why a decision cannot be planned: no header row, or no room right of it. */
export class BesluitFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BesluitFout";
  }
}

/**
 * The cells that record decided step `trede` with reason `reden` (trimmed; empty = the reason cell is
 * left as it is) for the data row `rij` (1-based) of a checked sheet. Existing columns of the fields are
 * used; a missing one is created in the first column right of the header row's last cell (own IBT
 * columns included) that is empty on every row the sheet holds, is no merged cell and holds no formula.
 */
export function planBesluit(
  blad: Blad,
  rapport: Rapport,
  rij: number,
  trede: Trede,
  reden: string,
): BesluitPlan {
  if (rapport.kopRij === null) throw new BesluitFout("Het blad heeft geen kopregel: controleer het eerst.");
  const kopRij = rapport.kopRij;
  const vind = (veld: "vastgesteldeTrede" | "redenBesluit"): number | null =>
    rapport.kolommen.find((k) => !k.eigen && k.veld === veld)?.kolom ?? null;
  let tredeKolom = vind("vastgesteldeTrede");
  let redenKolom = vind("redenBesluit");
  const tekst = reden.trim();

  const formules = new Set((blad.formulesZonderWaarde ?? []).map((f) => `${f.rij}:${f.kolom}`));
  const samengevoegd = blad.samengevoegd ?? [];
  const eersteRij = beginRijVan(blad) + 1;
  const laatsteRij = beginRijVan(blad) + blad.waarden.length;
  /** A column with nothing of the user's on any row of the sheet read. */
  const isLeegKolom = (kolom: number): boolean => {
    for (let r = eersteRij; r <= laatsteRij; r++) {
      if (!isOnbeschreven(celWaarde(blad, r - eersteRij, kolom))) return false;
      if (formules.has(`${r}:${kolom}`) || samengevoegd.some((g) => inGebied(g, r, kolom))) return false;
    }
    return true;
  };
  let volgende = Math.max(-1, ...rapport.kolommen.map((k) => k.kolom)) + 1;
  const nieuweKolom = (): number => {
    for (; volgende <= LAATSTE_KOLOM; volgende++) if (isLeegKolom(volgende)) return volgende++;
    throw new BesluitFout("Er is rechts van de kopregel geen lege kolom meer voor het besluit.");
  };

  const cellen: CelSchrijving[] = [];
  const nieuweKolommen: BesluitPlan["nieuweKolommen"] = [];
  if (tredeKolom === null) {
    tredeKolom = nieuweKolom();
    cellen.push({ rij: kopRij, kolom: tredeKolom, waarde: BESLUIT_KOPPEN.trede });
    nieuweKolommen.push({ cel: adres(kopRij, tredeKolom), kop: BESLUIT_KOPPEN.trede });
  }
  if (redenKolom === null && tekst !== "") {
    redenKolom = nieuweKolom();
    cellen.push({ rij: kopRij, kolom: redenKolom, waarde: BESLUIT_KOPPEN.reden });
    nieuweKolommen.push({ cel: adres(kopRij, redenKolom), kop: BESLUIT_KOPPEN.reden });
  }
  cellen.push({ rij, kolom: tredeKolom, waarde: trede });
  if (redenKolom !== null && tekst !== "") cellen.push({ rij, kolom: redenKolom, waarde: tekst });
  return { blad: blad.naam, cellen, nieuweKolommen };
}
