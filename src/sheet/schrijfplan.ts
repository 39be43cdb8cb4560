/**
 * The write plan: the engine's output columns right of the data. Re-runs reuse the add-in's own columns
 * (exact registered headers, or recorded in the workbook: eigenKolommen.ts); user cells (any value, also
 * spaces, a formula without a value, every cell of a merged range) are never written.
 */
import { tredeNaam, type Trede } from "../domain";
import { adres, beginKolomVan, beginRijVan, celWaarde, inGebied, isOnbeschreven, sheetRij } from "./adres";
import { alsZin, uitvoerTeksten } from "./berichten";
import { EIGEN_KOPPEN, eigenKopVan } from "./eigenKolommen";
import type {
  Blad,
  CelWaarde,
  Conflict,
  Kleurschaal,
  KopNotitie,
  Opvulling,
  Rapport,
  RijResultaat,
  SchrijfKolom,
  SchrijfPlan,
} from "./types";

/** Fill colour per trede (always together with the trede text): green, yellow, orange, ..., red. */
export const TREDE_KLEUREN: Readonly<Record<Trede, string>> = {
  1: "#C6EFCE",
  2: "#FFEB9C",
  3: "#FFCC99",
  4: "#F8B07A",
  5: "#F4A6A6",
  6: "#E6797A",
};

/** Text of a trede cell: "3 Actief toezicht". */
export function tredeTekst(t: Trede): string {
  return `${t} ${tredeNaam(t)}`;
}

interface UitvoerKolom {
  kop: string;
  formaat: string;
  breedte: number;
  waarde: (r: RijResultaat, opmerkingen: string) => CelWaarde;
}

const getal = (x: number | null): CelWaarde => (x === null ? "" : x);
const jaNee = (x: boolean | null): CelWaarde =>
  x === null ? "" : x ? uitvoerTeksten.ja : uitvoerTeksten.nee;

/** The output columns in order, with header, number format, width and value. */
export const UITVOER_KOLOMMEN: readonly UitvoerKolom[] = [
  { kop: EIGEN_KOPPEN.totaalopgave, formaat: "0", breedte: 16, waarde: (r) => getal(r.totaalopgave) },
  { kop: EIGEN_KOPPEN.achterstandEind, formaat: "0", breedte: 20, waarde: (r) => getal(r.achterstandEind) },
  {
    kop: EIGEN_KOPPEN.achterstandEindGecorrigeerd,
    formaat: "0",
    breedte: 32,
    waarde: (r) => getal(r.achterstandEindGecorrigeerd),
  },
  {
    kop: EIGEN_KOPPEN.realisatieTaakstelling,
    formaat: "0%",
    breedte: 26,
    waarde: (r) => getal(r.realisatieTaakstelling),
  },
  {
    kop: EIGEN_KOPPEN.realisatieTotaalopgave,
    formaat: "0%",
    breedte: 26,
    waarde: (r) => getal(r.realisatieTotaalopgave),
  },
  {
    kop: EIGEN_KOPPEN.taakstellingGehaald,
    formaat: "General",
    breedte: 24,
    waarde: (r) => jaNee(r.taakstellingGehaald),
  },
  { kop: EIGEN_KOPPEN.vorigeTrede, formaat: "0", breedte: 16, waarde: (r) => getal(r.vorigeTrede) },
  {
    kop: EIGEN_KOPPEN.trede,
    formaat: "General",
    breedte: 40,
    waarde: (r) => (r.trede === null ? "" : tredeTekst(r.trede)),
  },
  { kop: EIGEN_KOPPEN.escalatie, formaat: "General", breedte: 14, waarde: (r) => r.escalatie ?? "" },
  { kop: EIGEN_KOPPEN.maatregel, formaat: "General", breedte: 60, waarde: (r) => r.maatregel ?? "" },
  {
    kop: EIGEN_KOPPEN.opmerkingen,
    formaat: "General",
    breedte: 80,
    waarde: (_r, opmerkingen) => opmerkingen,
  },
];

