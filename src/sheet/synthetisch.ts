/**
 * A synthetic period-overview sheet for the benchmark: realistic values, consistent chains
 * (A_begin of the next period = registered A_eind), herverdelingen that sum to zero per period.
 * Deterministic (fixed seed), no clock.
 */
import { formatPeriode, GEMEENTEN, volgendePeriode, type Periode } from "../domain";
import type { Blad, CelWaarde } from "./types";

/** Small deterministic PRNG (mulberry32). */
function maakRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETISCHE_KOPPEN = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Totaalopgave",
  "Gerealiseerd",
  "Na-registratie",
  "Opdracht versnelling",
] as const;

/**
 * A sheet of `gemeenten` x `perioden` rows (342 x 20 = 6,840) from 2013-1 on, sorted by period then
 * gemeente, under two title rows. Invented figures, labelled as such in the title, for the real
 * gemeenten of the CBS list (the first `gemeenten` of them; beyond 342 invented names "Gemeente 343").
 */
export function maakSynthetischBlad(gemeenten: number, perioden: number): Blad {
  const random = maakRandom(20221122);
  const tussen = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const namen = Array.from({ length: gemeenten }, (_, i) => GEMEENTEN[i]?.naam ?? `Gemeente ${i + 1}`);
  const grootte = namen.map(() => tussen(4, 120));
  const achterstand = namen.map(() => tussen(-5, 30));
  const waarden: CelWaarde[][] = [
    ["Synthetisch overzicht taakstelling vergunninghouders (verzonnen cijfers, voor de benchmark)"],
    [],
    [...SYNTHETISCHE_KOPPEN],
  ];
  let periode: Periode = { jaar: 2013, helft: 1 };
  for (let p = 0; p < perioden; p++) {
    const label = formatPeriode(periode);
    const herverdeling = namen.map(() => 0);
    for (let i = 0; i + 1 < gemeenten; i += 2) {
      if (random() < 0.1) {
        const k = tussen(1, 3);
        herverdeling[i] = k;
        herverdeling[i + 1] = -k;
      }
    }
    for (let i = 0; i < gemeenten; i++) {
      const taakstelling = Math.max(0, Math.round(grootte[i] * (0.7 + random() * 0.6)));
      const begin = achterstand[i];
      const totaalopgave = taakstelling + begin + herverdeling[i];
      // Most gemeenten house about their taakstelling and part of the backlog; some fall behind.
      const tempo = random() < 0.15 ? 0.3 + random() * 0.4 : 0.75 + random() * 0.5;
      const gerealiseerd = Math.max(
        0,
        Math.round(taakstelling * tempo + Math.max(0, begin) * random() * 0.5),
      );
      const naRegistratie = random() < 0.2 ? Math.min(gerealiseerd, tussen(1, 6)) : 0;
      let opdracht: number | "" = p === perioden - 1 && random() < 0.3 ? tussen(5, 60) : "";
      // Like the VRU's list: an opdracht goes to a gemeente with a backlog (the random draws stay the same).
      if (totaalopgave - gerealiseerd <= 0) opdracht = "";
      waarden.push([
        namen[i],
        label,
        begin,
        taakstelling,
        herverdeling[i],
        totaalopgave,
        gerealiseerd,
        naRegistratie,
        opdracht,
      ]);
      achterstand[i] = totaalopgave - gerealiseerd;
    }
    periode = volgendePeriode(periode);
  }
  return { naam: "Synthetisch", waarden };
}
