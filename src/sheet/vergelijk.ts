/**
 * What the task pane asks of a checked sheet: the versnelling comparison of a chosen set (rule 8),
 * the letter table, the prognose (rule 9), and new sheets for the comparison and the letter table.
 */
import {
  berekenPrognose,
  eindPeildatum,
  formatGetal,
  formatPeriode,
  formatProcent,
  maakBrieftabel,
  leidAchterstandBeginAf,
  parseDatum,
  parsePeriode,
  periodeVanDatum,
  vergelijkPerioden,
  vergelijkVersnelling,
  volgendePeriode,
  vorigePeriode,
  type BriefRegel,
  type Periode,
  type VersnellingItem,
} from "../domain";
import { meldingen, uitvoerTeksten } from "./berichten";
import { achterstandVoorVersnelling } from "./versnellingBlad";
import { gemeenteSleutel } from "./lezen";
import { vindKopregel } from "./kolommen";
import type {
  Blad,
  CelWaarde,
  Grafiek,
  NieuwBlad,
  PrognoseRij,
  Rapport,
  RijResultaat,
  VersnellingRij,
} from "./types";

/**
 * The first row per gemeente and period (a duplicate row never wins), keyed `sleutel|periode` with the
 * gemeente's key (gemeenteSleutel: its CBS code when known, so rows match by official name).
 */
/** A gemeente's row: not a totals row, with a gemeente name. */
type GemeenteRij = RijResultaat & { gemeente: string };

function isGemeenteRij(r: RijResultaat): r is GemeenteRij {
  return !r.isTotaalrij && r.gemeente !== null;
}

function rijenOpSleutel(rapport: Rapport): Map<string, GemeenteRij> {
  const kaart = new Map<string, GemeenteRij>();
  for (const r of rapport.rijen) {
    if (!isGemeenteRij(r)) continue;
    const k = `${gemeenteSleutel(r.gemeente)}|${r.periode ?? ""}`;
    if (!kaart.has(k)) kaart.set(k, r);
  }
  return kaart;
}

function leesPeriode(label: string | null): Periode | null {
  const p = parsePeriode(label); // null fails like any non-label
  return p.ok ? p.waarde : null;
}

function laatstePeriode(rijen: RijResultaat[]): string | null {
  let laatste: Periode | null = null;
  for (const r of rijen) {
    const p = leesPeriode(r.periode);
    if (p && (!laatste || vergelijkPerioden(p, laatste) > 0)) laatste = p;
  }
  return laatste ? formatPeriode(laatste) : null;
}

/**
 * Rule 8 for a chosen set of gemeenten (input order; names match by gemeenteSleutel, so any spelling
 * of a gemeente on the CBS list finds its rows: "Gemeente Leusden", "leusden", "Den Haag").
 * Period: `opties.periode`, else the latest period in which one of them (else any gemeente) has an
 * opdracht. Backlog: the latest registered backlog at a peildatum of that row (see
 * achterstandVoorVersnelling); with `gecorrigeerd` the corrected one (Leusden 18 -> 45 / 18 = 2.50).
 * A gemeente without a row in that period or with an unknown backlog is left out; one without an
 * opdracht counts with 0 and says so in its opmerking. A sheet without an opdracht column gives [].
 */
