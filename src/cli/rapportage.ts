/** `ibt rapport` on the terminal: the rapportage's tables as aligned Dutch text, as `ibt check` prints. */
import { rapportageTabellen, rapportageTeksten, type Rapportage } from "../sheet/rapportage";
import { toonbaar, type Bladkeuze } from "./uitvoer";

/** A value from the sheet on one line: control characters and line ends escaped. */
const v = (tekst: string): string => toonbaar(tekst, false);

function tabel(koppen: string[], rijen: string[][], rechts: boolean[]): string[] {
  const breedten = koppen.map((kop, k) => Math.max(kop.length, ...rijen.map((r) => (r[k] ?? "").length)));
  const maak = (cellen: string[]): string =>
    "  " +
    cellen
      .map((c, k) => (rechts[k] ? c.padStart(breedten[k]) : c.padEnd(breedten[k])))
      .join("  ")
      .trimEnd();
  return [maak(koppen), "  " + breedten.map((b) => "-".repeat(b)).join("  "), ...rijen.map(maak)];
}

/** The whole rapportage: title, peildatum, source, then every table (or why it is empty). */
export function formatRapportage(r: Rapportage, keuze: Bladkeuze, datum: Date): string {
  const t = rapportageTeksten;
  const uit: string[] = [
    v(t.titel(r.periode)),
    v(`${t.peildatum(r)}`),
    v(`${t.bron(r.blad, datum)} (${keuze.bestand})`),
  ];
  for (const tab of rapportageTabellen(r)) {
    uit.push("", v(tab.titel));
    if (tab.rijen.length === 0) {
      if (tab.leegTekst) uit.push(`  ${v(tab.leegTekst)}`);
      continue;
    }
    uit.push(
      ...tabel(
        tab.koppen.map(v),
        tab.rijen.map((rij) => rij.map((c) => v(c.tekst))),
        tab.rijen[0].map((c) => c.rechts),
      ),
    );
  }
  return `${uit.join("\n")}\n`;
}
