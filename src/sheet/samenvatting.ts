/** The summary of a report: counts over each gemeente's latest row, and the remarks in sheet order. */
import { vergelijkPerioden } from "../domain";
import type { Opmerking, Samenvatting } from "./types";
import { isGemeenteRij, type Werkrij } from "./werkrij";

type TredeSleutel = keyof Samenvatting["perTrede"];

export function legeSamenvatting(): Samenvatting {
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

/**
 * Remarks by row, then column; remarks on the same cell keep the order in which they were made
 * (Array.prototype.sort is stable).
 */
export function sorteerOpmerkingen(opmerkingen: Opmerking[]): Opmerking[] {
  return [...opmerkingen].sort((a, b) => a.rij - b.rij || a.kolom - b.kolom);
}

export function telErnst(samenvatting: Samenvatting, opmerkingen: Opmerking[]): void {
  samenvatting.fouten = opmerkingen.filter((o) => o.ernst === "fout").length;
  samenvatting.waarschuwingen = opmerkingen.filter((o) => o.ernst === "waarschuwing").length;
}

/** Each gemeente's latest row (period order) that satisfies `filter`; rows without period count as oldest. */
function laatsteRijen(werk: Werkrij[], filter: (w: Werkrij) => boolean): Werkrij[] {
  const laatste = new Map<string, Werkrij>();
  for (const w of werk) {
    if (!isGemeenteRij(w) || w.dubbel || !filter(w)) continue;
    const huidig = laatste.get(w.g.sleutel);
    if (!huidig || (w.periode && (!huidig.periode || vergelijkPerioden(w.periode, huidig.periode) > 0))) {
      laatste.set(w.g.sleutel, w);
    }
  }
  return [...laatste.values()];
}

/**
 * Gemeenten on the sheet; per geldende trede, with a backlog, up- and downscaled over each gemeente's latest
 * row with a trede; the ten largest backlogs at the end of each gemeente's latest closed period.
 */
export function vatSamen(werk: Werkrij[]): Samenvatting {
  const s = legeSamenvatting();
  s.gemeenten = new Set(werk.filter(isGemeenteRij).map((w) => w.g.sleutel)).size;
  // The step that counts: the decided one when the sheet records a decision, else the computed one.
  for (const w of laatsteRijen(werk, (x) => x.res.geldendeTrede !== null)) {
    const { geldendeTrede, achterstandEind, escalatie } = w.res;
    if (geldendeTrede !== null) s.perTrede[String(geldendeTrede) as TredeSleutel]++;
    if ((achterstandEind ?? 0) > 0) s.metAchterstand++;
    if (escalatie === "Opschalen") s.opgeschaald++;
    if (escalatie === "Afschalen") s.afgeschaald++;
  }
  const grootste: Samenvatting["grootsteAchterstanden"] = [];
  for (const w of laatsteRijen(werk, (x) => x.res.achterstandEind !== null)) {
    const { gemeente, periode, achterstandEind } = w.res;
    if (gemeente !== null && achterstandEind !== null && achterstandEind > 0)
      grootste.push({ gemeente, periode: periode ?? "", achterstand: achterstandEind });
  }
  s.grootsteAchterstanden = grootste
    .sort((a, b) => b.achterstand - a.achterstand || a.gemeente.localeCompare(b.gemeente, "nl"))
    .slice(0, 10);
  return s;
}
