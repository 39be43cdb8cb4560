/**
 * "Nothing lost" through `ibt check --out`: the copy never writes into the user's cells (a column
 * "IBT notitie", a merged header G1:H1, a formula without a cached result, a cell of one space), records
 * the columns it wrote as hidden names (so a renamed own column stays known, and a second run changes no
 * byte), turns bad values into remarks (a date or 1e308 in a count cell, a header up to XFD, 50 remarks on
 * one row), and keeps text from the sheet inert (escape characters on the terminal, a gemeente named
 * =HYPERLINK(...) in the copy). The same rows run through the engine (test/sheet/gebruikersinhoud.test.ts)
 * and the Excel adapter (test/excel/gebruikersinhoud.test.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { InvoerFout, readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { main } from "../../src/cli/main";
import { controleerPlan, werkEigenNamenBij } from "../../src/cli/schrijven";
import { controleerBlad, maakSchrijfPlan, type Blad, type CelWaarde } from "../../src/sheet";
import { KOPPEN_OVERZICHT, hashBestand, maakTempMap, opnameIo } from "./helpers";

const tmp = maakTempMap();
afterAll(tmp.opruimen);
let teller = 0;

/** Leusden's three closed periods under the usual header (A1:H1), as ExcelJS values. */
function leusdenRijen(): ExcelJS.CellValue[][] {
  return [
    [...KOPPEN_OVERZICHT],
    ["Leusden", "2021-1", 1, 24, 0, 6, 0, 1],
    ["Leusden", "2021-2", 19, 19, 0, 17, 6],
    ["Leusden", "2022-1", 21, 18, 0, 13, 8],
  ];
}

/** Writes a one-sheet workbook with ExcelJS; `bewerk` adds merges, formulas, formats. */
async function werkmap(
  rijen: ExcelJS.CellValue[][],
  bewerk?: (ws: ExcelJS.Worksheet) => void,
): Promise<string> {
  const pad = path.join(tmp.map, `invoer-${++teller}.xlsx`);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2022, 0, 1));
  wb.modified = new Date(Date.UTC(2022, 0, 1));
  const ws = wb.addWorksheet("Overzicht");
  rijen.forEach((rij, r) =>
    rij.forEach((w, k) => {
      if (w !== undefined && w !== null) ws.getCell(r + 1, k + 1).value = w;
    }),
  );
  bewerk?.(ws);
  await wb.xlsx.writeFile(pad);
  return pad;
}

async function draai(...args: string[]): Promise<{ code: number; uit: string; fout: string }> {
  const io = opnameIo();
  const code = await main(["check", ...args], io);
  return { code, uit: io.uit, fout: io.fout };
}

/** Runs --out and returns the copy's path (exit code below 2 expected). */
async function kopie(invoer: string): Promise<string> {
  const uit = path.join(tmp.map, `kopie-${++teller}.xlsx`);
  const r = await draai(invoer, "--out", uit);
  expect({ code: r.code, fout: r.fout }).toEqual({ code: r.code < 2 ? r.code : -1, fout: "" });
  return uit;
}

async function leesBlad(pad: string): Promise<Blad> {
  return sheetToBlad((await readWerkmap(pad)).getWorksheet("Overzicht")!);
}

