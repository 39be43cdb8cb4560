/**
 * The whole-sheet check: finds the header, reads the rows, and runs the checks in their modules,
 * row by row (rij.ts), along each gemeente's history (historie.ts), over totals rows (totaalrijen.ts)
 * and over the sheet (blad.ts); then summarises (samenvatting.ts). Every finding is a remark of the
 * check registry (controles.ts); one bad cell never stops the rest.
 */
import { beginKolomVan, sheetRij } from "./adres";
import { formatPeriode } from "../domain";
import {
  bepaalPeriodeVanBlad,
  isVersnellingsblad,
  meldKolommen,
  controleerHerverdelingen,
  controleerKolommen,
  controleerLegeRealisatie,
  controleerRuimteRechts,
  meldAfgeleid,
} from "./blad";
import { maakOpmerking } from "./controles";
import { markeerDubbeleRijen, rekenHistorie } from "./historie";
import { gezieneKoppen, pasPeriodeToe, vindKopregel } from "./kolommen";
import { deelKolommenIn, leesRijen, waardeVan, type LeesContext } from "./lezen";
import { rekenRij } from "./rij";
import { legeSamenvatting, sorteerOpmerkingen, telErnst, vatSamen } from "./samenvatting";
import { controleerTotaalrijen } from "./totaalrijen";
import type { Blad, ControleOpties, Opmerking, Rapport } from "./types";
import { berekenVersnelling } from "./versnellingBlad";

/**
 * Checks a period-overview sheet: finds the header row, reads every data row, computes the results
 * of the rules (docs/rekenregels.md) per row and along each gemeente's history, and reports every
 * finding. Never throws on cell content; an unusable sheet gives a report with kopRij null and a remark.
 */
export function controleerBlad(blad: Blad, opties: ControleOpties = {}): Rapport {
  const opmerkingen: Opmerking[] = [];
  const gevonden = vindKopregel(blad, opties.kolomToewijzing, opties.kopToewijzing);
  const eersteKolom = beginKolomVan(blad);
  if (!gevonden) {
    opmerkingen.push(
      maakOpmerking("kopregel-ontbreekt", sheetRij(blad, 0), eersteKolom, gezieneKoppen(blad)),
    );
    const samenvatting = legeSamenvatting();
    telErnst(samenvatting, opmerkingen);
    return {
      blad: blad.naam,
      kopRij: null,
      kolommen: [],
      rijen: [],
      opmerkingen,
      samenvatting,
      versnelling: null,
      bladPeriode: null,
      versnellingsblad: false,
    };
  }
  const versnellingsblad = isVersnellingsblad(gevonden);
  const heeftPeriodeKolom = gevonden.kolommen.some((k) => !k.eigen && k.veld === "periode");
  const { bladPeriode, bladHelft, bron } = heeftPeriodeKolom
    ? { bladPeriode: null, bladHelft: null, bron: null }
    : bepaalPeriodeVanBlad(
        blad,
        gevonden,
        deelKolommenIn(gevonden),
        eersteKolom,
        opmerkingen,
        versnellingsblad,
      );
  const kop = pasPeriodeToe(gevonden, bladPeriode, versnellingsblad);
  const indeling = deelKolommenIn(kop);
  controleerKolommen(kop, indeling, eersteKolom, opmerkingen, versnellingsblad);
  meldKolommen(kop, bladPeriode, opmerkingen);
  controleerRuimteRechts(kop, indeling, opmerkingen, versnellingsblad);

  const ctx: LeesContext = { blad, indeling, bladPeriode, bladHelft, opmerkingen };
  const heeftPeildata = indeling.peildata.length > 0;
  const werk = leesRijen(ctx, kop).map((g) => rekenRij(g, waardeVan(g.periode), opmerkingen, heeftPeildata));
  meldAfgeleid(werk, kop, indeling, eersteKolom, opmerkingen);

  const eerstePerPeriode = markeerDubbeleRijen(werk, opmerkingen);
  rekenHistorie(werk, eerstePerPeriode, opmerkingen);
  controleerTotaalrijen(werk, indeling, opmerkingen);
  controleerHerverdelingen(werk, kop, indeling, opmerkingen);
  controleerLegeRealisatie(werk, opmerkingen);

  const versnellingAchterstand = opties.versnellingAchterstand ?? "geregistreerd";
  const versnelling = berekenVersnelling(werk, indeling, versnellingAchterstand, opmerkingen);
  if (versnellingsblad)
    opmerkingen.push(maakOpmerking("versnellingsblad", kop.rij, eersteKolom, versnelling?.length ?? 0));
  const samenvatting = vatSamen(werk);
  const gesorteerd = sorteerOpmerkingen(opmerkingen);
  telErnst(samenvatting, gesorteerd);
  return {
    blad: blad.naam,
    kopRij: kop.rij,
    kolommen: kop.kolommen,
    rijen: werk.map((w) => w.res),
    opmerkingen: gesorteerd,
    samenvatting,
    versnelling,
    versnellingAchterstand,
    bladPeriode: bladPeriode && bron ? { periode: formatPeriode(bladPeriode), bron } : null,
    versnellingsblad,
  };
}
