/**
 * The stable `--json` shape of the check report (issue 3), read by other tools.
 */
import type { Escalatie, Trede } from "../domain";
import type { Ernst, Rapport, VersnellingAchterstand } from "./types";

/** One gemeente row in the `--json` report; keys in this order, unknown = null. */
export interface JsonRij {
  row: number;
  /** Official name (CBS) when the sheet's name is on the list, else the name as on the sheet. */
  gemeente: string | null;
  periode: string | null;
  achterstandBegin: number | null;
  taakstelling: number | null;
  herverdeling: number | null;
  extraOpgave: number | null;
  totaalopgave: number | null;
  gerealiseerd: number | null;
  naRegistratie: number | null;
  achterstandEind: number | null;
  achterstandEindGecorrigeerd: number | null;
  realisatieTaakstelling: number | null;
  realisatieTotaalopgave: number | null;
  taakstellingGehaald: boolean | null;
  vorigeTrede: Trede | null;
  trede: Trede | null;
  escalatie: Escalatie | null;
  /** The name as on the sheet when it differs from the official `gemeente`, else null. */
  gemeenteOpBlad: string | null;
  /** CBS code "GMxxxx", null when the name is not on the list. */
  gemeentecode: string | null;
  /** The next period's TS and TO as the row states them ("Nieuwe TS 2022-2"); null without such columns. */
  volgendePeriode: {
    periode: string | null;
    taakstelling: number | null;
    totaalopgave: number | null;
  } | null;
  /**
   * Rule 8 for the row within its period's set (the gemeenten of that period with an opdracht and a
   * backlog > 0), unrounded; null when not applicable. `versnellingAchterstand` says which backlog was
   * used ("geregistreerd" or "gecorrigeerd"), null for a row without an opdracht or with an unknown backlog.
   */
  opdrachtVersnelling: number | null;
  opdrachtPerAchterstand: number | null;
  aandeelOpdracht: number | null;
  aandeelAchterstand: number | null;
  verhouding: number | null;
  evenredigeOpdracht: number | null;
  verschil: number | null;
  versnellingAchterstand: VersnellingAchterstand | null;
  /**
   * Rule 11: the supervisors' decided step and its reason (null without a decision), and the step that
   * counts (the decided one, else the computed `trede`). (Added after rule 8's keys.)
   */
  vastgesteldeTrede: Trede | null;
  redenBesluit: string | null;
  geldendeTrede: Trede | null;
}

export interface JsonOpmerking {
  cell: string;
  severity: Ernst;
  code: string;
  message: string;
}

/** The `--json` report of `ibt check`. */
export interface JsonRapport {
  sheet: string;
  rows: JsonRij[];
  remarks: JsonOpmerking[];
  summary: {
    gemeenten: number;
    metAchterstand: number;
    perTrede: Record<"1" | "2" | "3" | "4" | "5" | "6", number>;
  };
}

/**
 * The report in the `--json` shape: every gemeente row (totals rows are left out: they are not
 * gemeenten), remarks in sheet order, and the summary. Numbers stay numbers (fractions unrounded).
 */
export function naarJsonRapport(rapport: Rapport): JsonRapport {
  return {
    sheet: rapport.blad,
    rows: rapport.rijen
      .filter((r) => !r.isTotaalrij)
      .map((r) => ({
        row: r.row,
        gemeente: r.gemeente,
        periode: r.periode,
        achterstandBegin: r.achterstandBegin,
        taakstelling: r.taakstelling,
        herverdeling: r.herverdeling,
        extraOpgave: r.extraOpgave,
        totaalopgave: r.totaalopgave,
        gerealiseerd: r.gerealiseerd,
        naRegistratie: r.naRegistratie,
        achterstandEind: r.achterstandEind,
        achterstandEindGecorrigeerd: r.achterstandEindGecorrigeerd,
        realisatieTaakstelling: r.realisatieTaakstelling,
        realisatieTotaalopgave: r.realisatieTotaalopgave,
        taakstellingGehaald: r.taakstellingGehaald,
        vorigeTrede: r.vorigeTrede,
        trede: r.trede,
        escalatie: r.escalatie,
        gemeenteOpBlad: r.gemeenteOpBlad,
        gemeentecode: r.gemeentecode,
        volgendePeriode: r.volgendePeriode && {
          periode: r.volgendePeriode.periode,
          taakstelling: r.volgendePeriode.taakstelling,
          totaalopgave: r.volgendePeriode.totaalopgave,
        },
        opdrachtVersnelling: r.opdrachtVersnelling,
        opdrachtPerAchterstand: r.opdrachtPerAchterstand,
        aandeelOpdracht: r.aandeelOpdracht,
        aandeelAchterstand: r.aandeelAchterstand,
        verhouding: r.verhouding,
        evenredigeOpdracht: r.evenredigeOpdracht,
        verschil: r.verschil,
        versnellingAchterstand: r.versnellingAchterstand,
        vastgesteldeTrede: r.vastgesteldeTrede,
        redenBesluit: r.redenBesluit,
        geldendeTrede: r.geldendeTrede,
      })),
    remarks: rapport.opmerkingen.map((o) => ({
      cell: o.cel,
      severity: o.ernst,
      code: o.code,
      message: o.bericht,
    })),
    summary: {
      gemeenten: rapport.samenvatting.gemeenten,
      metAchterstand: rapport.samenvatting.metAchterstand,
      perTrede: { ...rapport.samenvatting.perTrede },
    },
  };
}
