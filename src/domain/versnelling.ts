/**
 * Versnelling comparison across a set of gemeenten (rule 8 of docs/rekenregels.md): is each gemeente's opdracht in
 * proportion to its registered achterstand?
 */
import { berichten } from "./berichten";
import { gelukt, mislukt, type Resultaat } from "./types";

/** One gemeente in a versnelling comparison. */
export interface VersnellingItem {
  gemeente: string;
  /** Opdracht versnelling V (persons). */
  opdracht: number;
  /** Registered achterstand A (persons; <= 0 = no backlog). */
  achterstand: number;
}

/** One row of the comparison (rule 8). Fractions are exact; displays round them. */
export interface VersnellingRij {
  gemeente: string;
  opdracht: number;
  achterstand: number;
  /** `V / A`, null when A <= 0. */
  opdrachtPerAchterstand: number | null;
  /** `V / sum(V)` over all items; 0 when the opdrachten add up to 0. */
  aandeelOpdracht: number;
  /** `A / sum(A)` over items with A > 0; null when A <= 0. */
  aandeelAchterstand: number | null;
  /** `aandeelOpdracht / aandeelAchterstand`; null when A <= 0 or the opdrachten add up to 0. */
  verhouding: number | null;
  /** `sum(V) * A / sum(A)`; 0 when A <= 0 (no backlog, no proportional share). */
  evenredigeOpdracht: number;
  /** `V - evenredigeOpdracht`. */
  verschil: number;
  /** Dutch remark when a ratio cannot be computed, else null. */
  opmerking: string | null;
}

function som(getallen: readonly number[]): number {
  return getallen.reduce((s, x) => s + x, 0);
}

/** The sums of rule 8: sum(V) over all items, sum(A) over the items with A > 0. */
function somVanSet(
  opdrachten: readonly number[],
  achterstanden: readonly number[],
): { somOpdracht: number; somAchterstand: number } {
  return { somOpdracht: som(opdrachten), somAchterstand: som(achterstanden.filter((a) => a > 0)) };
}

/**
 * Rule 8 for a set of gemeenten (a region or a pair), in input order. Sums: sum(V) over all items,
 * sum(A) over items with A > 0. An item with A <= 0 gets null ratios, evenredige opdracht 0 and an
 * opmerking (`Leusden heeft geen achterstand; een verhouding is niet te berekenen.`). An empty set
 * gives []. Leusden (V 45, A 26) among Leusden, IJsselstein (17, 21), Houten (35, 24): opdracht per
 * achterstand 1.73, aandeel opdracht 46.4%, aandeel achterstand 36.6%, verhouding 1.27,
 * evenredig 35.5, verschil +9.5.
 */
export function vergelijkVersnelling(items: readonly VersnellingItem[]): VersnellingRij[] {
  const { somOpdracht, somAchterstand } = somVanSet(
    items.map((i) => i.opdracht),
    items.map((i) => i.achterstand),
  );
  return items.map((i): VersnellingRij => {
    const aandeelOpdracht = somOpdracht !== 0 ? i.opdracht / somOpdracht : 0;
    if (!(i.achterstand > 0)) {
      return {
        gemeente: i.gemeente,
        opdracht: i.opdracht,
        achterstand: i.achterstand,
        opdrachtPerAchterstand: null,
        aandeelOpdracht,
        aandeelAchterstand: null,
        verhouding: null,
        evenredigeOpdracht: 0,
        verschil: i.opdracht,
        opmerking: berichten.geenAchterstand(i.gemeente),
      };
    }
    const aandeelAchterstand = i.achterstand / somAchterstand;
    const evenredigeOpdracht = (somOpdracht * i.achterstand) / somAchterstand;
    return {
      gemeente: i.gemeente,
      opdracht: i.opdracht,
      achterstand: i.achterstand,
      opdrachtPerAchterstand: i.opdracht / i.achterstand,
      aandeelOpdracht,
      aandeelAchterstand,
      verhouding: somOpdracht !== 0 ? aandeelOpdracht / aandeelAchterstand : null,
      evenredigeOpdracht,
      verschil: i.opdracht - evenredigeOpdracht,
      opmerking: somOpdracht !== 0 ? null : berichten.opdrachtenNul,
    };
  });
}

