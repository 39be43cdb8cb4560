/**
 * The header grammar: a header is field words plus qualifiers (docs/kolommen.md, "Koppen lezen").
 *
 *   kop         = { woord | periode | datum | relatief | vulwoord }
 *   periode     = 2022-1 | 2022-I | 2022/1 | 2022 H2 | H1 2022 | 1e helft 2022 | januari-juni 2022 ...
 *   datum       = 1/7 | 1-7 | 1-1-2022 | 1 juli 2022 | 31-12-2021, optionally after op, per, t/m
 *   relatief    = nieuwe | volgende | vorige | begin | eind
 *   woorden     = what is left: "ts", "totaalopgave", "stand van zaken", "aantal versneld te plaatsen ..."
 *
 * `ontleedKop` only takes the text apart; what a qualifier means for a column (this period, the next
 * one, a tussenstand) depends on the sheet's period and is decided in kolommen.ts and lezen.ts.
 */
import { beginPeildatum, eindPeildatum, type Periode, type Tekenconventie } from "../domain";

/** What the field words of a header name, before the qualifiers are applied. */
export type Basis =
  | "gemeente"
  | "periode"
  | "taakstelling"
  | "totaalopgave"
  | "herverdeling"
  | "extraOpgave"
  | "gerealiseerd"
  | "naRegistratie"
  | "achterstand"
  | "realisatieTaakstelling"
  | "realisatieTotaalopgave"
  | "trede"
  | "vastgesteldeTrede"
  | "redenBesluit"
  | "opdrachtVersnelling"
  | "meetdatum"
  | "correctiedatum";

/** A date in a header; `jaar` null when the header gives none ("op 1/7"). */
export interface KopDatum {
  dag: number;
  /** 1..12 */
  maand: number;
  jaar: number | null;
}

export type Relatief = "begin" | "eind" | "volgende" | "vorige";

/** A header taken apart. */
export interface KopOntleding {
  /** The field the words name, or null when they name none. */
  basis: Basis | null;
  /** Sign convention the words imply (saldo, voorsprong); undefined = the field's default. */
  conventie?: Tekenconventie;
  /** An explicit period ("TS 2022-1"). */
  periode: Periode | null;
  /** An explicit date ("Achterstand op 1/7"). */
  datum: KopDatum | null;
  relatief: Relatief | null;
  /** The field words as normalised and joined (for diagnostics: what did not match). */
  woorden: string;
}

