/**
 * The whole-sheet check: reads the rows, applies the rules of SPEC.md per row and along each
 * gemeente's history, and collects every finding as a remark. One bad cell never stops the rest.
 */
import {
  bepaalEscalatie,
  beginPeildatum,
  bepaalTrede,
  eindPeildatum,
  formatIsoDatum,
  formatPeildatum,
  formatPeriode,
  maatregel,
  rondProcentAf,
  vergelijkPerioden,
  vergelijkVersnelling,
  vorigePeriode,
  type Periode,
  type Trede,
  type VersnellingItem,
} from "../domain";
import { adres, beginKolomVan, sheetRij } from "./adres";
import { meldingen, somTekst } from "./berichten";
import { vindKopregel, VELD_LABELS, type KopRegel } from "./kolommen";
import {
  bepaalBladPeriode,
  deelKolommenIn,
  GETAL_VELDEN,
  gemeenteSleutel,
  leesRijen,
  maakOpmerking,
  type GelezenRij,
  type GetalVeld,
  type KolomIndeling,
  type LeesContext,
} from "./lezen";
import type {
  Blad,
  ControleOpties,
  KolomHerkenning,
  Opmerking,
  Rapport,
  RijResultaat,
  Samenvatting,
  Veld,
} from "./types";

/** Internal per-row state kept between the passes. */
interface Werkrij {
  g: GelezenRij;
  res: RijResultaat;
  periode: Periode | null;
  tussenstand: boolean;
  afgeleid: boolean;
  dubbel: boolean;
}

type TredeSleutel = keyof Samenvatting["perTrede"];

function legeSamenvatting(): Samenvatting {
  return {
    gemeenten: 0,
    metAchterstand: 0,
    perTrede: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0 },
    opgeschaald: 0,
    afgeschaald: 0,
    grootsteAchterstanden: [],
    fouten: 0,
    waarschuwingen: 0,
  };
}

function sorteerOpmerkingen(opmerkingen: Opmerking[]): Opmerking[] {
  return opmerkingen
    .map((o, i) => ({ o, i }))
    .sort((a, b) => a.o.rij - b.o.rij || a.o.kolom - b.o.kolom || a.i - b.i)
    .map((x) => x.o);
}

function telErnst(samenvatting: Samenvatting, opmerkingen: Opmerking[]): void {
  samenvatting.fouten = opmerkingen.filter((o) => o.ernst === "fout").length;
  samenvatting.waarschuwingen = opmerkingen.filter((o) => o.ernst === "waarschuwing").length;
}

/** Period implied by two peildatum columns with years (1 jan 2022 + 1 jul 2022 -> 2022-1). */
function periodeUitPeildata(indeling: KolomIndeling): Periode | null {
  const data = indeling.peildata
    .map((k) => k.peildatum!)
    .filter((p) => p.jaar !== null)
    .map((p) => ({ jaar: p.jaar!, helft: (p.maand === 1 ? 1 : 2) as 1 | 2 }))
    .sort(vergelijkPerioden);
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
): { helft: 1 | 2; begin: KolomHerkenning; eind: KolomHerkenning } | null {
  const jan = indeling.peildata.find((k) => k.peildatum!.maand === 1);
  const jul = indeling.peildata.find((k) => k.peildatum!.maand === 7);
  if (!jan || !jul) return null;
  return jan.kolom < jul.kolom ? { helft: 1, begin: jan, eind: jul } : { helft: 2, begin: jul, eind: jan };
}

function kolomCel(rij: number, kolom: number | null, reserve: number): { cel: string; kolom: number } {
  const k = kolom ?? reserve;
  return { cel: adres(rij, k), kolom: k };
}

function okWaarde(n: GelezenRij["getallen"], v: GetalVeld): number | null {
  return n[v].status === "ok" ? n[v].waarde : null;
}

/** A stated percentage must round to the same whole percent as the computed one (either reading). */
function vergelijkProcent(
  opm: Opmerking[],
  rij: number,
  gerealiseerd: number | null,
  gelezen: GelezenRij["realisatieTaakstelling"],
  berekendeFractie: number | null,
  label: string,
  deler: string,
  noemer: number | null,
): void {
  if (gelezen.status !== "ok" || berekendeFractie === null || noemer === null || gerealiseerd === null)
    return;
  const doel = rondProcentAf(berekendeFractie);
  const p = gelezen.waarde!;
  if (rondProcentAf(p.fractie) === doel) return;
  if (p.alternatief !== null && rondProcentAf(p.alternatief) === doel) return;
  opm.push(
    maakOpmerking(
      rij,
      gelezen.kolom!,
      "fout",
      "realisatie-wijkt-af",
      meldingen.realisatieWijktAf(label, p.fractie, berekendeFractie, gerealiseerd, deler, noemer),
    ),
  );
}

