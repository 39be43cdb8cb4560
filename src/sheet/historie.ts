/**
 * Along each gemeente's history, whatever the row order: duplicate rows, the chain of backlogs
 * (rule 3) and the trede with its escalation (rules 6 and 7, through the domain's berekenPeriode
 * with the previous period's trede).
 */
import { berekenPeriode, vergelijkPerioden, vorigePeriode, type Trede } from "../domain";
import { maakOpmerking } from "./controles";
import { normaliseerKop } from "./kolommen";
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

/** The previous trede of a row: the stated one (checked against the sheet's), else the sheet's. */
function bepaalVorigeTrede(w: Werkrij, vorigeRij: Werkrij | undefined, opm: Opmerking[]): Trede | null {
  const gelezen = w.g.vorigeTrede;
  if (gelezen.status !== "ok") return vorigeRij?.res.trede ?? null;
  const berekend = vorigeRij?.res.trede ?? null;
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
  res.geldendeTrede = res.vastgesteldeTrede ?? trede;
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

/**
 * Rules 3, 6 and 7 along each gemeente's history, whatever the row order. `kaart` holds each
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
  }
}
