/**
 * One row on its own: required cells, the period's figures from the domain (rules 1, 2, 4 and 5),
 * and every stated figure compared with the computed one.
 */
import {
  beginPeildatum,
  berekenPeriode,
  berekenVolgendeTotaalopgave,
  eindPeildatum,
  formatIsoDatum,
  formatPeildatum,
  formatPeriode,
  leidAchterstandBeginAf,
  leidGerealiseerdAf,
  rondProcentAf,
  type Periode,
  type PeriodeInvoer,
  volgendePeriode,
} from "../domain";
import { adres } from "./adres";
import { somTekst, type VerschilOorzaak } from "./berichten";
import { maakOpmerking } from "./controles";
import { VELD_LABELS } from "./kolommen";
import { waardeVan, type Gelezen, type GelezenRij, type Percentage } from "./lezen";
import type { Opmerking, RijResultaat } from "./types";
import type { Werkrij } from "./werkrij";

/** The column a remark about a field points at: its own, else the gemeente column. */
function kolomCel(rij: number, kolom: number | null, reserve: number): { cel: string; kolom: number } {
  const k = kolom ?? reserve;
  return { cel: adres(rij, k), kolom: k };
}

/** An optional count: 0 when empty or absent, null when unreadable. */
function nulAlsLeeg(g: Gelezen<number, number | null>): number | null {
  return g.status === "fout" ? null : (waardeVan(g) ?? 0);
}

/** What a difference between a stated and a computed figure equals, when that explains it. */
function verschilOorzaak(
  verschil: number,
  herverdeling: number | null,
  extra: number | null,
): VerschilOorzaak {
  if (herverdeling && verschil === -herverdeling) return "herverdeling-vergeten";
  if (extra && verschil === extra) return "extra-meegeteld";
  return null;
}

/** A stated percentage must round to the same whole percent as the computed one (either reading). */
function vergelijkProcent(
  opm: Opmerking[],
  rij: number,
  gerealiseerd: number | null,
  gelezen: Gelezen<Percentage>,
  berekendeFractie: number | null,
  deler: "taakstelling" | "totaalopgave",
  noemer: number | null,
): void {
  if (gelezen.status !== "ok" || berekendeFractie === null || noemer === null || gerealiseerd === null)
    return;
  const doel = rondProcentAf(berekendeFractie);
  const p = gelezen.waarde;
  if (rondProcentAf(p.fractie) === doel) return;
  if (p.alternatief !== null && rondProcentAf(p.alternatief) === doel) return;
  const label = deler === "taakstelling" ? "Realisatie taakstelling" : "Realisatie totaalopgave";
  opm.push(
    maakOpmerking(
      "realisatie-wijkt-af",
      rij,
      gelezen.kolom,
      label,
      p.fractie,
      berekendeFractie,
      gerealiseerd,
      deler,
      noemer,
    ),
  );
}

/** Required cells of a row that are empty; a row with only peildatum columns needs one for its start. */
function controleerVerplicht(
  g: GelezenRij,
  periode: Periode | null,
  heeftPeildata: boolean,
  opm: Opmerking[],
): void {
  const rij = g.rij;
  const n = g.getallen;
  if (g.gemeente === null)
    opm.push(maakOpmerking("gemeente-leeg", rij, g.gemeenteKolom, adres(rij, g.gemeenteKolom)));
  /** A required cell that is empty: the remark points at its column, else at the gemeente column. */
  const meldLeeg = (kolom: number | null, label: string, gevolg: string): void => {
    const c = kolomCel(rij, kolom, g.gemeenteKolom);
    opm.push(maakOpmerking("leeg", rij, c.kolom, label, c.cel, gevolg));
  };
  if (g.periode.status === "leeg")
    meldLeeg(g.periode.kolom, "Periode", "de rij telt niet mee in de historie van de gemeente.");
  if (n.taakstelling.status === "leeg")
    meldLeeg(
      n.taakstelling.kolom,
      "Taakstelling",
      "de totaalopgave, de realisatie en de trede zijn niet te berekenen.",
    );
  if (n.totaalopgave.status === "ok" || n.totaalopgave.status === "fout") return;
  const begin = n.achterstandBegin;
  if (begin.status === "leeg" || (begin.status === "afwezig" && n.totaalopgave.status === "leeg")) {
    const kolom = begin.status === "leeg" ? begin.kolom : n.totaalopgave.kolom;
    const label = begin.status === "leeg" ? VELD_LABELS.achterstandBegin : VELD_LABELS.totaalopgave;
    meldLeeg(kolom, label, "de totaalopgave is niet te berekenen.");
  } else if (begin.status === "afwezig" && heeftPeildata && periode !== null) {
    // (The totaalopgave is absent here: ok and fout returned above, leeg with no begin is the branch before.)
    // Only peildatum columns, none of them the start of this row's period: never silently null.
    opm.push(
      maakOpmerking(
        "geen-achterstand-begin",
        rij,
        g.gemeenteKolom,
        formatPeriode(periode),
        formatPeildatum(beginPeildatum(periode)),
      ),
    );
  }
}

