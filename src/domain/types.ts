/**
 * Shared types of the domain rules (docs/rekenregels.md). Pure: no Office, React or I/O.
 * Dates are JavaScript Dates at UTC midnight; the domain never reads the clock.
 */

/** Step on the IBT interventieladder (beleidskader IBT 2021-2024). */
export type Trede = 1 | 2 | 3 | 4 | 5 | 6;

/** Half of a year: 1 = 1 jan - 30 jun, 2 = 1 jul - 31 dec. */
export type Helft = 1 | 2;

/** A half-year period; canonical label `2022-1`. */
export interface Periode {
  readonly jaar: number;
  readonly helft: Helft;
}

/** Outcome of comparing a trede with the previous one (rule 7). */
export type Escalatie = "Opschalen" | "Afschalen" | "Gelijk";

/**
 * How a number column counts persons (docs/rekenregels.md, "Invoer lezen"):
 * - `achterstand`: positive = backlog, negative = lead (also "stand van zaken")
 * - `voorsprong`: positive = lead
 * - `saldo`: TVS style, negative = backlog, positive = lead
 * - `aantal`: a plain person count (taakstelling, gerealiseerd, ...), sign as written
 */
export type Tekenconventie = "achterstand" | "voorsprong" | "saldo" | "aantal";

/**
 * Kind of a domain error; the custom functions map it to an Excel error:
 * `waarde` -> #VALUE!, `ontbreekt` -> #N/A, `deling` -> #DIV/0!.
 */
export type FoutSoort = "waarde" | "ontbreekt" | "deling";

/** A domain error: a stable code and a Dutch message for the user. */
export interface DomeinFout {
  readonly soort: FoutSoort;
  /** Stable machine code, e.g. `periode-onbekend`, `aantal-leeg`, `deler-nul`. */
  readonly code: string;
  /** Clear Dutch message (from berichten.ts). */
  readonly bericht: string;
}

/** Errors are values in the domain. */
export type Resultaat<T> =
  { readonly ok: true; readonly waarde: T } | { readonly ok: false; readonly fout: DomeinFout };

export const gelukt = <T>(waarde: T): Resultaat<T> => ({ ok: true, waarde });
export const mislukt = <T = never>(fout: DomeinFout): Resultaat<T> => ({ ok: false, fout });
