/**
 * The dossier of one gemeente (issue 11, section 2): every period the checked sheet has for it, with the
 * figures, the computed and the decided trede, which periods have a letter table, and the remarks on its
 * rows; and the same as a sheet of its own with a native chart of the trede and the backlog over time.
 * Nothing is computed again here: every figure is the check's own (RijResultaat), only formatted.
 */
import { formatAantalMetTeken, formatGetal, formatProcent, parsePeriode, vergelijkPerioden } from "../domain";
import type { Escalatie, Trede } from "../domain";
import { gemeenteSleutel } from "./lezen";
import type { CelWaarde, Grafiek, NieuwBlad, Opmerking, Rapport, RijResultaat } from "./types";
import { bladNaam, brieftabelVoor } from "./vergelijk";

/** The figures of a period in the dossier, in the order the pane and the sheet show them. */
export const DOSSIER_VELDEN = [
  "achterstandBegin",
  "taakstelling",
  "herverdeling",
  "totaalopgave",
  "gerealiseerd",
  "naRegistratie",
  "achterstandEind",
  "achterstandEindGecorrigeerd",
  "realisatieTaakstelling",
  "realisatieTotaalopgave",
  "trede",
  "vastgesteldeTrede",
] as const;
export type DossierVeld = (typeof DOSSIER_VELDEN)[number];

/** One period of the gemeente: the first row of that gemeente and period on the sheet. */
export interface DossierPeriode {
  /** "2022-1", or null for a row without a known period (last). */
  periode: string | null;
  /** 1-based sheet row. */
  rij: number;
  /** Meetdatum (ISO) of an interim figure (no achterstand eind or trede yet), or null. */
  meetdatum: string | null;
  /** The date the corrected backlog was measured (ISO), or null. */
  correctiedatum: string | null;
  getallen: Record<DossierVeld, number | null>;
  /** "" for an unknown figure; counts "26", herverdeling "+1", percentages rounded half up "72%", trede "3". */
  teksten: Record<DossierVeld, string>;
  /** The trede on the registered backlog when it differs from the (corrected) computed one, else null. */
  tredeOngecorrigeerd: Trede | null;
  vorigeTrede: Trede | null;
  /** The step that counts: the decided one, else the computed one. */
  geldendeTrede: Trede | null;
  /** True for a frozen decided step (rule 11; RijResultaat.tredeBevroren). */
  tredeBevroren: boolean;
  redenBesluit: string | null;
  escalatie: Escalatie | null;
  /** True when the letter table of this period can be made (brieftabelVoor is not null). */
  brieftabel: boolean;
}

export interface Dossier {
  /** The gemeente as the report names it (its official name when on the CBS list). */
  gemeente: string;
  /** The checked sheet. */
  blad: string;
  /** Oldest first; a row without a known period last. */
  perioden: DossierPeriode[];
  /** The check's remarks on the gemeente's rows (duplicates included), in the report's order. */
  opmerkingen: Opmerking[];
}

type GemeenteRij = RijResultaat & { gemeente: string };

/** Oldest period first, a row without a period last (a dossier has one row per period, so a !== b). */
function volgorde(a: string | null, b: string | null): number {
  if (a === null) return 1;
  if (b === null) return -1;
  const pa = parsePeriode(a);
  const pb = parsePeriode(b);
  return pa.ok && pb.ok ? vergelijkPerioden(pa.waarde, pb.waarde) : a.localeCompare(b);
}

function tekstVan(veld: DossierVeld, x: number | null): string {
  if (x === null) return "";
  if (veld === "realisatieTaakstelling" || veld === "realisatieTotaalopgave") return formatProcent(x);
  if (veld === "herverdeling") return formatAantalMetTeken(x);
  return formatGetal(x, 0);
}

/**
 * The dossier of `gemeente` (any spelling that gemeenteSleutel knows: "gemeente Leusden", "leusden"), or
 * null when the sheet has no row of it. Per period the first row counts (a duplicate never wins, as in
 * Vergelijken and the letter table); totals rows never.
 */
