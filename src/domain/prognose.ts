/**
 * Prognose at a linear pace and the required pace (rule 9 of docs/rekenregels.md). Day counts are whole UTC days.
 */
import { berichten } from "./berichten";
import { dagenTussen, formatIsoDatum, isGeldigeDatum } from "./datum";
import { valideerTaakstelling } from "./opgave";
import { beginPeildatum, eindPeildatum, formatPeriode } from "./periode";
import { berekenPeriode } from "./periodeUitkomst";
import { gelukt, mislukt, type DomeinFout, type Periode, type Resultaat, type Trede } from "./types";

/** Average month length in days used for "months left" (365.25 / 12 = 30.4375). */
export const DAGEN_PER_MAAND = 365.25 / 12;

/** Outcome of rule 9 for one gemeente and measuring date. */
export interface Prognose {
  /** Whole days from the start peildatum to the meetdatum. */
  dagenVerstreken: number;
  /** Whole days in the period (181, 182 or 184). */
  dagenTotaal: number;
  /** `floor(R_d * dagenTotaal / dagenVerstreken)`. */
  gerealiseerdPrognose: number;
  /** `TO - gerealiseerdPrognose`. */
  achterstandPrognose: number;
  /** Rule 6 on achterstandPrognose with the taakstelling and the previous trede. */
  tredePrognose: Trede;
  /** Persons per month still needed: `(TO - R_d) / (dagen over / 30.4375)`; 0 when nothing is left. */
  benodigdPerMaand: number;
  /** `R_d / TO >= dagenVerstreken / dagenTotaal`; true when TO <= 0. */
  opSchema: boolean;
}

interface Venster {
  dagenVerstreken: number;
  dagenTotaal: number;
}

/** Days elapsed and total, or `prognose-buiten-periode` when the meetdatum is not strictly inside. */
function bepaalVenster(periode: Periode, meetdatum: Date): Resultaat<Venster> {
  if (!isGeldigeDatum(meetdatum)) {
    return mislukt({ soort: "waarde", code: "datum-onbekend", bericht: berichten.datumOngeldig });
  }
  const begin = beginPeildatum(periode);
  const dagenTotaal = dagenTussen(begin, eindPeildatum(periode));
  const dagenVerstreken = dagenTussen(begin, meetdatum);
  if (dagenVerstreken <= 0 || dagenVerstreken >= dagenTotaal) {
    return mislukt({
      soort: "ontbreekt",
      code: "prognose-buiten-periode",
      bericht: berichten.prognoseBuitenPeriode(formatIsoDatum(meetdatum), formatPeriode(periode)),
    });
  }
  return gelukt({ dagenVerstreken, dagenTotaal });
}

/** `floor(R_d * dagenTotaal / dagenVerstreken)`: whole numbers, so the floor of an exact division. */
function gerealiseerdAanEinde(gerealiseerd: number, venster: Venster): number {
  return Math.floor((gerealiseerd * venster.dagenTotaal) / venster.dagenVerstreken);
}

/** `(opgave - R_d) / (dagen over / 30.4375)`; 0 when nothing is left (opgave - R_d <= 0). */
function tempoNodig(opgave: number, gerealiseerd: number, venster: Venster): number {
  const rest = opgave - gerealiseerd;
  if (rest <= 0) return 0;
  return rest / ((venster.dagenTotaal - venster.dagenVerstreken) / DAGEN_PER_MAAND);
}

function geheelAantal(
  x: number,
  nietNegatief: boolean,
  maakBericht: (x: number) => string,
): DomeinFout | null {
  if (!Number.isFinite(x)) {
    return { soort: "waarde", code: "aantal-geen-getal", bericht: berichten.aantalGeenGetal(x) };
  }
  if (!Number.isInteger(x))
    return { soort: "waarde", code: "aantal-geen-geheel-getal", bericht: maakBericht(x) };
  if (nietNegatief && x < 0)
    return { soort: "waarde", code: "aantal-negatief", bericht: berichten.aantalNegatief(x) };
  return null;
}

/**
 * Rule 9: persons housed by the end of the period at the pace so far,
 * `floor(R_d * (end - start) / (d - start))` in whole days. Leusden 2022-2 on 22-11-2022 with R 33:
 * 33 * 184 / 144 -> 42. Errors: R not a whole number >= 0 -> `waarde`; meetdatum at/before the start
 * or at/after the end -> `ontbreekt` `prognose-buiten-periode`.
 */
