import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { InvoerFout, naarSerieel, readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { VOORBEELD_PAD } from "../../src/cli/main";
import type { CelWaarde } from "../../src/sheet/types";
import { maakTempMap, schrijfWerkmap } from "./helpers";

/** Reads the cells of one sheet written by ExcelJS, as the command line reads them. */
async function leesVia(pad: string, vul: (ws: ExcelJS.Worksheet) => void): Promise<CelWaarde[][]> {
  const werkmap = new ExcelJS.Workbook();
  vul(werkmap.addWorksheet("Blad1"));
  await werkmap.xlsx.writeFile(pad);
  return sheetToBlad((await readWerkmap(pad)).getWorksheet("Blad1")!).waarden;
}

describe("celwaarden zoals Excel's range.values ze geeft", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const pad = (naam: string) => path.join(tmp.map, naam);

  it("geeft een foutwaarde als haar Excel-tekst", async () => {
    const w = await leesVia(pad("fout.xlsx"), (ws) => {
      ws.getCell("A1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("B1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    });
    expect(w).toEqual([["#N/A", "#DIV/0!"]]);
  });
  it("geeft van een formule het opgeslagen resultaat, ook een fout, en leeg zonder resultaat", async () => {
    const w = await leesVia(pad("formule.xlsx"), (ws) => {
      ws.getCell("A1").value = { formula: "D6+C6+E6", result: 39 } as ExcelJS.CellFormulaValue;
      ws.getCell("B1").value = { formula: "A1", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("C1").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
      ws.getCell("D1").value = { formula: "TODAY()", result: new Date(Date.UTC(2022, 10, 22)) };
      ws.getCell("A2").value = {
        formula: "A1",
        result: 37,
        shareType: "shared",
        ref: "A2:B2",
      } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { sharedFormula: "A2", result: 38 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(w).toEqual([
      [39, "#REF!", "", 44887],
      [37, 38, "", ""],
    ]);
  });
  it("maakt van opgemaakte tekst platte tekst en geeft van een hyperlink de tekst", async () => {
    const w = await leesVia(pad("tekst.xlsx"), (ws) => {
      ws.getCell("A1").value = {
        richText: [{ text: "Leus" }, { font: { bold: true }, text: "den" }],
      } as ExcelJS.CellRichTextValue;
      ws.getCell("B1").value = {
        text: "Leusden",
        hyperlink: "https://www.leusden.nl",
      } as ExcelJS.CellHyperlinkValue;
    });
    expect(w).toEqual([["Leusden", "Leusden"]]);
  });
  it("maakt van een datum het Excel-serienummer", async () => {
    const w = await leesVia(pad("datum.xlsx"), (ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2022, 10, 22));
      ws.getCell("B1").value = new Date(Date.UTC(1899, 11, 31));
      ws.getCell("C1").value = new Date(Date.UTC(2022, 6, 1, 12));
    });
    expect(w).toEqual([[44887, 1, 44743.5]]);
    expect(naarSerieel(new Date(Date.UTC(2022, 6, 1, 12)))).toBe(44743.5);
    expect(naarSerieel(new Date(Date.UTC(2022, 10, 22)), true)).toBe(44887 - 1462);
  });
  it("laat getallen, tekst en booleans zoals ze zijn", async () => {
    const w = await leesVia(pad("gewoon.xlsx"), (ws) => {
      ws.getCell("A1").value = 26;
      ws.getCell("B1").value = "26 vergunninghouders";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = false;
    });
    expect(w).toEqual([[26, "26 vergunninghouders", true, false]]);
  });
});

describe("sheetToBlad", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("leest het gebruikte bereik met positie, waarden en getalnotaties", async () => {
    const pad = path.join(tmp.map, "blad.xlsx");
    await schrijfWerkmap(pad, [
      {
        naam: "Overzicht",
        rijen: [
          [],
          [null, "Titel"],
          [null, "Gemeente", "Periode", "Realisatie", "Meetdatum"],
          [null, "Leusden", "2022-1", 0.72, new Date(Date.UTC(2022, 10, 22))],
          [null, { richText: [{ text: "IJssel" }, { text: "stein" }] }, "2022-1", { error: "#N/A" }, null],
          [null, "Houten", "2022-1", { formula: "1+1", result: 2 }, true],
        ],
        formaten: { D4: "0%", E4: "d-m-yyyy" },
      },
    ]);
    const werkmap = await readWerkmap(pad);
    const blad = sheetToBlad(werkmap.getWorksheet("Overzicht")!);
    expect(blad.naam).toBe("Overzicht");
    expect(blad.beginRij).toBe(1);
    expect(blad.beginKolom).toBe(1);
    expect(blad.waarden).toEqual([
      ["Titel", "", "", ""],
      ["Gemeente", "Periode", "Realisatie", "Meetdatum"],
      ["Leusden", "2022-1", 0.72, 44887],
      ["IJsselstein", "2022-1", "#N/A", ""],
      ["Houten", "2022-1", 2, true],
    ]);
    expect(blad.formaten![2]).toEqual(["General", "General", "0%", "d-m-yyyy"]);
    expect(blad.formaten![0][1]).toBe("General");
  });

  it("geeft samengevoegde cellen buiten de eerste cel als leeg", async () => {
    const pad = path.join(tmp.map, "samengevoegd.xlsx");
    const werkmap = new ExcelJS.Workbook();
    const ws = werkmap.addWorksheet("Blad1");
    ws.getCell("A1").value = "Overzicht 2022";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = "Gemeente";
    ws.getCell("C2").value = 5;
    await werkmap.xlsx.writeFile(pad);
    const blad = sheetToBlad((await readWerkmap(pad)).getWorksheet("Blad1")!);
    expect(blad.waarden).toEqual([
      ["Overzicht 2022", "", ""],
      ["Gemeente", "", 5],
    ]);
  });

  it("leest een opgeslagen formuleresultaat 0 of ONWAAR als 0 of false, niet als leeg", async () => {
    // ExcelJS laat bij cel.value een resultaat 0, false of "" weg (FormulaValue._copyModel).
    const pad = path.join(tmp.map, "nul.xlsx");
    const werkmap = new ExcelJS.Workbook();
    const ws = werkmap.addWorksheet("Blad1");
    ws.getCell("A1").value = { formula: "1-1", result: 0 };
    ws.getCell("B1").value = { formula: "1>2", result: false } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { formula: "MAX(0,-3)", result: 0 };
    ws.getCell("A2").value = {
      formula: "A1",
      result: 0,
      shareType: "shared",
      ref: "A2:B2",
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "A2", result: 0 };
    ws.getCell("C2").value = { formula: "2-1", result: 1 };
    await werkmap.xlsx.writeFile(pad);
    const gelezen = (await readWerkmap(pad)).getWorksheet("Blad1")!;
    expect(sheetToBlad(gelezen).waarden).toEqual([
      [0, false, 0],
      [0, 0, 1],
    ]);
  });

  it("leest de formules met resultaat 0 van het voorbeeldwerkboek als 0", async () => {
    const werkmap = await readWerkmap(VOORBEELD_PAD);
    // The formulas themselves, as an independent reader (ExcelJS) sees them.
    const exceljs = new ExcelJS.Workbook();
    await exceljs.xlsx.readFile(VOORBEELD_PAD);
    const overzicht = sheetToBlad(werkmap.getWorksheet("Overzicht")!);
    const cel = (blad: typeof overzicht, adres: string): unknown => {
      const rij = Number(adres.slice(1)) - 1 - (blad.beginRij ?? 0);
      const kolom = adres.charCodeAt(0) - 65 - (blad.beginKolom ?? 0);
      return blad.waarden[rij][kolom];
    };
    expect(exceljs.getWorksheet("Overzicht")!.getCell("I20").formula).toBe("F20-G20");
    expect([cel(overzicht, "I20"), cel(overzicht, "I30")]).toEqual([0, 0]);
    const periode = sheetToBlad(werkmap.getWorksheet("2022-1")!);
    expect(exceljs.getWorksheet("2022-1")!.getCell("I8").formula).toBe("F8-G8");
    expect(cel(periode, "I8")).toBe(0);
  });

  it("geeft een leeg blad zonder rijen", async () => {
    const pad = path.join(tmp.map, "leeg.xlsx");
    await schrijfWerkmap(pad, [{ naam: "Leeg", rijen: [] }]);
    const blad = sheetToBlad((await readWerkmap(pad)).getWorksheet("Leeg")!);
    expect(blad.waarden).toEqual([]);
  });
});

describe("readWerkmap weigert onbruikbare bestanden met een duidelijke melding", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("meldt een ontbrekend bestand", async () => {
    const pad = path.join(tmp.map, "bestaat-niet.xlsx");
    await expect(readWerkmap(pad)).rejects.toThrow(new InvoerFout(`Bestand niet gevonden: ${pad}`));
  });
  it("meldt een tekstbestand dat .xlsx heet", async () => {
    const pad = path.join(tmp.map, "tekst.xlsx");
    writeFileSync(pad, "Gemeente;Periode\nLeusden;2022-1\n");
    await expect(readWerkmap(pad)).rejects.toThrow(
      new InvoerFout(
        `${pad} is geen Excel-werkmap (.xlsx): de inhoud is geen .xlsx-bestand (ook al heet het zo). ` +
          "Sla het bestand in Excel op als Excel-werkmap (.xlsx).",
      ),
    );
  });
  it("zegt bij een bestand dat niet .xlsx heet niet dat het zo heet", async () => {
    for (const naam of ["overzicht.csv", "overzicht"]) {
      const pad = path.join(tmp.map, naam);
      writeFileSync(pad, "Gemeente;Periode\nLeusden;2022-1\n");
      const fout = await readWerkmap(pad).then(
        () => null,
        (f: unknown) => f,
      );
      expect(fout).toBeInstanceOf(InvoerFout);
      expect((fout as Error).message).toBe(
        `${pad} is geen Excel-werkmap (.xlsx): de inhoud is geen .xlsx-bestand. ` +
          "Sla het bestand in Excel op als Excel-werkmap (.xlsx).",
      );
    }
    const hoofdletters = path.join(tmp.map, "OVERZICHT.XLSX");
    writeFileSync(hoofdletters, "tekst");
    await expect(readWerkmap(hoofdletters)).rejects.toThrow(/\(ook al heet het zo\)/);
  });
  it("meldt een oud .xls-bestand of een beveiligde werkmap", async () => {
    const pad = path.join(tmp.map, "oud.xlsx");
    writeFileSync(pad, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(readWerkmap(pad)).rejects.toThrow(/oud Excel-bestand \(\.xls\)/);
  });
  it("meldt een afgebroken zip-bestand", async () => {
    const pad = path.join(tmp.map, "kapot.xlsx");
    writeFileSync(pad, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]));
    await expect(readWerkmap(pad)).rejects.toThrow(/is geen leesbare Excel-werkmap/);
  });
  it("meldt een leeg bestand en een map", async () => {
    const pad = path.join(tmp.map, "leeg.xlsx");
    writeFileSync(pad, "");
    await expect(readWerkmap(pad)).rejects.toThrow(/is leeg \(0 bytes\)/);
    await expect(readWerkmap(tmp.map)).rejects.toThrow(/is geen bestand/);
  });
});
