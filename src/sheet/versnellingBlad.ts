/** Rule 8 over the rows of a sheet: the gemeenten of the latest period with an opdracht versnelling. */
import {
  isZelfdePeriode,
  vergelijkPerioden,
  vergelijkVersnelling,
  vorigePeriode,
  type Periode,
  type VersnellingItem,
} from "../domain";
import type { KolomIndeling } from "./lezen";
import type { Rapport, RijResultaat } from "./types";
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

/** Rule 8 for the report: null without an opdracht column, [] when no row has an opdracht. */
export function berekenVersnelling(werk: Werkrij[], indeling: KolomIndeling): Rapport["versnelling"] {
  if (!indeling.perVeld.opdrachtVersnelling) return null;
  const met = werk.filter(isGemeenteRij).filter((w) => !w.dubbel && w.res.opdrachtVersnelling !== null);
  if (met.length === 0) return [];
  let laatste: Periode | null = null;
  for (const w of met)
    if (w.periode && (!laatste || vergelijkPerioden(w.periode, laatste) > 0)) laatste = w.periode;
  const kaart = new Map<string, Werkrij>();
  for (const w of werk) if (isGemeenteRij(w) && !w.dubbel) kaart.set(sleutelVan(w.g.sleutel, w.periode), w);
  const items: VersnellingItem[] = [];
  for (const w of met) {
    if (laatste && (!w.periode || !isZelfdePeriode(w.periode, laatste))) continue;
    const vorige = w.periode ? kaart.get(sleutelVan(w.g.sleutel, vorigePeriode(w.periode))) : undefined;
    const a = achterstandVoorVersnelling(w.res, vorige?.res ?? null, false);
    const opdracht = w.res.opdrachtVersnelling;
    if (a === null || opdracht === null) continue;
    items.push({ gemeente: w.res.gemeente ?? w.g.gemeente, opdracht, achterstand: a });
  }
  return vergelijkVersnelling(items);
}