export function vergelijkGemeenten(
  rapport: Rapport,
  gemeenten: string[],
  opties: { periode?: string; gecorrigeerd?: boolean } = {},
): VersnellingRij[] {
  if (rapport.versnelling === null) return []; // no opdracht column: nothing to compare
  const kaart = rijenOpSleutel(rapport);
  const sleutels = [...new Set(gemeenten.map(gemeenteSleutel))];
  const alle = rapport.rijen.filter(isGemeenteRij);
  const vanGekozen = alle.filter((r) => sleutels.includes(gemeenteSleutel(r.gemeente)));
  let periode: string | null;
  if (opties.periode !== undefined) {
    const p = leesPeriode(opties.periode);
    if (!p) return [];
    periode = formatPeriode(p);
  } else {
    periode =
      laatstePeriode(vanGekozen.filter((r) => r.opdrachtVersnelling !== null)) ??
      laatstePeriode(alle.filter((r) => r.opdrachtVersnelling !== null)) ??
      laatstePeriode(vanGekozen);
  }
  const items: VersnellingItem[] = [];
  const zonderOpdracht = new Set<string>();
  for (const s of sleutels) {
    const rij = kaart.get(`${s}|${periode ?? ""}`);
    if (!rij) continue;
    const p = leesPeriode(rij.periode);
    const vorige = p ? (kaart.get(`${s}|${formatPeriode(vorigePeriode(p))}`) ?? null) : null;
    const achterstand = achterstandVoorVersnelling(rij, vorige, opties.gecorrigeerd === true);
    if (achterstand === null) continue;
    if (rij.opdrachtVersnelling === null) zonderOpdracht.add(rij.gemeente);
    items.push({ gemeente: rij.gemeente, opdracht: rij.opdrachtVersnelling ?? 0, achterstand });
  }
  return vergelijkVersnelling(items).map((v) =>
    zonderOpdracht.has(v.gemeente)
      ? {
          ...v,
          opmerking: [meldingen.geenOpdracht(v.gemeente, periode ?? "deze periode"), v.opmerking]
            .filter(Boolean)
            .join(" "),
        }
      : v,
  );
}

/**
 * Rows of a sheet that a host reads to tell whether it has an opdracht column: the engine searches the
 * header row in the first 20 rows, and one more row completes a two-row header starting at row 20.
 */
export const KOP_LEESRIJEN = 21;

/**
 * Whether a sheet has an opdracht versnelling column, by the engine's own header recognition
 * (vindKopregel) on its top rows (`blad` may hold only the first KOP_LEESRIJEN rows of the used range).
 * Without the user's column assignments (they live in the workbook's settings, per sheet).
 */
export function heeftOpdrachtKolom(blad: Blad): boolean {
  const kop = vindKopregel(blad);
  return kop !== null && kop.kolommen.some((k) => !k.eigen && k.veld === "opdrachtVersnelling");
}

/** The figures of a row that Vergelijken shows side by side on a sheet without an opdracht column. */
export const CIJFER_VELDEN = [
  "taakstelling",
  "totaalopgave",
  "gerealiseerd",
  "achterstandEind",
  "achterstandEindGecorrigeerd",
  "realisatieTaakstelling",
  "realisatieTotaalopgave",
  "trede",
] as const;
export type CijferVeld = (typeof CIJFER_VELDEN)[number];

/** One gemeente's figures in one period: the engine's numbers and their text as letters show them. */
export interface GemeenteCijfers {
  /** 1-based sheet row the figures come from. */
  rij: number;
  /** Meetdatum (ISO) of an interim figure (a tussenstand: no achterstand eind or trede yet), or null. */
  meetdatum: string | null;
  getallen: Record<CijferVeld, number | null>;
  /** "" for an unknown figure; counts "26", "-3"; percentages rounded half up "72%"; trede "3". */
  teksten: Record<CijferVeld, string>;
}

export interface CijferPeriode {
  /** "2022-1", or null for rows without a known period. */
  periode: string | null;
  /** Per gemeente of CijferVergelijking.gemeenten (same order); null without a row in this period. */
  cijfers: (GemeenteCijfers | null)[];
}

export interface CijferVergelijking {
  /** The chosen gemeenten that have rows, as the report names them (official name), in input order. */
  gemeenten: string[];
  /** The chosen names without a row on the sheet, as given. */
  nietGevonden: string[];
  /** Every period in which one of them has a row, oldest first (unknown period last). */
  perioden: CijferPeriode[];
}

function cijfersVan(r: RijResultaat): GemeenteCijfers {
  const getallen: Record<CijferVeld, number | null> = {
    taakstelling: r.taakstelling,
    totaalopgave: r.totaalopgave,
    gerealiseerd: r.gerealiseerd,
    achterstandEind: r.achterstandEind,
    achterstandEindGecorrigeerd: r.achterstandEindGecorrigeerd,
    realisatieTaakstelling: r.realisatieTaakstelling,
    realisatieTotaalopgave: r.realisatieTotaalopgave,
    trede: r.trede,
  };
  const tekst = (veld: CijferVeld): string => {
    const x = getallen[veld];
    if (x === null) return "";
    return veld === "realisatieTaakstelling" || veld === "realisatieTotaalopgave"
      ? formatProcent(x)
      : formatGetal(x, 0);
  };
  const teksten = Object.fromEntries(CIJFER_VELDEN.map((v) => [v, tekst(v)])) as Record<CijferVeld, string>;
  return { rij: r.row, meetdatum: r.meetdatum, getallen, teksten };
}

