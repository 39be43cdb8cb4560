/**
 * Official gemeente names: matching a name as a supervisor typed it to the CBS list of the year
 * (gemeentelijst.ts), and suggesting the closest official name for one that is not in it.
 */
import { GEMEENTELIJST } from "./gemeentelijst";

/** A gemeente of the CBS list: name as CBS writes it, CBS code `GMxxxx`, province. */
export interface Gemeente {
  readonly naam: string;
  readonly code: string;
  readonly provincie: string;
}

/**
 * Every gemeente of the list, in CBS's alphabetical order. (Marked pure, like the index below, so that a
 * bundle that never uses the names, such as the custom functions, leaves the list out.)
 */
export const GEMEENTEN: readonly Gemeente[] = /* @__PURE__ */ GEMEENTELIJST.map(([code, naam, provincie]) =>
  Object.freeze({ naam, code, provincie }),
);

/**
 * Other names in use for a gemeente of the list, by CBS code: common short forms ("Den Haag",
 * "Den Bosch"), CBS's inverted sort forms ("Gravenhage, 's-") and, for Frisian gemeenten, the name in
 * the other language where CBS lists one (Dutch "Zuidwest-Friesland" for Súdwest-Fryslân, Frisian
 * "Ljouwert" for Leeuwarden). Case, accents, spaces, hyphens and apostrophes need no variants here: the
 * matching ignores them. Check these at a municipal reorganisation: a test refuses an unknown code.
 */
export const GEMEENTE_ALIASSEN: Readonly<Record<string, readonly string[]>> = {
  GM0518: ["Den Haag", "Gravenhage", "Gravenhage, 's-"],
  GM0796: ["Den Bosch", "Hertogenbosch", "Hertogenbosch, 's-"],
  GM0820: ["Nuenen", "Nuenen c.a.", "Nuenen, Gerwen & Nederwetten"],
  // Fryslân: the Dutch name of a gemeente whose official name is Frisian ...
  GM1900: ["Zuidwest-Friesland", "Zuidwest-Fryslân"],
  GM1970: ["Noordoost-Friesland", "Noordoost-Fryslân"],
  GM1940: ["De Friese Meren"],
  GM0737: ["Tietjerksteradeel"],
  GM1891: ["Dantumadeel"],
  // ... and the Frisian name of one whose official name is Dutch.
  GM0080: ["Ljouwert"],
  GM0072: ["Harns"],
  GM0074: ["It Hearrenfean"],
  GM0086: ["Opsterlân"],
  GM0090: ["Smellingerlân"],
  GM0085: ["Eaststellingwerf"],
  GM0060: ["It Amelân"],
  GM0088: ["Skiermûntseach"],
  GM0093: ["Skylge"],
  GM0096: ["Flylân"],
};

/**
 * Comparable form of a gemeente name: accents, case, apostrophes and every space, hyphen or other
 * sign left out (also non-breaking spaces), a leading "Gemeente" or trailing "(gemeente)" dropped,
 * "a/d", "aan de" and "aan den" made one, "St." read as "Sint". So "Gemeente Leusden ", "Ijsselstein",
 * "Sudwest Fryslan", "'s-Gravenhage", "Capelle a/d IJssel" all compare equal to CBS's spelling.
 */
export function normaliseerGemeentenaam(naam: string): string {
  const woorden = naam
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^gemeente (?=\S)/, "")
    .replace(/^(.+) gemeente$/, "$1")
    .replace(/\b(aan den|aan de|a d)\b/g, "ad")
    .replace(/\bst\b/g, "sint");
  return woorden.replace(/ /g, "");
}

/** A province abbreviation CBS adds to a name that occurs in more than one province: "Bergen (NH.)". */
const PROVINCIE_AFKORTING = /^(.*\S)\s*\((?:[A-Z]{1,2}\.)+\)$/;

/** Every matching key with the gemeenten it may mean (more than one: the key is ambiguous). */
function maakIndex(): Map<string, Gemeente[]> {
  const index = new Map<string, Gemeente[]>();
  const voegToe = (naam: string, g: Gemeente): void => {
    const sleutel = normaliseerGemeentenaam(naam);
    const bestaand = index.get(sleutel) ?? [];
    if (!bestaand.includes(g)) index.set(sleutel, [...bestaand, g]);
  };
  const perCode = new Map(GEMEENTEN.map((g) => [g.code, g]));
  for (const g of GEMEENTEN) {
    voegToe(g.naam, g);
    voegToe(g.code, g); // a sheet may name its gemeenten by CBS code
    // "Hengelo (O.)" is also "Hengelo" and "Hengelo Overijssel"; plain "Bergen" stays ambiguous.
    const m = PROVINCIE_AFKORTING.exec(g.naam);
    if (m) {
      voegToe(m[1], g);
      voegToe(`${m[1]} ${g.provincie}`, g);
    }
  }
  for (const [code, namen] of Object.entries(GEMEENTE_ALIASSEN)) {
    const g = perCode.get(code);
    if (g) for (const naam of namen) voegToe(naam, g);
  }
  return index;
}

/** The index and the keys' letter counts, made on first use. */
let index: Map<string, Gemeente[]> | null = null;
let tellingen: { sleutel: string; telling: Int16Array }[] | null = null;

