/**
 * A1 addresses and cell access on a Blad. Rows are 1-based sheet rows, columns 0-based sheet columns.
 */
import { excelSerieNaarDatum, isLeeg } from "../domain";
import type { Blad, CelWaarde, Gebied } from "./types";

/** Column letters of a 0-based sheet column: 0 -> "A", 25 -> "Z", 26 -> "AA", 701 -> "ZZ", 702 -> "AAA". */
export function kolomLetters(kolom: number): string {
  let n = Math.max(0, Math.floor(kolom)) + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel's last column, XFD (0-based): a sheet has 16,384 columns. */
export const LAATSTE_KOLOM = 16_383;

/** A1 address of a 1-based sheet row and a 0-based sheet column: (7, 5) -> "F7". */
export function adres(rij: number, kolom: number): string {
  return `${kolomLetters(kolom)}${rij}`;
}

/** 0-based sheet row of the grid's first row. */
export function beginRijVan(blad: Blad): number {
  return blad.beginRij ?? 0;
}

/** 0-based sheet column of the grid's first column. */
export function beginKolomVan(blad: Blad): number {
  return blad.beginKolom ?? 0;
}

/** 1-based sheet row of grid row index `r`. */
export function sheetRij(blad: Blad, r: number): number {
  return beginRijVan(blad) + r + 1;
}

/** Value at grid row index `r` and 0-based sheet column `kolom` ("" when outside the grid). */
export function celWaarde(blad: Blad, r: number, kolom: number): CelWaarde {
  const rij = blad.waarden[r];
  if (!rij) return "";
  // Outside the row (left of the grid or past its end) and holes in a sparse row read as undefined.
  const w = rij[kolom - beginKolomVan(blad)];
  return w === undefined ? "" : w;
}

/** Number format at grid row index `r` and sheet column `kolom` ("General" when unknown). */
export function celFormaat(blad: Blad, r: number, kolom: number): string {
  const f = blad.formaten?.[r]?.[kolom - beginKolomVan(blad)];
  return typeof f === "string" && f !== "" ? f : "General";
}

export { isLeeg };

/**
 * True for a cell that holds nothing at all (null, undefined or ""): the only cells the add-in may
 * write without asking. A cell of spaces, unlike for reading (isLeeg), is the user's.
 */
export function isOnbeschreven(w: CelWaarde | undefined): boolean {
  return w === null || w === undefined || w === "";
}

/** How many cell addresses a message names before it says "en N andere". */
const GENOEMDE_CELLEN = 5;

/** "F7, F8 en G7" / "F7, F8, F9, F10, F11 en 7 andere cellen": cells named in a Dutch message. */
export function noemCellen(cellen: string[]): string {
  if (cellen.length <= GENOEMDE_CELLEN) {
    if (cellen.length <= 1) return cellen.join("");
    return `${cellen.slice(0, -1).join(", ")} en ${cellen[cellen.length - 1]}`;
  }
  const rest = cellen.length - GENOEMDE_CELLEN;
  return `${cellen.slice(0, GENOEMDE_CELLEN).join(", ")} en ${rest} ${rest === 1 ? "andere cel" : "andere cellen"}`;
}

/**
 * True for an Excel number format that shows a date or a time ("d-m-yyyy", "mm-dd-yy", "d mmmm yyyy",
 * "h:mm", Dutch "d-m-jjjj"): after leaving out quoted text, escaped characters, [colour]/[$-413] parts and
 * spacing (_x, *x), a day, month, year or hour letter remains. "General", "0", "0%", "#,##0" are no dates.
 */
export function isDatumFormaat(formaat: string): boolean {
  if (/^(general|standaard)$/i.test(formaat.trim())) return false;
  const kern = formaat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
  return /[dmyjhs]/i.test(kern.replace(/e[+-]/gi, ""));
}

/**
 * The date a cell shows when it holds a serial in a date format (1-2-2022 is 44,593), else null. Serials
 * of 1-1-1900 to 31-12-9999; Excel shows anything else in a date format as ####.
 */
export function datumInCel(blad: Blad, r: number, kolom: number): Date | null {
  const w = celWaarde(blad, r, kolom);
  return typeof w === "number" && w >= 1 && w < 2_958_466 && isDatumFormaat(celFormaat(blad, r, kolom))
    ? excelSerieNaarDatum(w)
    : null;
}

/** True when the merged range `g` covers the cell (1-based sheet row, 0-based sheet column). */
export function inGebied(g: Gebied, rij: number, kolom: number): boolean {
  return rij >= g.rij && rij < g.rij + g.rijen && kolom >= g.kolom && kolom < g.kolom + g.kolommen;
}

/** The merged range (of blad.samengevoegd) that covers a cell, or null. */
export function samenvoegingBij(blad: Blad, rij: number, kolom: number): Gebied | null {
  return blad.samengevoegd?.find((g) => inGebied(g, rij, kolom)) ?? null;
}
