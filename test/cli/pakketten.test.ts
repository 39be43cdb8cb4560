/**
 * The package reader and the cell splicer on hand-written packages: the forms valid OOXML may take that
 * the corpus does not show (namespace prefixes, rows and cells without r, an empty sheetData, a
 * calcChain, shared formulas, a <cols> range, OOXML's _xHHHH_ escapes, UTF-16).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { InvoerFout, Werkmap, sheetToBlad } from "../../src/cli/lezen";
import { Pakket } from "../../src/cli/pakket";
import { schrijfKopie } from "../../src/cli/schrijven";
import type { SchrijfPlan } from "../../src/sheet/types";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Opties {
  blad: string;
  stijlen?: string;
  keten?: string;
  werkboek?: string;
}

function pakket(o: Opties): Uint8Array {
  const keten = o.keten !== undefined;
  const delen: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        (keten
          ? `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>`
          : "") +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      o.werkboek ??
        `<?xml version="1.0"?><x:workbook xmlns:x="${NS}" xmlns:r="${R}"><x:sheets>` +
          `<x:sheet name="Blad1" sheetId="3" r:id="rId1"/></x:sheets></x:workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (o.stijlen ? `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` : "") +
        (keten ? `<Relationship Id="rId3" Type="${R}/calcChain" Target="calcChain.xml"/>` : "") +
        `</Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(o.blad),
  };
  if (o.stijlen) delen["xl/styles.xml"] = strToU8(o.stijlen);
  if (keten) delen["xl/calcChain.xml"] = strToU8(o.keten!);
  return zipSync(delen);
}

function werkmap(bytes: Uint8Array): Werkmap {
  return new Werkmap(new Pakket(bytes), "test.xlsx");
}

/** A plan writing `waarden` from (rij, kolom) on, nothing else. */
function plan(
  rij: number,
  kolom: number,
  waarden: (string | number | boolean | null)[][],
  extra: Partial<SchrijfPlan> = {},
): SchrijfPlan {
  return {
    blad: "Blad1",
    beginRij: rij,
    beginKolom: kolom,
    waarden,
    formaten: waarden.map((r) => r.map(() => null)),
    kolommen: [],
    opvullingen: [],
    teWissenKolommen: [],
    conflicten: [],
    aantalCellen: 0,
    ...extra,
  };
}

function blad(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
}

