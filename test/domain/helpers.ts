/** Test helpers for the domain tests. */
import type { DomeinFout, Resultaat } from "../../src/domain/types";

/** The value of a successful result; fails the test with the error message otherwise. */
export function waardeVan<T>(r: Resultaat<T>): T {
  if (!r.ok) throw new Error(`verwacht gelukt, kreeg fout ${r.fout.code}: ${r.fout.bericht}`);
  return r.waarde;
}

/** The error of a failed result; fails the test when it succeeded. */
export function foutVan<T>(r: Resultaat<T>): DomeinFout {
  if (r.ok) throw new Error(`verwacht een fout, kreeg ${JSON.stringify(r.waarde)}`);
  return r.fout;
}

/** A UTC-midnight date; month 1..12. */
export function utc(jaar: number, maand: number, dag: number): Date {
  return new Date(Date.UTC(jaar, maand - 1, dag));
}