function indexVan(): Map<string, Gemeente[]> {
  index ??= maakIndex();
  return index;
}

/** Letter and digit counts of a comparable form (a-z, 0-9). */
function telTekens(sleutel: string): Int16Array {
  const telling = new Int16Array(36);
  for (let i = 0; i < sleutel.length; i++) {
    const c = sleutel.charCodeAt(i);
    telling[c >= 97 ? c - 97 : c - 48 + 26]++;
  }
  return telling;
}

/**
 * A lower bound of the edit distance from the counts alone (each edit changes the letters that one
 * side has more of, and those the other side has more of, by at most one): cheap, so that most names
 * need no full comparison.
 */
function tekenverschil(a: Int16Array, b: Int16Array): number {
  let meer = 0;
  let minder = 0;
  for (let i = 0; i < 36; i++) {
    const d = a[i] - b[i];
    if (d > 0) meer += d;
    else minder -= d;
  }
  return Math.max(meer, minder);
}

/** The index's keys with their letter counts, for suggestions. */
function tellingenVan(): { sleutel: string; telling: Int16Array }[] {
  tellingen ??= [...indexVan().keys()].map((sleutel) => ({ sleutel, telling: telTekens(sleutel) }));
  return tellingen;
}

/**
 * The gemeenten a name may mean: one when it is an official name or a known variant, several when it
 * is ambiguous ("Bergen": Bergen (L.) and Bergen (NH.)), none otherwise.
 */
function kandidaten(naam: string): readonly Gemeente[] {
  return indexVan().get(normaliseerGemeentenaam(naam)) ?? [];
}

/** Memo of zoekGemeente per text: a sheet repeats each name once per period. */
const gevonden = new Map<string, Gemeente | null>();
const MEMO_MAX = 10_000;

/**
 * The gemeente of the CBS list that `naam` names, ignoring case, accents, surrounding and
 * non-breaking spaces, a leading "Gemeente", hyphens and apostrophes, and accepting the aliases above
 * ("Den Bosch" is 's-Hertogenbosch) and a name without CBS's province abbreviation when it is unique
 * ("Hengelo" is Hengelo (O.)), and the CBS code ("GM0327"). Null for an unknown or ambiguous name
 * ("Bergen").
 */
export function zoekGemeente(naam: string): Gemeente | null {
  const bekend = gevonden.get(naam);
  if (bekend !== undefined) return bekend;
  const k = kandidaten(naam);
  const uitkomst = k.length === 1 ? k[0] : null;
  if (gevonden.size >= MEMO_MAX) gevonden.clear();
  gevonden.set(naam, uitkomst);
  return uitkomst;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours) between a and b, or `max + 1` as soon as it is certain to exceed `max`.
 */
export function bewerkingsafstand(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let tweeTerug: number[] = [];
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const huidige = [i];
    let kleinste = i;
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(vorige[j] + 1, huidige[j - 1] + 1, vorige[j - 1] + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, tweeTerug[j - 2] + 1);
      huidige.push(d);
      kleinste = Math.min(kleinste, d);
    }
    if (kleinste > max) return max + 1;
    tweeTerug = vorige;
    vorige = huidige;
  }
  return vorige[b.length];
}

/** How far a name may be from an official one to be suggested: 1 edit up to 4 letters, 2 up to 8, else 3. */
function maxAfstand(lengte: number): number {
  return lengte <= 4 ? 1 : lengte <= 8 ? 2 : 3;
}

/**
 * The official gemeenten closest to a name that is not (unambiguously) in the list: every one of an
 * ambiguous name ("Bergen"), else those at the smallest Damerau-Levenshtein distance on the comparable
 * form (official names, province-less forms and aliases), when that distance is small for the name's
 * length ("Leusen" -> Leusden, "Amersfort" -> Amersfoort). Empty when nothing is close, or when the
 * name has no letters ("Gemeente 001"). CBS's order; at most three.
 */
export function stelGemeentenVoor(naam: string): Gemeente[] {
  const k = kandidaten(naam);
  if (k.length > 0) return [...k].slice(0, 3);
  const sleutel = normaliseerGemeentenaam(naam);
  if (!/[a-z]/.test(sleutel)) return [];
  const max = maxAfstand(sleutel.length);
  const telling = telTekens(sleutel);
  let beste = max + 1;
  let gevondenBij = new Set<Gemeente>();
  for (const { sleutel: andere, telling: andereTelling } of tellingenVan()) {
    const grens = Math.min(max, beste);
    if (Math.abs(andere.length - sleutel.length) > grens || tekenverschil(telling, andereTelling) > grens)
      continue;
    const d = bewerkingsafstand(sleutel, andere, grens);
    if (d > max || d > beste) continue;
    if (d < beste) {
      beste = d;
      gevondenBij = new Set();
    }
    for (const g of indexVan().get(andere)!) gevondenBij.add(g);
  }
  return GEMEENTEN.filter((g) => gevondenBij.has(g)).slice(0, 3);
}

/** The one closest official gemeente of a name (see stelGemeentenVoor), or null when none or several are. */
export function stelGemeenteVoor(naam: string): Gemeente | null {
  const voorstellen = stelGemeentenVoor(naam);
  return voorstellen.length === 1 ? voorstellen[0] : null;
}