// Number.isFinite does not coerce: false for every non-number.
const geenGetal = (x: unknown): boolean => !Number.isFinite(x);

/** The Dutch message for the first of opdracht and achterstand that is not a finite number, or null. */
function zoekGeenGetal(opdracht: unknown, achterstand: unknown): string | null {
  if (geenGetal(opdracht)) return berichten.geenGetal("De opdracht", opdracht);
  if (geenGetal(achterstand)) return berichten.geenGetal("De achterstand", achterstand);
  return null;
}

/** The Dutch message for the first list entry that is not a finite number, or null. */
function zoekGeenGetalInLijsten(
  opdrachten: readonly unknown[],
  achterstanden: readonly unknown[],
): string | null {
  for (const [wat, lijst] of [
    ["opdrachten", opdrachten],
    ["achterstanden", achterstanden],
  ] as const) {
    const index = lijst.findIndex(geenGetal);
    if (index >= 0) return berichten.geenGetalInLijst(wat, index + 1, lijst[index]);
  }
  return null;
}

/**
 * Rule 8's verhouding of one gemeente within a set (for the custom function): `(V / sum(V)) /
 * (A / sum(A))`, sums as in vergelijkVersnelling; the arrays include the gemeente itself.
 * Errors: arrays of different length or a non-number -> `waarde` (`lengte-verschilt`,
 * `aantal-geen-getal`); A <= 0 -> `deling` `geen-achterstand`; sum(A) <= 0 or sum(V) = 0 -> `deling`
 * `deler-nul`. Leusden: berekenVerhouding(45, 26, [45, 17, 35], [26, 21, 24]) = 1.27 (rounded).
 * For many gemeenten of one set use maakVerhouding: the same result, the lists checked and summed once.
 */
export function berekenVerhouding(
  opdracht: number,
  achterstand: number,
  opdrachten: readonly number[],
  achterstanden: readonly number[],
): Resultaat<number> {
  return maakVerhouding(opdrachten, achterstanden)(opdracht, achterstand);
}

/**
 * berekenVerhouding for one set of gemeenten and many of its members: the lists are checked and rule 8's
 * sums computed once, here, so that each call of the returned function is O(1) (a spilled column of n
 * gemeenten costs O(n), not O(n^2)). `maakVerhouding(opdrachten, achterstanden)(V, A)` equals
 * `berekenVerhouding(V, A, opdrachten, achterstanden)`, errors and their order included.
 */
export function maakVerhouding(
  opdrachten: readonly number[],
  achterstanden: readonly number[],
): (opdracht: number, achterstand: number) => Resultaat<number> {
  if (opdrachten.length !== achterstanden.length) {
    const fout = mislukt<number>({
      soort: "waarde",
      code: "lengte-verschilt",
      bericht: berichten.lengteVerschilt(opdrachten.length, achterstanden.length),
    });
    return () => fout;
  }
  const lijstFout = zoekGeenGetalInLijsten(opdrachten, achterstanden);
  const { somOpdracht, somAchterstand } = somVanSet(opdrachten, achterstanden);
  return (opdracht, achterstand) => {
    const fout = zoekGeenGetal(opdracht, achterstand) ?? lijstFout;
    if (fout !== null) return mislukt({ soort: "waarde", code: "aantal-geen-getal", bericht: fout });
    if (achterstand <= 0) {
      return mislukt({
        soort: "deling",
        code: "geen-achterstand",
        bericht: berichten.verhoudingGeenAchterstand(achterstand),
      });
    }
    if (somAchterstand <= 0)
      return mislukt({ soort: "deling", code: "deler-nul", bericht: berichten.verhoudingSomNul });
    if (somOpdracht === 0) {
      return mislukt({ soort: "deling", code: "deler-nul", bericht: berichten.verhoudingOpdrachtenNul });
    }
    return gelukt(opdracht / somOpdracht / (achterstand / somAchterstand));
  };
}
