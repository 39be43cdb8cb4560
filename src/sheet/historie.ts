/**
 * Along each gemeente's history, whatever the row order: duplicate rows, the chain of backlogs
 * (rule 3) and the trede with its escalation (rules 6 and 7, through the domain's berekenPeriode
 * with the previous period's trede).
 */
import {
  bepaalEscalatie,
  berekenPeriode,
  maatregel,
  vergelijkPerioden,
  vorigePeriode,
  type Trede,
} from "../domain";
import { adres } from "./adres";
import { maakOpmerking } from "./controles";
import { normaliseerKop, VELD_LABELS } from "./kolommen";
import { meldingen } from "./berichten";
import { waardeVan } from "./lezen";
import type { Opmerking } from "./types";
import { isGemeenteRij, sleutelVan, type Werkrij } from "./werkrij";

/**
 * Each gemeente's first row per period; later rows of the same gemeente and period are marked `dubbel`.
 * The same gemeente is the same key (gemeenteSleutel): "Gemeente Leusden" and "Leusden" are one.
 */
export function markeerDubbeleRijen(werk: Werkrij[], opm: Opmerking[]): Map<string, Werkrij> {
  const kaart = new Map<string, Werkrij>();
  for (const w of werk) {
    if (!isGemeenteRij(w)) continue;
    if (w.g.periode.status !== "ok" && w.g.periode.status !== "afwezig") continue;
    const k = sleutelVan(w.g.sleutel, w.periode);
    const eerste = kaart.get(k);
    if (eerste) {
      w.dubbel = true;
      opm.push(
        maakOpmerking(
          "dubbele-rij",
          w.g.rij,
          w.g.gemeenteKolom,
          w.g.gemeente,
          w.res.periode,
          eerste.g.rij,
          // The first row's name, when it is spelled differently (more than case or spacing).
          eerste.g.gemeente !== null && normaliseerKop(eerste.g.gemeente) !== normaliseerKop(w.g.gemeente)
            ? eerste.g.gemeente
            : undefined,
        ),
      );
    } else kaart.set(k, w);
  }
  return kaart;
}

/** Oldest period first; rows without a period before all others (stable). */
function inPeriodeVolgorde(a: Werkrij, b: Werkrij): number {
  if (a.periode && b.periode) return vergelijkPerioden(a.periode, b.periode);
  if (a.periode) return -1;
  return b.periode ? 1 : 0;
}

/**
 * The previous trede of a row: the stated one (checked against the sheet's), else the sheet's: the
 * previous period's geldende trede, the decided one when it has one (rule 11).
 */
function bepaalVorigeTrede(w: Werkrij, vorigeRij: Werkrij | undefined, opm: Opmerking[]): Trede | null {
  const gelezen = w.g.vorigeTrede;
  if (gelezen.status !== "ok") return vorigeRij?.res.geldendeTrede ?? null;
  const berekend = vorigeRij?.res.geldendeTrede ?? null;
  if (vorigeRij && berekend !== null && berekend !== gelezen.waarde && vorigeRij.res.periode !== null) {
    opm.push(
      maakOpmerking(
        "vorige-trede-wijkt-af",
        w.g.rij,
        gelezen.kolom,
        gelezen.waarde,
        berekend,
        vorigeRij.res.periode,
        vorigeRij.g.rij,
      ),
    );
  }
  return gelezen.waarde;
}

/** Rule 3: the period starts where the previous one ended (registered). */
function controleerKeten(w: Werkrij, vorigeRij: Werkrij, opm: Opmerking[]): void {
  const begin = w.g.getallen.achterstandBegin;
  if (begin.status !== "ok" || w.res.periode === null || vorigeRij.res.periode === null) return;
  const eind = vorigeRij.res.achterstandEind ?? waardeVan(vorigeRij.g.getallen.achterstandEindOpgegeven);
  if (eind === null || eind === begin.waarde) return;
  opm.push(
    maakOpmerking(
      "keten-breuk",
      w.g.rij,
      begin.kolom,
      w.res.periode,
      begin.waarde,
      w.g.rij,
      vorigeRij.res.periode,
      eind,
      vorigeRij.g.rij,
      vorigeRij.res.achterstandEindGecorrigeerd === begin.waarde,
    ),
  );
}