export function prognoseGerealiseerd(
  gerealiseerd: number,
  periode: Periode,
  meetdatum: Date,
): Resultaat<number> {
  const fout = geheelAantal(gerealiseerd, true, berichten.aantalGeenGeheelGetal);
  if (fout) return mislukt(fout);
  const venster = bepaalVenster(periode, meetdatum);
  if (!venster.ok) return venster;
  return gelukt(gerealiseerdAanEinde(gerealiseerd, venster.waarde));
}

/**
 * Rule 9: persons per month still needed to finish the opgave by the end of the period:
 * `(opgave - R_d) / (days left / (365.25 / 12))`; 0 when nothing is left (opgave - R_d <= 0).
 * Leusden 2022-2 on 22-11-2022: (51 - 33) / (40 / 30.4375) = 13.70. Errors as prognoseGerealiseerd;
 * opgave must be a whole number (negative allowed: a lead).
 */
export function benodigdTempo(
  opgave: number,
  gerealiseerd: number,
  periode: Periode,
  meetdatum: Date,
): Resultaat<number> {
  const fout =
    geheelAantal(opgave, false, berichten.prognoseTotaalopgaveOngeldig) ??
    geheelAantal(gerealiseerd, true, berichten.aantalGeenGeheelGetal);
  if (fout) return mislukt(fout);
  const venster = bepaalVenster(periode, meetdatum);
  if (!venster.ok) return venster;
  return gelukt(tempoNodig(opgave, gerealiseerd, venster.waarde));
}

/**
 * Rule 9 in full for one gemeente: prognose, achterstand and trede prognose (rule 6 with the
 * previous trede), required pace and "op schema" (`R_d / TO >= elapsed / total`; a TO <= 0 means
 * nothing is left: pace 0 and op schema). Leusden 2022-2 on 22-11-2022, R 33, TO 51, TS 24:
 * 144 of 184 days, prognose 42, achterstand 9, trede 2, not op schema.
 * Errors: non-whole or negative counts, a taakstelling < 0 -> `waarde`; meetdatum not strictly inside
 * the period -> `ontbreekt` `prognose-buiten-periode`.
 */
export function berekenPrognose(invoer: {
  gerealiseerd: number;
  periode: Periode;
  meetdatum: Date;
  totaalopgave: number;
  taakstelling: number;
  vorigeTrede?: Trede | null;
}): Resultaat<Prognose> {
  const { gerealiseerd, periode, meetdatum, totaalopgave, taakstelling } = invoer;
  const fout =
    geheelAantal(totaalopgave, false, berichten.prognoseTotaalopgaveOngeldig) ??
    geheelAantal(gerealiseerd, true, berichten.aantalGeenGeheelGetal);
  if (fout) return mislukt(fout);
  const ts = valideerTaakstelling(taakstelling);
  if (!ts.ok) return ts;
  const venster = bepaalVenster(periode, meetdatum);
  if (!venster.ok) return venster;
  const { dagenVerstreken, dagenTotaal } = venster.waarde;
  const gerealiseerdPrognose = gerealiseerdAanEinde(gerealiseerd, venster.waarde);
  // The period's figures (rules 2 and 6) as if the prognose were the realisation at the end peildatum.
  const opEinde = berekenPeriode({
    taakstelling,
    achterstandBegin: null,
    herverdeling: null,
    extraOpgave: 0,
    totaalopgaveOpgegeven: totaalopgave,
    gerealiseerd: gerealiseerdPrognose,
    naRegistratie: 0,
    vorigeTrede: invoer.vorigeTrede ?? null,
  });
  // Every input is known, so both are numbers.
  const achterstandPrognose = opEinde.achterstandEind as number;
  const tredePrognose = opEinde.trede as Trede;
  // TO <= 0 leaves nothing: R_d >= 0, so TO - R_d <= 0 and the pace is 0.
  const benodigdPerMaand = tempoNodig(totaalopgave, gerealiseerd, venster.waarde);
  // R_d / TO >= elapsed / total, cross-multiplied to stay in whole numbers. A TO <= 0 needs no case of
  // its own: R_d >= 0 and both day counts > 0, so the left side is >= 0 >= the right side (op schema).
  const opSchema = gerealiseerd * dagenTotaal >= dagenVerstreken * totaalopgave;
  return gelukt({
    dagenVerstreken,
    dagenTotaal,
    gerealiseerdPrognose,
    achterstandPrognose,
    tredePrognose,
    benodigdPerMaand,
    opSchema,
  });
}
