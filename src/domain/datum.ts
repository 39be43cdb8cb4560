/**
 * Dates: Excel serial numbers (1900 date system), parsing of Dutch and ISO date texts, whole UTC days.
 * Every Date here is at UTC midnight; nothing reads the clock.
 */
import { beschrijfInvoer, berichten, MAANDEN } from "./berichten";
import { gelukt, mislukt, type Resultaat } from "./types";

/** Milliseconds in a day. */
export const MS_PER_DAG = 86_400_000;

/** Largest Excel serial (31 december 9999). */
const MAX_EXCEL_SERIE = 2_958_465;

const EPOCHE_TOT_60 = Date.UTC(1899, 11, 31); // serial 1 = 1900-01-01
const EPOCHE_NA_60 = Date.UTC(1899, 11, 30); // serial 61 = 1900-03-01 (serial 60 is Excel's 29-02-1900)
const EERSTE_MAART_1900 = Date.UTC(1900, 2, 1);

/**
 * Converts an Excel serial number (1900 date system) to a Date at UTC midnight. Serial 1 = 1 januari
 * 1900. Excel counts the non-existent 29 februari 1900 as serial 60; this function maps both 60 and
 * 61 to 1 maart 1900 (parseDatum rejects 60). A time fraction is dropped (44887.75 -> 22-11-2022).
 */
export function excelSerieNaarDatum(serie: number): Date {
  const dagen = Math.floor(serie);
  const epoche = dagen > 60 ? EPOCHE_NA_60 : EPOCHE_TOT_60;
  return new Date(epoche + dagen * MS_PER_DAG);
}

/**
 * Converts a Date to its Excel serial number (1900 date system), using the Date's UTC calendar day.
 * Inverse of excelSerieNaarDatum for every serial except 60: 22-11-2022 -> 44887.
 */
export function datumNaarExcelSerie(d: Date): number {
  const dag = naarUtcMiddernacht(d).getTime();
  const epoche = dag >= EERSTE_MAART_1900 ? EPOCHE_NA_60 : EPOCHE_TOT_60;
  return Math.round((dag - epoche) / MS_PER_DAG);
}

/** The UTC calendar day of a Date, at UTC midnight (the time of day is dropped). */
export function naarUtcMiddernacht(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Whole UTC days from `van` to `tot` (negative when `tot` is earlier); times of day are dropped. */
export function dagenTussen(van: Date, tot: Date): number {
  return Math.round((naarUtcMiddernacht(tot).getTime() - naarUtcMiddernacht(van).getTime()) / MS_PER_DAG);
}

/** True for a Date object holding a real time value. */
export function isGeldigeDatum(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** A UTC date when year/month/day form an existing day, else null. `maand` is 1..12. */
function maakDatum(jaar: number, maand: number, dag: number): Date | null {
  // Date.UTC maps years 0..99 to 1900..1999, hence the year check. Month and day need no range check:
  // an out-of-range month or day rolls over into another month, which the round trip below rejects
  // (13-2022 -> januari 2023, 31-4 -> 1 mei, 0-5 -> 30 april). For years >= 1900 (callers pass four
  // digits, so <= 9999) the year can only change together with the month, so it needs no check either.
  if (jaar < 1900) return null;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag ? d : null;
}

/** Month number 1..12 for a Dutch month name or its usual abbreviation ("nov", "mrt", "sept"; without the dot), else null. */
function maandVanNaam(n: string): number | null {
  const index = MAANDEN.findIndex((m) => m === n);
  if (index >= 0) return index + 1;
  const afkortingen: Record<string, number> = {
    jan: 1,
    feb: 2,
    mrt: 3,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    okt: 10,
    nov: 11,
    dec: 12,
  };
  return afkortingen[n] ?? null;
}

/**
 * Reads a date from a cell value: an Excel serial number (1..2958465, time fraction dropped), a Date
 * (its UTC day), ISO text `2022-11-22`, Dutch text `22-11-2022` / `22/11/2022` / `22 november 2022`
 * (also `22 nov 2022`). Empty -> `ontbreekt` `datum-leeg`; anything else -> `waarde` `datum-onbekend`.
 */
export function parseDatum(invoer: unknown): Resultaat<Date> {
  const onbekend = (): Resultaat<Date> =>
    mislukt({ soort: "waarde", code: "datum-onbekend", bericht: berichten.datumOnbekend(invoer) });
  if (invoer === null || invoer === undefined || (typeof invoer === "string" && invoer.trim() === "")) {
    return mislukt({ soort: "ontbreekt", code: "datum-leeg", bericht: berichten.datumLeeg });
  }
  if (invoer instanceof Date) {
    return isGeldigeDatum(invoer)
      ? gelukt(naarUtcMiddernacht(invoer))
      : mislukt({ soort: "waarde", code: "datum-onbekend", bericht: berichten.datumOngeldig });
  }
  if (typeof invoer === "number") {
    if (!Number.isFinite(invoer) || invoer < 1 || invoer >= MAX_EXCEL_SERIE + 1) return onbekend();
    if (Math.floor(invoer) === 60) {
      return mislukt({ soort: "waarde", code: "datum-onbekend", bericht: berichten.datumSchrikkelfout1900 });
    }
    return gelukt(excelSerieNaarDatum(invoer));
  }
  if (typeof invoer !== "string") return onbekend();
  const tekst = invoer.trim().toLowerCase().replace(/\s+/g, " ");
  const bestaatNiet = (): Resultaat<Date> =>
    mislukt({ soort: "waarde", code: "datum-onbekend", bericht: berichten.datumBestaatNiet(invoer) });

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  if (iso) {
    const d = maakDatum(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d ? gelukt(d) : bestaatNiet();
  }
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(tekst);
  if (nl) {
    const d = maakDatum(Number(nl[3]), Number(nl[2]), Number(nl[1]));
    return d ? gelukt(d) : bestaatNiet();
  }
  // The abbreviation's dot ("22 nov. 2022") stays outside the month group.
  const lang = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(tekst);
  if (lang) {
    const maand = maandVanNaam(lang[2]);
    if (maand === null) return onbekend();
    const d = maakDatum(Number(lang[3]), maand, Number(lang[1]));
    return d ? gelukt(d) : bestaatNiet();
  }
  return onbekend();
}

/** ISO text `2022-11-22` of a Date's UTC day. */
export function formatIsoDatum(d: Date): string {
  return isGeldigeDatum(d) ? naarUtcMiddernacht(d).toISOString().slice(0, 10) : beschrijfInvoer(d);
}
