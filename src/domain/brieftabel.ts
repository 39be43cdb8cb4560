/**
 * The figure table of a toezichtbrief (docs/rekenregels.md, "De brieftabel"), computed instead of by hand.
 */
import { brieflabels, NIET_VAN_TOEPASSING } from "./berichten";
import { formatAantalMetTeken, formatGetal, formatProcent } from "./afronding";
import { berekenTotaalopgave } from "./opgave";
import { berekenPeriode } from "./periodeUitkomst";
import {
  beginPeildatum,
  eindPeildatum,
  formatPeildatum,
  formatPeriodeLang,
  volgendePeriode,
} from "./periode";
import type { Periode } from "./types";

/** One row of the letter table. */
export interface BriefRegel {
  /** Dutch label, e.g. `Stand van zaken 1 januari 2022`. */
  label: string;
  /** Text as the letter shows it, e.g. `21 vergunninghouders achterstand`, `72%`, `n.v.t.`. */
  waarde: string;
  /** The number behind it (achterstand convention for a stand; exact fraction for a percentage); null for n.v.t. */
  getal: number | null;
}

/** Input of the letter table for one gemeente and period (registered TVS figures). */
export interface BrieftabelInvoer {
  gemeente: string;
  periode: Periode;
  /** Registered achterstand at the start peildatum (negative = voorsprong). */
  achterstandBegin: number;
  taakstelling: number;
  /** Default 0. */
  herverdeling?: number;
  gerealiseerd: number;
  /** Late registrations N; default 0. A row for the corrected stand is added when N > 0. */
  naRegistratie?: number;
  /** Date the corrected backlog was measured (e.g. 1 augustus 2022), or null. */
  correctiedatum?: Date | null;
  /** The next period's taakstelling and herverdeling, or null for no "new period" block. */
  volgende?: { taakstelling: number; herverdeling?: number } | null;
}

function stand(label: string, achterstand: number): BriefRegel {
  return {
    label,
    waarde: brieflabels.stand(achterstand, formatGetal(Math.abs(achterstand), 0)),
    getal: achterstand,
  };
}

function aantal(label: string, n: number): BriefRegel {
  return { label, waarde: formatGetal(n, 0), getal: n };
}

/** A realisation (rule 4), or n.v.t. when it cannot be computed (the divisor is not > 0). */
function procent(label: string, fractie: number | null): BriefRegel {
  return fractie !== null
    ? { label, waarde: formatProcent(fractie), getal: fractie }
    : { label, waarde: NIET_VAN_TOEPASSING, getal: null };
}

/**
 * The rows of the letter table in the order of docs/rekenregels.md: stand at the start peildatum, taakstelling,
 * totaalopgave, gerealiseerd, realisation of taakstelling and totaalopgave (whole percent, half up;
 * `n.v.t.` when the divisor <= 0), registered stand at the end peildatum, the corrected stand when
 * N > 0 (at `correctiedatum`, else `na correctie voor na-registratie`); then, with `volgende`:
 * taakstelling of the next period, its start stand (the registered one, rule 3), herverdeling (when
 * not 0) and the new totaalopgave. Leusden 2022-1: 21 achterstand, 18, 39, 13, 72%, 33%, 26, 18;
 * then 24, 26, +1, 51.
 */
export function maakBrieftabel(invoer: BrieftabelInvoer): BriefRegel[] {
  const { periode, achterstandBegin, taakstelling, gerealiseerd } = invoer;
  const herverdeling = invoer.herverdeling ?? 0;
  const naRegistratie = invoer.naRegistratie ?? 0;
  const begin = formatPeildatum(beginPeildatum(periode));
  const eind = formatPeildatum(eindPeildatum(periode));
  const lang = formatPeriodeLang(periode);
  const uitkomst = berekenPeriode({
    taakstelling,
    achterstandBegin,
    herverdeling,
    extraOpgave: 0,
    gerealiseerd,
    naRegistratie,
    vorigeTrede: null,
  });
  // Every input is known, so every figure is a number.
  const totaalopgave = uitkomst.totaalopgave as number;
  const achterstandEind = uitkomst.achterstandEind as number;

  const regels: BriefRegel[] = [
    stand(brieflabels.standVanZaken(begin), achterstandBegin),
    aantal(brieflabels.taakstelling(lang), taakstelling),
    aantal(brieflabels.totaalopgave(begin, herverdeling !== 0, achterstandBegin < 0), totaalopgave),
    aantal(brieflabels.gerealiseerd(lang), gerealiseerd),
    procent(brieflabels.realisatieTaakstelling, uitkomst.realisatieTaakstelling),
    procent(brieflabels.realisatieTotaalopgave, uitkomst.realisatieTotaalopgave),
    stand(brieflabels.standVanZaken(eind), achterstandEind),
  ];
  if (naRegistratie > 0) {
    const moment = invoer.correctiedatum ? formatPeildatum(invoer.correctiedatum) : brieflabels.naCorrectie;
    regels.push(stand(brieflabels.standVanZaken(moment), uitkomst.achterstandEindGecorrigeerd as number));
  }
  if (invoer.volgende) {
    const volgende = volgendePeriode(periode);
    const herverdelingVolgende = invoer.volgende.herverdeling ?? 0;
    regels.push(
      aantal(brieflabels.taakstelling(formatPeriodeLang(volgende)), invoer.volgende.taakstelling),
      stand(brieflabels.standVanZaken(eind), achterstandEind),
    );
    if (herverdelingVolgende !== 0) {
      regels.push({
        label: brieflabels.herverdeling,
        waarde: formatAantalMetTeken(herverdelingVolgende),
        getal: herverdelingVolgende,
      });
    }
    regels.push(
      aantal(
        brieflabels.totaalopgaveNieuw,
        berekenTotaalopgave(invoer.volgende.taakstelling, achterstandEind, herverdelingVolgende),
      ),
    );
  }
  return regels;
}
