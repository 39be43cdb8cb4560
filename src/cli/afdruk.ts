/**
 * Print settings of a new sheet in the copy (NieuwBlad.afdruk): the worksheet's <sheetPr>, <pageSetup>
 * and <headerFooter>, and the sheet-scoped defined names of a new sheet (the add-in's marker
 * "_IBT_Blad" and Excel's print titles "_xlnm.Print_Titles") in workbook.xml.
 */
import { kopRijenBereik, voettekstCode } from "../sheet/afdruk";
import { bladInFormule } from "../sheet/eigenKolommen";
import type { Afdruk } from "../sheet/types";
import { LEEG, OPEN, SLUIT, XmlScanner, alsBytes, attributen, escapeTekst, lokaal, voorvoegsel } from "./xml";

/** Excel's paper size code for A4 (ECMA-376, ST_PaperSize). */
const PAPIER_A4 = 9;

/** The parts of a new worksheet for its print settings, in schema order: before <dimension>, after <pageMargins>. */
export function afdrukXml(a: Afdruk | undefined): { sheetPr: string; naMarges: string } {
  if (!a) return { sheetPr: "", naMarges: "" };
  const stand = a.stand === "liggend" ? "landscape" : "portrait";
  return {
    // fitToPage makes Excel use fitToWidth/fitToHeight instead of the scale.
    sheetPr: `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    naMarges:
      `<pageSetup paperSize="${PAPIER_A4}" orientation="${stand}" fitToWidth="${a.paginasBreed}" fitToHeight="0"/>` +
      `<headerFooter><oddFooter>${alsBytes(escapeTekst(voettekstCode(a)))}</oddFooter></headerFooter>`,
  };
}

/**
 * "Rapportage 2022-1", 2 -> "Rapportage 2022-1 (2)", shortened to Excel's 31 characters: the numbering
 * the Excel adapter and the preview use (src/host/conflicten.ts, which src/cli does not import).
 */
export function genummerdeBladnaam(basis: string, nummer: number): string {
  const achtervoegsel = ` (${nummer})`;
  return basis.slice(0, 31 - achtervoegsel.length) + achtervoegsel;
}

/** Excel's defined name for print titles. */
export const AFDRUKTITELS = "_xlnm.Print_Titles";

/** The print titles of a sheet as a defined name's reference: "'Rapportage 2022-2'!$1:$3"; null without. */
export function afdruktitelsVerwijzing(blad: string, a: Afdruk | undefined): string | null {
  const bereik = a ? kopRijenBereik(a) : null;
  return bereik === null ? null : `${bladInFormule(blad)}!${bereik}`;
}

export interface BladNaam {
  naam: string;
  /** The formula text without "=". */
  verwijzing: string;
  verborgen: boolean;
}

/**
 * workbook.xml with exactly `gewenst` among the names of `namen` scoped to the sheet at `positie`
 * (localSheetId): such a name that is not wanted is removed, a wanted one replaced; every other name
 * keeps its bytes. New names go before the first name that sorts after them (Excel keeps them sorted);
 * a missing <definedNames> is added after <sheets> (and <functionGroups>, <externalReferences>).
 */
export function zetBladNamen(
  tekst: string,
  positie: number,
  namen: readonly string[],
  gewenst: readonly BladNaam[],
): string {
  const beheerd = new Set(namen.map((n) => n.toLowerCase()));
  const s = new XmlScanner(tekst);
  let p = "";
  let naNa = -1;
  let lijst: { begin: number; eind: number; sluitBegin: number; leeg: boolean } | null = null;
  const bestaand: { begin: number; eind: number; naam: string; weg: boolean }[] = [];
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
      if (s.soort === OPEN) s.slaOver();
      if (lokaal(s.naam) !== "definedName") continue;
      const n = a.get("name") ?? "";
      bestaand.push({
        begin,
        eind: s.eind,
        naam: n,
        weg: beheerd.has(n.toLowerCase()) && a.get("localSheetId") === String(positie),
      });
    }
  }
  const element = (g: BladNaam): string =>
    `<${p}definedName name="${g.naam}" localSheetId="${positie}"${g.verborgen ? ' hidden="1"' : ""}>${alsBytes(escapeTekst(g.verwijzing))}</${p}definedName>`;
  const gesorteerd = [...gewenst].sort((x, y) => x.naam.toLowerCase().localeCompare(y.naam.toLowerCase()));
  const splitsingen: { begin: number; eind: number; tekst: string }[] = bestaand
    .filter((b) => b.weg)
    .map((b) => ({ begin: b.begin, eind: b.eind, tekst: "" }));
  if (lijst === null || lijst.leeg) {
    const inhoud = `<${p}definedNames>${gesorteerd.map(element).join("")}</${p}definedNames>`;
    if (gesorteerd.length === 0) return tekst;
    if (lijst !== null) splitsingen.push({ begin: lijst.begin, eind: lijst.eind, tekst: inhoud });
    else {
      if (naNa < 0) throw new Error("workbook.xml zonder <sheets>");
      splitsingen.push({ begin: naNa, eind: naNa, tekst: inhoud });
    }
  } else {
    const overige = bestaand.filter((b) => !b.weg);
    for (const g of gesorteerd) {
      const na = overige.find((b) => b.naam.toLowerCase().localeCompare(g.naam.toLowerCase()) > 0);
      const plek = na ? na.begin : lijst.sluitBegin;
      splitsingen.push({ begin: plek, eind: plek, tekst: element(g) });
    }
  }
  // Apply from the end, so earlier offsets stay valid (insertions at one offset keep their order).
  let uit = tekst;
  const volgorde = splitsingen.map((x, i) => ({ ...x, i })).sort((a, b) => b.begin - a.begin || b.i - a.i);
  for (const x of volgorde) uit = uit.slice(0, x.begin) + x.tekst + uit.slice(x.eind);
  return uit;
}

/** Number of <sheet> elements in workbook.xml: the localSheetId of a sheet appended at the end. */
export function aantalBladen(tekst: string): number {
  const s = new XmlScanner(tekst);
  let n = 0;
  while (s.volgende()) if (s.soort !== SLUIT && lokaal(s.naam) === "sheet") n++;
  return n;
}