/** Written right after "IBT Totaalopgave" when the sheet has an Extra opgave column (rule 1: TO + E). */
export const KOLOM_TOTAALOPGAVE_INCL_EXTRA: UitvoerKolom = {
  kop: EIGEN_KOPPEN.totaalopgaveInclExtra,
  formaat: "0",
  breedte: 28,
  waarde: (r) => getal(r.totaalopgaveInclExtra),
};

/** Text of a geldende trede cell: "3 Actief toezicht", "3 Actief toezicht (bevroren)" for a frozen step. */
export function geldendeTredeTekst(r: RijResultaat): CelWaarde {
  if (r.geldendeTrede === null) return "";
  return r.tredeBevroren ? `${tredeTekst(r.geldendeTrede)} (bevroren)` : tredeTekst(r.geldendeTrede);
}

/**
 * Rule 11: written right after "IBT Trede" when the sheet has a Vastgestelde trede column: the step the
 * ladder continues from (the decided one, else the computed one). "IBT Trede" stays the computed step.
 */
export const KOLOM_TREDE_GELDEND: UitvoerKolom = {
  kop: EIGEN_KOPPEN.tredeGeldend,
  formaat: "General",
  breedte: 40,
  waarde: geldendeTredeTekst,
};

/**
 * Rule 8 per row (the row's share within its period's set, see versnellingBlad.ts), written before
 * "IBT Opmerkingen" on a sheet with an opdracht column. "IBT Verhouding" also gets a colour scale.
 */
export const VERSNELLING_KOLOMMEN: readonly UitvoerKolom[] = [
  {
    kop: EIGEN_KOPPEN.opdrachtPerAchterstand,
    formaat: "0.00",
    breedte: 30,
    waarde: (r) => getal(r.opdrachtPerAchterstand),
  },
  {
    kop: EIGEN_KOPPEN.aandeelOpdracht,
    formaat: "0.0%",
    breedte: 22,
    waarde: (r) => getal(r.aandeelOpdracht),
  },
  {
    kop: EIGEN_KOPPEN.aandeelAchterstand,
    formaat: "0.0%",
    breedte: 26,
    waarde: (r) => getal(r.aandeelAchterstand),
  },
  { kop: EIGEN_KOPPEN.verhouding, formaat: "0.00", breedte: 16, waarde: (r) => getal(r.verhouding) },
  {
    kop: EIGEN_KOPPEN.evenredigeOpdracht,
    formaat: "0.0",
    breedte: 26,
    waarde: (r) => getal(r.evenredigeOpdracht),
  },
  { kop: EIGEN_KOPPEN.verschil, formaat: "+0.0;-0.0;0.0", breedte: 14, waarde: (r) => getal(r.verschil) },
];

/**
 * The colour scale of "IBT Verhouding": white at 1 (an opdracht in proportion to the backlog), blue
 * towards the lowest value (light assignments), red towards the highest (heavy ones); Excel's own
 * red-white-blue scale colours.
 */
export const VERHOUDING_KLEUREN = { laagste: "#5A8AC6", midden: "#FFFFFF", hoogste: "#F8696B" } as const;

/** What decides the output columns of a sheet. */
export interface UitvoerSoort {
  /** The sheet has an Extra opgave column. */
  extraOpgave: boolean;
  /** The sheet has an Opdracht versnelling column. */
  opdracht: boolean;
  /** The sheet has a Vastgestelde trede column (rule 11). Absent = false. */
  besluit?: boolean;
  /** A versnelling list (only backlog and opdracht): only rule 8 and the remarks are written. */
  versnellingsblad: boolean;
}