/** Per-row arithmetic (rules 1, 2, 4, 5) and the comparisons of stated figures. */
function rekenRij(g: GelezenRij, periode: Periode | null, opm: Opmerking[], heeftPeildata = false): Werkrij {
  const n = g.getallen;
  const achterstandBegin = okWaarde(n, "achterstandBegin");
  const taakstelling = okWaarde(n, "taakstelling");
  const herverdeling = n.herverdeling.status === "fout" ? null : (okWaarde(n, "herverdeling") ?? 0);
  const extraOpgave = okWaarde(n, "extraOpgave");
  const naRegistratie = n.naRegistratie.status === "fout" ? null : (okWaarde(n, "naRegistratie") ?? 0);
  const totaalopgaveOpgegeven = okWaarde(n, "totaalopgave");
  const eindOpgegeven = okWaarde(n, "achterstandEindOpgegeven");
  let gerealiseerd = okWaarde(n, "gerealiseerd");
  const rij = g.rij;

  if (!g.isTotaalrij) {
    if (g.gemeente === null)
      opm.push(
        maakOpmerking(
          rij,
          g.gemeenteKolom,
          "fout",
          "leeg",
          meldingen.gemeenteLeeg(adres(rij, g.gemeenteKolom)),
        ),
      );
    if (g.periode.status === "leeg") {
      const c = kolomCel(rij, g.periode.kolom, g.gemeenteKolom);
      opm.push(
        maakOpmerking(
          rij,
          c.kolom,
          "fout",
          "leeg",
          meldingen.leeg("Periode", c.cel, "de rij telt niet mee in de historie van de gemeente."),
        ),
      );
    }
    if (n.taakstelling.status === "leeg") {
      const c = kolomCel(rij, n.taakstelling.kolom, g.gemeenteKolom);
      opm.push(
        maakOpmerking(
          rij,
          c.kolom,
          "fout",
          "leeg",
          meldingen.leeg(
            "Taakstelling",
            c.cel,
            "de totaalopgave, de realisatie en de trede zijn niet te berekenen.",
          ),
        ),
      );
    }
    if (totaalopgaveOpgegeven === null && n.totaalopgave.status !== "fout") {
      const begin = n.achterstandBegin;
      if (begin.status === "leeg" || (begin.status === "afwezig" && n.totaalopgave.status === "leeg")) {
        const kolom = begin.status === "leeg" ? begin.kolom : n.totaalopgave.kolom;
        const label = begin.status === "leeg" ? VELD_LABELS.achterstandBegin : VELD_LABELS.totaalopgave;
        const c = kolomCel(rij, kolom, g.gemeenteKolom);
        opm.push(
          maakOpmerking(
            rij,
            c.kolom,
            "fout",
            "leeg",
            meldingen.leeg(label, c.cel, "de totaalopgave is niet te berekenen."),
          ),
        );
      } else if (
        begin.status === "afwezig" &&
        n.totaalopgave.status === "afwezig" &&
        heeftPeildata &&
        periode !== null
      ) {
        // Only peildatum columns, none of them the start of this row's period: never silently null.
        opm.push(
          maakOpmerking(
            rij,
            g.gemeenteKolom,
            "fout",
            "geen-achterstand-begin",
            meldingen.geenBeginPeildatum(formatPeriode(periode), formatPeildatum(beginPeildatum(periode))),
          ),
        );
      }
    }
  }

  // Rule 1.
  const berekend =
    taakstelling !== null && achterstandBegin !== null && herverdeling !== null
      ? taakstelling + achterstandBegin + herverdeling
      : null;
  if (berekend !== null && totaalopgaveOpgegeven !== null && berekend !== totaalopgaveOpgegeven) {
    const verschil = totaalopgaveOpgegeven - berekend;
    let bericht = meldingen.totaalopgaveWijktAf(
      totaalopgaveOpgegeven,
      berekend,
      somTekst(taakstelling!, achterstandBegin!, herverdeling!),
    );
    if (herverdeling !== 0 && verschil === -herverdeling!) bericht += meldingen.verschilHerverdeling;
    else if (extraOpgave !== null && extraOpgave !== 0 && verschil === extraOpgave)
      bericht += meldingen.verschilExtraMeegeteld;
    opm.push(maakOpmerking(rij, n.totaalopgave.kolom!, "fout", "totaalopgave-wijkt-af", bericht));
  }
  const totaalopgave = berekend ?? totaalopgaveOpgegeven;
  const totaalopgaveInclExtra =
    totaalopgave !== null && n.extraOpgave.status !== "fout" ? totaalopgave + (extraOpgave ?? 0) : null;

  // Without a realisation, an achterstand eind that is given tells what was realised.
  let afgeleid = false;
  if (
    gerealiseerd === null &&
    n.gerealiseerd.status !== "fout" &&
    eindOpgegeven !== null &&
    totaalopgave !== null &&
    totaalopgave - eindOpgegeven >= 0
  ) {
    gerealiseerd = totaalopgave - eindOpgegeven;
    afgeleid = true;
  }

  const meetdatum = g.meetdatum.status === "ok" ? g.meetdatum.waarde : null;
  const tussenstand =
    meetdatum !== null && periode !== null && meetdatum.getTime() < eindPeildatum(periode).getTime();
  if (tussenstand && gerealiseerd !== null && !g.isTotaalrij) {
    opm.push(
      maakOpmerking(
        rij,
        g.meetdatum.kolom!,
        "info",
        "tussenstand",
        meldingen.tussenstand(gerealiseerd, meetdatum!),
      ),
    );
  }

  // The date the corrected backlog was measured: after the end peildatum, and only with na-registratie.
  const correctiedatum = g.correctiedatum.status === "ok" ? g.correctiedatum.waarde : null;
  if (correctiedatum !== null && !g.isTotaalrij) {
    const kolom = g.correctiedatum.kolom!;
    const cel = adres(rij, kolom);
    if (periode !== null && correctiedatum.getTime() <= eindPeildatum(periode).getTime()) {
      opm.push(
        maakOpmerking(
          rij,
          kolom,
          "waarschuwing",
          "correctiedatum-te-vroeg",
          meldingen.correctiedatumTeVroeg(
            cel,
            correctiedatum,
            formatPeriode(periode),
            formatPeildatum(eindPeildatum(periode)),
          ),
        ),
      );
    }
    if (naRegistratie === 0) {
      opm.push(
        maakOpmerking(
          rij,
          kolom,
          "info",
          "correctiedatum-zonder-na-registratie",
          meldingen.correctiedatumZonderNaRegistratie(cel, correctiedatum),
        ),
      );
    }
  }

  // Rule 2.
  const achterstandEind =
    totaalopgave !== null && gerealiseerd !== null && !tussenstand ? totaalopgave - gerealiseerd : null;
  const achterstandEindGecorrigeerd =
    achterstandEind !== null && naRegistratie !== null ? achterstandEind - naRegistratie : null;

  if (achterstandEind !== null && eindOpgegeven !== null && !afgeleid && eindOpgegeven !== achterstandEind) {
    const kolom = n.achterstandEindOpgegeven.kolom!;
    const basis = meldingen.achterstandWijktAf(eindOpgegeven, achterstandEind, totaalopgave!, gerealiseerd!);
    const verschil = eindOpgegeven - achterstandEind;
    if (naRegistratie && eindOpgegeven === achterstandEindGecorrigeerd) {
      opm.push(
        maakOpmerking(
          rij,
          kolom,
          "info",
          "achterstand-wijkt-af",
          basis + meldingen.achterstandIsGecorrigeerd(naRegistratie),
        ),
      );
    } else {
      let bericht = basis;
      if (herverdeling && verschil === -herverdeling) bericht += meldingen.verschilHerverdeling;
      else if (extraOpgave && verschil === extraOpgave) bericht += meldingen.verschilExtraMeegeteld;
      opm.push(maakOpmerking(rij, kolom, "fout", "achterstand-wijkt-af", bericht));
    }
  }

  // Rule 4.
  let realisatieTaakstelling: number | null = null;
  let realisatieTotaalopgave: number | null = null;
  if (gerealiseerd !== null && taakstelling !== null) {
    if (taakstelling > 0) realisatieTaakstelling = gerealiseerd / taakstelling;
    else if (!g.isTotaalrij) {
      const c = kolomCel(rij, n.taakstelling.kolom, g.gemeenteKolom);
      opm.push(
        maakOpmerking(rij, c.kolom, "info", "deler-nul", meldingen.delerNulTaakstelling(taakstelling)),
      );
    }
  }
  if (gerealiseerd !== null && totaalopgave !== null) {
    if (totaalopgave > 0) realisatieTotaalopgave = gerealiseerd / totaalopgave;
    else if (!g.isTotaalrij) {
      const c = kolomCel(rij, n.totaalopgave.kolom ?? n.achterstandBegin.kolom, g.gemeenteKolom);
      opm.push(
        maakOpmerking(rij, c.kolom, "info", "deler-nul", meldingen.delerNulTotaalopgave(totaalopgave)),
      );
    }
  }
  vergelijkProcent(
    opm,
    rij,
    gerealiseerd,
    g.realisatieTaakstelling,
    realisatieTaakstelling,
    "Realisatie taakstelling",
    "taakstelling",
    taakstelling,
  );
  vergelijkProcent(
    opm,
    rij,
    gerealiseerd,
    g.realisatieTotaalopgave,
    realisatieTotaalopgave,
    "Realisatie totaalopgave",
    "totaalopgave",
    totaalopgave,
  );

  // Rule 5.
  const taakstellingGehaald =
    gerealiseerd !== null && taakstelling !== null && naRegistratie !== null && !tussenstand
      ? gerealiseerd + naRegistratie >= taakstelling
      : null;
  const totaalopgaveGehaald = achterstandEindGecorrigeerd !== null ? achterstandEindGecorrigeerd <= 0 : null;

  const res: RijResultaat = {
    row: rij,
    gemeente: g.gemeente,
    periode: periode ? formatPeriode(periode) : null,
    achterstandBegin,
    taakstelling,
    herverdeling: okWaarde(n, "herverdeling"),
    extraOpgave,
    totaalopgave,
    totaalopgaveInclExtra,
    gerealiseerd,
    naRegistratie: okWaarde(n, "naRegistratie"),
    achterstandEind,
    achterstandEindGecorrigeerd,
    realisatieTaakstelling,
    realisatieTotaalopgave,
    taakstellingGehaald,
    totaalopgaveGehaald,
    vorigeTrede: null,
    trede: null,
    tredeOngecorrigeerd: null,
    escalatie: null,
    maatregel: null,
    opdrachtVersnelling: okWaarde(n, "opdrachtVersnelling"),
    meetdatum: meetdatum ? formatIsoDatum(meetdatum) : null,
    correctiedatum: correctiedatum ? formatIsoDatum(correctiedatum) : null,
    isTotaalrij: g.isTotaalrij,
  };
  return { g, res, periode, tussenstand, afgeleid, dubbel: false };
}

