/**
 * Pure preparation of a write plan for Office.js: padding to a rectangle, the payload estimate, the
 * split into row blocks under Excel on the web's 5 MB request limit, and the grouping of trede fills
 * into few range operations. No Office.js here, so it tests without Excel.
 */
import { bereikAdres } from "../host/conflicten";
import type { CelWaarde, Opvulling } from "../sheet/types";

/** Excel on the web rejects a request over 5 MB; keep a margin for the operations around the data. */
export const MAX_VERZOEK_BYTES = 4_500_000;

/** Rough size of one queued operation (method or property set) in the request JSON. */
export const BYTES_PER_OPERATIE = 120;

/** Longest address list passed to one `worksheet.getRanges(...)` (RangeAreas) call. */
export const MAX_ADRES_LENGTE = 2_000;

/** Pads ragged rows with null (= untouched) to `rijen` x `kolommen`. */
export function maakRechthoekig<T>(
  rijen: (T | null | undefined)[][],
  aantalRijen: number,
  kolommen: number,
): (T | null)[][] {
  const uit: (T | null)[][] = [];
  for (let r = 0; r < aantalRijen; r++) {
    const bron = rijen[r] ?? [];
    const rij: (T | null)[] = new Array(kolommen);
    for (let k = 0; k < kolommen; k++) rij[k] = bron[k] ?? null;
    uit.push(rij);
  }
  return uit;
}

/**
 * A text that `range.values` would not keep as it is: Excel reads a value written there as if typed, so
 * "=HYPERLINK(...)" (and text starting with +, - or @) becomes a formula, and a leading apostrophe is
 * taken as Excel's own text marker and disappears ("'s-Hertogenbosch" would lose it).
 */
export function isRiskanteTekst(w: unknown): w is string {
  return typeof w === "string" && /^[=+\-@']/.test(w);
}

/**
 * The value to write so that the cell holds exactly this text: a leading apostrophe (Excel's quote
 * prefix: the cell is text, the apostrophe is not part of its value) for risky text and for every text in
 * a cell formatted as text ("@"), whatever order Excel applies values and formats in. Other values as
 * they are.
 */
export function alsInerteWaarde<T extends CelWaarde | null>(w: T, formaat?: string | null): T | string {
  if (typeof w !== "string" || w === "") return w;
  return isRiskanteTekst(w) || formaat === "@" ? `'${w}` : w;
}

/** `alsInerteWaarde` over a grid, with the number formats parallel to it. */
export function alsInerteWaarden(
  waarden: (CelWaarde | null)[][],
  formaten: (string | null)[][] = [],
): (CelWaarde | null)[][] {
  return waarden.map((rij, r) => rij.map((w, k) => alsInerteWaarde(w, formaten[r]?.[k] ?? null)));
}

/** True when a grid holds at least one non-null cell (else the property need not be sent at all). */
export function heeftWaarde(rijen: readonly (readonly unknown[])[]): boolean {
  return rijen.some((rij) => rij.some((c) => c !== null && c !== undefined));
}

/** JSON size (characters ~ bytes for this mostly-ASCII data) of each row of values plus formats. */
export function rijGrootten(waarden: (CelWaarde | null)[][], formaten: (string | null)[][] | null): number[] {
  return waarden.map(
    (rij, r) => JSON.stringify(rij).length + (formaten ? JSON.stringify(formaten[r]).length : 0) + 2,
  );
}

/** A block of plan rows [van, tot) written in one `context.sync()`. */
export interface RijBlok {
  van: number;
  tot: number;
  bytes: number;
}

/**
 * Splits rows into consecutive blocks whose payload stays under `maxBytes` (one block when all fits).
 * A single row larger than the limit still gets a block of its own (Excel will then refuse it).
 */
export function verdeelInBlokken(grootten: number[], maxBytes: number, vasteBytes = 0): RijBlok[] {
  const blokken: RijBlok[] = [];
  let van = 0;
  let bytes = vasteBytes;
  grootten.forEach((g, r) => {
    if (r > van && bytes + g > maxBytes) {
      blokken.push({ van, tot: r, bytes });
      van = r;
      bytes = 0;
    }
    bytes += g;
  });
  blokken.push({ van, tot: grootten.length, bytes });
  return blokken;
}

/**
 * Trede fills grouped into as few operations as practical: per colour, runs of consecutive rows in a
 * column become "F4:F9", and the runs are joined into comma-separated address lists for
 * `worksheet.getRanges` (RangeAreas, ExcelApi 1.9), each at most `maxLengte` characters.
 */
export function groepeerOpvullingen(
  opvullingen: Opvulling[],
  maxLengte = MAX_ADRES_LENGTE,
): { kleur: string; adressen: string[]; gebieden: string[] }[] {
  const perKleur = new Map<string, Map<number, number[]>>();
  for (const o of opvullingen) {
    const kleur = o.kleur.toUpperCase();
    const kolommen = perKleur.get(kleur) ?? new Map<number, number[]>();
    perKleur.set(kleur, kolommen);
    const rijen = kolommen.get(o.kolom) ?? [];
    kolommen.set(o.kolom, rijen);
    rijen.push(o.rij);
  }
  const uit: { kleur: string; adressen: string[]; gebieden: string[] }[] = [];
  for (const [kleur, kolommen] of perKleur) {
    const gebieden: string[] = [];
    for (const [kolom, rijen] of [...kolommen].sort((a, b) => a[0] - b[0])) {
      const gesorteerd = [...new Set(rijen)].sort((a, b) => a - b);
      let begin = gesorteerd[0];
      let vorige = begin;
      const sluit = () =>
        gebieden.push(bereikAdres({ rij: begin, kolom, rijen: vorige - begin + 1, kolommen: 1 }));
      for (const rij of gesorteerd.slice(1)) {
        if (rij === vorige + 1) {
          vorige = rij;
          continue;
        }
        sluit();
        begin = vorige = rij;
      }
      sluit();
    }
    const adressen: string[] = [];
    let huidig = "";
    for (const g of gebieden) {
      if (huidig && huidig.length + 1 + g.length > maxLengte) {
        adressen.push(huidig);
        huidig = "";
      }
      huidig = huidig ? `${huidig},${g}` : g;
    }
    if (huidig) adressen.push(huidig);
    uit.push({ kleur, adressen, gebieden });
  }
  return uit;
}

/** Consecutive 0-based columns grouped into runs: [4,5,7] -> [[4,2],[7,1]] as [start, count]. */
export function kolomReeksen(kolommen: number[]): [number, number][] {
  const gesorteerd = [...new Set(kolommen)].sort((a, b) => a - b);
  const reeksen: [number, number][] = [];
  for (const k of gesorteerd) {
    const laatste = reeksen[reeksen.length - 1];
    if (laatste && laatste[0] + laatste[1] === k) laatste[1]++;
    else reeksen.push([k, 1]);
  }
  return reeksen;
}

/** Column width in points for a width in characters (about 7 points a character, as agreed). */
export function breedteInPunten(tekens: number): number {
  return Math.round(tekens * 7 * 100) / 100;
}
