/**
 * The rapportage for Gedeputeerde Staten (issue 11, section 3): for the sheet's latest period the count
 * per trede (computed and geldend), who went up and who went down and why, the supervisors' decisions
 * that differ from the computed step, the largest backlogs, who is on schedule by the prognose (rule 9)
 * and the province totals. Pure: it reads the check's row results and calls the domain; no rule is
 * computed here a second time. `maakRapportageBlad` turns it into a sheet formatted for printing.
 */
import {
  berekenRealisatie,
  bepaalEscalatie,
  eindPeildatum,
  formatGetal,
  formatPeildatum,
  formatPeriode,
  formatProcent,
  parseDatum,
  parsePeriode,
  tredeNaam,
  vergelijkPerioden,
  type Escalatie,
  type Periode,
  type Trede,
} from "../domain";
import { gemeenteSleutel } from "./lezen";
import type { CelWaarde, NieuwBlad, PrognoseRij, Rapport, RijResultaat } from "./types";
import { bladNaam, prognosesVoor } from "./vergelijk";

export interface RapportageOpties {
  /** Meetdatum of a tussenstand when the rows carry none (the rows' own Meetdatum wins). */
  meetdatum?: Date;
  /** How many of the largest backlogs (default 10). */
  aantalAchterstanden?: number;
}

export interface TredeTelling {
  trede: Trede;
  naam: string;
  /** Gemeenten whose computed trede (rule 6) is this one. */
  berekend: number;
  /** Gemeenten whose geldende trede (decided, else computed) is this one. */
  geldend: number;
}

/** A gemeente that went up or down the ladder in the reported period. */
export interface Verschuiving {
  gemeente: string;
  richting: "Opschalen" | "Afschalen";
  /** The previous (geldende) trede and the geldende trede now. */
  van: Trede;
  naar: Trede;
  /** The computed trede, and the decided one when the sheet records a decision. */
  berekend: Trede | null;
  vastgesteld: Trede | null;
  /** The figures that decide it, in Dutch. */
  waarom: string;
}

/** A decided trede that differs from the computed one. */
export interface Besluit {
  gemeente: string;
  berekend: Trede | null;
  vastgesteld: Trede;
  reden: string | null;
}

export interface AchterstandRegel {
  gemeente: string;
  /** Registered backlog at the end peildatum, and corrected for na-registratie. */
  achterstand: number;
  gecorrigeerd: number | null;
  taakstelling: number | null;
  geldendeTrede: Trede | null;
}

/** The province's figures for one period: sums over the gemeenten (one row each, no totals rows). */
export interface Totalen {
  periode: string;
  tussenstand: boolean;
  gemeenten: number;
  taakstelling: number;
  herverdeling: number;
  totaalopgave: number;
  gerealiseerd: number;
  naRegistratie: number;
  /** Null for a tussenstand (no end figure yet). */
  achterstandEind: number | null;
  achterstandEindGecorrigeerd: number | null;
  /** R / TS and R / TO of the province (exact fractions; displays round half up); null for a divisor <= 0. */
  realisatieTaakstelling: number | null;
  realisatieTotaalopgave: number | null;
  /** Gemeenten of the period that lack one of the figures (they count with what they have). */
  onvolledig: number;
}

export interface PrognoseDeel {
  periode: string;
  /** ISO date of the measurement. */
  meetdatum: string;
  rijen: PrognoseRij[];
  opSchema: number;
  nietOpSchema: number;
}