const sleutelVan = (sleutel: string, p: Periode | null): string => `${sleutel}|${p ? formatPeriode(p) : ""}`;

/** Rules 3, 6 and 7 along each gemeente's history, whatever the row order. */
function rekenHistorie(werk: Werkrij[], opm: Opmerking[]): void {
  const kaart = new Map<string, Werkrij>();
  for (const w of werk) {
    if (w.g.sleutel === null || w.g.isTotaalrij) continue;
    if (w.g.periode.status !== "ok" && w.g.periode.status !== "afwezig") continue;
    const k = sleutelVan(w.g.sleutel, w.periode);
    const eerste = kaart.get(k);
    if (eerste) {
      w.dubbel = true;
      opm.push(
        maakOpmerking(
          w.g.rij,
          w.g.gemeenteKolom,
          "fout",
          "dubbele-rij",
          meldingen.dubbeleRij(w.g.gemeente!, w.res.periode, eerste.g.rij),
        ),
      );
    } else kaart.set(k, w);
  }
  const volgorde = werk
    .filter((w) => w.g.sleutel !== null && !w.g.isTotaalrij)
    .sort((a, b) =>
      a.periode && b.periode ? vergelijkPerioden(a.periode, b.periode) : a.periode ? -1 : b.periode ? 1 : 0,
    );
  for (const w of volgorde) {
    const { g, res } = w;
    const vorigeRij = w.periode ? kaart.get(sleutelVan(g.sleutel!, vorigePeriode(w.periode))) : undefined;
    let vorige: Trede | null = null;
    if (g.vorigeTrede.status === "ok") {
      vorige = g.vorigeTrede.waarde;
      const berekend = vorigeRij?.res.trede ?? null;
      if (berekend !== null && berekend !== vorige) {
        opm.push(
          maakOpmerking(
            g.rij,
            g.vorigeTrede.kolom!,
            "waarschuwing",
            "vorige-trede-wijkt-af",
            meldingen.vorigeTredeWijktAf(vorige!, berekend, vorigeRij!.res.periode!, vorigeRij!.g.rij),
          ),
        );
      }
    } else if (vorigeRij) vorige = vorigeRij.res.trede;
    res.vorigeTrede = vorige;

    // Rule 3: the period starts where the previous one ended (registered).
    if (vorigeRij && res.achterstandBegin !== null && g.getallen.achterstandBegin.status === "ok") {
      const eind =
        vorigeRij.res.achterstandEind ?? vorigeRij.g.getallen.achterstandEindOpgegeven.waarde ?? null;
      if (eind !== null && eind !== res.achterstandBegin) {
        let bericht = meldingen.ketenBreuk(
          res.periode!,
          res.achterstandBegin,
          g.rij,
          vorigeRij.res.periode!,
          eind,
          vorigeRij.g.rij,
        );
        if (vorigeRij.res.achterstandEindGecorrigeerd === res.achterstandBegin)
          bericht += meldingen.ketenGecorrigeerd;
        opm.push(
          maakOpmerking(g.rij, g.getallen.achterstandBegin.kolom!, "waarschuwing", "keten-breuk", bericht),
        );
      }
    }

    // Rule 6 on the corrected backlog; the registered one for comparison.
    const ts = res.taakstelling;
    if (ts !== null && res.achterstandEindGecorrigeerd !== null) {
      const trede = bepaalTrede(res.achterstandEindGecorrigeerd, ts, vorige);
      res.trede = trede;
      res.maatregel = maatregel(trede);
      res.escalatie = vorige !== null ? bepaalEscalatie(vorige, trede) : null;
      if (res.achterstandEind !== null) {
        const ongecorrigeerd = bepaalTrede(res.achterstandEind, ts, vorige);
        if (ongecorrigeerd !== trede) {
          res.tredeOngecorrigeerd = ongecorrigeerd;
          const kolom = g.getallen.naRegistratie.kolom ?? g.gemeenteKolom;
          opm.push(
            maakOpmerking(
              g.rij,
              kolom,
              "info",
              "trede-correctie-verschil",
              meldingen.tredeCorrectieVerschil(trede, ongecorrigeerd, res.naRegistratie ?? 0),
            ),
          );
        }
      }
      if (g.trede.status === "ok" && g.trede.waarde !== trede) {
        opm.push(
          maakOpmerking(
            g.rij,
            g.trede.kolom!,
            "waarschuwing",
            "trede-wijkt-af",
            meldingen.tredeWijktAf(
              g.trede.waarde!,
              trede,
              meldingen.tredeReden(res.achterstandEindGecorrigeerd, ts, vorige),
            ),
          ),
        );
      }
    }
  }
}

