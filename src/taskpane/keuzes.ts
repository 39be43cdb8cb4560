/**
 * Pure helpers that derive the choices of the views (gemeenten, perioden, defaults) from a report.
 */
import { brieftabelVoor } from "../sheet";
import type { Rapport } from "../sheet/types";

/** Gemeenten of the report with an opdracht versnelling, in sheet order. */
export function gemeentenMetOpdracht(rapport: Rapport): string[] {
  const namen = rapport.rijen
    .filter((r) => !r.isTotaalrij && r.gemeente !== null && r.opdrachtVersnelling !== null)
    .map((r) => r.gemeente as string);
  return [...new Set(namen)];
}

/** Leusden and IJsselstein when present (the pair of the summer 2022 question), else the first two. */
export function standaardKeuze(kandidaten: string[]): string[] {
  const paar = ["Leusden", "IJsselstein"].filter((g) => kandidaten.includes(g));
  return paar.length === 2 ? paar : kandidaten.slice(0, 2);
}

/** Gemeenten of the report (no totals rows), in sheet order. */
export function gemeentenVan(rapport: Rapport): string[] {
  const namen = rapport.rijen
    .filter((r) => !r.isTotaalrij && r.gemeente !== null)
    .map((r) => r.gemeente as string);
  return [...new Set(namen)];
}

/** Perioden of a gemeente in the report, ascending ("2021-1" < "2021-2" < "2022-1"). */
export function periodenVan(rapport: Rapport, gemeente: string): string[] {
  const perioden = rapport.rijen
    .filter((r) => !r.isTotaalrij && r.gemeente === gemeente && r.periode !== null)
    .map((r) => r.periode as string);
  return [...new Set(perioden)].sort();
}

/** The latest periode of a gemeente that has a letter table (its figures are complete), else the latest. */
export function standaardBriefPeriode(rapport: Rapport, gemeente: string): string | null {
  const perioden = periodenVan(rapport, gemeente);
  for (let i = perioden.length - 1; i >= 0; i--) {
    try {
      if (brieftabelVoor(rapport, gemeente, perioden[i])) return perioden[i];
    } catch {
      // a period without a letter table: try the one before
    }
  }
  return perioden.length > 0 ? perioden[perioden.length - 1] : null;
}
