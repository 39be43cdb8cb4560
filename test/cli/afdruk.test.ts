/** Print settings and sheet names of a new sheet in the copy (src/cli/afdruk.ts). */
import {
  afdrukXml,
  afdruktitelsVerwijzing,
  aantalBladen,
  genummerdeBladnaam,
  zetBladNamen,
} from "../../src/cli/afdruk";
import { voettekstCode } from "../../src/sheet/afdruk";
import type { Afdruk } from "../../src/sheet/types";

const afdruk: Afdruk = {
  stand: "liggend",
  papier: "A4",
  paginasBreed: 1,
  voettekst: "Werkblad R&D, 5 december 2022",
  paginanummers: true,
  kopRijenHerhalen: { van: 1, tot: 3 },
};

const namen = [
  { naam: "_IBT_Blad", verwijzing: '"IBT Huisvesting"', verborgen: true },
  { naam: "_xlnm.Print_Titles", verwijzing: "'Rapportage 2022-2'!$1:$3", verborgen: false },
];

describe("afdrukXml", () => {
  it("geeft sheetPr en pageSetup met headerFooter, een & in de tekst verdubbeld en als XML geschreven", () => {
    expect(voettekstCode(afdruk)).toBe("&LWerkblad R&&D, 5 december 2022&RPagina &P van &N");
    const xml = afdrukXml(afdruk);
    expect(xml.sheetPr).toBe('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml.naMarges).toBe(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        "<headerFooter><oddFooter>&amp;LWerkblad R&amp;&amp;D, 5 december 2022&amp;RPagina &amp;P van &amp;N</oddFooter></headerFooter>",
    );
    expect(afdrukXml({ ...afdruk, stand: "staand", paginanummers: false }).naMarges).toContain(
      'orientation="portrait"',
    );
    expect(afdrukXml(undefined)).toEqual({ sheetPr: "", naMarges: "" });
  });

  it("noemt de afdruktitels met de bladnaam zoals een formule hem schrijft", () => {
    expect(afdruktitelsVerwijzing("Rapportage 2022-2", afdruk)).toBe("'Rapportage 2022-2'!$1:$3");
    expect(afdruktitelsVerwijzing("Rapportage", { ...afdruk, kopRijenHerhalen: undefined })).toBeNull();
    expect(genummerdeBladnaam("Rapportage 2022-2", 2)).toBe("Rapportage 2022-2 (2)");
    expect(genummerdeBladnaam("x".repeat(40), 12)).toHaveLength(31);
  });
});

describe("zetBladNamen", () => {
  it("voegt <definedNames> toe na <sheets> als het ontbreekt", () => {
    const boek = '<workbook><sheets><sheet name="A"/><sheet name="B"/></sheets><calcPr/></workbook>';
    expect(aantalBladen(boek)).toBe(2);
    expect(zetBladNamen(boek, 2, ["_IBT_Blad", "_xlnm.Print_Titles"], namen)).toBe(
      '<workbook><sheets><sheet name="A"/><sheet name="B"/></sheets><definedNames>' +
        '<definedName name="_IBT_Blad" localSheetId="2" hidden="1">"IBT Huisvesting"</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="2">\'Rapportage 2022-2\'!$1:$3</definedName>' +
        "</definedNames><calcPr/></workbook>",
    );
  });

  it("vervangt alleen de beheerde namen van dit blad, gesorteerd tussen de andere, met het voorvoegsel", () => {
    const boek =
      "<x:workbook><x:sheets/><x:definedNames>" +
      '<x:definedName name="Afdrukbereik" localSheetId="1">B!$A$1</x:definedName>' +
      '<x:definedName name="_xlnm.Print_Titles" localSheetId="0">A!$1:$1</x:definedName>' +
      '<x:definedName name="_xlnm.Print_Titles" localSheetId="1">B!$1:$9</x:definedName>' +
      "</x:definedNames></x:workbook>";
    const na = zetBladNamen(boek, 1, ["_IBT_Blad", "_xlnm.Print_Titles"], namen);
    // Sorted as werkEigenNamenBij sorts (localeCompare: "_" before letters); other names keep their bytes.
    expect(na).toBe(
      "<x:workbook><x:sheets/><x:definedNames>" +
        '<x:definedName name="_IBT_Blad" localSheetId="1" hidden="1">"IBT Huisvesting"</x:definedName>' +
        '<x:definedName name="_xlnm.Print_Titles" localSheetId="1">\'Rapportage 2022-2\'!$1:$3</x:definedName>' +
        '<x:definedName name="Afdrukbereik" localSheetId="1">B!$A$1</x:definedName>' +
        '<x:definedName name="_xlnm.Print_Titles" localSheetId="0">A!$1:$1</x:definedName>' +
        "</x:definedNames></x:workbook>",
    );
    expect(zetBladNamen(na, 1, ["_IBT_Blad", "_xlnm.Print_Titles"], namen)).toBe(na);
  });
});
