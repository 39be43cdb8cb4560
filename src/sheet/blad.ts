/**
 * Checks of the sheet as a whole: the header's columns, the sheet's period when there is no period
 * column, and the checks over all rows of a period (herverdelingen sum to 0, an empty realisation
 * among filled ones, realisations derived from the backlog).
 */
import { formatPeriode, vergelijkPerioden, type Periode } from "../domain";
import { adres, LAATSTE_KOLOM } from "./adres";
import { maakOpmerking } from "./controles";
import { EIGEN_KOPPEN } from "./eigenKolommen";
import { VELD_LABELS, type KopRegel } from "./kolommen";
import { bepaalBladPeriode, type KolomIndeling, type PeildatumKolom } from "./lezen";
import type { Blad, Opmerking } from "./types";
import { isGemeenteRij, type Werkrij } from "./werkrij";

/**
 * A header that reaches so far right that the output columns (all of EIGEN_KOPPEN; the one incl. extra
 * only with an extra-opgave column) would pass column XFD: checking works, writing back cannot (the
 * hosts refuse it then). Not when the sheet already has own columns: the plan reuses those.
 */
export function controleerRuimteRechts(kop: KopRegel, indeling: KolomIndeling, opm: Opmerking[]): void {
  if (kop.kolommen.some((k) => k.eigen)) return;
  const nodig = Object.keys(EIGEN_KOPPEN).length - (indeling.perVeld.extraOpgave ? 0 : 1);
  const laatste = Math.max(...kop.kolommen.map((k) => k.kolom));
  if (laatste + nodig <= LAATSTE_KOLOM) return;
  opm.push(maakOpmerking("geen-ruimte-rechts", kop.rij, laatste, adres(kop.rij, laatste), nodig));
}

/** Duplicate and missing required columns. */
export function controleerKolommen(
  kop: KopRegel,
  indeling: KolomIndeling,
  eersteKolom: number,
  opm: Opmerking[],
): void {
  for (const d of kop.dubbel) {
    opm.push(
      maakOpmerking("kolom-dubbel", kop.rij, d.kolom.kolom, VELD_LABELS[d.veld], adres(kop.rij, d.eerste)),
    );
  }
  if (!indeling.perVeld.taakstelling) {
    opm.push(
      maakOpmerking(
        "kolom-ontbreekt",
        kop.rij,
        eersteKolom,
        "Taakstelling",
        kop.rij,
        "de totaalopgave, de realisatie en de trede zijn niet te berekenen.",
      ),
    );
  }
  if (
    !indeling.perVeld.achterstandBegin &&
    !indeling.perVeld.totaalopgave &&
    indeling.peildata.length === 0
  ) {
    opm.push(
      maakOpmerking(
        "kolom-ontbreekt",
        kop.rij,
        eersteKolom,
        "Achterstand begin (of Totaalopgave)",
        kop.rij,
        "de totaalopgave is niet te berekenen.",
      ),
    );
  }
}

/** Period implied by two peildatum columns with years (1 jan 2022 + 1 jul 2022 -> 2022-1). */
function periodeUitPeildata(indeling: KolomIndeling): Periode | null {
  const data: Periode[] = [];
  for (const { peildatum: p } of indeling.peildata)
    if (p.jaar !== null) data.push({ jaar: p.jaar, helft: p.maand === 1 ? 1 : 2 });
  data.sort(vergelijkPerioden);
  for (let i = 0; i + 1 < data.length; i++) {
    if (vergelijkPerioden(data[i + 1], data[i]) === 1) return data[i];
  }
  return null;
}

/**
 * The half year of a sheet whose peildatum columns have no (matching) years: the first "1 januari"
 * column left of the first "1 juli" column is a first half (begin, eind); "1 juli" left of "1 januari"
 * a second half. Null without both.
 */
function helftUitPeildata(
  indeling: KolomIndeling,
): { helft: 1 | 2; begin: PeildatumKolom; eind: PeildatumKolom } | null {
  const jan = indeling.peildata.find((k) => k.peildatum.maand === 1);
  const jul = indeling.peildata.find((k) => k.peildatum.maand === 7);
  if (!jan || !jul) return null;
  return jan.kolom < jul.kolom ? { helft: 1, begin: jan, eind: jul } : { helft: 2, begin: jul, eind: jan };
}

