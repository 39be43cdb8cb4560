/**
 * Half-year periods: parsing the labels seen in real workbooks, peildata, order (docs/rekenregels.md, "Begrippen en symbolen").
 */
import { berichten, HELFT_NAMEN, MAANDEN } from "./berichten";
import { isGeldigeDatum, naarUtcMiddernacht } from "./datum";
import { gelukt, mislukt, type Helft, type Periode, type Resultaat } from "./types";

const MIN_JAAR = 1900;
const MAX_JAAR = 2999;

/** `2022-1`, `2022-I`, `2022 I`, `2022/1`, `2022-H1`, `2022 h 2`, `2022–II` (after normalising). */
const JAAR_EERST = /^(\d{4}) ?[-/ ] ?(?:h ?)?(1|2|i|ii)$/;
/** `1e helft 2022`, `eerste helft 2022`, `2e helft 2021`, `tweede helft 2021` (also `1ste`, `2de`). */
const HELFT_EERST = /^(1e|1ste|eerste|2e|2de|tweede) helft (\d{4})$/;

function helftVan(teken: string): Helft {
  return teken === "1" || teken === "i" || teken === "1e" || teken === "1ste" || teken === "eerste" ? 1 : 2;
}

/**
 * Reads a period label: every variant in docs/rekenregels.md (`2022-1`, `2022-I`, `2022 I`, `2022/1`, `2022-H1`,
 * `1e helft 2022`, `eerste helft 2022`, `2021-II`, `2e helft 2021`, `tweede helft 2021`), case
 * insensitive, with extra spaces and en/em dashes or a unicode minus allowed. Years 1900..2999.
 * Anything else, including a number (an Excel date serial) or a Date, is a `waarde` error
 * `periode-onbekend` with a Dutch message.
 */
export function parsePeriode(label: unknown): Resultaat<Periode> {
  const fout = (bericht: string): Resultaat<Periode> =>
    mislukt({ soort: "waarde", code: "periode-onbekend", bericht });
  if (typeof label === "number" || label instanceof Date) return fout(berichten.periodeDatum(label));
  if (typeof label !== "string") return fout(berichten.periodeOnbekend(label));
  const tekst = label
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();
  if (tekst === "") return fout(berichten.periodeLeeg);
  let jaar: number;
  let helft: Helft;
  const a = JAAR_EERST.exec(tekst);
  const b = a ? null : HELFT_EERST.exec(tekst);
  if (a) {
    jaar = Number(a[1]);
    helft = helftVan(a[2]);
  } else if (b) {
    jaar = Number(b[2]);
    helft = helftVan(b[1]);
  } else {
    return fout(berichten.periodeOnbekend(label.trim()));
  }
  if (jaar < MIN_JAAR || jaar > MAX_JAAR) return fout(berichten.periodeJaarBuitenBereik(label.trim()));
  return gelukt({ jaar, helft });
}

/** Canonical label of a period: `2022-1`. */
export function formatPeriode(p: Periode): string {
  return `${p.jaar}-${p.helft}`;
}

/** Long Dutch name of a period, as in letters: `eerste helft 2022`. */
export function formatPeriodeLang(p: Periode): string {
  return `${HELFT_NAMEN[p.helft]} ${p.jaar}`;
}

/**
 * The period a date (its UTC day) falls in: januari-juni -> helft 1, juli-december -> helft 2.
 * Throws a RangeError for an invalid Date (read cells with parseDatum first).
 */
export function periodeVanDatum(d: Date): Periode {
  if (!isGeldigeDatum(d)) throw new RangeError(berichten.datumOngeldig);
  return { jaar: d.getUTCFullYear(), helft: d.getUTCMonth() < 6 ? 1 : 2 };
}

/** Start peildatum of a period at UTC midnight: 1 januari (helft 1) or 1 juli (helft 2). */
export function beginPeildatum(p: Periode): Date {
  return new Date(Date.UTC(p.jaar, p.helft === 1 ? 0 : 6, 1));
}

/** End peildatum of a period = start peildatum of the next one (1 juli, or 1 januari of the next year). */
export function eindPeildatum(p: Periode): Date {
  return beginPeildatum(volgendePeriode(p));
}

/** The next half year: 2022-1 -> 2022-2 -> 2023-1. */
export function volgendePeriode(p: Periode): Periode {
  return p.helft === 1 ? { jaar: p.jaar, helft: 2 } : { jaar: p.jaar + 1, helft: 1 };
}

/** The previous half year: 2022-1 -> 2021-2. */
export function vorigePeriode(p: Periode): Periode {
  return p.helft === 2 ? { jaar: p.jaar, helft: 1 } : { jaar: p.jaar - 1, helft: 2 };
}

/** Sort order of periods: negative when a is earlier than b, 0 when equal, positive when later. */
export function vergelijkPerioden(a: Periode, b: Periode): number {
  return (a.jaar - b.jaar) * 2 + (a.helft - b.helft);
}

/** True when both are the same half year. */
export function isZelfdePeriode(a: Periode, b: Periode): boolean {
  return vergelijkPerioden(a, b) === 0;
}

/** A date (its UTC day) as in letters: `1 juli 2022`, `22 november 2022`. */
export function formatPeildatum(d: Date): string {
  const dag = naarUtcMiddernacht(d);
  return `${dag.getUTCDate()} ${MAANDEN[dag.getUTCMonth()]} ${dag.getUTCFullYear()}`;
}