/** A grand total by its name: "Provincie Utrecht", "Eindtotaal", "Generaal totaal", "Totaal provincie". */
const EINDTOTAAL = /^(provincie|eindtotaal|generaal totaal)\b|^totaal provincie\b/;

/**
 * A totals row must equal the sum of the gemeente rows it closes (docs/kolommen.md, "Totaalrijen"):
 * - a grand total (named "Provincie ...", "Eindtotaal", "Generaal totaal", or directly below another
 *   totals row, which closes a series of subtotals) sums the gemeente rows since the previous grand
 *   total (from the top when there is none);
 * - any other totals row (a subtotal) sums the gemeente rows since the previous totals row of the
 *   same period (or without a period, or the previous grand total);
 * - a totals row with a period counts only the gemeente rows of that period.
 * The values are the ones already read (GelezenRij.perKolom), in the column's sign in the message.
 */
function controleerTotaalrijen(werk: Werkrij[], indeling: KolomIndeling, opm: Opmerking[]): void {
  const somKolommen = indeling.invoer.filter(
    (k) => k.peildatum || (k.veld !== null && SOM_VELDEN.has(k.veld)),
  );
  /** Gemeente rows and subtotals since the previous grand total, in sheet order. */
  let sindsEindtotaal: Werkrij[] = [];
  let vorigeWasTotaal = false;
  for (const w of werk) {
    if (!w.g.isTotaalrij) {
      sindsEindtotaal.push(w);
      vorigeWasTotaal = false;
      continue;
    }
    const eindtotaal = vorigeWasTotaal || EINDTOTAAL.test(gemeenteSleutel(w.g.gemeente ?? ""));
    const zelfdePeriode = (b: Werkrij): boolean =>
      !w.periode || (b.periode !== null && vergelijkPerioden(b.periode, w.periode) === 0);
    let begin = 0;
    if (!eindtotaal) {
      for (let i = sindsEindtotaal.length - 1; i >= 0; i--) {
        const b = sindsEindtotaal[i];
        if (b.g.isTotaalrij && (!b.periode || zelfdePeriode(b))) {
          begin = i + 1;
          break;
        }
      }
    }
    const rijen = sindsEindtotaal.slice(begin).filter((b) => !b.g.isTotaalrij && zelfdePeriode(b));
    if (eindtotaal) sindsEindtotaal = [];
    else sindsEindtotaal.push(w);
    vorigeWasTotaal = true;
    if (rijen.length === 0) continue;
    for (const k of somKolommen) {
      const eigen = w.g.perKolom.get(k.kolom);
      if (!eigen || eigen.status !== "ok") continue;
      let som = 0;
      let bruikbaar = true;
      for (const b of rijen) {
        const cel = b.g.perKolom.get(k.kolom);
        if (!cel || cel.status === "leeg" || cel.status === "afwezig") continue;
        if (cel.status === "fout") {
          bruikbaar = false;
          break;
        }
        som += cel.waarde!;
      }
      if (bruikbaar && som !== eigen.waarde) {
        // Report in the column's own sign, as the user reads it.
        const conventie = k.conventie ?? "aantal";
        const teken = conventie === "saldo" || conventie === "voorsprong" ? -1 : 1;
        opm.push(
          maakOpmerking(
            w.g.rij,
            k.kolom,
            "fout",
            "totaalrij-wijkt-af",
            meldingen.totaalrijWijktAf(
              k.kop,
              adres(w.g.rij, k.kolom),
              teken * eigen.waarde!,
              teken * som,
              rijen.length,
            ),
          ),
        );
      }
    }
  }
}