/** Lower case, no diacritics, dashes unified, spaces collapsed; keeps digits, "/", "-", "%" and ".". */
export function normaliseerKopTekst(kop: string): string {
  return kop
    .replace(/['’‘](\d{2})(?!\d)/g, "20$1")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[()[\]{}:;,'"’‘“”]/g, " ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

const MAANDEN: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MAAND_WOORD = Object.keys(MAANDEN)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Words that may precede a date and carry no meaning of their own. */
const DATUM_VOORZET = String.raw`(?:(?:t\/m|tm|tot en met|tot|op|per|peildatum|d\.?d\.?)\s+)?`;
/** "1 juli 2022", "op 1 jul.", "per 1 januari", "1-jul-22". */
const DATUM_WOORD = new RegExp(
  String.raw`(?<![\w/-])${DATUM_VOORZET}(\d{1,2})(?:\s+|-)(${MAAND_WOORD})\.?(?:(?:\s+|-)(\d{4}|\d{2}))?(?![\w/-])`,
);
/** ISO "2022-07-01". */
const DATUM_ISO = new RegExp(String.raw`(?<![\w/.-])${DATUM_VOORZET}(\d{4})-(\d{2})-(\d{2})(?![\w/-])`);
/** "1/7", "1-7", "op 1/7", "per 1-1-2022", "t/m 30-6-2022", "31-12-2021", "01.07.22". */
const DATUM_CIJFERS = new RegExp(
  String.raw`(?<![\w/.-])${DATUM_VOORZET}(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?(?![\w/-]|\.\d)`,
);

const HELFT_WOORD: Readonly<Record<string, 1 | 2>> = {
  "1e": 1,
  "1ste": 1,
  eerste: 1,
  "2e": 2,
  "2de": 2,
  tweede: 2,
};
const PERIODE_PATRONEN: readonly { re: RegExp; lees: (m: RegExpExecArray) => Periode | null }[] = [
  {
    // januari-juni 2022, jan-jun 2022, juli t/m december 2022
    re: /(?<![\w-])(januari|jan|juli|jul)\.?\s*(?:-|t\/m|tot en met|tm)\s*(juni|jun|december|dec)\.?\s+(\d{4})(?![\w-])/,
    lees: (m) => {
      const eersteHelft = m[1].startsWith("jan") && m[2].startsWith("jun");
      const tweedeHelft = m[1].startsWith("jul") && m[2].startsWith("dec");
      if (!eersteHelft && !tweedeHelft) return null;
      return { jaar: Number(m[3]), helft: eersteHelft ? 1 : 2 };
    },
  },
  {
    // 1e helft 2022, eerste helft 2022, 2de helft 2021, 1e halfjaar 2022, 2e helft '22
    re: /(?<![\w-])(1e|1ste|eerste|2e|2de|tweede)\s+(?:helft|halfjaar)\s+(\d{4}|\d{2})(?![\w-])/,
    lees: (m) => ({ jaar: volJaar(m[2]), helft: HELFT_WOORD[m[1]] }),
  },
  {
    // 2022 1e helft, 2022 tweede halfjaar
    re: /(?<![\w/-])(\d{4})\s+(1e|1ste|eerste|2e|2de|tweede)\s+(?:helft|halfjaar)(?![\w-])/,
    lees: (m) => ({ jaar: Number(m[1]), helft: HELFT_WOORD[m[2]] }),
  },
  {
    // H1 2022, h 2 2022, HJ1 2022, H1-2022, H2 '22
    re: /(?<![\w-])hj?\s?([12])(?:\s+|\s?-\s?)(\d{4}|\d{2})(?![\w/-])/,
    lees: (m) => ({ jaar: volJaar(m[2]), helft: m[1] === "1" ? 1 : 2 }),
  },
  {
    // 2022-1, 2022-I, 2022-II, 2022/1, 2022.I, 2022 H2, 2022-h1, 2022H1, 2022 I, 2022 HJ2
    re: /(?<![\w/-])(\d{4})(?:\s?[-/.]\s?|\s|(?=h))(?:hj?\s?)?(1|2|ii|i)(?![\w/-])/,
    lees: (m) => ({ jaar: Number(m[1]), helft: m[2] === "1" || m[2] === "i" ? 1 : 2 }),
  },
];

const RELATIEF: readonly { re: RegExp; relatief: Relatief }[] = [
  { re: /(?<![\w-])(nieuwe|nieuw|volgende|volgend)(?![\w-])/, relatief: "volgende" },
  { re: /(?<![\w-])vorige(?![\w-])/, relatief: "vorige" },
  { re: /(?<![\w-])(begin|aanvang|start)(?![\w-])/, relatief: "begin" },
  { re: /(?<![\w-])(einde|eind)(?![\w-])/, relatief: "eind" },
];

/**
 * The field words of each field, joined without spaces ("stand van zaken" -> "standvanzaken"),
 * "statushouders" already read as "vergunninghouders". The first word of each entry is the canonical one.
 */
const VELDWOORDEN: readonly { basis: Basis; woorden: readonly string[]; conventie?: Tekenconventie }[] = [
  { basis: "gemeente", woorden: ["gemeente", "gemeentenaam", "naamgemeente", "gemeenten", "gemeentes"] },
  { basis: "periode", woorden: ["periode", "halfjaar", "tijdvak"] },
  { basis: "taakstelling", woorden: ["taakstelling", "ts", "taakstellingvergunninghouders"] },
  { basis: "totaalopgave", woorden: ["totaalopgave", "to", "totaleopgave"] },
  { basis: "herverdeling", woorden: ["herverdeling", "herverdelingen"] },
  { basis: "extraOpgave", woorden: ["extraopgave", "doelstelling", "extradoelstelling"] },
  {
    basis: "gerealiseerd",
    woorden: [
      "gerealiseerd",
      "gehuisvest",
      "geplaatst",
      "huisvestinggerealiseerd",
      "taakstellinggerealiseerd",
      "realisatieaantal",
      "aantalgerealiseerd",
    ],
  },
  { basis: "naRegistratie", woorden: ["naregistratie", "correctie", "nagekomen", "naregistraties"] },
  { basis: "achterstand", woorden: ["achterstand", "stand", "standvanzaken"] },
  { basis: "achterstand", woorden: ["saldo"], conventie: "saldo" },
  { basis: "achterstand", woorden: ["voorsprong"], conventie: "voorsprong" },
  {
    basis: "realisatieTaakstelling",
    woorden: [
      "realisatietaakstelling",
      "%taakstelling",
      "realisatietaakstelling%",
      "taakstelling%",
      "%ts",
      "ts%",
      "realisatiets",
    ],
  },
  {
    basis: "realisatieTotaalopgave",
    woorden: [
      "realisatietotaalopgave",
      "%totaalopgave",
      "realisatietotaalopgave%",
      "totaalopgave%",
      "%to",
      "to%",
      "realisatieto",
    ],
  },
  { basis: "trede", woorden: ["trede", "tredeibt", "tredeinterventieladder"] },
  {
    // The supervisors' decision (rule 11): "Vastgestelde trede", "Besloten trede", "Trede (besluit)".
    basis: "vastgesteldeTrede",
    woorden: [
      "vastgesteldetrede",
      "beslotentrede",
      "tredebesluit",
      "tredevastgesteld",
      "tredebesloten",
      "besluittrede",
      "vastgesteldetredeibt",
    ],
  },
  {
    // Its reason. "Toelichting" or "Opmerking" alone is a general note column, not the decision's reason.
    basis: "redenBesluit",
    woorden: [
      "reden",
      "redenbesluit",
      "toelichtingbesluit",
      "besluittoelichting",
      "motiveringbesluit",
      "redentrede",
      "toelichtingtrede",
      "redenvastgesteldetrede",
      "toelichtingvastgesteldetrede",
    ],
  },
  {
    basis: "opdrachtVersnelling",
    woorden: [
      "opdrachtversnelling",
      "versneldeuitstroom",
      "opdrachtversneldeuitstroom",
      "opdracht",
      "opdrachtvru",
      "versnelling",
      "versneldteplaatsen",
      "versneldteplaatsenvergunninghouders",
    ],
  },
  { basis: "meetdatum", woorden: ["meetdatum", "peildatummeting"] },
  {
    basis: "correctiedatum",
    woorden: [
      "correctiedatum",
      "datumcorrectie",
      "peildatumcorrectie",
      "datumnaregistratie",
      "gecorrigeerdop",
    ],
  },
];

const WOORDEN: ReadonlyMap<string, { basis: Basis; conventie?: Tekenconventie }> = new Map(
  VELDWOORDEN.flatMap((v) =>
    v.woorden.map(
      (w) => [w, v.conventie ? { basis: v.basis, conventie: v.conventie } : { basis: v.basis }] as const,
    ),
  ),
);

/** Words that never change a header's meaning: units, articles, "periode" after a field. */
const VULWOORDEN = new Set([
  "aantal",
  "aantallen",
  "aan",
  "personen",
  "pers",
  "vergunninghouders",
  "vh",
  "de",
  "het",
  "in",
  "op",
  "per",
  "t/m",
  "tm",
  "periode",
  "halfjaar",
  "totaal",
  "cijfers",
  "coa",
  "tvs",
  "volgens",
  "nr",
  "#",
]);

/** The comparable form of field words: no punctuation except %, statushouder = vergunninghouder. */
function woordvorm(tekst: string): string[] {
  return tekst
    .replace(/statushouders?/g, "vergunninghouders")
    .replace(/vergunninghouder(?!s)/g, "vergunninghouders")
    .replace(/[^a-z0-9%/# ]/g, " ")
    .replace(/(?<![\w])\/|\/(?![\w])/g, " ")
    .split(" ")
    .filter((w) => w !== "");
}

function zoekWoorden(woorden: string[]): { basis: Basis; conventie?: Tekenconventie } | null {
  const heel = WOORDEN.get(woorden.join(""));
  if (heel) return heel;
  const kern = woorden.filter((w) => !VULWOORDEN.has(w));
  // No field word is empty: a header of filler words only finds nothing here either.
  return WOORDEN.get(kern.join("")) ?? null;
}

/** Whether the day exists in the month in some year (29-2 does); a month outside 1..12 has no days. */
function geldigeDatum(dag: number, maand: number): boolean {
  const dagen = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][maand - 1] ?? 0;
  return dag >= 1 && dag <= dagen;
}

/** The first date in a header text (ISO, with a month name, or in figures) and its match. */
function zoekDatum(tekst: string): { datum: KopDatum; m: RegExpExecArray } | null {
  const iso = DATUM_ISO.exec(tekst);
  if (iso && geldigeDatum(Number(iso[3]), Number(iso[2])))
    return { datum: { dag: Number(iso[3]), maand: Number(iso[2]), jaar: Number(iso[1]) }, m: iso };
  const w = DATUM_WOORD.exec(tekst);
  if (w && geldigeDatum(Number(w[1]), MAANDEN[w[2]]))
    return { datum: { dag: Number(w[1]), maand: MAANDEN[w[2]], jaar: jaarVan(w[3]) }, m: w };
  const c = DATUM_CIJFERS.exec(tekst);
  if (c && geldigeDatum(Number(c[1]), Number(c[2])))
    return { datum: { dag: Number(c[1]), maand: Number(c[2]), jaar: jaarVan(c[3]) }, m: c };
  return null;
}

/** A year as written: "2022", or "22" for 2022. */
function volJaar(tekst: string): number {
  const n = Number(tekst);
  return tekst.length === 2 ? 2000 + n : n;
}

function jaarVan(tekst: string | undefined): number | null {
  return tekst === undefined ? null : volJaar(tekst);
}

/**
 * Takes a header text apart into field words and qualifiers. Never throws; a text whose words name no
 * field has `basis` null (its qualifiers are still given). Text in parentheses is a remark
 * ("Taakstelling (personen)", "Correctiedatum (na-registratie)") unless it holds a qualifier the rest
 * lacks ("TS (2022-1)", "Achterstand (op 1/7)"); a header that is all parentheses is read as a whole.
 */
export function ontleedKop(kop: string): KopOntleding {
  const haakjes = [...kop.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  // Without parentheses `buiten` is the whole header and the (empty) inside adds nothing.
  const buiten = ontleed(kop.replace(/\([^)]*\)/g, " "));
  if (buiten.basis === null) return ontleed(kop);
  // "Trede (besluit)": the words in parentheses make it the decided step, not a remark on "Trede".
  if (buiten.basis === "trede" && haakjes.length > 0) {
    const geheel = ontleed(kop);
    if (geheel.basis === "vastgesteldeTrede") return geheel;
  }
  const binnen = ontleed(haakjes.join(" "));
  return {
    ...buiten,
    periode: buiten.periode ?? binnen.periode,
    datum: buiten.datum ?? binnen.datum,
    relatief: buiten.relatief ?? binnen.relatief,
  };
}

function ontleed(kop: string): KopOntleding {
  let tekst = ` ${normaliseerKopTekst(kop)} `;
  const knip = (m: RegExpExecArray): void => {
    tekst = `${tekst.slice(0, m.index)} ${tekst.slice(m.index + m[0].length)}`;
  };

  let datum: KopDatum | null = null;
  let periode: Periode | null = null;
  for (const p of PERIODE_PATRONEN) {
    const m = p.re.exec(tekst);
    if (!m) continue;
    const gevonden = p.lees(m);
    if (gevonden && gevonden.jaar >= 1900 && gevonden.jaar <= 2999) {
      periode = gevonden;
      knip(m);
      break;
    }
  }
  // A date, or a range of two ("1-1 t/m 30-6-2022", "1 jan - 30 jun 2022"): a range counts as its end.
  for (let i = 0; i < 2; i++) {
    const gevonden = zoekDatum(tekst);
    if (!gevonden) break;
    datum = gevonden.datum;
    knip(gevonden.m);
  }

  tekst = tekst
    .replace(/stand van zaken/g, " standvanzaken ")
    .replace(/\bna[\s-]+registratie/g, " naregistratie ")
    // Words joined by a hyphen are separate words ("Achterstand-begin"); dates and periods are gone by now.
    .replace(/([a-z])-(?=[a-z])/g, "$1 ");
  let relatief: Relatief | null = null;
  for (const r of RELATIEF) {
    const m = r.re.exec(tekst);
    if (!m) continue;
    relatief ??= r.relatief;
    knip(m);
  }
  // A bare year ("Taakstelling 2022") qualifies nothing a half year can use; it is left out.
  tekst = tekst.replace(/(?<![\w/-])\d{4}(?![\w/-])/g, " ");
  const woorden = woordvorm(tekst);
  const gevonden = zoekWoorden(woorden);
  return {
    basis: gevonden?.basis ?? null,
    ...(gevonden?.conventie ? { conventie: gevonden.conventie } : {}),
    periode,
    datum,
    relatief,
    woorden: woorden.join(" "),
  };
}

/** Every field-word form with its field (for diagnostics: the closest field of an unknown header). */
export const VELDWOORD_LIJST: readonly { woord: string; basis: Basis }[] = VELDWOORDEN.flatMap((v) =>
  v.woorden.map((woord) => ({ woord, basis: v.basis })),
);

const DAG_MS = 86_400_000;

/** A header date as a UTC day, with the year given or else `jaar`. */
function kopDatumOp(d: KopDatum, jaar: number): Date {
  return new Date(Date.UTC(d.jaar ?? jaar, d.maand - 1, d.dag));
}

/** True when a header date is the peildatum `peil` or the day before it (the month and day only without a year). */
function isPeildatumOfDagErvoor(d: KopDatum, peil: Date, metJaar: boolean): boolean {
  for (const dag of [peil, new Date(peil.getTime() - DAG_MS)]) {
    if (d.dag !== dag.getUTCDate() || d.maand !== dag.getUTCMonth() + 1) continue;
    if (!metJaar || d.jaar === null || d.jaar === dag.getUTCFullYear()) return true;
  }
  return false;
}

/** What a dated header means for a row of period p. */
export type DatumRol = { rol: "begin" | "eind" } | { rol: "tussenstand"; datum: Date } | null;

/**
 * Role of a date in a header for a row of period p: its start peildatum (or the day before: 31-12-2021
 * is 1 januari 2022) is the begin, its end peildatum (or the day before) the end, another date inside
 * the period a tussenstand. A date without a year takes the period's year. A period whose year is
 * unknown (`jaar` null: "1 januari" and "1 juli" columns and no period anywhere) matches on month and
 * day only, and has no tussenstand.
 */
export function datumRol(d: KopDatum, p: { jaar: number | null; helft: 1 | 2 }): DatumRol {
  const jaar = p.jaar ?? 2000;
  const metJaar = p.jaar !== null;
  const periode = { jaar, helft: p.helft };
  const begin = beginPeildatum(periode);
  const eind = eindPeildatum(periode);
  // Strictly after the begin and before the last day of the period (the day before eind counts as eind).
  const datum = kopDatumOp(d, jaar);
  if (metJaar && datum.getTime() > begin.getTime() && datum.getTime() < eind.getTime() - DAG_MS)
    return { rol: "tussenstand", datum };
  if (isPeildatumOfDagErvoor(d, begin, metJaar)) return { rol: "begin" };
  if (isPeildatumOfDagErvoor(d, eind, metJaar)) return { rol: "eind" };
  return null;
}
