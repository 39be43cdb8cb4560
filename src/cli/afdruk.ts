/**
 * Print settings of a new sheet in the copy (NieuwBlad.afdruk): the worksheet's <sheetPr>, <pageSetup>
 * and <headerFooter>, and the sheet-scoped defined names of a new sheet (the add-in's marker
 * "_IBT_Blad" and Excel's print titles "_xlnm.Print_Titles") in workbook.xml.
 */
import { kopRijenBereik, voettekstCode } from "../sheet/afdruk";
import { bladInFormule } from "../sheet/eigenKolommen";
import type { Afdruk } from "../sheet/types";
import { type NieuweNaam, herschrijfNamen, leesNamenlijst } from "./namen";
import { SLUIT, XmlScanner, alsBytes, escapeTekst, lokaal } from "./xml";

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

export type BladNaam = NieuweNaam;

/**
 * workbook.xml with exactly `gewenst` among the names of `namen` scoped to the sheet at `positie`
 * (localSheetId): such a name that is not wanted is removed, a wanted one replaced; every other name
 * keeps its bytes (src/cli/namen.ts writes them in Excel's sorted order).
 */
export function zetBladNamen(
  tekst: string,
  positie: number,
  namen: readonly string[],
  gewenst: readonly BladNaam[],
): string {
  const beheerd = new Set(namen.map((n) => n.toLowerCase()));
  const lijst = leesNamenlijst(tekst);
  const weg = lijst.namen.filter((b) => beheerd.has(b.naam.toLowerCase()) && b.blad === String(positie));
  return herschrijfNamen(tekst, lijst, positie, weg, gewenst);
}

/** Number of <sheet> elements in workbook.xml: the localSheetId of a sheet appended at the end. */
export function aantalBladen(tekst: string): number {
  const s = new XmlScanner(tekst);
  let n = 0;
  while (s.volgende()) if (s.soort !== SLUIT && lokaal(s.naam) === "sheet") n++;
  return n;
}
