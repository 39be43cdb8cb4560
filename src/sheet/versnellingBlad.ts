/** Rule 8 over the rows of a sheet: per row within its period's set, and for the report the latest period. */
import {
  formatPeriode,
  vergelijkPerioden,
  vergelijkVersnelling,
  vorigePeriode,
  type Periode,
  type VersnellingItem,
  type VersnellingRij,
} from "../domain";
import { maakOpmerking } from "./controles";
import type { KolomIndeling } from "./lezen";
import type { Opmerking, Rapport, RijResultaat, VersnellingAchterstand } from "./types";
import { isGemeenteRij, sleutelVan, type Werkrij } from "./werkrij";

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

/**
 * Rule 8 per row: for every period, the set is the first (non-duplicate) gemeente rows of that period
 * with an opdracht versnelling and a backlog > 0 (achterstandVoorVersnelling, registered or corrected
 * as `modus` says); vergelijkVersnelling over that set gives each of its rows its opdracht per
 * achterstand, shares, verhouding, evenredige opdracht and verschil (unrounded). A row with an opdracht
 * and a backlog <= 0 gets `opdracht-zonder-achterstand`, one whose backlog is unknown
 * `opdracht-achterstand-onbekend` (both on the opdracht cell); neither is in the set, both keep null
 * shares. Without a period column the sheet's rows are one set (a versnelling list has no period); with
 * one, a row whose period is unknown belongs to no set (its period cell has its remark).
 *
 * Returns the report's comparison: the set of the latest period with opdrachten, in sheet order, with
 * exactly the numbers of those rows; null without an opdracht column.
 */
export function berekenVersnelling(
  werk: Werkrij[],
  indeling: KolomIndeling,
  modus: VersnellingAchterstand = "geregistreerd",
  opm: Opmerking[] = [],
): Rapport["versnelling"] {
  if (!indeling.perVeld.opdrachtVersnelling) return null;
  const gecorrigeerd = modus === "gecorrigeerd";
  const metPeriodeKolom = Boolean(indeling.perVeld.periode);
  const kaart = new Map<string, Werkrij>();
  for (const w of werk) if (isGemeenteRij(w) && !w.dubbel) kaart.set(sleutelVan(w.g.sleutel, w.periode), w);

  // The sets per period ("" = the sheet's rows when there is no period column), in sheet order.
  const sets = new Map<string, { w: Werkrij; item: VersnellingItem }[]>();
  let laatste: Periode | null = null;
  let laatsteSleutel: string | null = null;
  for (const w of werk) {
    const opdracht = w.res.opdrachtVersnelling;
    if (!isGemeenteRij(w) || w.dubbel || opdracht === null) continue;
    if (metPeriodeKolom && !w.periode) continue;
    const periodeSleutel = w.periode ? formatPeriode(w.periode) : "";
    if (laatsteSleutel === null || (w.periode && (!laatste || vergelijkPerioden(w.periode, laatste) > 0))) {
      laatste = w.periode;
      laatsteSleutel = periodeSleutel;
    }
    const vorige = w.periode ? kaart.get(sleutelVan(w.g.sleutel, vorigePeriode(w.periode))) : undefined;
    const achterstand = achterstandVoorVersnelling(w.res, vorige?.res ?? null, gecorrigeerd);
    const gemeente = w.res.gemeente ?? w.g.gemeente;
    const cel = w.g.getallen.opdrachtVersnelling;
    const kolom = cel.kolom ?? w.g.gemeenteKolom;
    if (achterstand === null) {
      opm.push(maakOpmerking("opdracht-achterstand-onbekend", w.g.rij, kolom, gemeente, opdracht));
      continue;
    }
    w.res.versnellingAchterstand = modus;
    if (!(achterstand > 0)) {
      opm.push(
        maakOpmerking(
          "opdracht-zonder-achterstand",
          w.g.rij,
          kolom,
          gemeente,
          opdracht,
          achterstand,
          gecorrigeerd,
        ),
      );
      continue;
    }
    const set = sets.get(periodeSleutel) ?? [];
    set.push({ w, item: { gemeente, opdracht, achterstand } });
    sets.set(periodeSleutel, set);
  }

  let rapport: VersnellingRij[] = [];
  for (const [periodeSleutel, set] of sets) {
    const uitkomst = vergelijkVersnelling(set.map((s) => s.item));
    uitkomst.forEach((v, i) => {
      const res = set[i].w.res;
      res.opdrachtPerAchterstand = v.opdrachtPerAchterstand;
      res.aandeelOpdracht = v.aandeelOpdracht;
      res.aandeelAchterstand = v.aandeelAchterstand;
      res.verhouding = v.verhouding;
      res.evenredigeOpdracht = v.evenredigeOpdracht;
      res.verschil = v.verschil;
    });
    if (periodeSleutel === laatsteSleutel) rapport = uitkomst;
  }
  return rapport;
}