/** The correctiedatum is after the end peildatum, and only with na-registratie. */
function controleerCorrectiedatum(
  g: GelezenRij,
  periode: Periode | null,
  naRegistratie: number | null,
  opm: Opmerking[],
): void {
  const c = g.correctiedatum;
  if (c.status !== "ok") return;
  const cel = adres(g.rij, c.kolom);
  if (periode !== null && c.waarde.getTime() <= eindPeildatum(periode).getTime()) {
    opm.push(
      maakOpmerking(
        "correctiedatum-te-vroeg",
        g.rij,
        c.kolom,
        cel,
        c.waarde,
        formatPeriode(periode),
        formatPeildatum(eindPeildatum(periode)),
      ),
    );
  }
  if (naRegistratie === 0)
    opm.push(maakOpmerking("correctiedatum-zonder-na-registratie", g.rij, c.kolom, cel, c.waarde));
}

/**
 * The next period's figures a row states ("Nieuwe TS 2022-2", "Nieuwe TO 2022-2"), and rule 10: the stated
 * next totaalopgave must be TS(next) + A_eind + H(next) with this period's registered achterstand eind.
 * Null when the sheet has no next-period column.
 */
function controleerVolgendePeriode(
  g: GelezenRij,
  periode: Periode | null,
  achterstandEind: number | null,
  opm: Opmerking[],
): RijResultaat["volgendePeriode"] {
  const n = g.getallen;
  const ts = n.volgendeTaakstelling;
  const to = n.volgendeTotaalopgave;
  const h = n.volgendeHerverdeling;
  if (ts.status === "afwezig" && to.status === "afwezig" && h.status === "afwezig") return null;
  const label = periode ? formatPeriode(volgendePeriode(periode)) : "volgende periode";
  const herverdeling = h.status === "fout" ? null : (waardeVan(h) ?? 0);
  if (
    to.status === "ok" &&
    ts.status === "ok" &&
    achterstandEind !== null &&
    herverdeling !== null &&
    !g.isTotaalrij
  ) {
    const berekend = berekenVolgendeTotaalopgave(ts.waarde, achterstandEind, herverdeling);
    if (berekend !== to.waarde)
      opm.push(
        maakOpmerking(
          "volgende-totaalopgave-wijkt-af",
          g.rij,
          to.kolom,
          adres(g.rij, to.kolom),
          label,
          to.waarde,
          berekend,
          somTekst(ts.waarde, achterstandEind, herverdeling),
        ),
      );
  }
  return {
    periode: periode ? formatPeriode(volgendePeriode(periode)) : null,
    taakstelling: waardeVan(ts),
    totaalopgave: waardeVan(to),
    herverdeling: waardeVan(h),
  };
}

/**
 * Per-row figures (rules 1, 2, 4 and 5 through the domain's berekenPeriode) and the comparisons of
 * stated figures. The trede needs the previous period: the history pass adds it.
 * @param heeftPeildata the sheet has peildatum columns (for the `geen-achterstand-begin` remark).
 */