export interface Rapportage {
  blad: string;
  /** The sheet's latest period with figures ("2022-2"); null when the sheet has none. */
  periode: string | null;
  /** True when that period is a tussenstand (realisation measured inside the period). */
  tussenstand: boolean;
  /** ISO date: the end peildatum of a closed period, the meetdatum of a tussenstand. */
  peildatum: string | null;
  /**
   * The latest closed period, whose treden, escalations and backlogs are reported: the period itself
   * when closed, else the one before it on the sheet (null when the sheet has none).
   */
  afgeslotenPeriode: string | null;
  afgeslotenPeildatum: string | null;
  treden: TredeTelling[];
  /** Gemeenten of the closed period without a trede (a figure missing). */
  zonderTrede: number;
  opgeschaald: Verschuiving[];
  afgeschaald: Verschuiving[];
  besluiten: Besluit[];
  grootsteAchterstanden: AchterstandRegel[];
  /** Rule 9 for a tussenstand; null for a closed period (see geenPrognose). */
  prognose: PrognoseDeel | null;
  geenPrognose: string | null;
  /** The closed period's totals, then the tussenstand's (when there is one). */
  totalen: Totalen[];
}

/** Dutch texts of the rapportage (sheet, terminal, task pane). */
export const rapportageTeksten = {
  bladNaam: (periode: string): string => `Rapportage ${periode}`,
  titel: (periode: string | null): string =>
    `Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten${periode ? `, ${periode}` : ""}`,
  peildatum: (r: Rapportage): string => {
    if (r.periode === null || r.peildatum === null) return "Het werkblad heeft geen periode met cijfers.";
    const datum = formatPeildatum(new Date(r.peildatum));
    if (!r.tussenstand) return `Peildatum ${datum}`;
    const na = r.afgeslotenPeriode
      ? `; treden na ${r.afgeslotenPeriode} (peildatum ${formatPeildatum(new Date(r.afgeslotenPeildatum!))})`
      : "; nog geen afgesloten periode op het werkblad";
    return `Tussenstand ${r.periode} op ${datum}${na}`;
  },
  bron: (blad: string, datum: Date): string => `Bron: werkblad ${blad}; opgesteld ${formatPeildatum(datum)}`,
  voettekst: (blad: string, datum: Date): string =>
    `IBT Huisvesting, werkblad ${blad}, ${formatPeildatum(datum)}`,
  totalenTitel: "Provinciale totalen",
  totalenKoppen: [
    "Periode",
    "Gemeenten",
    "Taakstelling",
    "Herverdeling",
    "Totaalopgave",
    "Gerealiseerd",
    "Na-registratie",
    "Achterstand eind",
    "Achterstand gecorrigeerd",
    "Realisatie taakstelling",
    "Realisatie totaalopgave",
  ],
  tussenstandLabel: (periode: string, meetdatum: string | null): string =>
    `${periode} (tussenstand${meetdatum ? ` ${formatPeildatum(new Date(meetdatum))}` : ""})`,
  tredenTitel: (periode: string | null): string =>
    `Aantal gemeenten per trede${periode ? ` na ${periode}` : ""}`,
  tredenKoppen: ["Trede", "Naam", "Berekend", "Geldend"],
  zonderTrede: "Zonder trede",
  opgeschaaldTitel: "Opgeschaald",
  afgeschaaldTitel: "Afgeschaald",
  verschuivingKoppen: ["Gemeente", "Van", "Naar", "Waarom"],
  geen: "Geen.",
  besluitenTitel: "Vastgestelde treden die afwijken van de berekende",
  besluitenKoppen: ["Gemeente", "Berekend", "Vastgesteld", "Reden"],
  achterstandenTitel: (periode: string | null): string =>
    `Grootste achterstanden${periode ? ` eind ${periode}` : ""}`,
  achterstandenKoppen: ["Gemeente", "Achterstand", "Gecorrigeerd", "Taakstelling", "Trede"],
  prognoseTitel: (p: PrognoseDeel): string =>
    `Prognose ${p.periode} (regel 9, meetdatum ${formatPeildatum(new Date(p.meetdatum))}): ${p.opSchema} op schema, ${p.nietOpSchema} niet`,
  prognoseKoppen: [
    "Gemeente",
    "Totaalopgave",
    "Gerealiseerd",
    "Prognose gerealiseerd",
    "Prognose achterstand",
    "Prognose trede",
    "Benodigd per maand",
    "Op schema",
  ],
  geenPrognoseTitel: "Prognose",
  geenPrognoseAfgesloten: (periode: string, peildatum: string): string =>
    `Geen prognose: ${periode} is afgesloten op ${peildatum}; een prognose (regel 9) hoort bij een tussenstand binnen een periode.`,
  geenPrognoseZonderPeriode: "Geen prognose: het werkblad heeft geen periode met cijfers.",
  ja: "ja",
  nee: "nee",
  // Why a gemeente went up or down: the figures of rule 6.
  achterstand: (a: number, geregistreerd: number | null): string =>
    geregistreerd !== null && geregistreerd !== a
      ? `achterstand ${formatGetal(a, 0)} na correctie (${formatGetal(geregistreerd, 0)} geregistreerd)`
      : `achterstand ${formatGetal(a, 0)}`,
  geenAchterstand: (a: number): string => (a < 0 ? `voorsprong ${formatGetal(-a, 0)}` : "geen achterstand"),
  kleinerDan: (ts: number): string => `kleiner dan de taakstelling ${formatGetal(ts, 0)}`,
  minstens: (ts: number, trede: Trede): string =>
    `minstens de taakstelling ${formatGetal(ts, 0)}; ${["eerste", "tweede", "derde", "vierde of latere"][trede - 3]} periode op rij`,
  gerealiseerd: (fractie: number, to: number): string =>
    `${formatProcent(fractie)} van de totaalopgave ${formatGetal(to, 0)} gerealiseerd`,
  besluit: (berekend: Trede | null, vastgesteld: Trede, reden: string | null): string =>
    `berekend ${berekend ?? "onbekend"}, vastgesteld ${vastgesteld}${reden ? `: ${reden}` : " (zonder reden)"}`,
} as const;

