/**
 * Dutch number and date formatting for the task pane (pure). Numbers go through the domain's
 * formatGetal/formatAantalMetTeken so that the pane shows exactly what the letters and the sheet show.
 */
import { formatAantal, formatAantalMetTeken, formatGetal } from "../domain/afronding";
import type { BriefRegel } from "../domain/brieftabel";
import { kolomLetters } from "../sheet/adres";
import { teksten } from "./teksten";

/** A whole number with Dutch thousands: 1234 -> "1.234". */
export { formatAantal };

/** Two decimals: 45/26 -> "1,73". */
export const formatRatio = (x: number | null): string => (x === null ? "–" : formatGetal(x, 2));

/** One decimal: 35.49 -> "35,5". */
export const formatEenDecimaal = (x: number | null): string => (x === null ? "–" : formatGetal(x, 1));

/** Percent with one decimal: 0.4639 -> "46,4%". */
export const formatAandeel = (x: number | null): string => (x === null ? "–" : `${formatGetal(x * 100, 1)}%`);

/** Signed, one decimal: 9.52 -> "+9,5". */
export const formatVerschil = (x: number): string => formatAantalMetTeken(x, 1);

/** 0-based column index to its letters: 0 -> "A", 27 -> "AB" (the engine's own function). */
export const kolomLetter = kolomLetters;

/** Today's local calendar date as "2022-11-22" (the UI reads the clock, the engine never does). */
export function vandaagIso(nu: Date = new Date()): string {
  const mm = String(nu.getMonth() + 1).padStart(2, "0");
  const dd = String(nu.getDate()).padStart(2, "0");
  return `${nu.getFullYear()}-${mm}-${dd}`;
}

/** "2022-11-22" -> Date at UTC midnight (the domain's convention), or null when not a real date. */
export function isoNaarDatum(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

/** "2022-11-22" -> "22-11-2022" (Dutch dd-mm-jjjj); anything else is returned as it is. */
export function formatDatum(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** The message of anything thrown, never empty. */
export function foutTekst(fout: unknown): string {
  if (fout instanceof Error && fout.message) return fout.message;
  if (typeof fout === "string" && fout) return fout;
  return teksten.onbekendeFout;
}

/** The letter table as tab-separated text, one "label<TAB>waarde" line per row (pastes as a table). */
export function alsTabGescheiden(regels: BriefRegel[]): string {
  return regels.map((r) => `${r.label}\t${r.waarde}`).join("\r\n");
}