export function rekenRij(
  g: GelezenRij,
  periode: Periode | null,
  opm: Opmerking[],
  heeftPeildata: boolean,
): Werkrij {
  const n = g.getallen;
  const rij = g.rij;
  const eindOpgegeven = waardeVan(n.achterstandEindOpgegeven);
  const extraOpgave = waardeVan(n.extraOpgave);
  const invoer: PeriodeInvoer = {
    taakstelling: waardeVan(n.taakstelling),
    achterstandBegin: waardeVan(n.achterstandBegin),
    herverdeling: nulAlsLeeg(n.herverdeling),
    extraOpgave: nulAlsLeeg(n.extraOpgave),
    totaalopgaveOpgegeven: waardeVan(n.totaalopgave),
    gerealiseerd: waardeVan(n.gerealiseerd),
    naRegistratie: nulAlsLeeg(n.naRegistratie),
    vorigeTrede: null,
  };
  if (!g.isTotaalrij) controleerVerplicht(g, periode, heeftPeildata, opm);

  let uitkomst = berekenPeriode(invoer);
  const { totaalopgaveBerekend } = uitkomst;
  const { taakstelling: ts, achterstandBegin: begin, herverdeling: h } = invoer;
  const to = n.totaalopgave;
  if (
    to.status === "ok" &&
    totaalopgaveBerekend !== null &&
    ts !== null &&
    begin !== null &&
    h !== null &&
    totaalopgaveBerekend !== to.waarde
  ) {
    opm.push(
      maakOpmerking(
        "totaalopgave-wijkt-af",
        rij,
        to.kolom,
        to.waarde,
        totaalopgaveBerekend,
        somTekst(ts, begin, h),
        verschilOorzaak(to.waarde - totaalopgaveBerekend, h, extraOpgave),
      ),
    );
  }

  // Without an achterstand begin, a stated totaalopgave tells it: A_begin = TO - TS - H ("TS 2022-1 18,
  // TO 2022-1 39" gives 21). Only when the sheet has no achterstand begin for the row at all.
  if (n.achterstandBegin.status === "afwezig" && to.status === "ok" && ts !== null && h !== null)
    invoer.achterstandBegin = leidAchterstandBeginAf(to.waarde, ts, h);

  // Without a realisation, an achterstand eind that is given tells what was realised.
  let afgeleid = false;
  if (
    invoer.gerealiseerd === null &&
    n.gerealiseerd.status !== "fout" &&
    eindOpgegeven !== null &&
    uitkomst.totaalopgave !== null
  ) {
    invoer.gerealiseerd = leidGerealiseerdAf(uitkomst.totaalopgave, eindOpgegeven);
    afgeleid = invoer.gerealiseerd !== null;
  }

  const meetdatum = waardeVan(g.meetdatum);
  const tussenstand =
    meetdatum !== null && periode !== null && meetdatum.getTime() < eindPeildatum(periode).getTime();
  invoer.tussenstand = tussenstand;
  uitkomst = berekenPeriode(invoer);
  const { gerealiseerd, taakstelling, naRegistratie } = invoer;
  const { totaalopgave, achterstandEind, achterstandEindGecorrigeerd } = uitkomst;

  if (tussenstand && gerealiseerd !== null && !g.isTotaalrij && g.meetdatum.status === "ok")
    opm.push(maakOpmerking("tussenstand", rij, g.meetdatum.kolom, gerealiseerd, g.meetdatum.waarde));
  if (!g.isTotaalrij) controleerCorrectiedatum(g, periode, naRegistratie, opm);

  // Rule 2: the stated achterstand eind.
  const eind = n.achterstandEindOpgegeven;
  if (
    eind.status === "ok" &&
    achterstandEind !== null &&
    totaalopgave !== null &&
    gerealiseerd !== null &&
    !afgeleid &&
    eind.waarde !== achterstandEind
  ) {
    if (naRegistratie && eind.waarde === achterstandEindGecorrigeerd) {
      opm.push(
        maakOpmerking(
          "achterstand-is-gecorrigeerd",
          rij,
          eind.kolom,
          eind.waarde,
          achterstandEind,
          totaalopgave,
          gerealiseerd,
          naRegistratie,
        ),
      );
    } else {
      opm.push(
        maakOpmerking(
          "achterstand-wijkt-af",
          rij,
          eind.kolom,
          eind.waarde,
          achterstandEind,
          totaalopgave,
          gerealiseerd,
          verschilOorzaak(eind.waarde - achterstandEind, invoer.herverdeling, extraOpgave),
        ),
      );
    }
  }

  // Rule 4: a percentage that cannot be computed, and stated percentages.
  if (!g.isTotaalrij && gerealiseerd !== null) {
    if (taakstelling !== null && uitkomst.realisatieTaakstelling === null) {
      const c = kolomCel(rij, n.taakstelling.kolom, g.gemeenteKolom);
      opm.push(maakOpmerking("deler-nul", rij, c.kolom, "taakstelling", taakstelling));
    }
    if (totaalopgave !== null && uitkomst.realisatieTotaalopgave === null) {
      const c = kolomCel(rij, n.totaalopgave.kolom ?? n.achterstandBegin.kolom, g.gemeenteKolom);
      opm.push(maakOpmerking("deler-nul", rij, c.kolom, "totaalopgave", totaalopgave));
    }
  }
  vergelijkProcent(
    opm,
    rij,
    gerealiseerd,
    g.realisatieTaakstelling,
    uitkomst.realisatieTaakstelling,
    "taakstelling",
    taakstelling,
  );
  vergelijkProcent(
    opm,
    rij,
    gerealiseerd,
    g.realisatieTotaalopgave,
    uitkomst.realisatieTotaalopgave,
    "totaalopgave",
    totaalopgave,
  );

  const volgende = controleerVolgendePeriode(g, periode, achterstandEind, opm);
  const correctiedatum = waardeVan(g.correctiedatum);
  const res: RijResultaat = {
    row: rij,
    gemeente: g.officieel?.naam ?? g.gemeente,
    gemeenteOpBlad: g.officieel && g.gemeente !== g.officieel.naam ? g.gemeente : null,
    gemeentecode: g.officieel?.code ?? null,
    periode: periode ? formatPeriode(periode) : null,
    achterstandBegin: invoer.achterstandBegin,
    taakstelling,
    herverdeling: waardeVan(n.herverdeling),
    extraOpgave,
    totaalopgave,
    totaalopgaveInclExtra: uitkomst.totaalopgaveInclExtra,
    gerealiseerd,
    naRegistratie: waardeVan(n.naRegistratie),
    achterstandEind,
    achterstandEindGecorrigeerd,
    realisatieTaakstelling: uitkomst.realisatieTaakstelling,
    realisatieTotaalopgave: uitkomst.realisatieTotaalopgave,
    taakstellingGehaald: uitkomst.taakstellingGehaald,
    totaalopgaveGehaald: uitkomst.totaalopgaveGehaald,
    vorigeTrede: null,
    trede: null,
    tredeOngecorrigeerd: null,
    escalatie: null,
    maatregel: null,
    // The supervisors' decision (issue: vastgestelde trede) is read and applied in the history pass.
    vastgesteldeTrede: null,
    redenBesluit: null,
    geldendeTrede: null,
    tredeBevroren: false,
    opdrachtVersnelling: waardeVan(n.opdrachtVersnelling),
    // Rule 8 per row follows over the period's set (versnellingBlad.ts).
    opdrachtPerAchterstand: null,
    aandeelOpdracht: null,
    aandeelAchterstand: null,
    verhouding: null,
    evenredigeOpdracht: null,
    verschil: null,
    versnellingAchterstand: null,
    meetdatum: meetdatum ? formatIsoDatum(meetdatum) : null,
    correctiedatum: correctiedatum ? formatIsoDatum(correctiedatum) : null,
    isTotaalrij: g.isTotaalrij,
    volgendePeriode: volgende,
  };
  return { g, invoer, res, periode, tussenstand, afgeleid, dubbel: false };
}
