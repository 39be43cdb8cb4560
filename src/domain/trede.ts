/**
 * The IBT interventieladder: trede (rule 6 of docs/rekenregels.md), escalatie and maatregel (rule 7).
 */
import { berichten, MAATREGELEN, TREDE_NAMEN } from "./berichten";
import { gelukt, mislukt, type Escalatie, type Resultaat, type Trede } from "./types";

/** True for 1, 2, 3, 4, 5 or 6 (numbers only). */
export function isTrede(x: unknown): x is Trede {
  return typeof x === "number" && Number.isInteger(x) && x >= 1 && x <= 6;
}

function controleerGetal(wat: string, x: number): void {
  // Number.isFinite is false for every non-number too (no coercion), so this also catches a string.
  if (!Number.isFinite(x)) {
    // A programming error: callers read their numbers with parseAantal first. Better loud than a wrong trede.
    throw new RangeError(berichten.tredeInvoerOngeldig(wat, x));
  }
}

/**
 * Rule 6: the trede after a period, from the achterstand at its end (the caller passes the corrected
 * one when N is known) and that period's taakstelling (without H and E):
 * `A <= 0` -> 1; `0 < A < TS` -> 2; `A >= TS` -> 3 without a previous trede, else
 * `min(6, max(3, vorigeTrede + 1))`. Leusden 2022-1: bepaalTrede(18, 18, 2) = 3.
 * Throws a RangeError for NaN/Infinity (input must be read with parseAantal first).
 */
export function bepaalTrede(achterstand: number, taakstelling: number, vorigeTrede?: Trede | null): Trede {
  controleerGetal("Achterstand", achterstand);
  controleerGetal("Taakstelling", taakstelling);
  if (achterstand <= 0) return 1;
  if (achterstand < taakstelling) return 2;
  if (vorigeTrede === null || vorigeTrede === undefined) return 3;
  return Math.min(6, Math.max(3, vorigeTrede + 1)) as Trede;
}

/**
 * Rule 6 over consecutive periods (oldest first): each period's trede is bepaalTrede with the trede of
 * the period before; `beginTrede` is the trede before the first period (none: a first `A >= TS` gives
 * 3). So the count of consecutive periods with `A >= TS` gives 3, 4, 5, 6, 6, ... and a history that
 * starts after a trede 4 continues with 5, 6.
 */
export function bepaalTredeHistorie(
  perioden: readonly { achterstand: number; taakstelling: number }[],
  beginTrede?: Trede | null,
): Trede[] {
  const treden: Trede[] = [];
  let vorige: Trede | null = beginTrede ?? null;
  for (const p of perioden) {
    vorige = bepaalTrede(p.achterstand, p.taakstelling, vorige);
    treden.push(vorige);
  }
  return treden;
}

/**
 * Reads a trede from a cell: a whole number 1..6 (3.0 fine), or text `3`, `trede 3`, `3 Actief toezicht`,
 * `3. Actief toezicht`, `3 - Actief toezicht` (also with an en or em dash), or a trede name
 * (`Actief toezicht`), case-insensitive. Empty -> `ontbreekt`
 * `trede-leeg`; anything else (also `#N/A`, 0, 7, 2.5) -> `waarde` `trede-onbekend`.
 */
export function parseTrede(invoer: unknown): Resultaat<Trede> {
  const onbekend = (): Resultaat<Trede> =>
    mislukt({ soort: "waarde", code: "trede-onbekend", bericht: berichten.tredeOnbekend(invoer) });
  if (invoer === null || invoer === undefined || (typeof invoer === "string" && invoer.trim() === "")) {
    return mislukt({ soort: "ontbreekt", code: "trede-leeg", bericht: berichten.tredeLeeg });
  }
  if (typeof invoer === "number") return isTrede(invoer) ? gelukt(invoer) : onbekend();
  // An Excel error text (#N/A) needs no check of its own: it matches neither a number nor a name.
  if (typeof invoer !== "string") return onbekend();
  const tekst = invoer.trim().replace(/\s+/g, " ").toLowerCase();
  const m = /^(?:trede ?)?([1-6])(?:[.:)]| ?[-–—])? ?(.*)$/.exec(tekst);
  if (m) {
    const t = Number(m[1]) as Trede;
    // A name after the number must be that trede's name ("36" and "3.0" have another "name").
    if (m[2] === "" || m[2] === TREDE_NAMEN[t].toLowerCase()) return gelukt(t);
    return onbekend();
  }
  for (const t of [1, 2, 3, 4, 5, 6] as const) {
    if (TREDE_NAMEN[t].toLowerCase() === tekst) return gelukt(t);
  }
  return onbekend();
}

/** Name of a trede: 3 -> `Actief toezicht`. */
export function tredeNaam(t: Trede): string {
  return TREDE_NAMEN[t];
}

/** Maatregel of a trede (rule 7): 3 -> `Verbeterplan vragen en bestuurlijk overleg plannen; actief monitoren.` */
export function maatregel(t: Trede): string {
  return MAATREGELEN[t];
}

/** Rule 7: `Opschalen` when the trede is higher than the previous one, `Afschalen` when lower, else `Gelijk`. */
export function bepaalEscalatie(vorigeTrede: Trede, trede: Trede): Escalatie {
  if (trede > vorigeTrede) return "Opschalen";
  if (trede < vorigeTrede) return "Afschalen";
  return "Gelijk";
}