/** The output columns for a kind of sheet (see uitvoerKolommenVoor). */
export function uitvoerKolommenVanSoort(soort: UitvoerSoort): readonly UitvoerKolom[] {
  const opmerkingen = UITVOER_KOLOMMEN.find((k) => k.kop === EIGEN_KOPPEN.opmerkingen)!;
  if (soort.versnellingsblad) return [...VERSNELLING_KOLOMMEN, opmerkingen];
  let kolommen: readonly UitvoerKolom[] = UITVOER_KOLOMMEN;
  if (soort.extraOpgave) {
    const i = kolommen.findIndex((k) => k.kop === EIGEN_KOPPEN.totaalopgave);
    kolommen = [...kolommen.slice(0, i + 1), KOLOM_TOTAALOPGAVE_INCL_EXTRA, ...kolommen.slice(i + 1)];
  }
  if (soort.besluit) {
    const i = kolommen.findIndex((k) => k.kop === EIGEN_KOPPEN.trede);
    kolommen = [...kolommen.slice(0, i + 1), KOLOM_TREDE_GELDEND, ...kolommen.slice(i + 1)];
  }
  if (soort.opdracht) {
    const i = kolommen.findIndex((k) => k.kop === EIGEN_KOPPEN.opmerkingen);
    kolommen = [...kolommen.slice(0, i), ...VERSNELLING_KOLOMMEN, ...kolommen.slice(i)];
  }
  return kolommen;
}

/**
 * The output columns for a report: UITVOER_KOLOMMEN, plus "IBT Totaalopgave incl. extra" next to
 * "IBT Totaalopgave" when the sheet has an Extra opgave column, plus VERSNELLING_KOLOMMEN before
 * "IBT Opmerkingen" when it has an Opdracht versnelling column, plus "IBT Trede geldend" after "IBT Trede"
 * when it has a Vastgestelde trede column; a versnelling list gets only
 * VERSNELLING_KOLOMMEN and "IBT Opmerkingen". Without those columns the plan is the same as before, so
 * re-runs of existing sheets stay idempotent.
 */
export function uitvoerKolommenVoor(rapport: Rapport): readonly UitvoerKolom[] {
  const heeft = (veld: string): boolean => rapport.kolommen.some((k) => !k.eigen && k.veld === veld);
  return uitvoerKolommenVanSoort({
    extraOpgave: heeft("extraOpgave"),
    opdracht: heeft("opdrachtVersnelling"),
    besluit: heeft("vastgesteldeTrede"),
    versnellingsblad: rapport.versnellingsblad === true,
  });
}

/** Prefixes of the remarks cell: sheet-level remarks (not about a data row), then the row's own. */
const OPMERKING_BLAD = "Blad: ";
const OPMERKING_RIJ = "Rij: ";

/** Excel's limit on the text of one cell. */
export const MAX_CEL_TEKENS = 32_767;

/** The first `lengte` UTF-16 units of `tekst`, one less when that would split a surrogate pair (an emoji). */
function knipAf(tekst: string, lengte: number): string {
  const deel = tekst.slice(0, Math.max(0, lengte));
  const laatste = deel.charCodeAt(deel.length - 1);
  return laatste >= 0xd800 && laatste <= 0xdbff ? deel.slice(0, -1) : deel;
}

/**
 * Joins parts with one space, within `max` characters: when everything does not fit, as many whole parts
 * as fit and then "... en N meer" (N = the parts left out); a first part that alone is too long is cut,
 * never inside an emoji.
 */

export function beperkTekst(delen: readonly string[], max = MAX_CEL_TEKENS): string {
  const volledig = delen.join(" ");
  if (volledig.length <= max) return volledig;
  const staart = (weg: number): string => (weg > 0 ? ` ... en ${weg} meer` : " ...");
  let tekst = "";
  for (let i = 0; i < delen.length; i++) {
    const met = tekst === "" ? delen[i] : `${tekst} ${delen[i]}`;
    if (met.length + staart(delen.length - i - 1).length > max) {
      if (tekst !== "") return tekst + staart(delen.length - i);
      // Not even the first part fits: cut it.
      const s = staart(delen.length - 1);
      return knipAf(delen[0], max - s.length) + s;
    }
    tekst = met;
  }
  return tekst;
}

/**
 * Text of the "IBT Opmerkingen" cell: whole sentences joined with one space. The first data row also
 * carries the sheet-level remarks (those on the header row, such as herverdeling-niet-nul,
 * kolom-ontbreekt, periode-uit-titel), prefixed "Blad: "; its own then follow after "Rij: ". Never more
 * than Excel's 32,767 characters: the remarks that do not fit are counted ("... en 3 meer").
 */
