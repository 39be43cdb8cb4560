/**
 * The plan's conditional formats and header notes in the worksheet part of the lossless copy: the colour
 * scale of IBT Verhouding as a `<conditionalFormatting>` with one `colorScale` rule, and the header
 * notes as `<dataValidation showInputMessage="1" promptTitle=... prompt=...>` (an input message, Excel's
 * way to show a note when a cell is selected; the Excel adapter writes the same with
 * `range.dataValidation.prompt`). Both go where the schema wants them among the worksheet's children.
 *
 * Only the add-in's own are replaced: a `<conditionalFormatting>` that lies entirely in the plan's own
 * columns (written or cleared) and holds exactly one colour scale with the add-in's colours, and a
 * `<dataValidation>` in those columns whose promptTitle is the add-in's ("IBT Huisvesting"). Every other
 * conditional format and data validation of the user keeps its bytes; a second run gives the same
 * bytes (the own ones are removed and written again identically, with the same priority).
 */
import type { Kleurschaal, KopNotitie, SchrijfPlan } from "../sheet/types";
import { adres } from "../sheet/adres";
import { uitvoerTeksten } from "../sheet/berichten";
import { VERHOUDING_KLEUREN } from "../sheet/schrijfplan";
import { leesBereik } from "./lezen";
import {
  LEEG,
  OPEN,
  SLUIT,
  XmlScanner,
  alsBytes,
  attribuut,
  escapeAttribuut,
  lokaal,
  pasSplitsingenToe,
  voorvoegsel,
  type Splitsing,
} from "./xml";

/** The worksheet's children after `<conditionalFormatting>` in the schema (CT_Worksheet), in order. */
const NA_VOORWAARDELIJK = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The children after `<dataValidations>`. */
const NA_VALIDATIES = NA_VOORWAARDELIJK.slice(1);

interface Kind {
  naam: string;
  begin: number;
  eind: number;
}

/** ARGB of a "#RRGGBB" colour. */
function argb(kleur: string): string {
  return `FF${kleur.replace(/^#/, "").toUpperCase()}`;
}

/** The columns (0-based) an sqref ("F3:F9 H2") covers, or null when a part is not a cell or range. */
function kolommenVan(sqref: string | null): number[] | null {
  if (sqref === null || sqref.trim() === "") return null;
  const uit: number[] = [];
  for (const deel of sqref.trim().split(/\s+/)) {
    const b = leesBereik(deel.replace(/\$/g, ""));
    if (!b) return null;
    for (let k = b.c1; k <= b.c2; k++) uit.push(k);
  }
  return uit;
}

/** The `<conditionalFormatting>` of one colour scale. */
function kleurschaalXml(p: string, k: Kleurschaal, prioriteit: number): string {
  const sqref =
    k.vanRij === k.totRij
      ? adres(k.vanRij, k.kolom)
      : `${adres(k.vanRij, k.kolom)}:${adres(k.totRij, k.kolom)}`;
  return (
    `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="colorScale" priority="${prioriteit}">` +
    `<${p}colorScale><${p}cfvo type="min"/><${p}cfvo type="num" val="${k.midden.waarde}"/><${p}cfvo type="max"/>` +
    `<${p}color rgb="${argb(k.laagste)}"/><${p}color rgb="${argb(k.midden.kleur)}"/><${p}color rgb="${argb(k.hoogste)}"/>` +
    `</${p}colorScale></${p}cfRule></${p}conditionalFormatting>`
  );
}

/** The `<dataValidation>` of one header note: any value allowed, only the input message. */
function notitieXml(p: string, n: KopNotitie): string {
  const a = (t: string): string => alsBytes(escapeAttribuut(t));
  return (
    `<${p}dataValidation allowBlank="1" showInputMessage="1" promptTitle="${a(n.titel)}" ` +
    `prompt="${a(n.tekst)}" sqref="${adres(n.rij, n.kolom)}"/>`
  );
}

/**
 * True for the add-in's own colour scale: an element in own columns whose only rule is a colour scale
 * of the add-in's three colours (VERHOUDING_KLEUREN).
 */
function isEigenKleurschaal(
  tekst: string,
  kind: Kind,
  eigen: ReadonlySet<number>,
  kleuren: string[],
): boolean {
  const s = new XmlScanner(tekst, kind.begin, kind.eind);
  s.volgende();
  const kolommen = kolommenVan(attribuut(tekst, s.attrBegin, s.attrEind, "sqref"));
  if (!kolommen || !kolommen.every((k) => eigen.has(k))) return false;
  let regels = 0;
  let schaal = false;
  const gevonden: string[] = [];
  while (s.volgende()) {
    if (s.soort === SLUIT) continue;
    const naam = lokaal(s.naam);
    if (naam === "cfRule") {
      regels++;
      schaal = attribuut(tekst, s.attrBegin, s.attrEind, "type") === "colorScale";
    } else if (naam === "color") {
      gevonden.push((attribuut(tekst, s.attrBegin, s.attrEind, "rgb") ?? "").toUpperCase());
    }
  }
  return regels === 1 && schaal && gevonden.length === 3 && gevonden.join() === kleuren.join();
}

/**
 * The worksheet part (byte string) with the plan's colour scales and header notes, replacing the
 * add-in's own ones in the plan's columns (written and cleared). Unchanged text when there is nothing to
 * add or remove.
 */
