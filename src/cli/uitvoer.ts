/** Formats the report for the terminal: the Dutch summary table and the remarks grouped by severity. */
import { TREDE_NAMEN } from "../domain/berichten";
import type { Trede } from "../domain/types";
import type { Ernst, Opmerking, Rapport } from "../sheet/types";
import { formatGetal } from "../domain";
import { formatAantal, labels } from "./berichten";

/** At most this many remarks per severity are printed; `--json` gives all. */
export const MAX_OPMERKINGEN_PER_ERNST = 50;
/** Info remarks with the same code (e.g. one `tussenstand` per gemeente) are shown at most this often. */
export const MAX_INFO_PER_CODE = 5;

const ERNST_VOLGORDE: Ernst[] = ["fout", "waarschuwing", "info"];

function regel(label: string, waarde: string, breedte: number): string {
  return `  ${label.padEnd(breedte)}  ${waarde.padStart(6)}`;
}

function tabel(koppen: string[], rijen: string[][], rechts: boolean[]): string[] {
  const breedten = koppen.map((kop, k) => Math.max(kop.length, ...rijen.map((r) => r[k].length)));
  const maak = (cellen: string[]): string =>
    "  " +
    cellen
      .map((c, k) => (rechts[k] ? c.padStart(breedten[k]) : c.padEnd(breedten[k])))
      .join("  ")
      .trimEnd();
  return [maak(koppen), "  " + breedten.map((b) => "-".repeat(b)).join("  "), ...rijen.map(maak)];
}

export interface Bladkeuze {
  /** File name as the user gave it (or the example's name). */
  bestand: string;
  /** True when the CLI chose the sheet (no --sheet). */
  automatisch: boolean;
}

/** The summary: counts, treden, escalations, largest backlogs and the versnelling comparison. */
export function formatSamenvatting(rapport: Rapport, keuze: Bladkeuze): string {
  const s = rapport.samenvatting;
  const uit: string[] = [];
  uit.push(labels.titel(rapport.blad, keuze.bestand));
  uit.push(labels.kopregel(rapport.kopRij, keuze.automatisch));
  uit.push("");
  uit.push(labels.samenvatting);
  const tredeLabels = ([1, 2, 3, 4, 5, 6] as Trede[]).map((t) => labels.trede(String(t), TREDE_NAMEN[t]));
  const breedte = Math.max(labels.metAchterstand.length, ...tredeLabels.map((l) => l.length));
  uit.push(regel(labels.gemeenten, formatAantal(s.gemeenten), breedte));
  uit.push(regel(labels.metAchterstand, formatAantal(s.metAchterstand), breedte));
  ([1, 2, 3, 4, 5, 6] as Trede[]).forEach((t, i) => {
    uit.push(regel(tredeLabels[i], formatAantal(s.perTrede[String(t) as "1"] ?? 0), breedte));
  });
  uit.push(regel(labels.opgeschaald, formatAantal(s.opgeschaald), breedte));
  uit.push(regel(labels.afgeschaald, formatAantal(s.afgeschaald), breedte));
  uit.push("");
  uit.push(labels.grootsteAchterstanden);
  if (s.grootsteAchterstanden.length === 0) {
    uit.push(labels.geenAchterstanden);
  } else {
    uit.push(
      ...tabel(
        [labels.kolomGemeente, labels.kolomPeriode, labels.kolomAchterstand],
        s.grootsteAchterstanden.map((a) => [a.gemeente, a.periode, formatAantal(a.achterstand)]),
        [false, false, true],
      ),
    );
  }
  if (rapport.versnelling && rapport.versnelling.length > 0) {
    uit.push("");
    uit.push(labels.versnelling);
    uit.push(
      ...tabel(
        ["Gemeente", "Opdracht", "Achterstand", "Per achterstand", "Verhouding"],
        rapport.versnelling.map((v) => [
          v.gemeente,
          formatAantal(v.opdracht),
          formatAantal(v.achterstand),
          v.opdrachtPerAchterstand === null ? labels.geenRatio : formatGetal(v.opdrachtPerAchterstand, 2),
          v.verhouding === null ? labels.geenRatio : formatGetal(v.verhouding, 2),
        ]),
        [false, true, true, true, true],
      ),
    );
  }
  return uit.join("\n") + "\n";
}

/** The remarks grouped by severity (fout, waarschuwing, info), at most 50 per severity. */
export function formatOpmerkingen(opmerkingen: Opmerking[]): string {
  const per: Record<Ernst, Opmerking[]> = { fout: [], waarschuwing: [], info: [] };
  for (const o of opmerkingen) per[o.ernst].push(o);
  const uit: string[] = [labels.opmerkingen(per.fout.length, per.waarschuwing.length, per.info.length)];
  if (opmerkingen.length === 0) {
    uit.push(labels.geenOpmerkingen);
    return uit.join("\n") + "\n";
  }
  for (const ernst of ERNST_VOLGORDE) {
    const lijst = per[ernst];
    if (lijst.length === 0) continue;
    uit.push("");
    uit.push(`${labels.ernstKop[ernst]} (${formatAantal(lijst.length)})`);
    // Info: at most MAX_INFO_PER_CODE of one code, then one line with the rest of that code.
    const getoond: Opmerking[] = [];
    const weggelaten = new Map<string, number>();
    const perCode = new Map<string, number>();
    for (const o of lijst) {
      const n = (perCode.get(o.code) ?? 0) + 1;
      perCode.set(o.code, n);
      if (ernst === "info" && n > MAX_INFO_PER_CODE)
        weggelaten.set(o.code, (weggelaten.get(o.code) ?? 0) + 1);
      else getoond.push(o);
    }
    const zichtbaar = getoond.slice(0, MAX_OPMERKINGEN_PER_ERNST);
    const celBreedte = Math.max(4, ...zichtbaar.map((o) => o.cel.length));
    for (const o of zichtbaar) uit.push(`  ${o.cel.padEnd(celBreedte)}  ${o.bericht} [${o.code}]`);
    for (const [code, aantal] of weggelaten) uit.push(labels.meerVanCode(aantal, code));
    if (getoond.length > MAX_OPMERKINGEN_PER_ERNST)
      uit.push(labels.meerOpmerkingen(getoond.length - MAX_OPMERKINGEN_PER_ERNST));
  }
  return uit.join("\n") + "\n";
}
