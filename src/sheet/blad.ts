/**
 * Checks of the sheet as a whole: the header's columns, the sheet's period when there is no period
 * column, and the checks over all rows of a period (herverdelingen sum to 0, an empty realisation
 * among filled ones, realisations derived from the backlog).
 */
import { formatPeriode, isZelfdePeriode, vergelijkPerioden, volgendePeriode, type Periode } from "../domain";
import { adres, LAATSTE_KOLOM } from "./adres";
import { maakOpmerking } from "./controles";
import { koppenNoemen, periodeUitKoppen, periodeUitTweeling, VELD_LABELS, type KopRegel } from "./kolommen";
import type { KopDatum } from "./kopgrammatica";
import { bepaalBladPeriode, type KolomIndeling, type PeildatumKolom } from "./lezen";
import { uitvoerKolommenVanSoort } from "./schrijfplan";
import type { Blad, Opmerking } from "./types";
import { isGemeenteRij, type Werkrij } from "./werkrij";

/**
 * A header that reaches so far right that the output columns (uitvoerKolommenVanSoort: the one incl.
 * extra only with an extra-opgave column, the versnelling ones only with an opdracht column) would pass
 * column XFD: checking works, writing back cannot (the hosts refuse it then). Not when the sheet already
 * has own columns: the plan reuses those.
 */
export function controleerRuimteRechts(
  kop: KopRegel,
  indeling: KolomIndeling,
  opm: Opmerking[],
  versnellingsblad = false,
): void {
  if (kop.kolommen.some((k) => k.eigen)) return;
  const nodig = uitvoerKolommenVanSoort({
    extraOpgave: Boolean(indeling.perVeld.extraOpgave),
    opdracht: Boolean(indeling.perVeld.opdrachtVersnelling),
    besluit: Boolean(indeling.perVeld.vastgesteldeTrede),
    versnellingsblad,
  }).length;
  const laatste = Math.max(...kop.kolommen.map((k) => k.kolom));
  if (laatste + nodig <= LAATSTE_KOLOM) return;
  opm.push(maakOpmerking("geen-ruimte-rechts", kop.rij, laatste, adres(kop.rij, laatste), nodig));
}

/**
 * A versnelling sheet: a list of gemeenten with an opdracht versnelling and a backlog, without a
 * taakstelling, totaalopgave or realisation (the VRU's list of accelerated placements). Only rule 8.
 */
export function isVersnellingsblad(kop: KopRegel): boolean {
  const velden = new Set(kop.kolommen.map((k) => k.veld)); // own columns have no field
  return (
    velden.has("opdrachtVersnelling") &&
    !velden.has("taakstelling") &&
    !velden.has("totaalopgave") &&
    !velden.has("gerealiseerd") &&
    !velden.has("volgendeTaakstelling") &&
    !velden.has("volgendeTotaalopgave")
  );
}

/**
 * Remarks about single columns: a header of another period, a backlog without a date, a hidden input
 * column (read all the same).
 */
export function meldKolommen(kop: KopRegel, bladPeriode: Periode | null, opm: Opmerking[]): void {
  // Own columns have no field, header period, date or nietGebruikt: none of these remarks is theirs.
  for (const k of kop.kolommen) {
    const cel = adres(kop.rij, k.kolom);
    if (k.nietGebruikt === "anderePeriode" && k.kopPeriode && bladPeriode)
      opm.push(
        maakOpmerking(
          "kolom-andere-periode",
          kop.rij,
          k.kolom,
          k.kop,
          cel,
          formatPeriode(k.kopPeriode),
          formatPeriode(bladPeriode),
        ),
      );
    if (k.nietGebruikt === "datumBuitenPeriode" && k.kopDatum && bladPeriode)
      opm.push(
        maakOpmerking("kolom-datum-buiten-periode", kop.rij, k.kolom, k.kop, cel, formatPeriode(bladPeriode)),
      );
    if (k.nietGebruikt === "achterstandZonderDatum")
      opm.push(maakOpmerking("kolom-achterstand-zonder-datum", kop.rij, k.kolom, k.kop, cel));
    if (k.verborgen && (k.veld !== null || k.peildatum))
      opm.push(maakOpmerking("kolom-verborgen", kop.rij, k.kolom, k.kop, cel));
  }
}