/**
 * The chosen gemeenten side by side on the figures the sheet has, per period: taakstelling,
 * totaalopgave, gerealiseerd, achterstand eind (registered and corrected), the realisation percentages
 * and the trede, exactly as the check computed them for each row (no rule is computed again here).
 * For any sheet the check read, with or without an opdracht column, single- or multi-period. Names
 * match by gemeenteSleutel (any spelling of a gemeente on the CBS list); the first row of a gemeente
 * and period counts (a duplicate never wins), totals rows never.
 */
export function vergelijkCijfers(rapport: Rapport, gemeenten: string[]): CijferVergelijking {
  const kaart = rijenOpSleutel(rapport);
  const alle = rapport.rijen.filter(isGemeenteRij);
  const namen: string[] = [];
  const sleutels: string[] = [];
  const nietGevonden: string[] = [];
  for (const g of gemeenten) {
    const s = gemeenteSleutel(g);
    if (sleutels.includes(s)) continue;
    const eerste = alle.find((r) => gemeenteSleutel(r.gemeente) === s);
    if (!eerste) {
      nietGevonden.push(g);
      continue;
    }
    sleutels.push(s);
    namen.push(eerste.gemeente);
  }
  const labels = new Set<string>();
  let zonderPeriode = false;
  for (const r of alle) {
    if (!sleutels.includes(gemeenteSleutel(r.gemeente))) continue;
    if (r.periode === null) zonderPeriode = true;
    else labels.add(r.periode);
  }
  const perioden: (string | null)[] = [...labels].sort((a, b) => {
    const pa = leesPeriode(a);
    const pb = leesPeriode(b);
    return pa && pb ? vergelijkPerioden(pa, pb) : a.localeCompare(b);
  });
  if (zonderPeriode) perioden.push(null);
  return {
    gemeenten: namen,
    nietGevonden,
    perioden: perioden.map((periode) => ({
      periode,
      cijfers: sleutels.map((s) => {
        const r = kaart.get(`${s}|${periode ?? ""}`);
        return r ? cijfersVan(r) : null;
      }),
    })),
  };
}

/**
 * The row's correctiedatum as the letter uses it: only a date after the period's end peildatum (an
 * earlier one gets the `correctiedatum-te-vroeg` warning and would contradict the stand at the end
 * peildatum); otherwise null, and the letter says "na correctie voor na-registratie".
 */
function correctiedatumVoorBrief(iso: string | null, p: Periode): Date | null {
  const d = parseDatum(iso); // null fails (datum-leeg)
  return d.ok && d.waarde.getTime() > eindPeildatum(p).getTime() ? d.waarde : null;
}

/**
 * The letter table (docs/rekenregels.md, "De brieftabel") of one gemeente and period, from its row on the sheet;
 * the next period's row, when present, gives the "new period" part. Null when the row is missing or
 * the period is not closed (no realisation, or a tussenstand). With na-registratie the corrected stand
 * is labelled with the row's Correctiedatum (Leusden 2022-1: "Stand van zaken 1 augustus 2022").
 */