/** Every person-count column of a totals row is the sum of the gemeente rows it covers. */
const SOM_VELDEN: ReadonlySet<Veld> = new Set<Veld>(GETAL_VELDEN);

/** Herverdelingen within one period sum to zero (Huisvestingswet art. 29 lid 2). */
function controleerHerverdelingen(
  werk: Werkrij[],
  kop: KopRegel,
  indeling: KolomIndeling,
  opm: Opmerking[],
): void {
  const kolom = indeling.perVeld.herverdeling;
  if (!kolom) return;
  const sommen = new Map<string, { periode: string | null; som: number }>();
  for (const w of werk) {
    if (w.g.isTotaalrij || w.dubbel || w.g.sleutel === null) continue;
    if (w.g.periode.status !== "ok" && w.g.periode.status !== "afwezig") continue;
    if (w.g.getallen.herverdeling.status !== "ok") continue;
    const k = w.res.periode ?? "";
    const s = sommen.get(k) ?? { periode: w.res.periode, som: 0 };
    s.som += w.g.getallen.herverdeling.waarde!;
    sommen.set(k, s);
  }
  for (const s of [...sommen.values()].sort((a, b) => (a.periode ?? "").localeCompare(b.periode ?? ""))) {
    if (s.som !== 0) {
      opm.push(
        maakOpmerking(
          kop.rij,
          kolom.kolom,
          "waarschuwing",
          "herverdeling-niet-nul",
          meldingen.herverdelingNietNul(s.periode, s.som),
        ),
      );
    }
  }
}

