/**
 * State of the task pane: one reducer with a typed action union (pure; no Office, no React).
 */
import type { SchrijfUitkomst, WerkboekAdapter } from "../host/werkboek";
import type { Blad, Rapport, SchrijfPlan, Veld } from "../sheet/types";

export type Tab =
  "controleren" | "terugschrijven" | "vergelijken" | "brieftabel" | "prognose" | "dossier" | "rapportage";

export const TABS: readonly Tab[] = [
  "controleren",
  "terugschrijven",
  "vergelijken",
  "brieftabel",
  "prognose",
  "dossier",
  "rapportage",
];

export type Toewijzing = Record<number, Veld | null>;

export interface Toestand {
  tab: Tab;
  /** Text of the operation in progress (shown with a spinner), or null. */
  bezig: string | null;
  /** Error message shown in an error MessageBar, or null. */
  fout: string | null;
  /** Success message, or null. */
  melding: string | null;
  blad: Blad | null;
  rapport: Rapport | null;
  toewijzing: Toewijzing;
  plan: SchrijfPlan | null;
  uitkomst: SchrijfUitkomst | null;
  /** Cells the adapter asks to overwrite (the confirmation dialog is open while not null). */
  bevestiging: string[] | null;
  vergelijking: { gemeenten: string[] | null; gecorrigeerd: boolean };
  brief: { gemeente: string | null; periode: string | null };
  /**
   * `meetdatum` starts as today and follows the sheet's latest Meetdatum after a check, until the user
   * picks a date (`gekozen`).
   */
  prognose: { meetdatum: string; alleenAchter: boolean; gekozen: boolean };
}

export type Actie =
  | { type: "kiesTab"; tab: Tab }
  | { type: "start"; bezig: string }
  | { type: "mislukt"; fout: string }
  | { type: "sluitFout" }
  | { type: "sluitMelding" }
  | { type: "gecontroleerd"; blad: Blad; rapport: Rapport; toewijzing: Toewijzing }
  | { type: "planGemaakt"; plan: SchrijfPlan }
  | { type: "planGeannuleerd" }
  | { type: "vraagBevestiging"; cellen: string[] }
  | { type: "bevestigingBeantwoord" }
  | { type: "geschreven"; uitkomst: SchrijfUitkomst }
  | { type: "klaar"; melding?: string }
  | { type: "kiesGemeenten"; gemeenten: string[] }
  | { type: "zetGecorrigeerd"; aan: boolean }
  | { type: "kiesBriefGemeente"; gemeente: string }
  | { type: "kiesBriefPeriode"; periode: string }
  | { type: "zetMeetdatum"; meetdatum: string }
  | { type: "zetAlleenAchter"; aan: boolean };

export function beginToestand(vandaag: string): Toestand {
  return {
    tab: "controleren",
    bezig: null,
    fout: null,
    melding: null,
    blad: null,
    rapport: null,
    toewijzing: {},
    plan: null,
    uitkomst: null,
    bevestiging: null,
    vergelijking: { gemeenten: null, gecorrigeerd: false },
    brief: { gemeente: null, periode: null },
    prognose: { meetdatum: vandaag, alleenAchter: false, gekozen: false },
  };
}

export function verwerk(t: Toestand, a: Actie): Toestand {
  switch (a.type) {
    case "kiesTab":
      return { ...t, tab: a.tab, melding: null };
    case "start":
      return { ...t, bezig: a.bezig, fout: null, melding: null };
    case "mislukt":
      return { ...t, bezig: null, fout: a.fout, bevestiging: null };
    case "sluitFout":
      return { ...t, fout: null };
    case "sluitMelding":
      return { ...t, melding: null };
    case "gecontroleerd": {
      const uitBlad = t.prognose.gekozen ? null : laatsteMeetdatum(a.rapport);
      return {
        ...t,
        bezig: null,
        blad: a.blad,
        rapport: a.rapport,
        toewijzing: a.toewijzing,
        plan: null,
        prognose: uitBlad ? { ...t.prognose, meetdatum: uitBlad } : t.prognose,
      };
    }
    case "planGemaakt":
      return { ...t, plan: a.plan, uitkomst: null, fout: null, melding: null };
    case "planGeannuleerd":
      return { ...t, plan: null };
    case "vraagBevestiging":
      return { ...t, bevestiging: a.cellen };
    case "bevestigingBeantwoord":
      return { ...t, bevestiging: null };
    case "geschreven":
      return { ...t, bezig: null, uitkomst: a.uitkomst, plan: null, bevestiging: null };
    case "klaar":
      return { ...t, bezig: null, melding: a.melding ?? null };
    case "kiesGemeenten":
      return { ...t, vergelijking: { ...t.vergelijking, gemeenten: a.gemeenten } };
    case "zetGecorrigeerd":
      return { ...t, vergelijking: { ...t.vergelijking, gecorrigeerd: a.aan } };
    case "kiesBriefGemeente":
      return { ...t, brief: { gemeente: a.gemeente, periode: null } };
    case "kiesBriefPeriode":
      return { ...t, brief: { ...t.brief, periode: a.periode } };
    case "zetMeetdatum":
      return { ...t, prognose: { ...t.prognose, meetdatum: a.meetdatum, gekozen: true } };
    case "zetAlleenAchter":
      return { ...t, prognose: { ...t.prognose, alleenAchter: a.aan } };
  }
}

/** The latest Meetdatum (ISO) of the sheet's rows, or null when no row has one. */
export function laatsteMeetdatum(rapport: Rapport): string | null {
  let laatste: string | null = null;
  for (const r of rapport.rijen)
    if (r.meetdatum && (!laatste || r.meetdatum > laatste)) laatste = r.meetdatum;
  return laatste;
}

/** What every view receives from App. */
export interface ViewProps {
  toestand: Toestand;
  dispatch: (actie: Actie) => void;
  adapter: WerkboekAdapter;
}
