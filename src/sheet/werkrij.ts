/**
 * The state of one data row between the passes of the check: as read, the domain's input, the result
 * so far, and what the passes learned about it.
 */
import { formatPeriode, type PeriodeInvoer, type Periode } from "../domain";
import type { GelezenRij } from "./lezen";
import type { RijResultaat } from "./types";

export interface Werkrij {
  g: GelezenRij;
  /** The domain's input for this row's period, without the previous trede (the history adds it). */
  invoer: PeriodeInvoer;
  res: RijResultaat;
  periode: Periode | null;
  /** The realisation is an interim figure (measured before the end peildatum). */
  tussenstand: boolean;
  /** The realisation was derived from the achterstand eind. */
  afgeleid: boolean;
  /** A second row of the same gemeente and period. */
  dubbel: boolean;
}

/** Key of a gemeente's period: "leusden|2022-1" ("leusden|" without a period). */
export function sleutelVan(sleutel: string, p: Periode | null): string {
  return `${sleutel}|${p ? formatPeriode(p) : ""}`;
}

/** Rows that belong to a gemeente's history: not a totals row, a gemeente name. */
export function isGemeenteRij(w: Werkrij): w is Werkrij & { g: { sleutel: string; gemeente: string } } {
  return !w.g.isTotaalrij && w.g.sleutel !== null;
}
