/**
 * The help site in src/help: one Dutch page per custom function (the @helpurl targets), an index, and
 * examples that are true: every example formula made of plain values is run through the function and
 * must give the result the page states.
 */
import * as fs from "fs";
import * as path from "path";
import * as functies from "../../src/functions/functions";
import { VERWACHTE_FUNCTIES } from "./verwacht";

const HELP = path.join(__dirname, "../../src/help");
const lees = (bestand: string): string => fs.readFileSync(path.join(HELP, bestand), "utf8");
const NAMEN = Object.keys(VERWACHTE_FUNCTIES);

const WRAPPERS: Record<string, (...args: unknown[][][]) => unknown[][]> = {
  TOTAALOPGAVE: functies.totaalopgave,
  ACHTERSTAND: functies.achterstand,
  REALISATIE_PCT: functies.realisatiePct,
  TREDE: functies.trede,
  TREDE_NAAM: functies.tredeNaamFunctie,
  ESCALATIE: functies.escalatie,
  PERIODE: functies.periode,
  PEILDATUM: functies.peildatum,
  PROGNOSE: functies.prognose,
  BENODIGD_TEMPO: functies.benodigdTempoFunctie,
  VERSNELLING_VERHOUDING: functies.versnellingVerhouding,
  TAAKSTELLING: functies.taakstelling,
};

const ontsnap = (html: string): string =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&hellip;/g, "…")
    .replace(/&minus;/g, "-")
    .replace(/&amp;/g, "&");

/** Excel serial of a calendar date (1900 date system, dates after 1 March 1900). */
const serie = (j: number, m: number, d: number): number =>
  (Date.UTC(j, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Splits `a; b; F(c; d)` at the top-level semicolons. */
function splitsArgumenten(tekst: string): string[] {
  const delen: string[] = [];
  let diepte = 0;
  let huidig = "";
  for (const teken of tekst) {
    if (teken === "(") diepte++;
    if (teken === ")") diepte--;
    if (teken === ";" && diepte === 0) {
      delen.push(huidig.trim());
      huidig = "";
    } else huidig += teken;
  }
  if (huidig.trim() !== "") delen.push(huidig.trim());
  return delen;
}

/** Value of an example formula made of plain values; undefined when it uses cell references. */
function reken(formule: string): unknown {
  const f = /^=?IBT\.([A-Z_]+)\((.*)\)$/.exec(formule.trim());
  if (!f) return undefined;
  const args: unknown[] = [];
  for (const arg of splitsArgumenten(f[2])) {
    let waarde: unknown;
    let m: RegExpExecArray | null;
    if (/^-?\d+$/.test(arg)) waarde = Number(arg);
    else if ((m = /^"(.*)"$/.exec(arg))) waarde = m[1];
    else if (arg === "WAAR" || arg === "ONWAAR") waarde = arg === "WAAR";
    else if ((m = /^DATUM\((\d+); (\d+); (\d+)\)$/.exec(arg))) waarde = serie(+m[1], +m[2], +m[3]);
    else if ((m = /^(\d+) - (\d+)$/.exec(arg))) waarde = +m[1] - +m[2];
    else if (arg.startsWith("IBT.")) waarde = reken(arg);
    else return undefined; // cell references: not an evaluable example
    if (waarde === undefined) return undefined;
    args.push([[waarde]]);
  }
  const uit = WRAPPERS[f[1]](...(args as unknown[][][]));
  return uit[0][0];
}

/** Checks a computed value against the stated result (Dutch number, d-m-jjjj date, or text). */
function klopt(uitkomst: unknown, verwacht: string): boolean {
  const getal = /^(-?\d+)(?:,(\d+))?/.exec(verwacht);
  const datum = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(verwacht);
  if (datum) return uitkomst === serie(+datum[3], +datum[2], +datum[1]);
  if (getal && typeof uitkomst === "number") {
    const decimalen = getal[2]?.length ?? 0;
    return Math.abs(uitkomst - Number(`${getal[1]}.${getal[2] ?? 0}`)) <= 0.5 * 10 ** -decimalen + 1e-12;
  }
  return uitkomst === verwacht;
}

describe("helppagina's", () => {
  it.each(NAMEN)("%s heeft een Nederlandse pagina met stijl, terugkoppeling en zonder script", (naam) => {
    const html = lees(`${naam.toLowerCase()}.html`);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<link rel="stylesheet" href="help.css">');
    expect(html).toContain('href="index.html"');
    expect(html).toContain(`<h1>IBT.${naam}</h1>`);
    expect(html).not.toMatch(/<script/i);
  });

  it.each(NAMEN)("%s toont de syntaxis met de parameters van de functie in volgorde", (naam) => {
    const html = ontsnap(lees(`${naam.toLowerCase()}.html`));
    expect(html).toContain(`=IBT.${naam}(${VERWACHTE_FUNCTIES[naam].join("; ")})`);
  });

  it("de index linkt naar elke functiepagina en naar niets anders", () => {
    const html = lees("index.html");
    const links = [...html.matchAll(/href="([^"]+\.html)"/g)].map((m) => m[1]).sort();
    expect(links).toEqual(NAMEN.map((n) => `${n.toLowerCase()}.html`).sort());
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/<script/i);
  });

  it("heeft een stylesheet en verder alleen de pagina's van de functies", () => {
    const bestanden = fs.readdirSync(HELP).sort();
    expect(bestanden).toEqual(
      ["help.css", "index.html", ...NAMEN.map((n) => `${n.toLowerCase()}.html`)].sort(),
    );
  });
});

describe("voorbeelden op de helppagina's kloppen", () => {
  const rijen = NAMEN.flatMap((naam) =>
    [
      ...lees(`${naam.toLowerCase()}.html`).matchAll(
        /<code class="formule">(.*?)<\/code><\/td><td>(.*?)<\/td>/g,
      ),
    ].map((m) => ({ naam, formule: ontsnap(m[1]), uitkomst: ontsnap(m[2]) })),
  );
  const rekenbaar = rijen.filter((r) => reken(r.formule) !== undefined);

  it("elke functie heeft minstens één voorbeeld, en bijna alle voorbeelden zijn met vaste waarden na te rekenen", () => {
    for (const naam of NAMEN) expect(rijen.some((r) => r.naam === naam)).toBe(true);
    expect(rekenbaar.length).toBeGreaterThanOrEqual(rijen.length - 3);
  });

  it.each(rekenbaar.map((r) => [r.formule, r.uitkomst]))("%s geeft %s", (formule, uitkomst) => {
    expect(klopt(reken(formule), uitkomst)).toBe(true);
  });
});