export function dossierVan(rapport: Rapport, gemeente: string): Dossier | null {
  const sleutel = gemeenteSleutel(gemeente);
  const rijen = rapport.rijen.filter(
    (r): r is GemeenteRij => !r.isTotaalrij && r.gemeente !== null && gemeenteSleutel(r.gemeente) === sleutel,
  );
  if (rijen.length === 0) return null;
  const eerste = new Map<string, GemeenteRij>();
  for (const r of rijen) if (!eerste.has(r.periode ?? "")) eerste.set(r.periode ?? "", r);
  const perioden = [...eerste.values()]
    .sort((a, b) => volgorde(a.periode, b.periode))
    .map((r): DossierPeriode => {
      const getallen: Record<DossierVeld, number | null> = {
        achterstandBegin: r.achterstandBegin,
        taakstelling: r.taakstelling,
        herverdeling: r.herverdeling,
        totaalopgave: r.totaalopgave,
        gerealiseerd: r.gerealiseerd,
        naRegistratie: r.naRegistratie,
        achterstandEind: r.achterstandEind,
        achterstandEindGecorrigeerd: r.achterstandEindGecorrigeerd,
        realisatieTaakstelling: r.realisatieTaakstelling,
        realisatieTotaalopgave: r.realisatieTotaalopgave,
        trede: r.trede,
        vastgesteldeTrede: r.vastgesteldeTrede,
      };
      const teksten = Object.fromEntries(DOSSIER_VELDEN.map((v) => [v, tekstVan(v, getallen[v])])) as Record<
        DossierVeld,
        string
      >;
      if (r.tredeBevroren && teksten.vastgesteldeTrede)
        teksten.vastgesteldeTrede = dossierTeksten.bevrorenTrede(teksten.vastgesteldeTrede);
      return {
        periode: r.periode,
        rij: r.row,
        meetdatum: r.meetdatum,
        correctiedatum: r.correctiedatum,
        getallen,
        teksten,
        tredeOngecorrigeerd: r.tredeOngecorrigeerd,
        vorigeTrede: r.vorigeTrede,
        geldendeTrede: r.geldendeTrede,
        tredeBevroren: r.tredeBevroren,
        redenBesluit: r.redenBesluit,
        escalatie: r.escalatie,
        brieftabel: r.periode !== null && heeftBrieftabel(rapport, r.gemeente, r.periode),
      };
    });
  const eigenRijen = new Set(rijen.map((r) => r.row));
  return {
    gemeente: rijen[0].gemeente,
    blad: rapport.blad,
    perioden,
    opmerkingen: rapport.opmerkingen.filter((o) => eigenRijen.has(o.rij)),
  };
}

function heeftBrieftabel(rapport: Rapport, gemeente: string, periode: string): boolean {
  try {
    return brieftabelVoor(rapport, gemeente, periode) !== null;
  } catch {
    return false;
  }
}

/** The periods the chart shows: those with a trede (geldend) or a corrected backlog at the end. */
export function grafiekPerioden(dossier: Dossier): DossierPeriode[] {
  return dossier.perioden.filter(
    (p) => p.geldendeTrede !== null || p.getallen.achterstandEindGecorrigeerd !== null,
  );
}

/** Texts of the dossier sheet. */
export const dossierTeksten = {
  blad: (gemeente: string): string => `IBT Dossier ${gemeente}`,
  titel: (gemeente: string, blad: string): string => `Dossier ${gemeente} (blad ${blad})`,
  koppen: [
    "Periode",
    "Achterstand begin",
    "Taakstelling",
    "Herverdeling",
    "Totaalopgave",
    "Gerealiseerd",
    "Na-registratie",
    "Achterstand eind",
    "Achterstand gecorrigeerd",
    "Realisatie taakstelling",
    "Realisatie totaalopgave",
    "Trede berekend",
    "Trede vastgesteld",
    "Reden besluit",
    "Trede geldend",
    "Escalatie",
    "Brieftabel",
    "Toelichting",
  ],
  zonderPeriode: "zonder periode",
  ja: "ja",
  nee: "nee",
  bevrorenTrede: (trede: string): string => `${trede} (bevroren)`,
  bevroren: "Bevroren trede (regel 11).",
  tussenstand: (datum: string): string => `Tussenstand op ${datum}: nog geen achterstand eind en trede.`,
  zonderCorrectie: (trede: number): string => `Zonder correctie voor na-registratie trede ${trede}.`,
  opmerkingenTitel: "Opmerkingen van de controle",
  geenOpmerkingen: "Geen opmerkingen.",
  opmerkingKoppen: ["Cel", "Soort", "Opmerking"],
  ernst: { fout: "fout", waarschuwing: "waarschuwing", info: "info" },
  grafiekBlokTitel: "Trede en achterstand per periode",
  grafiekKoppen: ["Periode", "Trede (geldend)", "Achterstand gecorrigeerd"],
  grafiekTitel: (gemeente: string): string =>
    `${gemeente}: trede (kolommen, links) en achterstand gecorrigeerd (lijn, rechts)`,
} as const;