function cel(b: Blad, adres: string): CelWaarde {
  const m = /^([A-Z]+)(\d+)$/.exec(adres)!;
  const kolom = [...m[1]].reduce((k, c) => k * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return b.waarden[Number(m[2]) - 1 - (b.beginRij ?? 0)]?.[kolom - (b.beginKolom ?? 0)] ?? "";
}

function onderdeel(pad: string, naam: string): string {
  return strFromU8(unzipSync(readFileSync(pad))[naam]);
}

/** The raw <c> element of a cell in the sheet part. */
function celXml(pad: string, ref: string): string | null {
  const xml = onderdeel(pad, "xl/worksheets/sheet1.xml");
  return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? null;
}

describe("ibt check --out schrijft nooit in cellen van de gebruiker", () => {
  it("laat een kolom 'IBT notitie' staan en zet het blok erachter; een tweede run verandert geen byte", async () => {
    const rijen = leusdenRijen().map((r, i) => [
      ...r,
      ...new Array(8 - r.length).fill(null),
      i === 0 ? "IBT notitie" : `notitie ${i}`,
    ]);
    const invoer = await werkmap(rijen);
    const hash = hashBestand(invoer);
    const een = await kopie(invoer);
    expect(hashBestand(invoer)).toBe(hash);
    const b = await leesBlad(een);
    expect(cel(b, "I1")).toBe("IBT notitie");
    expect(cel(b, "I3")).toBe("notitie 2");
    expect(cel(b, "J1")).toBe("IBT Totaalopgave");
    for (const ref of ["I1", "I2", "I3", "I4"]) expect(celXml(een, ref)).toBe(celXml(invoer, ref));
    const twee = await kopie(een);
    expect(readFileSync(twee).equals(readFileSync(een))).toBe(true);
  });

  it("herkent een hernoemde eigen kolom aan de vastgelegde naam en laat de nieuwe kop staan", async () => {
    const een = await kopie(await werkmap(leusdenRijen()));
    const boek = onderdeel(een, "xl/workbook.xml");
    expect(boek).toMatch(
      /<definedName name="_IBT_Trede" localSheetId="0" hidden="1">Overzicht!\$P\$1<\/definedName>/,
    );
    // The user renames "IBT Trede" (P1) and empties a trede cell.
    const delen = unzipSync(readFileSync(een));
    const blad = strFromU8(delen["xl/worksheets/sheet1.xml"])
      .replace(/<t>IBT Trede<\/t>/, "<t>Trede volgens ons</t>")
      .replace(/(<c r="P3"[^>]*?)(?: t="inlineStr")?>[\s\S]*?<\/c>/, "$1/>");
    delen["xl/worksheets/sheet1.xml"] = strToU8(blad);
    const hernoemd = path.join(tmp.map, "hernoemd.xlsx");
    writeFileSync(hernoemd, zipSync(delen));
    const twee = await kopie(hernoemd);
    const b = await leesBlad(twee);
    expect(cel(b, "P1")).toBe("Trede volgens ons");
    expect(cel(b, "P3")).toBe("2 Informatie opvragen en valideren");
    expect(cel(b, "S1")).toBe("IBT Opmerkingen");
    expect(b.waarden[0].length).toBe(19); // A..S: no second block
  });

  it("schrijft niet in H1 als de laatste kopcel G1:H1 is samengevoegd, en een tweede run laat de cijfers heel", async () => {
    const rijen = leusdenRijen().map((r) => r.slice(0, 7));
    const invoer = await werkmap(rijen, (ws) => ws.mergeCells("G1:H1"));
    const een = await kopie(invoer);
    expect(celXml(een, "H1")).toBe(celXml(invoer, "H1"));
    const b = await leesBlad(een);
    expect(cel(b, "I1")).toBe("IBT Totaalopgave");
    expect(b.samengevoegd).toEqual([{ rij: 1, kolom: 6, rijen: 1, kolommen: 2 }]);
    const twee = await kopie(een);
    expect(readFileSync(twee).equals(readFileSync(een))).toBe(true);
    const json = JSON.parse((await draai(twee, "--json")).uit);
    expect(json.rows.map((r: { naRegistratie: number }) => r.naRegistratie)).toEqual([0, 6, 8]);
    expect(json.rows.map((r: { totaalopgave: number }) => r.totaalopgave)).toEqual([25, 38, 39]);
  });

  it("zet het blok voorbij een formule zonder opgeslagen uitkomst, die blijft", async () => {
    const invoer = await werkmap(leusdenRijen(), (ws) => {
      ws.getCell("I3").value = { formula: "F3*2" } as ExcelJS.CellFormulaValue;
    });
    expect(celXml(invoer, "I3")).toMatch(/<f>F3\*2<\/f>/);
    expect(celXml(invoer, "I3")).not.toMatch(/<v>/);
    expect((await leesBlad(invoer)).formulesZonderWaarde).toEqual([{ rij: 3, kolom: 8 }]);
    const een = await kopie(invoer);
    expect(celXml(een, "I3")).toBe(celXml(invoer, "I3"));
    expect(cel(await leesBlad(een), "J1")).toBe("IBT Totaalopgave");
  });

  it("zet het blok voorbij een cel met alleen een spatie, die blijft", async () => {
    const rijen = leusdenRijen();
    rijen[2][8] = " ";
    const invoer = await werkmap(rijen);
    const een = await kopie(invoer);
    expect(cel(await leesBlad(een), "I3")).toBe(" ");
    expect(cel(await leesBlad(een), "J1")).toBe("IBT Totaalopgave");
  });

  it("weigert een plan over cellen van de gebruiker met afsluitcode 2 en noemt de cellen", async () => {
    const rijen = leusdenRijen();
    rijen[2][8] = " ";
    const b = await leesBlad(
      await werkmap(rijen, (ws) => {
        ws.getCell("J4").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
        ws.mergeCells("K2:L2");
      }),
    );
    const plan = maakSchrijfPlan(b, controleerBlad(b), { beginKolom: 8 });
    const zonderSamenvoeging = { ...b, samengevoegd: [] };
    const zonder = maakSchrijfPlan(zonderSamenvoeging, controleerBlad(zonderSamenvoeging), { beginKolom: 8 });
    expect(() => controleerPlan(plan, b, "uit.xlsx")).toThrow(InvoerFout);
    expect(() => controleerPlan(plan, b, "uit.xlsx")).toThrow(
      'Geen kopie geschreven naar uit.xlsx: op werkblad "Overzicht" liggen doelcellen van de IBT-kolommen in samengevoegde cellen (K2 en L2); daarin schrijft ibt nooit.',
    );
    expect(() => controleerPlan(zonder, zonderSamenvoeging, "uit.xlsx")).toThrow(
      'Geen kopie geschreven naar uit.xlsx: op werkblad "Overzicht" staan gegevens van de gebruiker waar de IBT-kolommen zouden komen (I3 en J4); ibt overschrijft die nooit.',
    );
    const gewoon = maakSchrijfPlan(b, controleerBlad(b));
    expect(() => controleerPlan(gewoon, b, "uit.xlsx")).not.toThrow();
  });
});

describe("slechte waarden: een opmerking met de cel, nooit een crash of een stil getal", () => {
  it("meldt een datum als taakstelling (1-2-2022) als fout in plaats van 44.593 personen", async () => {
    const rijen = leusdenRijen();
    rijen[3][3] = new Date(Date.UTC(2022, 1, 1));
    const r = await draai(await werkmap(rijen), "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.uit);
    expect(json.remarks).toContainEqual({
      cell: "D4",
      severity: "fout",
      code: "datum-in-aantal",
      message:
        "Taakstelling in D4 is een datum (1 februari 2022), geen aantal personen; de cel telt niet mee. Typ het aantal als getal of geef de cel een getalnotatie.",
    });
    expect(json.rows[2].taakstelling).toBeNull();
    expect(json.rows[2].trede).toBeNull();
  });

  it('meldt ook een ISO-datumcel (t="d") zonder datumnotatie als datum', async () => {
    const invoer = await werkmap(leusdenRijen());
    const delen = unzipSync(readFileSync(invoer));
    const blad = strFromU8(delen["xl/worksheets/sheet1.xml"]).replace(
      /<c r="D4"([^>]*)><v>18<\/v><\/c>/,
      '<c r="D4" t="d"><v>2022-02-01T00:00:00Z</v></c>',
    );
    expect(blad).toContain('t="d"');
    delen["xl/worksheets/sheet1.xml"] = strToU8(blad);
    const pad = path.join(tmp.map, "iso-datum.xlsx");
    writeFileSync(pad, zipSync(delen));
    expect(
      JSON.parse((await draai(pad, "--json")).uit).remarks.map((o: { code: string }) => o.code),
    ).toContain("datum-in-aantal");
  });

  it("meldt 1e308 als geen aantal en houdt het rapport heel (geen 'Onverwachte fout ... Infinity')", async () => {
    const rijen = leusdenRijen();
    rijen[2][2] = 1e308;
    rijen[2][3] = 1e308;
    const invoer = await werkmap(rijen);
    const r = await draai(invoer);
    expect(r.code).toBe(1);
    expect(r.fout).toBe("");
    expect(r.uit).toContain("C3    Achterstand begin in C3: 1e+308 is geen aantal personen: het valt buiten");
    expect((await draai(invoer, "--out", path.join(tmp.map, "groot-uit.xlsx"))).code).toBe(1);
  });

  it("crasht niet op een kopregel tot kolom XFD: controleren kan, --out weigert met een Nederlandse melding", async () => {
    const invoer = path.resolve(__dirname, "..", "fixtures", "werkboeken", "kop-tot-xfd.xlsx");
    expect((await draai(invoer)).code).toBeLessThan(2);
    const r = await draai(invoer, "--out", path.join(tmp.map, "xfd-uit.xlsx"));
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(
      /^Geen ruimte voor de \d+ IBT-kolommen op werkblad "Overzicht" van .*: ze zouden voorbij de laatste kolom van Excel \(XFD\) komen/,
    );
  });

  it("houdt de opmerkingencel binnen 32.767 tekens: 50 opmerkingen op één rij, en twee van 30.000 tekens", async () => {
    const kop = [...KOPPEN_OVERZICHT.slice(0, 7), ...new Array(50).fill("Taakstelling")];
    const lang = "x".repeat(30_000);
    const invoer = await werkmap([
      kop,
      ["Leusden", "2022-1", 21, 18, 0, 13, 8],
      ["Houten", "2022-1", lang, lang, 0, 1, 0],
    ]);
    const een = await kopie(invoer);
    const b = await leesBlad(een);
    const opmKolom = b.waarden[0].indexOf("IBT Opmerkingen");
    const eerste = String(b.waarden[1][opmKolom]);
    expect(eerste.split("staat er twee keer in")).toHaveLength(51);
    expect(eerste.length).toBeLessThanOrEqual(32_767);
    const tweede = String(b.waarden[2][opmKolom]);
    expect(tweede.length).toBeLessThanOrEqual(32_767);
    expect(tweede).toMatch(/^Achterstand begin in C3: "x{1000,}/);
    expect(tweede.endsWith(" ... en 1 meer")).toBe(true);
  });
});

describe("tekst uit het blad blijft tekst", () => {
  const vreemd = "Leus\u001b[2J\u001b[31mden\u0007\u009b1m\u202e";
  const formule = '=HYPERLINK("https://example.org";"klik")';

  it("toont stuurtekens in een gemeentenaam als escape op de terminal; --json blijft geldige JSON", async () => {
    const rijen = leusdenRijen();
    rijen.push(["VREEMD", "2022-1", 21, 18, 0, 13, 8], ["VREEMD", "2022-1", 21, 18, 0, 13, 8]);
    // ExcelJS drops control characters; the file carries them as OOXML escapes (_x001B_), as Excel does.
    const delen = unzipSync(readFileSync(await werkmap(rijen)));
    delen["xl/sharedStrings.xml"] = strToU8(
      strFromU8(delen["xl/sharedStrings.xml"]).replace(
        ">VREEMD<",
        ">Leus_x001B_[2J_x001B_[31mden_x0007_\u009b1m\u202e<",
      ),
    );
    const invoer = path.join(tmp.map, "vreemd.xlsx");
    writeFileSync(invoer, zipSync(delen));
    const r = await draai(invoer);
    // eslint-disable-next-line no-control-regex
    expect(r.uit).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(r.uit).toContain(
      "Leus\\u001b[2J\\u001b[31mden\\u0007\\u009b1m\\u202e 2022-1 staat er twee keer in",
    );
    const j = await draai(invoer, "--json");
    // eslint-disable-next-line no-control-regex
    expect(j.uit).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const json = JSON.parse(j.uit);
    expect(json.rows[3].gemeente).toBe(vreemd);
    // In the copy the escape characters are OOXML escapes, read back as they were.
    const een = await kopie(invoer);
    expect(celXml(een, "A5")).toBe(celXml(invoer, "A5"));
    expect(cel(await leesBlad(een), "A5")).toBe(vreemd);
    const opm = String(cel(await leesBlad(een), "S6"));
    expect(opm.startsWith(`${vreemd} 2022-1 staat er twee keer in`)).toBe(true);
    expect(celXml(een, "S6")).toContain("Leus_x001B_[2J_x001B_[31mden_x0007_");
  });

  it("schrijft een gemeente =HYPERLINK(...) in IBT Opmerkingen als tekst, nooit als formule", async () => {
    const rijen = leusdenRijen();
    rijen.push([formule, "2022-1", 21, 18, 0, 13, 8], [formule, "2022-1", 21, 18, 0, 13, 8]);
    const een = await kopie(await werkmap(rijen));
    const xml = celXml(een, "S6")!;
    expect(xml).toMatch(
      /^<c r="S6"[^>]* t="inlineStr"><is><t>=HYPERLINK\(&quot;|^<c r="S6"[^>]* t="inlineStr"><is><t>=HYPERLINK\("/,
    );
    expect(xml).not.toMatch(/<f[ >]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(een);
    const waarde = wb.getWorksheet("Overzicht")!.getCell("S6").value;
    expect(typeof waarde).toBe("string");
    expect(String(waarde).startsWith(`${formule} 2022-1 staat er twee keer in`)).toBe(true);
  });
});

describe("de vastlegging van de eigen kolommen in workbook.xml", () => {
  const gewenst = [
    { naam: "_IBT_Totaalopgave", verwijzing: "Overzicht!$I$1" },
    { naam: "_IBT_Trede", verwijzing: "Overzicht!$P$1" },
  ];

  it("voegt <definedNames> toe na <sheets>, met verborgen namen per blad, gesorteerd", () => {
    const boek =
      '<x:workbook xmlns:x="urn:x"><x:sheets><x:sheet name="Overzicht" sheetId="1"/></x:sheets><x:calcPr/></x:workbook>';
    expect(werkEigenNamenBij(boek, 0, gewenst)).toBe(
      '<x:workbook xmlns:x="urn:x"><x:sheets><x:sheet name="Overzicht" sheetId="1"/></x:sheets>' +
        '<x:definedNames><x:definedName name="_IBT_Totaalopgave" localSheetId="0" hidden="1">Overzicht!$I$1</x:definedName>' +
        '<x:definedName name="_IBT_Trede" localSheetId="0" hidden="1">Overzicht!$P$1</x:definedName></x:definedNames>' +
        "<x:calcPr/></x:workbook>",
    );
  });

  it("laat namen van de gebruiker en van andere bladen staan, vervangt verouderde (gesorteerd zoals Excel: _ eerst) en verandert niets als alles klopt", () => {
    const boek =
      "<workbook><sheets/><definedNames>" +
      '<definedName name="Afdrukbereik" localSheetId="0">Overzicht!$A$1:$H$4</definedName>' +
      '<definedName name="_IBT_Escalatie" localSheetId="0" hidden="1">Overzicht!$Q$1</definedName>' +
      '<definedName name="_IBT_Trede" localSheetId="1" hidden="1">Ander!$P$1</definedName>' +
      '<definedName name="_IBT_Trede" localSheetId="0" hidden="1">Overzicht!$P$1</definedName>' +
      "</definedNames></workbook>";
    const na = werkEigenNamenBij(boek, 0, gewenst);
    expect(na).toBe(
      "<workbook><sheets/><definedNames>" +
        '<definedName name="_IBT_Totaalopgave" localSheetId="0" hidden="1">Overzicht!$I$1</definedName>' +
        '<definedName name="Afdrukbereik" localSheetId="0">Overzicht!$A$1:$H$4</definedName>' +
        '<definedName name="_IBT_Trede" localSheetId="1" hidden="1">Ander!$P$1</definedName>' +
        '<definedName name="_IBT_Trede" localSheetId="0" hidden="1">Overzicht!$P$1</definedName>' +
        "</definedNames></workbook>",
    );
    expect(werkEigenNamenBij(na, 0, gewenst)).toBe(na);
  });

  it("laat een eigen naam '_IBT_mijn' van de gebruiker en een bladmarkering staan", () => {
    const boek =
      "<workbook><sheets/><definedNames>" +
      '<definedName name="_IBT_Blad" localSheetId="0" hidden="1">"IBT Huisvesting"</definedName>' +
      '<definedName name="_IBT_mijn" localSheetId="0">Overzicht!$A$1</definedName>' +
      '<definedName name="_IBT_Totaalopgave" localSheetId="0" hidden="1">Overzicht!$I$1</definedName>' +
      '<definedName name="_IBT_Trede" localSheetId="0" hidden="1">Overzicht!$P$1</definedName>' +
      "</definedNames></workbook>";
    expect(werkEigenNamenBij(boek, 0, gewenst)).toBe(boek);
    expect(werkEigenNamenBij(boek, 0, gewenst.slice(0, 1))).toBe(
      boek.replace(/<definedName name="_IBT_Trede"[^>]*>[^<]*<\/definedName>/, ""),
    );
  });
});