export function werkOpmaakBij(tekst: string, plan: SchrijfPlan): string {
  const schalen = plan.kleurschalen ?? [];
  const notities = plan.kopNotities ?? [];
  const eigen = new Set<number>([...plan.kolommen.map((k) => k.kolom), ...plan.teWissenKolommen]);
  if (eigen.size === 0) return tekst;

  // The worksheet's children.
  const kinderen: Kind[] = [];
  let p = "";
  let wortelSluit = -1;
  const s = new XmlScanner(tekst);
  let inWortel = false;
  while (s.volgende()) {
    if (!inWortel) {
      if (s.soort === OPEN) inWortel = true;
      continue;
    }
    if (s.soort === SLUIT) {
      wortelSluit = s.begin;
      break;
    }
    const naam = lokaal(s.naam);
    if (naam === "sheetData") p = voorvoegsel(s.naam);
    const begin = s.begin;
    if (s.soort === OPEN) s.slaOver();
    kinderen.push({ naam, begin, eind: s.eind });
  }
  if (wortelSluit < 0) return tekst;

  const splitsingen: Splitsing[] = [];
  const kleuren = [VERHOUDING_KLEUREN.laagste, VERHOUDING_KLEUREN.midden, VERHOUDING_KLEUREN.hoogste].map(
    argb,
  );

  // Conditional formats: the own ones go; the highest remaining priority (also in extLst: Excel numbers
  // all rules of a sheet together) decides the new one, so a second run gives the same.
  const voorwaardelijk = kinderen.filter((k) => k.naam === "conditionalFormatting");
  const eigenVoorwaardelijk = voorwaardelijk.filter((k) => isEigenKleurschaal(tekst, k, eigen, kleuren));
  for (const k of eigenVoorwaardelijk) splitsingen.push({ begin: k.begin, eind: k.eind, tekst: "" });
  let hoogste = 0;
  const t = new XmlScanner(tekst);
  while (t.volgende()) {
    if (t.soort === SLUIT || lokaal(t.naam) !== "cfRule") continue;
    if (eigenVoorwaardelijk.some((k) => t.begin >= k.begin && t.begin < k.eind)) continue;
    const prioriteit = Number(attribuut(tekst, t.attrBegin, t.attrEind, "priority"));
    if (Number.isFinite(prioriteit)) hoogste = Math.max(hoogste, prioriteit);
  }
  if (schalen.length > 0) {
    const xml = schalen.map((k, i) => kleurschaalXml(p, k, hoogste + 1 + i)).join("");
    const overige = voorwaardelijk.filter((k) => !eigenVoorwaardelijk.includes(k));
    const na = kinderen.find((k) => NA_VOORWAARDELIJK.includes(k.naam));
    const plek = overige.length > 0 ? overige[overige.length - 1].eind : (na?.begin ?? wortelSluit);
    splitsingen.push({ begin: plek, eind: plek, tekst: xml });
  }

  // Data validations: the own header notes go, the plan's are added.
  const validaties = kinderen.find((k) => k.naam === "dataValidations");
  const nieuw = notities.map((n) => notitieXml(p, n)).join("");
  if (validaties) {
    const t = new XmlScanner(tekst, validaties.begin, validaties.eind);
    t.volgende();
    const open = { begin: t.begin, eind: t.eind, leeg: t.soort === LEEG };
    const weg: Splitsing[] = [];
    let blijven = 0;
    let sluit = validaties.eind;
    while (!open.leeg && t.volgende()) {
      if (t.soort === SLUIT) {
        if (lokaal(t.naam) === "dataValidations") sluit = t.begin;
        continue;
      }
      const begin = t.begin;
      const titel = attribuut(tekst, t.attrBegin, t.attrEind, "promptTitle");
      const kolommen = kolommenVan(attribuut(tekst, t.attrBegin, t.attrEind, "sqref"));
      if (t.soort === OPEN) t.slaOver();
      if (
        titel === uitvoerTeksten.versnellingNotitieTitel &&
        kolommen !== null &&
        kolommen.every((k) => eigen.has(k))
      )
        weg.push({ begin, eind: t.eind, tekst: "" });
      else blijven++;
    }
    const aantal = blijven + notities.length;
    if (weg.length === 0 && notities.length === 0) {
      // Nothing of the add-in's here, nothing to add.
    } else if (aantal === 0) {
      splitsingen.push({ begin: validaties.begin, eind: validaties.eind, tekst: "" });
    } else {
      const kop = tekst.slice(open.begin, open.eind);
      const metAantal = zetAantal(kop.replace(/\s*\/>$/, ">"), aantal);
      if (open.leeg) {
        splitsingen.push({
          begin: open.begin,
          eind: open.eind,
          tekst: `${metAantal}${nieuw}</${p}dataValidations>`,
        });
      } else {
        if (metAantal !== kop) splitsingen.push({ begin: open.begin, eind: open.eind, tekst: metAantal });
        splitsingen.push(...weg);
        if (nieuw) splitsingen.push({ begin: sluit, eind: sluit, tekst: nieuw });
      }
    }
  } else if (notities.length > 0) {
    const na = kinderen.find((k) => NA_VALIDATIES.includes(k.naam));
    const plek = na?.begin ?? wortelSluit;
    splitsingen.push({
      begin: plek,
      eind: plek,
      tekst: `<${p}dataValidations count="${notities.length}">${nieuw}</${p}dataValidations>`,
    });
  }

  if (splitsingen.length === 0) return tekst;
  return pasSplitsingenToe(tekst, splitsingen);
}

/** A start tag with its count attribute set (added when absent). */
function zetAantal(tag: string, aantal: number): string {
  if (/\scount\s*=\s*["'][^"']*["']/.test(tag))
    return tag.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${aantal}"`);
  return tag.replace(/^<([^\s/>]+)/, `<$1 count="${aantal}"`);
}