/** "2022-11-22" -> "22-11-2022". */
function datumNl(iso: string): string {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

function toelichting(p: DossierPeriode): string {
  const delen: string[] = [];
  if (p.meetdatum !== null) delen.push(dossierTeksten.tussenstand(datumNl(p.meetdatum)));
  if (p.tredeOngecorrigeerd !== null) delen.push(dossierTeksten.zonderCorrectie(p.tredeOngecorrigeerd));
  if (p.tredeBevroren) delen.push(dossierTeksten.bevroren);
  return delen.join(" ");
}

/**
 * The dossier as a sheet of its own: a title row, the header row and one row per period (figures as
 * numbers with Excel formats: counts "0", herverdeling "+0;-0;0", percentages "0%"); after an empty row
 * the remarks (cell, kind, text); after another the block behind the chart (period, trede geldend,
 * achterstand gecorrigeerd) with a native chart beside it: the trede as columns on the left axis (fixed
 * 0 to 6, so every step has the same height) and the backlog as a line with markers on the right axis.
 */
export function maakDossierBlad(dossier: Dossier): NieuwBlad {
  const koppen = [...dossierTeksten.koppen];
  const breedte = koppen.length;
  const vul = (rij: CelWaarde[]): CelWaarde[] => [...rij, ...new Array(breedte - rij.length).fill("")];
  const geen = (): (string | null)[] => new Array(breedte).fill(null);
  const getal = (x: number | null): CelWaarde => (x === null ? "" : x);
  const waarden: CelWaarde[][] = [vul([dossierTeksten.titel(dossier.gemeente, dossier.blad)]), koppen];
  const formaten: (string | null)[][] = [geen(), geen()];
  const rijFormaat = [
    "@",
    "0",
    "0",
    "+0;-0;0",
    "0",
    "0",
    "0",
    "0",
    "0",
    "0%",
    "0%",
    "0",
    "0",
    null,
    "0",
    null,
    null,
    null,
  ];
  for (const p of dossier.perioden) {
    const g = p.getallen;
    waarden.push([
      p.periode ?? dossierTeksten.zonderPeriode,
      getal(g.achterstandBegin),
      getal(g.taakstelling),
      getal(g.herverdeling),
      getal(g.totaalopgave),
      getal(g.gerealiseerd),
      getal(g.naRegistratie),
      getal(g.achterstandEind),
      getal(g.achterstandEindGecorrigeerd),
      getal(g.realisatieTaakstelling),
      getal(g.realisatieTotaalopgave),
      getal(g.trede),
      getal(g.vastgesteldeTrede),
      p.redenBesluit ?? "",
      getal(p.geldendeTrede),
      p.escalatie ?? "",
      p.brieftabel ? dossierTeksten.ja : dossierTeksten.nee,
      toelichting(p),
    ]);
    formaten.push([...rijFormaat]);
  }

  waarden.push(vul([]), vul([dossierTeksten.opmerkingenTitel]));
  formaten.push(geen(), geen());
  if (dossier.opmerkingen.length === 0) {
    waarden.push(vul([dossierTeksten.geenOpmerkingen]));
    formaten.push(geen());
  } else {
    waarden.push(vul([...dossierTeksten.opmerkingKoppen]));
    formaten.push(geen());
    for (const o of dossier.opmerkingen) {
      waarden.push(vul([o.cel, dossierTeksten.ernst[o.ernst], o.bericht]));
      formaten.push(geen());
    }
  }

  const grafieken: Grafiek[] = [];
  const inGrafiek = grafiekPerioden(dossier);
  if (inGrafiek.length > 0) {
    // 1-based sheet rows: the block's title two rows under the remarks, its header under the title.
    const titelRij = waarden.length + 2;
    const kopRij = titelRij + 1;
    waarden.push(vul([]), vul([dossierTeksten.grafiekBlokTitel]), vul([...dossierTeksten.grafiekKoppen]));
    formaten.push(geen(), geen(), geen());
    for (const p of inGrafiek) {
      waarden.push(
        vul([
          p.periode ?? dossierTeksten.zonderPeriode,
          getal(p.geldendeTrede),
          getal(p.getallen.achterstandEindGecorrigeerd),
        ]),
      );
      formaten.push(["@", "0", "0", ...new Array(breedte - 3).fill(null)]);
    }
    grafieken.push({
      titel: dossierTeksten.grafiekTitel(dossier.gemeente),
      bereik: `A${kopRij}:C${kopRij + inGrafiek.length}`,
      soort: "kolommenMetLijnRechts",
      schaal: { minimum: 0, maximum: 6, eenheid: 1 },
      positie: `E${titelRij}`,
    });
  }
  return {
    naam: bladNaam(dossierTeksten.blad(dossier.gemeente)),
    waarden,
    formaten,
    kolombreedten: [14, 12, 12, 12, 12, 12, 12, 12, 14, 14, 14, 10, 10, 40, 10, 12, 10, 50],
    grafieken,
  };
}
