/** Helpers for the sheet-engine tests: small grids and remark lookups. */
import type { Blad, CelWaarde, Opmerking, Rapport, RijResultaat } from "../../src/sheet";

export function blad(waarden: CelWaarde[][], extra: Partial<Blad> = {}): Blad {
  return { naam: "Overzicht", waarden, ...extra };
}

/** The remarks as "code@cel" strings, in report order. */
export function codes(rapport: Rapport): string[] {
  return rapport.opmerkingen.map((o) => `${o.code}@${o.cel}`);
}

export function opmerking(rapport: Rapport, code: string, cel?: string): Opmerking {
  const o = rapport.opmerkingen.find((x) => x.code === code && (cel === undefined || x.cel === cel));
  if (!o)
    throw new Error(`geen opmerking ${code}${cel ? "@" + cel : ""} in ${JSON.stringify(codes(rapport))}`);
  return o;
}

export function rij(rapport: Rapport, gemeente: string, periode?: string | null): RijResultaat {
  const r = rapport.rijen.find(
    (x) => x.gemeente === gemeente && (periode === undefined || x.periode === periode),
  );
  if (!r) throw new Error(`geen rij ${gemeente} ${periode ?? ""}`);
  return r;
}

export const KOP = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
];

/** Leusden's four periods (golden cases), rows in the given order, with a Vorige trede 1 for 2021-1. */
export function leusdenBlad(volgorde: number[] = [0, 1, 2, 3], totaalopgave2022_2: number | "" = ""): Blad {
  const rijen: CelWaarde[][] = [
    ["Leusden", "2021-1", 1, 24, 0, 25, 6, 0, 1],
    ["Leusden", "2021-2", 19, 19, 0, 38, 17, 6, ""],
    ["Leusden", "2022-1", 21, 18, 0, 39, 13, 8, ""],
    ["Leusden", "2022-2", 26, 24, 1, totaalopgave2022_2 === "" ? 51 : totaalopgave2022_2, "", "", ""],
  ];
  return blad([
    [
      "Gemeente",
      "Periode",
      "Achterstand begin",
      "Taakstelling",
      "Herverdeling",
      "Totaalopgave",
      "Gerealiseerd",
      "Na-registratie",
      "Vorige trede",
    ],
    ...volgorde.map((i) => rijen[i]),
  ]);
}

/** Applies a write plan to a copy of the grid, as a host would. */
export function pasToe(b: Blad, plan: import("../../src/sheet").SchrijfPlan): Blad {
  const waarden = b.waarden.map((r) => [...r]);
  const beginRij = b.beginRij ?? 0;
  const beginKolom = b.beginKolom ?? 0;
  for (const kolom of plan.teWissenKolommen) {
    for (const r of waarden) if (kolom - beginKolom < r.length) r[kolom - beginKolom] = "";
  }
  plan.waarden.forEach((rijWaarden, i) => {
    const r = plan.beginRij - 1 - beginRij + i;
    while (waarden.length <= r) waarden.push([]);
    rijWaarden.forEach((w, j) => {
      if (w === null) return;
      const c = plan.beginKolom - beginKolom + j;
      while (waarden[r].length <= c) waarden[r].push("");
      waarden[r][c] = w;
    });
  });
  return { ...b, waarden };
}

/** A row result with nulls, for hand-made reports. */
export function rijResultaat(velden: Partial<RijResultaat>): RijResultaat {
  const leeg = {
    row: 2,
    gemeente: null,
    gemeenteOpBlad: null,
    gemeentecode: null,
    periode: null,
    achterstandBegin: null,
    taakstelling: null,
    herverdeling: null,
    extraOpgave: null,
    totaalopgave: null,
    totaalopgaveInclExtra: null,
    gerealiseerd: null,
    naRegistratie: null,
    achterstandEind: null,
    achterstandEindGecorrigeerd: null,
    realisatieTaakstelling: null,
    realisatieTotaalopgave: null,
    taakstellingGehaald: null,
    totaalopgaveGehaald: null,
    vorigeTrede: null,
    trede: null,
    tredeOngecorrigeerd: null,
    escalatie: null,
    maatregel: null,
    vastgesteldeTrede: null,
    redenBesluit: null,
    geldendeTrede: null,
    opdrachtVersnelling: null,
    opdrachtPerAchterstand: null,
    aandeelOpdracht: null,
    aandeelAchterstand: null,
    verhouding: null,
    evenredigeOpdracht: null,
    verschil: null,
    versnellingAchterstand: null,
    meetdatum: null,
    correctiedatum: null,
    isTotaalrij: false,
    volgendePeriode: null,
  } as unknown as RijResultaat;
  return { ...leeg, ...velden };
}