/** Info for an empty realisation in a period where other gemeenten have one. */
function controleerLegeRealisatie(werk: Werkrij[], opm: Opmerking[]): void {
  const metRealisatie = new Set<string>();
  for (const w of werk) if (w.g.getallen.gerealiseerd.status === "ok") metRealisatie.add(w.res.periode ?? "");
  for (const w of werk) {
    const r = w.g.getallen.gerealiseerd;
    if (w.g.isTotaalrij || r.status !== "leeg" || w.afgeleid || !metRealisatie.has(w.res.periode ?? ""))
      continue;
    opm.push(
      maakOpmerking(w.g.rij, r.kolom!, "info", "leeg", meldingen.gerealiseerdLeeg(adres(w.g.rij, r.kolom!))),
    );
  }
}

/** Each gemeente's latest row (period order) that satisfies `filter`; rows without period count as oldest. */
function laatsteRijen(werk: Werkrij[], filter: (w: Werkrij) => boolean): Werkrij[] {
  const laatste = new Map<string, Werkrij>();
  for (const w of werk) {
    if (w.g.isTotaalrij || w.dubbel || w.g.sleutel === null || !filter(w)) continue;
    const huidig = laatste.get(w.g.sleutel);
    if (!huidig || (w.periode && (!huidig.periode || vergelijkPerioden(w.periode, huidig.periode) > 0))) {
      laatste.set(w.g.sleutel, w);
    }
  }
  return [...laatste.values()];
}