/** Rules 6 and 7 for one row, with the remarks about a stated trede and the correction's effect. */
function bepaalTredeVan(w: Werkrij, vorige: Trede | null, opm: Opmerking[]): void {
  const { g, res } = w;
  const uitkomst = berekenPeriode({ ...w.invoer, vorigeTrede: vorige });
  const { trede, tredeOngecorrigeerd } = uitkomst;
  if (trede === null || tredeOngecorrigeerd === null) return;
  res.trede = trede;
  res.geldendeTrede = trede;
  res.maatregel = uitkomst.maatregel;
  res.escalatie = uitkomst.escalatie;
  if (tredeOngecorrigeerd !== trede) {
    res.tredeOngecorrigeerd = tredeOngecorrigeerd;
    const kolom = g.getallen.naRegistratie.kolom ?? g.gemeenteKolom;
    opm.push(
      maakOpmerking(
        "trede-correctie-verschil",
        g.rij,
        kolom,
        trede,
        tredeOngecorrigeerd,
        res.naRegistratie ?? 0,
      ),
    );
  }
  const gelezen = g.trede;
  const { taakstelling } = w.invoer;
  const achterstand = uitkomst.achterstandEindGecorrigeerd;
  if (gelezen.status === "ok" && gelezen.waarde !== trede && taakstelling !== null && achterstand !== null) {
    opm.push(
      maakOpmerking(
        "trede-wijkt-af",
        g.rij,
        gelezen.kolom,
        gelezen.waarde,
        trede,
        meldingen.tredeReden(achterstand, taakstelling, vorige),
      ),
    );
  }
}

/** True when a reason names the step frozen ("bevroren", as Noord-Brabant publishes such steps). */
const NOEMT_BEVROREN = /\bbevroren\b/i;

/**
 * Rule 11 for one row: the supervisors' decided step (after bepaalTredeVan) becomes the geldende trede
 * that the ladder continues from; the escalation and the maatregel follow it. A decision without a
 * reason is a warning; one that differs from the computed step an info remark naming both; a frozen
 * step (the cell or the reason says "bevroren", or the decided step is the previous one while rule 6
 * would escalate) the info `trede-bevroren` instead. A reason without a decision is not used (info).
 */
function pasBesluitToe(w: Werkrij, vorige: Trede | null, opm: Opmerking[]): void {
  const { g, res } = w;
  const besluit = g.vastgesteldeTrede;
  const redenCel = g.redenBesluit;
  // A read reason is never empty: a cell of spaces reads as leeg (leesMet), the text is trimmed (leesReden).
  const reden = redenCel.status === "ok" ? redenCel.waarde : null;
  if (besluit.status !== "ok") {
    if (besluit.status === "leeg" && redenCel.status === "ok")
      opm.push(maakOpmerking("reden-zonder-besluit", g.rij, redenCel.kolom, adres(g.rij, redenCel.kolom)));
    return;
  }
  const cel = adres(g.rij, besluit.kolom);
  // "bevroren" alone: the step of the previous period.
  const vastgesteld = besluit.waarde.trede ?? vorige;
  if (vastgesteld === null) {
    opm.push(
      maakOpmerking(
        "geen-trede",
        g.rij,
        besluit.kolom,
        VELD_LABELS.vastgesteldeTrede,
        cel,
        meldingen.bevrorenZonderVorige,
      ),
    );
    return;
  }
  const berekend = res.trede;
  res.vastgesteldeTrede = vastgesteld;
  res.redenBesluit = reden;
  res.geldendeTrede = vastgesteld;
  res.maatregel = maatregel(vastgesteld);
  res.escalatie = vorige === null ? null : bepaalEscalatie(vorige, vastgesteld);
  res.tredeBevroren =
    besluit.waarde.bevroren ||
    (reden !== null && NOEMT_BEVROREN.test(reden)) ||
    // vastgesteld is a step, so vastgesteld === vorige means vorige is one too.
    (vastgesteld === vorige && berekend !== null && berekend > vorige);
  // An unreadable reason already has its remark (reden-ongeldig).
  if (reden === null && redenCel.status !== "fout")
    opm.push(
      maakOpmerking(
        "besluit-zonder-reden",
        g.rij,
        besluit.kolom,
        cel,
        vastgesteld,
        redenCel.status !== "afwezig",
      ),
    );
  if (res.tredeBevroren)
    opm.push(maakOpmerking("trede-bevroren", g.rij, besluit.kolom, vastgesteld, vorige, berekend, reden));
  else if (berekend !== null && berekend !== vastgesteld)
    opm.push(maakOpmerking("trede-vastgesteld", g.rij, besluit.kolom, berekend, vastgesteld, reden));
}

/**
 * Rules 3, 6, 7 and 11 along each gemeente's history, whatever the row order. `kaart` holds each
 * gemeente's first row per period (markeerDubbeleRijen).
 */
export function rekenHistorie(werk: Werkrij[], kaart: Map<string, Werkrij>, opm: Opmerking[]): void {
  const volgorde = werk.filter(isGemeenteRij).sort(inPeriodeVolgorde);
  for (const w of volgorde) {
    const vorigeRij = w.periode ? kaart.get(sleutelVan(w.g.sleutel, vorigePeriode(w.periode))) : undefined;
    const vorige = bepaalVorigeTrede(w, vorigeRij, opm);
    w.res.vorigeTrede = vorige;
    if (vorigeRij) controleerKeten(w, vorigeRij, opm);
    bepaalTredeVan(w, vorige, opm);
    pasBesluitToe(w, vorige, opm);
  }
}
