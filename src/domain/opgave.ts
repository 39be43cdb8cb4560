/**
 * Totaalopgave, achterstand and realisation (rules 1-5 of docs/rekenregels.md). Inputs are whole person counts that the
 * caller has read with parseAantal; these functions do not round.
 */
import { berichten } from "./berichten";
import { gelukt, mislukt, type Resultaat } from "./types";

/** Rule 1: `TO = TS + A_begin + H` (Leusden 2022-2: 24 + 26 + 1 = 51). */
export function berekenTotaalopgave(
  taakstelling: number,
  achterstandBegin: number,
  herverdeling = 0,
): number {
  return taakstelling + achterstandBegin + herverdeling;
}

/**
 * Rule 10: the next period's totaalopgave from this period's registered achterstand eind (rule 3):
 * `TO(next) = TS(next) + A_eind + H(next)` (Leusden 2022-2: 24 + 26 + 1 = 51; without the herverdeling 50).
 */
export function berekenVolgendeTotaalopgave(
  taakstellingVolgende: number,
  achterstandEind: number,
  herverdelingVolgende = 0,
): number {
  return berekenTotaalopgave(taakstellingVolgende, achterstandEind, herverdelingVolgende);
}

/** Rule 1: `TO_extra = TO + E`; the extra opgave is reported, never used for the trede (51 + 11 = 62). */
export function berekenTotaalopgaveInclExtra(totaalopgave: number, extraOpgave = 0): number {
  return totaalopgave + extraOpgave;
}

/**
 * Rule 2: achterstand at the end peildatum, `TO - (R + N)`. Registered: leave `naRegistratie` 0
 * (Leusden 2022-1: 39 - 13 = 26); corrected for late registration: pass N (39 - (13 + 8) = 18).
 * Rule 3: the next period starts from the registered figure.
 */
export function berekenAchterstandEind(
  totaalopgave: number,
  gerealiseerd: number,
  naRegistratie = 0,
): number {
  return totaalopgave - (gerealiseerd + naRegistratie);
}

/**
 * Rule 1 read backwards, for a sheet that gives the totaalopgave but not the achterstand begin:
 * `A_begin = TO - TS - H`. Leusden 2022-1: 39 - 18 - 0 = 21.
 */
export function leidAchterstandBeginAf(totaalopgave: number, taakstelling: number, herverdeling = 0): number {
  return totaalopgave - taakstelling - herverdeling;
}

/**
 * Rule 2 read backwards, for a sheet that gives the achterstand eind but no realisation:
 * `R = TO - A_eind` (registered, so without N). Null when that would be negative: such figures
 * cannot come from a realisation. Leusden 2022-1: 39 - 26 = 13.
 */
export function leidGerealiseerdAf(totaalopgave: number, achterstandEind: number): number | null {
  const gerealiseerd = totaalopgave - achterstandEind;
  return gerealiseerd >= 0 ? gerealiseerd : null;
}

/**
 * Rule 4: realisation as an exact fraction `R / opgave` (opgave = taakstelling, totaalopgave or
 * totaalopgave incl. extra); may exceed 1. Opgave <= 0 -> `deling` error `deler-nul`; a non-finite
 * input -> `waarde` error `aantal-geen-getal`.
 */
export function berekenRealisatie(gerealiseerd: number, opgave: number): Resultaat<number> {
  if (!Number.isFinite(gerealiseerd)) {
    return mislukt({
      soort: "waarde",
      code: "aantal-geen-getal",
      bericht: berichten.aantalGeenGetal(gerealiseerd),
    });
  }
  if (!Number.isFinite(opgave)) {
    return mislukt({
      soort: "waarde",
      code: "aantal-geen-getal",
      bericht: berichten.aantalGeenGetal(opgave),
    });
  }
  if (opgave <= 0)
    return mislukt({ soort: "deling", code: "deler-nul", bericht: berichten.delerNul(opgave) });
  return gelukt(gerealiseerd / opgave);
}

/** Rule 5: the taakstelling is gehaald when `R + N >= TS`. */
export function isTaakstellingGehaald(
  taakstelling: number,
  gerealiseerd: number,
  naRegistratie = 0,
): boolean {
  return gerealiseerd + naRegistratie >= taakstelling;
}

/** Rule 5: the totaalopgave is gehaald when the corrected achterstand at the end is <= 0. */
export function isTotaalopgaveGehaald(achterstandEindGecorrigeerd: number): boolean {
  return achterstandEindGecorrigeerd <= 0;
}

/**
 * A taakstelling must be a whole number >= 0. Negative -> `waarde` `taakstelling-negatief`; a fraction
 * -> `waarde` `aantal-geen-geheel-getal`; NaN/Infinity -> `waarde` `aantal-geen-getal`.
 */
export function valideerTaakstelling(n: number): Resultaat<number> {
  if (!Number.isFinite(n)) {
    return mislukt({ soort: "waarde", code: "aantal-geen-getal", bericht: berichten.aantalGeenGetal(n) });
  }
  if (!Number.isInteger(n)) {
    return mislukt({
      soort: "waarde",
      code: "aantal-geen-geheel-getal",
      bericht: berichten.aantalGeenGeheelGetal(n),
    });
  }
  if (n < 0)
    return mislukt({
      soort: "waarde",
      code: "taakstelling-negatief",
      bericht: berichten.taakstellingNegatief(n),
    });
  return gelukt(n === 0 ? 0 : n);
}