export function brieftabelVoor(rapport: Rapport, gemeente: string, periode: string): BriefRegel[] | null {
  const p = leesPeriode(periode);
  if (!p) return null;
  const kaart = rijenOpSleutel(rapport);
  const s = gemeenteSleutel(gemeente);
  const rij = kaart.get(`${s}|${formatPeriode(p)}`);
  if (!rij || rij.taakstelling === null || rij.gerealiseerd === null || rij.achterstandEind === null)
    return null;
  const herverdeling = rij.herverdeling ?? 0;
  const achterstandBegin =
    rij.achterstandBegin ??
    (rij.totaalopgave !== null
      ? leidAchterstandBeginAf(rij.totaalopgave, rij.taakstelling, herverdeling)
      : null);
  if (achterstandBegin === null) return null;
  const volgend = kaart.get(`${s}|${formatPeriode(volgendePeriode(p))}`);
  return maakBrieftabel({
    gemeente: rij.gemeente,
    periode: p,
    achterstandBegin,
    taakstelling: rij.taakstelling,
    herverdeling,
    gerealiseerd: rij.gerealiseerd,
    naRegistratie: rij.naRegistratie ?? 0,
    correctiedatum: correctiedatumVoorBrief(rij.correctiedatum, p),
    volgende:
      volgend && volgend.taakstelling !== null
        ? { taakstelling: volgend.taakstelling, herverdeling: volgend.herverdeling ?? 0 }
        : null,
  });
}

/**
 * Rule 9 per gemeente for the period that contains `meetdatum`: R is the row's gerealiseerd (an
 * interim figure) at the row's own meetdatum when the sheet has one, else at `meetdatum`. Rows
 * without a gerealiseerd or totaalopgave are left out; a prognose that cannot be made (meetdatum not
 * inside the period) gives nulls and the reason in `opmerking`.
 */
export function prognosesVoor(rapport: Rapport, meetdatum: Date): PrognoseRij[] {
  if (!(meetdatum instanceof Date) || Number.isNaN(meetdatum.getTime())) return [];
  const p = periodeVanDatum(meetdatum);
  const periode = formatPeriode(p);
  const uit: PrognoseRij[] = [];
  const gezien = new Set<string>();
  for (const r of rapport.rijen) {
    if (r.isTotaalrij || r.gemeente === null || r.periode !== periode) continue;
    if (r.totaalopgave === null || r.gerealiseerd === null || r.taakstelling === null) continue;
    const s = gemeenteSleutel(r.gemeente);
    if (gezien.has(s)) continue;
    gezien.add(s);
    const eigen = parseDatum(r.meetdatum); // null fails (datum-leeg): then `meetdatum`
    const d = eigen.ok ? eigen.waarde : meetdatum;
    const prognose = berekenPrognose({
      gerealiseerd: r.gerealiseerd,
      periode: p,
      meetdatum: d,
      totaalopgave: r.totaalopgave,
      taakstelling: r.taakstelling,
      vorigeTrede: r.vorigeTrede,
    });
    uit.push(
      prognose.ok
        ? {
            gemeente: r.gemeente,
            periode,
            totaalopgave: r.totaalopgave,
            gerealiseerd: r.gerealiseerd,
            gerealiseerdPrognose: prognose.waarde.gerealiseerdPrognose,
            achterstandPrognose: prognose.waarde.achterstandPrognose,
            tredePrognose: prognose.waarde.tredePrognose,
            benodigdPerMaand: prognose.waarde.benodigdPerMaand,
            opSchema: prognose.waarde.opSchema,
            opmerking: null,
          }
        : {
            gemeente: r.gemeente,
            periode,
            totaalopgave: r.totaalopgave,
            gerealiseerd: r.gerealiseerd,
            gerealiseerdPrognose: null,
            achterstandPrognose: null,
            tredePrognose: null,
            benodigdPerMaand: null,
            opSchema: null,
            opmerking: prognose.fout.bericht,
          },
    );
  }
  return uit;
}

/** A valid Excel sheet name: no []:*?/\ and at most 31 characters. */
export function bladNaam(naam: string): string {
  return naam
    .replace(/[[\]:*?/\\]/g, "-")
    .slice(0, 31)
    .trim();
}

/** Dutch collation, as `localeCompare(_, "nl")` (ECMA-402 defines that call by this collator). */
const NEDERLANDS = new Intl.Collator("nl");

/**
 * The gemeenten with a verhouding, sorted from high to low (ties by name): the block behind the second
 * chart. A gemeente without backlog has no verhouding and is left out.
 */