type GemeenteRij = RijResultaat & { gemeente: string; periode: string };

function leesPeriode(label: string): Periode | null {
  const p = parsePeriode(label);
  return p.ok ? p.waarde : null;
}

function isoDatum(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Per period label, the first row of each gemeente (a duplicate never wins, totals rows never). */
function rijenPerPeriode(rapport: Rapport): Map<string, GemeenteRij[]> {
  const uit = new Map<string, GemeenteRij[]>();
  const gezien = new Set<string>();
  for (const r of rapport.rijen) {
    if (r.isTotaalrij || r.gemeente === null || r.periode === null) continue;
    const sleutel = `${gemeenteSleutel(r.gemeente)}|${r.periode}`;
    if (gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    const lijst = uit.get(r.periode) ?? [];
    lijst.push(r as GemeenteRij);
    uit.set(r.periode, lijst);
  }
  return uit;
}

const isAfgesloten = (rijen: GemeenteRij[]): boolean => rijen.some((r) => r.trede !== null);
const isTussenstand = (rijen: GemeenteRij[]): boolean =>
  !isAfgesloten(rijen) && rijen.some((r) => r.meetdatum !== null && r.gerealiseerd !== null);

/** The rule 6 figures behind a row's computed trede, as a sentence part. */
function waaromTekst(r: GemeenteRij): string {
  const t = rapportageTeksten;
  const delen: string[] = [];
  const a = r.achterstandEindGecorrigeerd ?? r.achterstandEind;
  if (a !== null && r.trede !== null) {
    if (r.trede === 1) delen.push(t.geenAchterstand(a));
    else {
      const basis = t.achterstand(a, r.achterstandEind);
      if (r.taakstelling === null) delen.push(basis);
      else if (r.trede === 2) delen.push(`${basis}, ${t.kleinerDan(r.taakstelling)}`);
      else delen.push(`${basis}, ${t.minstens(r.taakstelling, r.trede)}`);
    }
  }
  if (r.realisatieTotaalopgave !== null && r.totaalopgave !== null)
    delen.push(t.gerealiseerd(r.realisatieTotaalopgave, r.totaalopgave));
  if (r.vastgesteldeTrede !== null && r.vastgesteldeTrede !== r.trede)
    delen.push(t.besluit(r.trede, r.vastgesteldeTrede, r.redenBesluit));
  return delen.join("; ");
}

/** The escalation on the step that counts: the row's own when no decision changes it (rule 7). */
function richtingVan(r: GemeenteRij): Escalatie | null {
  if (r.vorigeTrede === null || r.geldendeTrede === null) return null;
  if (r.geldendeTrede === r.trede && r.escalatie !== null) return r.escalatie;
  return bepaalEscalatie(r.vorigeTrede, r.geldendeTrede);
}

function som(rijen: GemeenteRij[], veld: (r: GemeenteRij) => number | null): number {
  return rijen.reduce((s, r) => s + (veld(r) ?? 0), 0);
}

function totalenVan(periode: string, rijen: GemeenteRij[], tussenstand: boolean): Totalen {
  const ts = som(rijen, (r) => r.taakstelling);
  const to = som(rijen, (r) => r.totaalopgave);
  const r = som(rijen, (x) => x.gerealiseerd);
  const realisatie = (deler: number): number | null => {
    const uit = berekenRealisatie(r, deler);
    return uit.ok ? uit.waarde : null;
  };
  const nodig = (x: GemeenteRij): (number | null)[] =>
    tussenstand
      ? [x.taakstelling, x.totaalopgave, x.gerealiseerd]
      : [x.taakstelling, x.totaalopgave, x.gerealiseerd, x.achterstandEind];
  return {
    periode,
    tussenstand,
    gemeenten: rijen.length,
    taakstelling: ts,
    herverdeling: som(rijen, (x) => x.herverdeling),
    totaalopgave: to,
    gerealiseerd: r,
    naRegistratie: som(rijen, (x) => x.naRegistratie),
    achterstandEind: tussenstand ? null : som(rijen, (x) => x.achterstandEind),
    achterstandEindGecorrigeerd: tussenstand
      ? null
      : som(rijen, (x) => x.achterstandEindGecorrigeerd ?? x.achterstandEind),
    realisatieTaakstelling: realisatie(ts),
    realisatieTotaalopgave: realisatie(to),
    onvolledig: rijen.filter((x) => nodig(x).some((w) => w === null)).length,
  };
}

/** The latest ISO meetdatum among the rows (they normally share one). */
function laatsteMeetdatum(rijen: GemeenteRij[]): Date | null {
  let laatste: Date | null = null;
  for (const r of rijen) {
    const d = parseDatum(r.meetdatum); // fails for a row without one
    if (d.ok && (!laatste || d.waarde.getTime() > laatste.getTime())) laatste = d.waarde;
  }
  return laatste;
}

const opNaam = (a: { gemeente: string }, b: { gemeente: string }): number =>
  a.gemeente.localeCompare(b.gemeente, "nl");

/**
 * The rapportage of a checked sheet for its latest period with figures. A closed period (rows with a
 * trede) reports its own treden and says there is no prognose; a tussenstand (realisation measured
 * inside the period, rows with a meetdatum) reports the treden of the latest closed period before it
 * and the prognose of rule 9 (prognosesVoor) at the rows' meetdatum.
 */
export function maakRapportage(rapport: Rapport, opties: RapportageOpties = {}): Rapportage {
  const perPeriode = rijenPerPeriode(rapport);
  const labels = [...perPeriode.keys()]
    .map((l) => ({ l, p: leesPeriode(l) }))
    .filter((x): x is { l: string; p: Periode } => x.p !== null)
    .sort((a, b) => vergelijkPerioden(b.p, a.p));
  const metCijfers = labels.filter(
    (x) => isAfgesloten(perPeriode.get(x.l)!) || isTussenstand(perPeriode.get(x.l)!),
  );
  const laatste = metCijfers[0] ?? null;
  const tussenstand = laatste !== null && !isAfgesloten(perPeriode.get(laatste.l)!);
  const afgesloten = metCijfers.find((x) => isAfgesloten(perPeriode.get(x.l)!)) ?? null;
  const rijen = afgesloten ? perPeriode.get(afgesloten.l)! : [];

  const treden: TredeTelling[] = ([1, 2, 3, 4, 5, 6] as Trede[]).map((trede) => ({
    trede,
    naam: tredeNaam(trede),
    berekend: rijen.filter((r) => r.trede === trede).length,
    geldend: rijen.filter((r) => r.geldendeTrede === trede).length,
  }));

  const verschuivingen: Verschuiving[] = [];
  for (const r of rijen) {
    const richting = richtingVan(r);
    if (richting !== "Opschalen" && richting !== "Afschalen") continue;
    verschuivingen.push({
      gemeente: r.gemeente,
      richting,
      van: r.vorigeTrede!,
      naar: r.geldendeTrede!,
      berekend: r.trede,
      vastgesteld: r.vastgesteldeTrede,
      waarom: waaromTekst(r),
    });
  }
  verschuivingen.sort(opNaam);

  const besluiten: Besluit[] = rijen
    .filter((r) => r.vastgesteldeTrede !== null && r.vastgesteldeTrede !== r.trede)
    .map((r) => ({
      gemeente: r.gemeente,
      berekend: r.trede,
      vastgesteld: r.vastgesteldeTrede!,
      reden: r.redenBesluit,
    }))
    .sort(opNaam);

  const grootsteAchterstanden: AchterstandRegel[] = rijen
    .filter((r): r is GemeenteRij & { achterstandEind: number } => (r.achterstandEind ?? 0) > 0)
    .map((r) => ({
      gemeente: r.gemeente,
      achterstand: r.achterstandEind,
      gecorrigeerd: r.achterstandEindGecorrigeerd,
      taakstelling: r.taakstelling,
      geldendeTrede: r.geldendeTrede,
    }))
    .sort((a, b) => b.achterstand - a.achterstand || opNaam(a, b))
    .slice(0, opties.aantalAchterstanden ?? 10);

  let prognose: PrognoseDeel | null = null;
  let geenPrognose: string | null = null;
  let peildatum: string | null = null;
  if (laatste === null) geenPrognose = rapportageTeksten.geenPrognoseZonderPeriode;
  else if (!tussenstand) {
    peildatum = isoDatum(eindPeildatum(laatste.p));
    geenPrognose = rapportageTeksten.geenPrognoseAfgesloten(
      laatste.l,
      formatPeildatum(eindPeildatum(laatste.p)),
    );
  } else {
    const meetdatum = laatsteMeetdatum(perPeriode.get(laatste.l)!) ?? opties.meetdatum ?? null;
    if (meetdatum !== null) {
      peildatum = isoDatum(meetdatum);
      const prognoseRijen = prognosesVoor(rapport, meetdatum).sort(opNaam);
      prognose = {
        periode: formatPeriode(laatste.p),
        meetdatum: peildatum,
        rijen: prognoseRijen,
        opSchema: prognoseRijen.filter((p) => p.opSchema === true).length,
        nietOpSchema: prognoseRijen.filter((p) => p.opSchema === false).length,
      };
    }
  }

  const totalen: Totalen[] = [];
  if (afgesloten) totalen.push(totalenVan(afgesloten.l, rijen, false));
  if (tussenstand && laatste) totalen.push(totalenVan(laatste.l, perPeriode.get(laatste.l)!, true));

  return {
    blad: rapport.blad,
    periode: laatste?.l ?? null,
    tussenstand,
    peildatum,
    afgeslotenPeriode: afgesloten?.l ?? null,
    afgeslotenPeildatum: afgesloten ? isoDatum(eindPeildatum(afgesloten.p)) : null,
    treden,
    zonderTrede: rijen.filter((r) => r.trede === null).length,
    opgeschaald: verschuivingen.filter((v) => v.richting === "Opschalen"),
    afgeschaald: verschuivingen.filter((v) => v.richting === "Afschalen"),
    besluiten,
    grootsteAchterstanden,
    prognose,
    geenPrognose,
    totalen,
  };
}

// ---- tables: one source for the sheet, the terminal, the task pane and the clipboard ----------------

/** A cell of a rapportage table: its value (number or text), its Dutch text and its number format. */
export interface RapportCel {
  waarde: CelWaarde;
  tekst: string;
  formaat: string | null;
  /** Right-aligned in text output (numbers). */
  rechts: boolean;
}

export interface RapportTabel {
  titel: string;
  koppen: string[];
  rijen: RapportCel[][];
  /** Shown instead of rows when there are none ("Geen.", or why there is no prognose). */
  leegTekst?: string;
}

const tekstCel = (t: string | null): RapportCel => ({
  waarde: t ?? "",
  tekst: t ?? "",
  formaat: null,
  rechts: false,
});
const getalCel = (n: number | null): RapportCel =>
  n === null
    ? { waarde: "", tekst: "", formaat: null, rechts: true }
    : { waarde: n, tekst: formatGetal(n, 0), formaat: "#,##0", rechts: true };
const procentCel = (f: number | null): RapportCel =>
  f === null
    ? { waarde: "", tekst: "", formaat: null, rechts: true }
    : { waarde: f, tekst: formatProcent(f), formaat: "0%", rechts: true };
const decimaalCel = (n: number | null): RapportCel =>
  n === null
    ? { waarde: "", tekst: "", formaat: null, rechts: true }
    : { waarde: n, tekst: formatGetal(n, 1), formaat: "0.0", rechts: true };
const tredeCel = (t: Trede | null): RapportCel =>
  t === null
    ? { waarde: "", tekst: "", formaat: null, rechts: true }
    : { waarde: t, tekst: String(t), formaat: "0", rechts: true };

/** The rapportage as tables, in the order the sheet prints them. */
export function rapportageTabellen(r: Rapportage): RapportTabel[] {
  const t = rapportageTeksten;
  const tussenstandMeetdatum = r.prognose?.meetdatum ?? (r.tussenstand ? r.peildatum : null);
  const verschuiving = (v: Verschuiving): RapportCel[] => [
    tekstCel(v.gemeente),
    tredeCel(v.van),
    tredeCel(v.naar),
    tekstCel(v.waarom),
  ];
  const tabellen: RapportTabel[] = [
    {
      titel: t.totalenTitel,
      koppen: [...t.totalenKoppen],
      rijen: r.totalen.map((x) => [
        tekstCel(x.tussenstand ? t.tussenstandLabel(x.periode, tussenstandMeetdatum) : x.periode),
        getalCel(x.gemeenten),
        getalCel(x.taakstelling),
        getalCel(x.herverdeling),
        getalCel(x.totaalopgave),
        getalCel(x.gerealiseerd),
        getalCel(x.naRegistratie),
        getalCel(x.achterstandEind),
        getalCel(x.achterstandEindGecorrigeerd),
        procentCel(x.realisatieTaakstelling),
        procentCel(x.realisatieTotaalopgave),
      ]),
      leegTekst: t.geen,
    },
    {
      titel: t.tredenTitel(r.afgeslotenPeriode),
      koppen: [...t.tredenKoppen],
      rijen: [
        ...r.treden.map((x) => [
          tredeCel(x.trede),
          tekstCel(x.naam),
          getalCel(x.berekend),
          getalCel(x.geldend),
        ]),
        ...(r.zonderTrede > 0
          ? [[tekstCel(""), tekstCel(t.zonderTrede), getalCel(r.zonderTrede), getalCel(r.zonderTrede)]]
          : []),
      ],
    },
    {
      titel: t.opgeschaaldTitel,
      koppen: [...t.verschuivingKoppen],
      rijen: r.opgeschaald.map(verschuiving),
      leegTekst: t.geen,
    },
    {
      titel: t.afgeschaaldTitel,
      koppen: [...t.verschuivingKoppen],
      rijen: r.afgeschaald.map(verschuiving),
      leegTekst: t.geen,
    },
  ];
  if (r.besluiten.length > 0) {
    tabellen.push({
      titel: t.besluitenTitel,
      koppen: [...t.besluitenKoppen],
      rijen: r.besluiten.map((b) => [
        tekstCel(b.gemeente),
        tredeCel(b.berekend),
        tredeCel(b.vastgesteld),
        tekstCel(b.reden),
      ]),
    });
  }
  tabellen.push({
    titel: t.achterstandenTitel(r.afgeslotenPeriode),
    koppen: [...t.achterstandenKoppen],
    rijen: r.grootsteAchterstanden.map((a) => [
      tekstCel(a.gemeente),
      getalCel(a.achterstand),
      getalCel(a.gecorrigeerd),
      getalCel(a.taakstelling),
      tredeCel(a.geldendeTrede),
    ]),
    leegTekst: t.geen,
  });
  if (r.prognose) {
    tabellen.push({
      titel: t.prognoseTitel(r.prognose),
      koppen: [...t.prognoseKoppen],
      rijen: r.prognose.rijen.map((p) => [
        tekstCel(p.gemeente),
        getalCel(p.totaalopgave),
        getalCel(p.gerealiseerd),
        getalCel(p.gerealiseerdPrognose),
        getalCel(p.achterstandPrognose),
        tredeCel(p.tredePrognose),
        decimaalCel(p.benodigdPerMaand),
        tekstCel(p.opSchema === null ? (p.opmerking ?? "") : p.opSchema ? t.ja : t.nee),
      ]),
      leegTekst: t.geen,
    });
  } else {
    tabellen.push({ titel: t.geenPrognoseTitel, koppen: [], rijen: [], leegTekst: r.geenPrognose ?? "" });
  }
  return tabellen;
}

/** Where the rapportage came from, for the title block and the footer. */
export interface RapportageBron {
  /** The checked sheet's name. */
  blad: string;
  /** The day the sheet is made (the footer's date). */
  datum: Date;
}

/** Rows at the top of the sheet (title, peildatum, source) that every printed page repeats. */
export const RAPPORTAGE_KOPRIJEN = 3;
const BREEDTE = 11;

/**
 * The rapportage as a sheet of its own, "Rapportage <periode>": a title block (title, peildatum, source
 * and date), then per table a heading, a header row and its rows (or a line saying there are none),
 * separated by an empty row. Numbers stay numbers with a number format; percentages are the exact
 * fraction with "0%" (Excel rounds the display half up, as the domain does). Printed on A4 landscape,
 * one page wide, the title block repeated on every page, a footer with the source sheet and the date.
 */
export function maakRapportageBlad(r: Rapportage, bron: RapportageBron): NieuwBlad {
  const t = rapportageTeksten;
  const waarden: CelWaarde[][] = [];
  const formaten: (string | null)[][] = [];
  const voeg = (cellen: CelWaarde[], fmt: (string | null)[] = []): void => {
    waarden.push([...cellen, ...new Array<CelWaarde>(BREEDTE - cellen.length).fill("")]);
    formaten.push([...fmt, ...new Array<string | null>(BREEDTE - fmt.length).fill(null)]);
  };
  voeg([t.titel(r.periode)]);
  voeg([t.peildatum(r)]);
  voeg([t.bron(bron.blad, bron.datum)]);
  for (const tabel of rapportageTabellen(r)) {
    voeg([]);
    voeg([tabel.titel]);
    if (tabel.rijen.length > 0) voeg(tabel.koppen); // a table with rows always has headers
    for (const rij of tabel.rijen)
      voeg(
        rij.map((c) => c.waarde),
        rij.map((c) => c.formaat),
      );
    if (tabel.rijen.length === 0 && tabel.leegTekst) voeg([tabel.leegTekst]);
  }
  return {
    naam: bladNaam(t.bladNaam(r.periode ?? "")),
    waarden,
    formaten,
    kolombreedten: [24, 12, 12, 14, 13, 13, 13, 14, 14, 13, 13],
    afdruk: {
      stand: "liggend",
      papier: "A4",
      paginasBreed: 1,
      voettekst: t.voettekst(bron.blad, bron.datum),
      paginanummers: true,
      kopRijenHerhalen: { van: 1, tot: RAPPORTAGE_KOPRIJEN },
    },
  };
}
