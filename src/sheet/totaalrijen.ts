/**
 * Totals rows: every person-count column of a totals row is the sum of the gemeente rows it closes
 * (docs/kolommen.md, "Totaalrijen").
 */
import { isZelfdePeriode } from "../domain";
import { adres } from "./adres";
import { maakOpmerking } from "./controles";
import { gemeenteSleutel, type KolomIndeling } from "./lezen";
import type { KolomHerkenning, Opmerking } from "./types";
import type { Werkrij } from "./werkrij";

/** A grand total by its name: "Provincie Utrecht", "Eindtotaal", "Generaal totaal", "Totaal provincie". */
const EINDTOTAAL = /^(provincie|eindtotaal|generaal totaal)\b|^totaal provincie\b/;

/** The sum of a column over `rijen`; null when one of them is unreadable (no remark: it has its own). */
function somVan(rijen: Werkrij[], kolom: number): number | null {
  let som = 0;
  for (const b of rijen) {
    const cel = b.g.perKolom.get(kolom);
    if (cel?.status === "ok") som += cel.waarde;
    else if (cel?.status === "fout") return null;
  }
  return som;
}

/** Compares each sum column of totals row `w` with the sum over `rijen`. */
function vergelijkSommen(
  w: Werkrij,
  rijen: Werkrij[],
  somKolommen: KolomHerkenning[],
  opm: Opmerking[],
): void {
  for (const k of somKolommen) {
    const eigen = w.g.perKolom.get(k.kolom);
    if (!eigen || eigen.status !== "ok") continue;
    const som = somVan(rijen, k.kolom);
    if (som === null || som === eigen.waarde) continue;
    // Report in the column's own sign, as the user reads it.
    const teken = k.conventie === "saldo" || k.conventie === "voorsprong" ? -1 : 1;
    opm.push(
      maakOpmerking(
        "totaalrij-wijkt-af",
        w.g.rij,
        k.kolom,
        k.kop,
        adres(w.g.rij, k.kolom),
        teken * eigen.waarde,
        teken * som,
        rijen.length,
      ),
    );
  }
}

/**
 * A totals row must equal the sum of the gemeente rows it closes:
 * - a grand total (named "Provincie ...", "Eindtotaal", "Generaal totaal", or directly below another
 *   totals row, which closes a series of subtotals) sums the gemeente rows since the previous grand
 *   total (from the top when there is none);
 * - any other totals row (a subtotal) sums the gemeente rows since the previous totals row of the
 *   same period (or without a period, or the previous grand total);
 * - a totals row with a period counts only the gemeente rows of that period.
 * The values are the ones already read (GelezenRij.perKolom), in the column's sign in the message.
 */
export function controleerTotaalrijen(werk: Werkrij[], indeling: KolomIndeling, opm: Opmerking[]): void {
  // Only the person-count columns (number fields and peildatum columns) are in GelezenRij.perKolom;
  // vergelijkSommen skips every other input column.
  const somKolommen = indeling.invoer;
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
      !w.periode || (b.periode !== null && isZelfdePeriode(b.periode, w.periode));
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
    if (rijen.length > 0) vergelijkSommen(w, rijen, somKolommen, opm);
  }
}