function vatSamen(werk: Werkrij[]): Samenvatting {
  const s = legeSamenvatting();
  s.gemeenten = new Set(
    werk.filter((w) => !w.g.isTotaalrij && w.g.sleutel !== null).map((w) => w.g.sleutel),
  ).size;
  for (const w of laatsteRijen(werk, (x) => x.res.trede !== null)) {
    s.perTrede[String(w.res.trede) as TredeSleutel]++;
    if ((w.res.achterstandEind ?? 0) > 0) s.metAchterstand++;
    if (w.res.escalatie === "Opschalen") s.opgeschaald++;
    if (w.res.escalatie === "Afschalen") s.afgeschaald++;
  }
  s.grootsteAchterstanden = laatsteRijen(werk, (x) => x.res.achterstandEind !== null)
    .filter((w) => w.res.achterstandEind! > 0)
    .map((w) => ({
      gemeente: w.res.gemeente!,
      periode: w.res.periode ?? "",
      achterstand: w.res.achterstandEind!,
    }))
    .sort((a, b) => b.achterstand - a.achterstand || a.gemeente.localeCompare(b.gemeente, "nl"))
    .slice(0, 10);
  return s;
}

/**
 * The registered (or corrected) backlog that rule 8 compares with an opdracht in a row: the latest
 * backlog at a peildatum the row gives. A closed period (realisation known, not a tussenstand) ->
 * its achterstand eind; otherwise its achterstand begin (corrected: the previous period's corrected
 * achterstand eind when that row is on the sheet).
 */
export function achterstandVoorVersnelling(
  rij: RijResultaat,
  vorige: RijResultaat | null,
  gecorrigeerd: boolean,
): number | null {
  if (rij.achterstandEind !== null)
    return gecorrigeerd ? rij.achterstandEindGecorrigeerd : rij.achterstandEind;
  if (gecorrigeerd && vorige && vorige.achterstandEindGecorrigeerd !== null)
    return vorige.achterstandEindGecorrigeerd;
  return rij.achterstandBegin;
}

function berekenVersnelling(werk: Werkrij[], indeling: KolomIndeling): Rapport["versnelling"] {
  if (!indeling.perVeld.opdrachtVersnelling) return null;
  const met = werk.filter(
    (w) => !w.g.isTotaalrij && !w.dubbel && w.g.sleutel !== null && w.res.opdrachtVersnelling !== null,
  );
  if (met.length === 0) return [];
  let laatste: Periode | null = null;
  for (const w of met)
    if (w.periode && (!laatste || vergelijkPerioden(w.periode, laatste) > 0)) laatste = w.periode;
  const kaart = new Map<string, Werkrij>();
  for (const w of werk)
    if (w.g.sleutel && !w.dubbel && !w.g.isTotaalrij) kaart.set(sleutelVan(w.g.sleutel, w.periode), w);
  const items: VersnellingItem[] = [];
  for (const w of met) {
    if (laatste && (!w.periode || vergelijkPerioden(w.periode, laatste) !== 0)) continue;
    const vorige = w.periode ? kaart.get(sleutelVan(w.g.sleutel!, vorigePeriode(w.periode))) : undefined;
    const a = achterstandVoorVersnelling(w.res, vorige?.res ?? null, false);
    if (a === null) continue;
    items.push({ gemeente: w.res.gemeente!, opdracht: w.res.opdrachtVersnelling!, achterstand: a });
  }
  return vergelijkVersnelling(items);
}

/**
 * Checks a period-overview sheet: finds the header row, reads every data row, computes the results
 * of SPEC.md's rules per row and along each gemeente's history, and reports every finding.
 * Never throws on cell content; an unusable sheet gives a report with kopRij null and a remark.
 */
