/**
 * The defined names of workbook.xml: read them with their byte offsets, and rewrite the names scoped to
 * one sheet (remove some, add others) while every other byte stays as it was. One scanner for the
 * add-in's record of its columns ("_IBT_Trede"), the marker of its own sheets ("_IBT_Blad") and Excel's
 * print titles ("_xlnm.Print_Titles").
 */
import {
  LEEG,
  OPEN,
  SLUIT,
  XmlScanner,
  alsBytes,
  attributen,
  escapeTekst,
  lokaal,
  pasSplitsingenToe,
  tekstVan,
  voorvoegsel,
  type Splitsing,
} from "./xml";

/** A <definedName> in workbook.xml. */
export interface BestaandeNaam {
  /** Byte offsets of the whole element. */
  begin: number;
  eind: number;
  naam: string;
  /** localSheetId (the sheet's position), or null for a workbook-wide name. */
  blad: string | null;
  /** The formula text without "=". */
  verwijzing: string;
  verborgen: boolean;
}

/** A name to write, scoped to one sheet. */
export interface NieuweNaam {
  naam: string;
  /** The formula text without "=". */
  verwijzing: string;
  verborgen: boolean;
}

interface Namenlijst {
  /** Namespace prefix of the workbook's elements ("" or "x:"). */
  voorvoegsel: string;
  /** Offset after </sheets>, </functionGroups> or </externalReferences>: where a new list goes; -1 without. */
  naNa: number;
  /** The <definedNames> element, or null when the workbook has none. */
  lijst: { begin: number; eind: number; sluitBegin: number; leeg: boolean } | null;
  namen: BestaandeNaam[];
}

/** Every defined name of workbook.xml (a byte string), with the offsets needed to rewrite them. */
export function leesNamenlijst(tekst: string): Namenlijst {
  const s = new XmlScanner(tekst);
  let p = "";
  let naNa = -1;
  let lijst: Namenlijst["lijst"] = null;
  const namen: BestaandeNaam[] = [];
  while (s.volgende()) {
    const naam = lokaal(s.naam);
    if (naam === "sheets" || naam === "functionGroups" || naam === "externalReferences") {
      if (naam === "sheets" && s.soort !== SLUIT) p = voorvoegsel(s.naam);
      if (s.soort === OPEN) s.slaOver();
      naNa = s.eind;
      continue;
    }
    if (naam !== "definedNames" || s.soort === SLUIT) continue;
    lijst = { begin: s.begin, eind: s.eind, sluitBegin: s.eind, leeg: s.soort === LEEG };
    if (s.soort === LEEG) continue;
    while (s.volgende()) {
      if (s.soort === SLUIT) {
        lijst.sluitBegin = s.begin;
        lijst.eind = s.eind;
        break;
      }
      const begin = s.begin;
      const a = attributen(tekst, s.attrBegin, s.attrEind);
      const inhoudBegin = s.eind;
      const inhoudEind = s.soort === OPEN ? s.slaOver() : inhoudBegin;
      if (lokaal(s.naam) !== "definedName") continue;
      const verborgen = a.get("hidden");
      namen.push({
        begin,
        eind: s.eind,
        naam: a.get("name") ?? "",
        blad: a.get("localSheetId") ?? null,
        verwijzing: tekstVan(tekst, inhoudBegin, inhoudEind),
        verborgen: verborgen === "1" || verborgen === "true",
      });
    }
  }
  return { voorvoegsel: p, naNa, lijst, namen };
}

const alfabetisch = (x: { naam: string }, y: { naam: string }): number =>
  x.naam.toLowerCase().localeCompare(y.naam.toLowerCase());

/**
 * workbook.xml with the names `weg` (elements of `lijst.namen`) removed and `erbij` added, scoped to the
 * sheet at `positie` (localSheetId). Each new name goes before the first remaining name that sorts after
 * it (Excel keeps them sorted); a missing or empty <definedNames> is written where the schema wants it
 * (after <sheets>, <functionGroups> and <externalReferences>). Nothing to do: the text itself.
 */
export function herschrijfNamen(
  tekst: string,
  lijst: Namenlijst,
  positie: number,
  weg: readonly BestaandeNaam[],
  erbij: readonly NieuweNaam[],
): string {
  if (weg.length === 0 && erbij.length === 0) return tekst;
  const p = lijst.voorvoegsel;
  const element = (g: NieuweNaam): string =>
    `<${p}definedName name="${g.naam}" localSheetId="${positie}"${g.verborgen ? ' hidden="1"' : ""}>${alsBytes(escapeTekst(g.verwijzing))}</${p}definedName>`;
  const gesorteerd = [...erbij].sort(alfabetisch);
  const splitsingen: Splitsing[] = weg.map((b) => ({ begin: b.begin, eind: b.eind, tekst: "" }));
  const namen = lijst.lijst;
  if (namen === null || namen.leeg) {
    const inhoud = `<${p}definedNames>${gesorteerd.map(element).join("")}</${p}definedNames>`;
    if (namen !== null) splitsingen.push({ begin: namen.begin, eind: namen.eind, tekst: inhoud });
    else {
      if (lijst.naNa < 0) throw new Error("workbook.xml zonder <sheets>");
      splitsingen.push({ begin: lijst.naNa, eind: lijst.naNa, tekst: inhoud });
    }
    return pasSplitsingenToe(tekst, splitsingen);
  }
  const overige = lijst.namen.filter((b) => !weg.includes(b));
  for (const g of gesorteerd) {
    const na = overige.find((b) => alfabetisch(b, g) > 0);
    const plek = na ? na.begin : namen.sluitBegin;
    splitsingen.push({ begin: plek, eind: plek, tekst: element(g) });
  }
  return pasSplitsingenToe(tekst, splitsingen);
}