const STIJLEN =
  `<?xml version="1.0"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe("lezen van ongewone maar geldige pakketten", () => {
  it("leest voorvoegsels, rijen en cellen zonder r, inline en opgemaakte tekst en _xHHHH_", () => {
    const w = werkmap(
      pakket({
        stijlen: STIJLEN,
        blad:
          `<x:worksheet xmlns:x="${NS}"><x:sheetData>` +
          `<x:row><x:c t="inlineStr"><x:is><x:t>Gemeente</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Peri</x:t></x:r><x:r><x:t xml:space="preserve">ode </x:t></x:r><x:rPh><x:t>X</x:t></x:rPh></x:is></x:c></x:row>` +
          `<x:row><x:c t="str"><x:f>A1</x:f><x:v>a_x000D_b_x005F_x0041_</x:v></x:c><x:c s="1"><x:v>44887</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>` +
          `<x:row r="5"><x:c r="C5" t="d"><x:v>2022-11-22T00:00:00</x:v></x:c></x:row>` +
          `</x:sheetData></x:worksheet>`,
      }),
    );
    const b = sheetToBlad(w.worksheets[0]);
    expect(b.waarden).toEqual([
      ["Gemeente", "Periode ", "", ""],
      ["a\rb_x0041_", 44887, false, "#N/A"],
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", 44887, ""],
    ]);
    expect(b.formaten![1][1]).toBe("mm-dd-yy");
  });

  it("leest een werkblad in UTF-16", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Zoë 😀</t></is></c></row></sheetData></worksheet>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    const bytes = unzipSync(pakket({ blad: "" }));
    bytes["xl/worksheets/sheet1.xml"] = utf16;
    const b = sheetToBlad(werkmap(zipSync(bytes)).worksheets[0]);
    expect(b.waarden).toEqual([["Zoë 😀"]]);
  });
});

describe("schrijven in ongewone maar geldige pakketten", () => {
  it("schrijft met het voorvoegsel van het blad, geeft rijen en cellen zonder r er een, en houdt de volgorde", () => {
    const w = werkmap(
      pakket({
        stijlen: STIJLEN,
        blad:
          `<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1:B2"/><x:sheetData>` +
          `<x:row><x:c><x:v>1</x:v></x:c><x:c s="1"><x:v>2</x:v></x:c></x:row>` +
          `<x:row spans="1:2"><x:c><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>` +
          `</x:sheetData></x:worksheet>`,
      }),
    );
    const uit = blad(
      schrijfKopie(w, w.worksheets[0], plan(1, 3, [["tekst\r_x0041_ & <😀>"], [true], [null], [5]])).bytes,
    );
    expect(uit).toBe(
      `<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1:D4"/><x:sheetData>` +
        `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" s="1"><x:v>2</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t xml:space="preserve">tekst_x000D__x005F_x0041_ &amp; &lt;😀&gt;</x:t></x:is></x:c></x:row>` +
        `<x:row r="2" spans="1:4"><x:c r="A2"><x:v>3</x:v></x:c><x:c r="B2"><x:v>4</x:v></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c></x:row>` +
        `<x:row r="4"><x:c r="D4"><x:v>5</x:v></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`,
    );
    // And it reads back as written.
    const terug = werkmap(schrijfKopie(w, w.worksheets[0], plan(1, 3, [["tekst\r_x0041_ & <😀>"]])).bytes);
    expect(sheetToBlad(terug.worksheets[0]).waarden[0][3]).toBe("tekst\r_x0041_ & <😀>");
  });

  it("vult een leeg <sheetData/> en maakt <cols> vóór sheetData", () => {
    const w = werkmap(
      pakket({ stijlen: STIJLEN, blad: `<worksheet xmlns="${NS}"><sheetData/></worksheet>` }),
    );
    const p = plan(2, 1, [["IBT Trede"]], {
      kolommen: [{ kolom: 1, kop: "IBT Trede", formaat: "General", breedte: 40 }],
    });
    const uit = blad(schrijfKopie(w, w.worksheets[0], p).bytes);
    expect(uit).toBe(
      `<worksheet xmlns="${NS}"><cols><col min="2" max="2" width="40" customWidth="1"/></cols><sheetData>` +
        `<row r="2"><c r="B2" s="2" t="inlineStr"><is><t>IBT Trede</t></is></c></row></sheetData></worksheet>`,
    );
  });

  it("splitst een <cols>-bereik en houdt zijn andere attributen", () => {
    const w = werkmap(
      pakket({
        stijlen: STIJLEN,
        blad: `<worksheet xmlns="${NS}"><cols><col min="1" max="5" width="9" style="1" customWidth="1"/></cols><sheetData/></worksheet>`,
      }),
    );
    const p = plan(1, 2, [["x"]], { kolommen: [{ kolom: 2, kop: "x", formaat: "General", breedte: 30 }] });
    const uit = blad(schrijfKopie(w, w.worksheets[0], p).bytes);
    expect(uit).toContain(
      `<cols><col min="1" max="2" width="9" style="1" customWidth="1"/><col min="3" max="3" width="30" style="1" customWidth="1"/>` +
        `<col min="4" max="5" width="9" style="1" customWidth="1"/></cols>`,
    );
    // The new cell inherits the column's style (1, a date format) and gets the header style on top.
    expect(uit).toMatch(/<c r="C1" s="\d+" t="inlineStr">/);
  });

  it("haalt overschreven formulecellen uit calcChain.xml en geeft een volgende vermelding haar blad", () => {
    const w = werkmap(
      pakket({
        stijlen: STIJLEN,
        keten: `<?xml version="1.0"?><calcChain xmlns="${NS}"><c r="B1" i="3"/><c r="C1"/><c r="A9" i="4"/></calcChain>`,
        blad: `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><f>B1</f><v>2</v></c></row></sheetData></worksheet>`,
      }),
    );
    const uitkomst = schrijfKopie(w, w.worksheets[0], plan(1, 1, [[7]]));
    expect(uitkomst.gewijzigd.sort()).toEqual(["xl/calcChain.xml", "xl/worksheets/sheet1.xml"]);
    const keten = strFromU8(unzipSync(uitkomst.bytes)["xl/calcChain.xml"]);
    expect(keten).toBe(
      `<?xml version="1.0"?><calcChain xmlns="${NS}"><c i="3" r="C1"/><c r="A9" i="4"/></calcChain>`,
    );
  });

  it("weigert een gedeelde formule half te overschrijven", () => {
    const w = werkmap(
      pakket({
        stijlen: STIJLEN,
        blad:
          `<worksheet xmlns="${NS}"><sheetData>` +
          `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1</f><v>1</v></c></row>` +
          `<row r="2"><c r="A2"><f t="shared" si="0"/><v>1</v></c></row></sheetData></worksheet>`,
      }),
    );
    expect(() => schrijfKopie(w, w.worksheets[0], plan(1, 0, [[5]]))).toThrow(InvoerFout);
    expect(() => schrijfKopie(w, w.worksheets[0], plan(1, 0, [[5]]))).toThrow(
      /cel A1 bevat een gedeelde of matrixformule voor A1:A2/,
    );
    // Overwriting the whole group is fine.
    expect(() => schrijfKopie(w, w.worksheets[0], plan(1, 0, [[5], [6]]))).not.toThrow();
  });

  it("maakt styles.xml met relatie en inhoudstype als de werkmap er geen heeft", () => {
    const w = werkmap(pakket({ blad: `<worksheet xmlns="${NS}"><sheetData/></worksheet>` }));
    const p = plan(1, 0, [["IBT Trede"]], {
      kolommen: [{ kolom: 0, kop: "IBT Trede", formaat: "General", breedte: 40 }],
    });
    const uitkomst = schrijfKopie(w, w.worksheets[0], p);
    expect(uitkomst.toegevoegd).toEqual(["xl/styles.xml"]);
    const delen = unzipSync(uitkomst.bytes);
    expect(strFromU8(delen["xl/_rels/workbook.xml.rels"])).toContain('Target="styles.xml"');
    expect(strFromU8(delen["[Content_Types].xml"])).toContain('PartName="/xl/styles.xml"');
    expect(strFromU8(delen["xl/styles.xml"])).toContain("<b/>");
  });

  it("voegt een nieuw blad toe aan een werkboek met voorvoegsel, met r:id in de namespace van het werkboek", () => {
    const w = werkmap(
      pakket({ stijlen: STIJLEN, blad: `<worksheet xmlns="${NS}"><sheetData/></worksheet>` }),
    );
    const nieuw = {
      naam: "Vergelijking",
      waarden: [["a", 1]],
      formaten: [[null, "0.00"]],
      kolombreedten: [12],
    };
    const delen = unzipSync(schrijfKopie(w, null, null, [nieuw]).bytes);
    expect(strFromU8(delen["xl/workbook.xml"])).toContain(
      `<x:sheet name="Vergelijking" sheetId="4" r:id="rId3"/>`,
    );
    const terug = werkmap(zipSync(delen));
    expect(terug.worksheets.map((b) => b.name)).toEqual(["Blad1", "Vergelijking"]);
    expect(sheetToBlad(terug.worksheets[1]).waarden).toEqual([["a", 1]]);
    expect(sheetToBlad(terug.worksheets[1]).formaten).toEqual([["General", "0.00"]]);
  });
});