export function verhoudingenAflopend(rijen: VersnellingRij[]): { gemeente: string; verhouding: number }[] {
  return rijen
    .filter((v): v is VersnellingRij & { verhouding: number } => v.verhouding !== null)
    .map((v) => ({ gemeente: v.gemeente, verhouding: v.verhouding }))
    .sort((a, b) => b.verhouding - a.verhouding || NEDERLANDS.compare(a.gemeente, b.gemeente));
}

/**
 * The comparison as a sheet of its own: title row, header row, one row per gemeente, number formats,
 * column widths and a bar chart of opdracht per achterstand (gemeente and that column are adjacent,
 * so the chart range is one block including the header). Below it, after an empty row, a block of the
 * verhouding per gemeente sorted from high to low with a column "Evenredig" of 1s, and a second chart
 * over that block: columns for the verhouding and a line at 1 (a combo chart), placed beside the block.
 */
export function maakVergelijkingsblad(rijen: VersnellingRij[]): NieuwBlad {
  const koppen = [...uitvoerTeksten.vergelijkingKoppen];
  const breedte = koppen.length;
  const leegAlsNull = (x: number | null): CelWaarde => (x === null ? "" : x);
  const vul = (rij: CelWaarde[]): CelWaarde[] => [...rij, ...new Array(breedte - rij.length).fill("")];
  const geenFormaten = (): (string | null)[] => new Array(breedte).fill(null);
  const waarden: CelWaarde[][] = [
    vul([uitvoerTeksten.vergelijkingTitel("")]),
    koppen,
    ...rijen.map((v) => [
      v.gemeente,
      leegAlsNull(v.opdrachtPerAchterstand),
      v.achterstand,
      v.opdracht,
      v.aandeelOpdracht,
      leegAlsNull(v.aandeelAchterstand),
      leegAlsNull(v.verhouding),
      v.evenredigeOpdracht,
      v.verschil,
      v.opmerking ?? "",
    ]),
  ];
  const rijFormaat = [null, "0.00", "0", "0", "0.0%", "0.0%", "0.00", "0.0", "+0.0;-0.0;0.0", null];
  const formaten: (string | null)[][] = [geenFormaten(), geenFormaten(), ...rijen.map(() => [...rijFormaat])];
  const grafieken: Grafiek[] = [];
  if (rijen.length > 0) {
    grafieken.push({ titel: uitvoerTeksten.grafiekTitel, bereik: `A2:B${2 + rijen.length}`, soort: "staaf" });
  }
  const aflopend = verhoudingenAflopend(rijen);
  if (aflopend.length > 0) {
    // 1-based sheet rows: the block's title two rows under the table, its header under the title.
    const titelRij = waarden.length + 2;
    const kopRij = titelRij + 1;
    waarden.push(vul([]), vul([uitvoerTeksten.verhoudingTitel]), vul([...uitvoerTeksten.verhoudingKoppen]));
    formaten.push(geenFormaten(), geenFormaten(), geenFormaten());
    for (const a of aflopend) {
      waarden.push(vul([a.gemeente, a.verhouding, 1]));
      formaten.push([null, "0.00", "0", ...new Array(breedte - 3).fill(null)]);
    }
    grafieken.push({
      titel: uitvoerTeksten.verhoudingGrafiekTitel,
      bereik: `A${kopRij}:C${kopRij + aflopend.length}`,
      soort: "kolommenMetLijn",
      positie: `E${titelRij}`,
    });
  }
  return {
    naam: uitvoerTeksten.vergelijkingBlad,
    waarden,
    formaten,
    kolombreedten: [24, 24, 12, 12, 16, 18, 12, 20, 10, 60],
    grafieken,
  };
}

/** The letter table as a sheet of its own: title row, header row, one row per letter line (as text). */
export function maakBrieftabelBlad(gemeente: string, periode: string, regels: BriefRegel[]): NieuwBlad {
  return {
    naam: bladNaam(uitvoerTeksten.brieftabelBlad(gemeente, periode)),
    waarden: [
      [uitvoerTeksten.brieftabelTitel(gemeente, periode), ""],
      [...uitvoerTeksten.brieftabelKoppen],
      ...regels.map((r) => [r.label, r.waarde]),
    ],
    formaten: [[null, null], [null, null], ...regels.map(() => [null, "@"])],
    kolombreedten: [64, 40],
  };
}
