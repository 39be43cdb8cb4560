/**
 * The result of one gemeente's period in one place: rules 1, 2, 4, 5, 6 and 7 (docs/rekenregels.md)
 * composed from their single-rule functions. The sheet engine, the letter table and the prognose all
 * take their figures from here, so no formula exists twice.
 */
import {
  berekenAchterstandEind,
  berekenRealisatie,
  berekenTotaalopgave,
  berekenTotaalopgaveInclExtra,
  isTaakstellingGehaald,
  isTotaalopgaveGehaald,
} from "./opgave";
import { bepaalEscalatie, bepaalTrede, maatregel } from "./trede";
import type { Escalatie, Trede } from "./types";

/**
 * The figures of one period as far as they are known. `null` means unknown (a cell that could not be
 * read); an optional count that is simply absent (no herverdeling, no na-registratie) is 0, and the
 * caller passes 0 for it. All counts are whole persons in the achterstand convention.
 */
export interface PeriodeInvoer {
  taakstelling: number | null;
  achterstandBegin: number | null;
  /** H; 0 when there is none, null when unknown. */
  herverdeling: number | null;
  /** E; 0 when there is none, null when unknown. Never part of the totaalopgave (rule 1). */
  extraOpgave: number | null;
  /** A totaalopgave stated elsewhere, used only when TS, A_begin or H is unknown. */
  totaalopgaveOpgegeven?: number | null;
  gerealiseerd: number | null;
  /** N; 0 when there is none, null when unknown. */
  naRegistratie: number | null;
  /** The trede after the previous period, or null when unknown. */
  vorigeTrede: Trede | null;
  /**
   * True when the realisation is an interim figure (measured before the end peildatum): the
   * percentages are computed, the end backlog, gehaald and trede are not.
   */
  tussenstand?: boolean;
}

/** What the rules give for one period; `null` wherever an input needed for it is unknown. */
export interface PeriodeUitkomst {
  /** Rule 1 from TS + A_begin + H; null when one of them is unknown. */
  totaalopgaveBerekend: number | null;
  /** The computed totaalopgave, else the stated one. */
  totaalopgave: number | null;
  /** Rule 1: TO + E. */
  totaalopgaveInclExtra: number | null;
  /** Rule 2, registered: TO - R. */
  achterstandEind: number | null;
  /** Rule 2, corrected for late registration: TO - (R + N). */
  achterstandEindGecorrigeerd: number | null;
  /** Rule 4: R / TS, null when TS <= 0. */
  realisatieTaakstelling: number | null;
  /** Rule 4: R / TO, null when TO <= 0. */
  realisatieTotaalopgave: number | null;
  /** Rule 5: R + N >= TS. */
  taakstellingGehaald: boolean | null;
  /** Rule 5: corrected achterstand eind <= 0. */
  totaalopgaveGehaald: boolean | null;
  /** Rule 6 on the corrected backlog. */
  trede: Trede | null;
  /** Rule 6 on the registered backlog (equal to `trede` without na-registratie). */
  tredeOngecorrigeerd: Trede | null;
  /** Rule 7, null without a previous trede. */
  escalatie: Escalatie | null;
  /** Rule 7: the maatregel of `trede`. */
  maatregel: string | null;
}

/** Rule 4 as a number, or null when the divisor is not > 0. */
function realisatie(gerealiseerd: number | null, opgave: number | null): number | null {
  if (gerealiseerd === null || opgave === null) return null;
  const r = berekenRealisatie(gerealiseerd, opgave);
  return r.ok ? r.waarde : null;
}

/**
 * Rules 1, 2, 4, 5, 6 and 7 for one period. Leusden 2022-1 (TS 18, A_begin 21, R 13, N 8, previous
 * trede 2): totaalopgave 39, achterstand eind 26 (corrected 18), 72% and 33%, taakstelling gehaald,
 * totaalopgave not, trede 3 (on 26 also 3), Opschalen.
 */
export function berekenPeriode(invoer: PeriodeInvoer): PeriodeUitkomst {
  const { taakstelling, achterstandBegin, herverdeling, extraOpgave, gerealiseerd, naRegistratie } = invoer;
  const eind = invoer.tussenstand !== true;
  const totaalopgaveBerekend =
    taakstelling !== null && achterstandBegin !== null && herverdeling !== null
      ? berekenTotaalopgave(taakstelling, achterstandBegin, herverdeling)
      : null;
  const totaalopgave = totaalopgaveBerekend ?? invoer.totaalopgaveOpgegeven ?? null;
  const totaalopgaveInclExtra =
    totaalopgave !== null && extraOpgave !== null
      ? berekenTotaalopgaveInclExtra(totaalopgave, extraOpgave)
      : null;
  const achterstandEind =
    eind && totaalopgave !== null && gerealiseerd !== null
      ? berekenAchterstandEind(totaalopgave, gerealiseerd)
      : null;
  const achterstandEindGecorrigeerd =
    eind && totaalopgave !== null && gerealiseerd !== null && naRegistratie !== null
      ? berekenAchterstandEind(totaalopgave, gerealiseerd, naRegistratie)
      : null;
  const taakstellingGehaald =
    eind && taakstelling !== null && gerealiseerd !== null && naRegistratie !== null
      ? isTaakstellingGehaald(taakstelling, gerealiseerd, naRegistratie)
      : null;
  let trede: Trede | null = null;
  let tredeOngecorrigeerd: Trede | null = null;
  if (taakstelling !== null && achterstandEindGecorrigeerd !== null && achterstandEind !== null) {
    trede = bepaalTrede(achterstandEindGecorrigeerd, taakstelling, invoer.vorigeTrede);
    tredeOngecorrigeerd = bepaalTrede(achterstandEind, taakstelling, invoer.vorigeTrede);
  }
  return {
    totaalopgaveBerekend,
    totaalopgave,
    totaalopgaveInclExtra,
    achterstandEind,
    achterstandEindGecorrigeerd,
    realisatieTaakstelling: realisatie(gerealiseerd, taakstelling),
    realisatieTotaalopgave: realisatie(gerealiseerd, totaalopgave),
    taakstellingGehaald,
    totaalopgaveGehaald:
      achterstandEindGecorrigeerd !== null ? isTotaalopgaveGehaald(achterstandEindGecorrigeerd) : null,
    trede,
    tredeOngecorrigeerd,
    escalatie:
      trede !== null && invoer.vorigeTrede !== null ? bepaalEscalatie(invoer.vorigeTrede, trede) : null,
    maatregel: trede !== null ? maatregel(trede) : null,
  };
}