export function opmerkingenTekst(vanRij: string[], vanBlad: string[]): string {
  const rij = vanRij.map(alsZin);
  if (vanBlad.length === 0) return beperkTekst(rij);
  const blad = vanBlad.map(alsZin);
  blad[0] = OPMERKING_BLAD + blad[0];
  if (rij.length > 0) rij[0] = OPMERKING_RIJ + rij[0];
  return beperkTekst([...blad, ...rij]);
}

export interface SchrijfPlanOpties {
  /** Force the output block to start at this 0-based sheet column (conflicts are then reported). */
  beginKolom?: number;
}

/**
 * Plans where and what to write: UITVOER_KOLOMMEN right of the data, in the header row and every data
 * row (other rows stay null = untouched). An earlier run's own columns are reused in place; own
 * columns no longer produced are listed in teWissenKolommen. A fresh block starts right of the last
 * header cell and moves right until no non-empty user cell lies in it (header row .. last data row).
 * Conflicts are only possible with a forced `beginKolom`. Idempotent: planning a sheet that already
 * holds this plan's output gives the same plan.
 */
export function maakSchrijfPlan(blad: Blad, rapport: Rapport, opties: SchrijfPlanOpties = {}): SchrijfPlan {
  const leeg: SchrijfPlan = {
    blad: blad.naam,
    beginRij: sheetRij(blad, 0),
    beginKolom: beginKolomVan(blad),
    waarden: [],
    formaten: [],
    kolommen: [],
    opvullingen: [],
    teWissenKolommen: [],
    conflicten: [],
    aantalCellen: 0,
    kleurschalen: [],
    kopNotities: [],
  };
  if (rapport.kopRij === null) return leeg;
  const kolommenUit = uitvoerKolommenVoor(rapport);
  const kopRij = rapport.kopRij;
  const kopIndex = kopRij - beginRijVan(blad) - 1;
  const dataRijen = rapport.rijen;
  const laatsteRij = dataRijen.reduce((m, r) => Math.max(m, r.row), kopRij);
  const laatsteIndex = laatsteRij - beginRijVan(blad) - 1;

  // What is the user's besides values: merged ranges and formulas without a value.
  const samengevoegd = blad.samengevoegd ?? [];
  const formules = new Set((blad.formulesZonderWaarde ?? []).map((f) => `${f.rij}:${f.kolom}`));
  const isSamengevoegd = (rij: number, kolom: number): boolean =>
    samengevoegd.some((g) => inGebied(g, rij, kolom));
  /** True when the cell (grid row index, sheet column) holds anything of the user's. */
  const isBezet = (r: number, kolom: number): boolean => {
    if (!isOnbeschreven(celWaarde(blad, r, kolom))) return true;
    const rij = sheetRij(blad, r);
    return formules.has(`${rij}:${kolom}`) || isSamengevoegd(rij, kolom);
  };
  /** A merged range in the column from row `van` down to row `tot` (1-based, inclusive). */
  const raaktSamengevoegd = (kolom: number, van: number, tot: number): boolean =>
    samengevoegd.some(
      (g) => kolom >= g.kolom && kolom < g.kolom + g.kolommen && g.rij <= tot && g.rij + g.rijen > van,
    );

  // Own columns of an earlier run, by the registered header they stand for. An own column that now
  // reaches into a merged range where the plan writes is left alone: it is the user's. One that is no
  // longer produced is cleared by the host from the header row to the end of the sheet, so only when no
  // merged range lies below it either.
  const eigen = new Map<string, number>();
  const eigenKolommen = new Set<number>();
  const teWissen: number[] = [];
  const gewenst = new Set(kolommenUit.map((k) => k.kop));
  for (const k of rapport.kolommen) {
    if (!k.eigen || raaktSamengevoegd(k.kolom, kopRij, laatsteRij)) continue;
    eigenKolommen.add(k.kolom);
    const kop = k.eigenKop ?? eigenKopVan(k.kop) ?? "";
    if (gewenst.has(kop) && !eigen.has(kop)) eigen.set(kop, k.kolom);
    else if (!raaktSamengevoegd(k.kolom, kopRij, Number.POSITIVE_INFINITY)) teWissen.push(k.kolom);
  }

  // A column whose header (in the header row or, for a two-row header, in the group row above) is the
  // user's is never free, even where its cells from the header row down are empty.
  const gebruikerKoppen = new Set(
    rapport.kolommen.filter((k) => !eigenKolommen.has(k.kolom) && !isOnbeschreven(k.kop)).map((k) => k.kolom),
  );
  const isVrij = (kolom: number): boolean => {
    if (eigenKolommen.has(kolom) || gebruikerKoppen.has(kolom)) return false;
    for (let r = kopIndex; r <= laatsteIndex; r++) if (isBezet(r, kolom)) return false;
    return true;
  };

  const posities: number[] = new Array(kolommenUit.length).fill(-1);
  const conflicten: Conflict[] = [];
  const gevraagdBegin = opties.beginKolom;
  if (gevraagdBegin !== undefined) {
    kolommenUit.forEach((_k, i) => (posities[i] = gevraagdBegin + i));
    for (const kolom of posities) {
      if (eigenKolommen.has(kolom)) continue;
      for (let r = kopIndex; r <= laatsteIndex; r++) {
        if (isBezet(r, kolom))
          conflicten.push({ cel: adres(sheetRij(blad, r), kolom), waarde: celWaarde(blad, r, kolom) });
      }
    }
    const gebruikt = new Set(posities);
    for (let i = teWissen.length - 1; i >= 0; i--) if (gebruikt.has(teWissen[i])) teWissen.splice(i, 1);
    for (const [, kolom] of eigen)
      if (!gebruikt.has(kolom) && !raaktSamengevoegd(kolom, kopRij, Number.POSITIVE_INFINITY))
        teWissen.push(kolom);
  } else if (eigen.size > 0) {
    kolommenUit.forEach((k, i) => (posities[i] = eigen.get(k.kop) ?? -1));
    let volgende = Math.max(...eigenKolommen) + 1;
    const bezet = new Set(posities);
    for (let i = 0; i < posities.length; i++) {
      if (posities[i] >= 0) continue;
      while (bezet.has(volgende) || !isVrij(volgende)) volgende++;
      posities[i] = volgende;
      bezet.add(volgende);
    }
  } else {
    let laatsteKop = beginKolomVan(blad) - 1;
    for (const k of rapport.kolommen)
      if (!eigenKolommen.has(k.kolom) && !isOnbeschreven(k.kop)) laatsteKop = Math.max(laatsteKop, k.kolom);
    let begin = laatsteKop + 1;
    for (;;) {
      let bezet = -1;
      for (let i = 0; i < kolommenUit.length; i++) if (!isVrij(begin + i)) bezet = begin + i;
      if (bezet < 0) break;
      begin = bezet + 1;
    }
    kolommenUit.forEach((_k, i) => (posities[i] = begin + i));
  }
  teWissen.sort((a, b) => a - b);

  const links = Math.min(...posities);
  const rechts = Math.max(...posities);
  const breedte = rechts - links + 1;
  const perRij = new Map<number, RijResultaat>();
  for (const r of dataRijen) perRij.set(r.row, r);
  const opmerkingenPerRij = new Map<number, string[]>();
  const bladOpmerkingen: string[] = [];
  for (const o of rapport.opmerkingen) {
    if (!perRij.has(o.rij)) {
      bladOpmerkingen.push(o.bericht);
      continue;
    }
    const lijst = opmerkingenPerRij.get(o.rij) ?? [];
    lijst.push(o.bericht);
    opmerkingenPerRij.set(o.rij, lijst);
  }
  const eersteDataRij = dataRijen.reduce((m, r) => Math.min(m, r.row), Number.POSITIVE_INFINITY);

  const waarden: (CelWaarde | null)[][] = [];
  const formaten: (string | null)[][] = [];
  const opvullingen: Opvulling[] = [];
  let aantalCellen = 0;
  const tredeIndex = kolommenUit.findIndex((k) => k.kop === EIGEN_KOPPEN.trede);
  const geldendIndex = kolommenUit.findIndex((k) => k.kop === EIGEN_KOPPEN.tredeGeldend);
  for (let rij = kopRij; rij <= laatsteRij; rij++) {
    const w: (CelWaarde | null)[] = new Array(breedte).fill(null);
    const f: (string | null)[] = new Array(breedte).fill(null);
    if (rij === kopRij) {
      kolommenUit.forEach((k, i) => {
        // A recorded own column whose header the user renamed keeps the user's header.
        const huidig = celWaarde(blad, kopIndex, posities[i]);
        const hernoemd =
          eigen.get(k.kop) === posities[i] && !isOnbeschreven(huidig) && eigenKopVan(huidig) !== k.kop;
        if (hernoemd) return;
        w[posities[i] - links] = k.kop;
        aantalCellen++;
      });
    } else {
      const r = perRij.get(rij);
      if (r) {
        const tekst = opmerkingenTekst(
          opmerkingenPerRij.get(rij) ?? [],
          rij === eersteDataRij ? bladOpmerkingen : [],
        );
        for (let i = 0; i < kolommenUit.length; i++) {
          w[posities[i] - links] = kolommenUit[i].waarde(r, tekst);
          f[posities[i] - links] = kolommenUit[i].formaat;
        }
        aantalCellen += kolommenUit.length;
        // Each trede cell has the fill of the step it shows: IBT Trede the computed one, IBT Trede
        // geldend (rule 11) the one that counts.
        if (r.trede !== null && tredeIndex >= 0)
          opvullingen.push({ rij, kolom: posities[tredeIndex], kleur: TREDE_KLEUREN[r.trede] });
        if (r.geldendeTrede !== null && geldendIndex >= 0)
          opvullingen.push({ rij, kolom: posities[geldendIndex], kleur: TREDE_KLEUREN[r.geldendeTrede] });
      }
    }
    waarden.push(w);
    formaten.push(f);
  }

  const kolommen: SchrijfKolom[] = kolommenUit.map((k, i) => ({
    kolom: posities[i],
    kop: k.kop,
    formaat: k.formaat,
    breedte: k.breedte,
  }));

  // Rule 8 per row: a colour scale on IBT Verhouding (over the data rows) and, on each versnelling
  // column's header, a note that says which backlog was used.
  const kleurschalen: Kleurschaal[] = [];
  const kopNotities: KopNotitie[] = [];
  const verhoudingIndex = kolommenUit.findIndex((k) => k.kop === EIGEN_KOPPEN.verhouding);
  if (verhoudingIndex >= 0 && laatsteRij > kopRij) {
    kleurschalen.push({
      kolom: posities[verhoudingIndex],
      vanRij: kopRij + 1,
      totRij: laatsteRij,
      laagste: VERHOUDING_KLEUREN.laagste,
      midden: { waarde: 1, kleur: VERHOUDING_KLEUREN.midden },
      hoogste: VERHOUDING_KLEUREN.hoogste,
    });
  }
  const versnellingKoppen = new Set(VERSNELLING_KOLOMMEN.map((k) => k.kop));
  kolommenUit.forEach((k, i) => {
    if (!versnellingKoppen.has(k.kop)) return;
    kopNotities.push({
      rij: kopRij,
      kolom: posities[i],
      titel: uitvoerTeksten.versnellingNotitieTitel,
      tekst: uitvoerTeksten.versnellingNotitie(rapport.versnellingAchterstand === "gecorrigeerd"),
    });
  });
  return {
    blad: blad.naam,
    beginRij: kopRij,
    beginKolom: links,
    waarden,
    formaten,
    kolommen,
    opvullingen,
    teWissenKolommen: teWissen,
    conflicten,
    aantalCellen,
    kleurschalen,
    kopNotities,
  };
}