export function controleerBlad(blad: Blad, opties: ControleOpties = {}): Rapport {
  const opmerkingen: Opmerking[] = [];
  const kop = vindKopregel(blad, opties.kolomToewijzing);
  const eersteKolom = beginKolomVan(blad);
  if (!kop) {
    opmerkingen.push(
      maakOpmerking(
        sheetRij(blad, 0),
        eersteKolom,
        "fout",
        "kopregel-ontbreekt",
        meldingen.kopregelOntbreekt,
      ),
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
    };
  }
  const indeling = deelKolommenIn(kop);
  for (const d of kop.dubbel) {
    opmerkingen.push(
      maakOpmerking(
        kop.rij,
        d.kolom.kolom,
        "waarschuwing",
        "kolom-dubbel",
        meldingen.kolomDubbel(VELD_LABELS[d.veld], adres(kop.rij, d.eerste)),
      ),
    );
  }
  if (!indeling.perVeld.taakstelling) {
    opmerkingen.push(
      maakOpmerking(
        kop.rij,
        eersteKolom,
        "fout",
        "kolom-ontbreekt",
        meldingen.kolomOntbreekt(
          "Taakstelling",
          kop.rij,
          "de totaalopgave, de realisatie en de trede zijn niet te berekenen.",
        ),
      ),
    );
  }
  if (
    !indeling.perVeld.achterstandBegin &&
    !indeling.perVeld.totaalopgave &&
    indeling.peildata.length === 0
  ) {
    opmerkingen.push(
      maakOpmerking(
        kop.rij,
        eersteKolom,
        "fout",
        "kolom-ontbreekt",
        meldingen.kolomOntbreekt(
          "Achterstand begin (of Totaalopgave)",
          kop.rij,
          "de totaalopgave is niet te berekenen.",
        ),
      ),
    );
  }

  let bladPeriode: Periode | null = null;
  let bladHelft: 1 | 2 | null = null;
  if (!indeling.perVeld.periode) {
    const gevonden = bepaalBladPeriode(blad, kop.index);
    const uitPeildata = gevonden ? null : periodeUitPeildata(indeling);
    if (gevonden) {
      bladPeriode = gevonden.periode;
      opmerkingen.push(
        maakOpmerking(
          kop.rij,
          eersteKolom,
          "info",
          "periode-uit-titel",
          meldingen.periodeUitTitel(formatPeriode(bladPeriode), gevonden.bron),
        ),
      );
    } else if (uitPeildata) {
      bladPeriode = uitPeildata;
      opmerkingen.push(
        maakOpmerking(
          kop.rij,
          eersteKolom,
          "info",
          "periode-uit-titel",
          meldingen.periodeUitTitel(formatPeriode(bladPeriode), "de peildata in de kopregel"),
        ),
      );
    } else {
      const helft = helftUitPeildata(indeling);
      bladHelft = helft?.helft ?? null;
      const naam = (k: KolomHerkenning): string => `${k.kop} (${adres(kop.rij, k.kolom)})`;
      opmerkingen.push(
        maakOpmerking(
          kop.rij,
          eersteKolom,
          "waarschuwing",
          "periode-onbekend",
          helft
            ? meldingen.periodeJaarOnbekend(helft.helft, naam(helft.begin), naam(helft.eind))
            : meldingen.periodeBladOnbekend,
        ),
      );
    }
  }

  const ctx: LeesContext = { blad, indeling, bladPeriode, bladHelft, opmerkingen };
  const gelezen = leesRijen(ctx, kop);
  const werk = gelezen.map((g) =>
    rekenRij(
      g,
      g.periode.status === "ok" ? g.periode.waarde : null,
      opmerkingen,
      indeling.peildata.length > 0,
    ),
  );

  const afgeleid = werk.filter((w) => w.afgeleid).length;
  if (afgeleid > 0) {
    opmerkingen.push(
      maakOpmerking(
        kop.rij,
        indeling.perVeld.achterstandEindOpgegeven?.kolom ?? eersteKolom,
        "info",
        "gerealiseerd-afgeleid",
        meldingen.gerealiseerdAfgeleid(afgeleid),
      ),
    );
  }

  rekenHistorie(werk, opmerkingen);
  controleerTotaalrijen(werk, indeling, opmerkingen);
  controleerHerverdelingen(werk, kop, indeling, opmerkingen);
  controleerLegeRealisatie(werk, opmerkingen);

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
    versnelling: berekenVersnelling(werk, indeling),
  };
}
