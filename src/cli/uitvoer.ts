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

/**
 * Characters that must not reach a terminal as they are: C0 control characters (escape sequences start
 * with U+001B), DEL, C1 controls (U+009B also starts one), the line and paragraph separators and the
 * bidirectional overrides and isolates (which can make a line show something else than it says).
 */
// eslint-disable-next-line no-control-regex
const STUURTEKENS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const STUURTEKENS_EN_REGELEINDE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const alsEscape = (t: string): string => `\\u${t.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Text for the terminal with every control character shown as an escape ("\u001b" for ESC), so that text
 * from a sheet (a gemeente, a sheet name) can never move the cursor, change colours or hide text. Line
 * ends are kept (the output's own lines); `metRegeleinden` false escapes them too (a value on one line).
 */
export function toonbaar(tekst: string, metRegeleinden = true): string {
  return tekst.replace(metRegeleinden ? STUURTEKENS : STUURTEKENS_EN_REGELEINDE, alsEscape);
}

/**
 * JSON text that is also safe on a terminal: JSON.stringify already escapes U+0000-U+001F; this escapes
 * DEL, the C1 controls, U+2028/U+2029 and the bidirectional controls as well. Still valid JSON, with the
 * same values.
 */
export function veiligeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, alsEscape);
}

/** A value from the sheet on one line: control characters and line ends escaped. */
const v = (tekst: string): string => toonbaar(tekst, false);

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
/** The summary of a period overview: gemeenten, backlogs, treden, escalations, largest backlogs. */
function trapSamenvatting(rapport: Rapport): string[] {
  const s = rapport.samenvatting;
  const uit: string[] = ["", labels.samenvatting];
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
        s.grootsteAchterstanden.map((a) => [v(a.gemeente), a.periode, formatAantal(a.achterstand)]),
        [false, false, true],
      ),
    );
  }
  return uit;
}

export function formatSamenvatting(rapport: Rapport, keuze: Bladkeuze): string {
  const s = rapport.samenvatting;
  const uit: string[] = [];
  uit.push(labels.titel(v(rapport.blad), v(keuze.bestand)));
  uit.push(labels.kopregel(rapport.kopRij, keuze.automatisch));
  // A versnelling sheet has no treden or backlogs at the end of a period: only the gemeenten and rule 8.
  if (rapport.versnellingsblad) {
    uit.push("");
    uit.push(labels.samenvatting);
    uit.push(regel(labels.gemeenten, formatAantal(s.gemeenten), labels.gemeenten.length));
  } else uit.push(...trapSamenvatting(rapport));
  if (rapport.versnelling && rapport.versnelling.length > 0) {
    uit.push("");
    uit.push(
      rapport.versnellingAchterstand === "gecorrigeerd" ? labels.versnellingGecorrigeerd : labels.versnelling,
    );
    uit.push(
      ...tabel(
        ["Gemeente", "Opdracht", "Achterstand", "Per achterstand", "Verhouding"],
        rapport.versnelling.map((r) => [
          v(r.gemeente),
          formatAantal(r.opdracht),
          formatAantal(r.achterstand),
          r.opdrachtPerAchterstand === null ? labels.geenRatio : formatGetal(r.opdrachtPerAchterstand, 2),
          r.verhouding === null ? labels.geenRatio : formatGetal(r.verhouding, 2),
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
    for (const o of zichtbaar) uit.push(`  ${o.cel.padEnd(celBreedte)}  ${v(o.bericht)} [${o.code}]`);
    for (const [code, aantal] of weggelaten) uit.push(labels.meerVanCode(aantal, code));
    if (getoond.length > MAX_OPMERKINGEN_PER_ERNST)
      uit.push(labels.meerOpmerkingen(getoond.length - MAX_OPMERKINGEN_PER_ERNST));
  }
  return uit.join("\n") + "\n";
}