/**
 * The period of a sheet without a period column: from the title rows or the sheet name, else from its
 * peildatum columns; else only the half year (or nothing), with a warning. Says where it came from.
 */
export function bepaalPeriodeVanBlad(
  blad: Blad,
  kop: KopRegel,
  indeling: KolomIndeling,
  eersteKolom: number,
  opm: Opmerking[],
): { bladPeriode: Periode | null; bladHelft: 1 | 2 | null } {
  const gevonden = bepaalBladPeriode(blad, kop.index);
  if (gevonden) {
    opm.push(
      maakOpmerking(
        "periode-uit-titel",
        kop.rij,
        eersteKolom,
        formatPeriode(gevonden.periode),
        gevonden.bron,
      ),
    );
    return { bladPeriode: gevonden.periode, bladHelft: null };
  }
  const uitPeildata = periodeUitPeildata(indeling);
  if (uitPeildata) {
    opm.push(
      maakOpmerking(
        "periode-uit-titel",
        kop.rij,
        eersteKolom,
        formatPeriode(uitPeildata),
        "de peildata in de kopregel",
      ),
    );
    return { bladPeriode: uitPeildata, bladHelft: null };
  }
  const helft = helftUitPeildata(indeling);
  if (!helft) {
    opm.push(maakOpmerking("periode-onbekend", kop.rij, eersteKolom));
    return { bladPeriode: null, bladHelft: null };
  }
  const naam = (k: PeildatumKolom): string => `${k.kop} (${adres(kop.rij, k.kolom)})`;
  opm.push(
    maakOpmerking(
      "periode-jaar-onbekend",
      kop.rij,
      eersteKolom,
      helft.helft,
      naam(helft.begin),
      naam(helft.eind),
    ),
  );
  return { bladPeriode: null, bladHelft: helft.helft };
}

/** One info remark when realisations were derived from the achterstand eind. */
export function meldAfgeleid(
  werk: Werkrij[],
  kop: KopRegel,
  indeling: KolomIndeling,
  eersteKolom: number,
  opm: Opmerking[],
): void {
  const afgeleid = werk.filter((w) => w.afgeleid).length;
  if (afgeleid === 0) return;
  const kolom = indeling.perVeld.achterstandEindOpgegeven?.kolom ?? eersteKolom;
  opm.push(maakOpmerking("gerealiseerd-afgeleid", kop.rij, kolom, afgeleid));
}

/** Herverdelingen within one period sum to zero (Huisvestingswet art. 29 lid 2). */
export function controleerHerverdelingen(
  werk: Werkrij[],
  kop: KopRegel,
  indeling: KolomIndeling,
  opm: Opmerking[],
): void {
  const kolom = indeling.perVeld.herverdeling;
  if (!kolom) return;
  const sommen = new Map<string, { periode: string | null; som: number }>();
  for (const w of werk) {
    if (!isGemeenteRij(w) || w.dubbel) continue;
    if (w.g.periode.status !== "ok" && w.g.periode.status !== "afwezig") continue;
    const h = w.g.getallen.herverdeling;
    if (h.status !== "ok") continue;
    const k = w.res.periode ?? "";
    const s = sommen.get(k) ?? { periode: w.res.periode, som: 0 };
    s.som += h.waarde;
    sommen.set(k, s);
  }
  for (const s of [...sommen.values()].sort((a, b) => (a.periode ?? "").localeCompare(b.periode ?? ""))) {
    if (s.som !== 0) opm.push(maakOpmerking("herverdeling-niet-nul", kop.rij, kolom.kolom, s.periode, s.som));
  }
}

/** Info for an empty realisation in a period where other gemeenten have one. */
export function controleerLegeRealisatie(werk: Werkrij[], opm: Opmerking[]): void {
  const metRealisatie = new Set<string>();
  for (const w of werk) if (w.g.getallen.gerealiseerd.status === "ok") metRealisatie.add(w.res.periode ?? "");
  for (const w of werk) {
    const r = w.g.getallen.gerealiseerd;
    if (w.g.isTotaalrij || r.status !== "leeg" || w.afgeleid || !metRealisatie.has(w.res.periode ?? ""))
      continue;
    opm.push(maakOpmerking("gerealiseerd-leeg", w.g.rij, r.kolom, adres(w.g.rij, r.kolom)));
  }
}