/** Duplicate and missing required columns; a versnelling sheet requires nothing beyond its own. */
export function controleerKolommen(
  kop: KopRegel,
  indeling: KolomIndeling,
  eersteKolom: number,
  opm: Opmerking[],
  versnellingsblad = false,
): void {
  for (const d of kop.dubbel) {
    opm.push(
      maakOpmerking("kolom-dubbel", kop.rij, d.kolom.kolom, VELD_LABELS[d.veld], adres(kop.rij, d.eerste)),
    );
  }
  if (versnellingsblad) return;
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

/**
 * The peildatum a header date stands for: 1 januari or 1 juli, also the day before (31 december,
 * 30 juni); null for any other date. The year of "31-12-2021" is that of the peildatum, 2022.
 */
function grensVan(d: KopDatum): { maand: 1 | 7; jaar: number | null } | null {
  const volgendJaar = d.jaar === null ? null : d.jaar + 1;
  if (d.dag === 1 && d.maand === 1) return { maand: 1, jaar: d.jaar };
  if (d.dag === 31 && d.maand === 12) return { maand: 1, jaar: volgendJaar };
  if (d.dag === 1 && d.maand === 7) return { maand: 7, jaar: d.jaar };
  if (d.dag === 30 && d.maand === 6) return { maand: 7, jaar: d.jaar };
  return null;
}

/** Period implied by two peildatum columns with years (1 jan 2022 + 1 jul 2022 -> 2022-1). */
function periodeUitPeildata(indeling: KolomIndeling): Periode | null {
  const data: Periode[] = [];
  for (const { peildatum } of indeling.peildata) {
    const p = grensVan(peildatum);
    if (p !== null && p.jaar !== null) data.push({ jaar: p.jaar, helft: p.maand === 1 ? 1 : 2 });
  }
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
  const jan = indeling.peildata.find((k) => grensVan(k.peildatum)?.maand === 1);
  const jul = indeling.peildata.find((k) => grensVan(k.peildatum)?.maand === 7);
  if (!jan || !jul) return null;
  return jan.kolom < jul.kolom ? { helft: 1, begin: jan, eind: jul } : { helft: 2, begin: jul, eind: jan };
}

/**
 * The period of a sheet without a period column, in this order: from the headers (a period in a field
 * header, "TS 2022-1"; else two consecutive peildata with years), from the title rows above the header,
 * from the sheet name; else only the half year (or nothing), with a warning. Says where it came from
 * (`periode-uit-titel`, and `bron` for the report). A versnelling sheet needs no period: no warning.
 */
export function bepaalPeriodeVanBlad(
  blad: Blad,
  kop: KopRegel,
  indeling: KolomIndeling,
  eersteKolom: number,
  opm: Opmerking[],
  versnellingsblad = false,
): { bladPeriode: Periode | null; bladHelft: 1 | 2 | null; bron: string | null } {
  const gevonden = ((): { periode: Periode; bron: string } | null => {
    const uitKop = periodeUitKoppen(kop);
    const uitTitel = bepaalBladPeriode(blad, kop.groepIndex ?? kop.index);
    // The title's (or sheet name's) period stays when the headers name it too, when the headers name its
    // next period only ("Overzicht 2022-1" above "TS 2022-2"), or when a field is both plain and with
    // another period ("TS | TS 2023-1": the plain TS is the title's period).
    if (
      uitKop &&
      uitTitel &&
      (koppenNoemen(kop, uitTitel.periode) ||
        isZelfdePeriode(uitKop.periode, volgendePeriode(uitTitel.periode)) ||
        periodeUitTweeling(kop) !== null)
    )
      return uitTitel;
    if (uitKop)
      return {
        periode: uitKop.periode,
        bron: `de kop "${uitKop.kolom.kop}" (${adres(kop.rij, uitKop.kolom.kolom)})`,
      };
    const uitPeildata = periodeUitPeildata(indeling);
    if (uitPeildata) return { periode: uitPeildata, bron: "de peildata in de kopregel" };
    return uitTitel;
  })();
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
    return { bladPeriode: gevonden.periode, bladHelft: null, bron: gevonden.bron };
  }
  const helft = helftUitPeildata(indeling);
  if (!helft) {
    if (!versnellingsblad) opm.push(maakOpmerking("periode-onbekend", kop.rij, eersteKolom));
    return { bladPeriode: null, bladHelft: null, bron: null };
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
  return { bladPeriode: null, bladHelft: helft.helft, bron: null };
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
  // The column the end backlog came from: the stated one, or a dated column ("Achterstand 1-7-2022").
  const bron = werk.find((w) => w.afgeleid)?.g.getallen.achterstandEindOpgegeven.kolom;
  const kolom = indeling.perVeld.achterstandEindOpgegeven?.kolom ?? bron ?? eersteKolom;
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
    const k = String(w.res.periode);
    const s = sommen.get(k) ?? { periode: w.res.periode, som: 0 };
    s.som += h.waarde;
    sommen.set(k, s);
  }
  for (const s of [...sommen.values()].sort((a, b) => String(a.periode).localeCompare(String(b.periode)))) {
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
