/**
 * `ibt rapport`: the rapportage as text and JSON, and the copy with the sheet "Rapportage <periode>"
 * reopened with ExcelJS (values, number formats, A4 landscape, one page wide, footer, print titles).
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { EXIT_OK, VOORBEELD_PAD, main, parseAanroep } from "../../src/cli/main";
import { GEBRUIK } from "../../src/cli/berichten";
import { hashBestand, leusdenBlad, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";

const tmp = maakTempMap();
afterAll(tmp.opruimen);

async function open(pad: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

/** The 1-based row whose first cell is `tekst`. */
function rijMet(ws: ExcelJS.Worksheet, tekst: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === tekst) return r;
  throw new Error(`geen rij ${tekst}`);
}

describe("ibt rapport", () => {
  it("leest de opdracht met dezelfde opties als check", () => {
    expect(parseAanroep(["rapport", "a.xlsx", "-s", "2022-1", "-o", "b.xlsx"])).toEqual({
      soort: "rapport",
      argumenten: { bestand: "a.xlsx", blad: "2022-1", uitvoer: "b.xlsx", json: false },
    });
    expect(GEBRUIK).toContain("ibt rapport [bestand.xlsx] [--sheet NAAM] [--out UITVOER.xlsx] [--json]");
  });

  it("drukt de rapportage van het voorbeeld af, uitgelijnd en in het Nederlands", async () => {
    const io = opnameIo();
    expect(await main(["rapport"], io)).toBe(EXIT_OK);
    const regels = io.uit.split("\n");
    expect(regels[0]).toBe("Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-2");
    expect(regels[1]).toBe(
      "Tussenstand 2022-2 op 22 november 2022; treden na 2022-1 (peildatum 1 juli 2022)",
    );
    expect(io.uit).toContain("Aantal gemeenten per trede na 2022-1");
    expect(io.uit).toMatch(/\n +2 {2}Informatie opvragen en valideren +17 +17\n/);
    expect(io.uit).toMatch(/\n {2}Leusden +2 +3 {2}achterstand 18 na correctie \(26 geregistreerd\)/);
    expect(io.uit).toMatch(/\n {2}Utrecht +207 +195 +214 +2\n/);
    expect(io.uit).toContain("Prognose 2022-2 (regel 9, meetdatum 22 november 2022)");
    expect(io.uit).toMatch(/\n {2}Leusden +51 +33 +42 +9 +2 +13,7 {2}nee\n/);
    expect(io.uit).toMatch(/\n {2}2022-1 +26 +811 +0 +1\.276 +805 +25 +471 +446 +99% +63%\n/);
    expect(io.fout).toBe("");
  });

  it("zegt bij een afgesloten periode dat er geen prognose is", async () => {
    const io = opnameIo();
    await main(["rapport", "--sheet", "2022-1"], io);
    expect(io.uit.split("\n")[1]).toBe("Peildatum 1 juli 2022");
    expect(io.uit).toContain("  Geen prognose: 2022-1 is afgesloten op 1 juli 2022;");
  });

  it("geeft met --json alleen JSON op stdout", async () => {
    const io = opnameIo();
    await main(["rapport", "--json"], io);
    const json = JSON.parse(io.uit);
    expect(json.periode).toBe("2022-2");
    expect(json.treden.map((t: { berekend: number }) => t.berekend)).toEqual([7, 17, 2, 0, 0, 0]);
    expect(json.opgeschaald.map((v: { gemeente: string }) => v.gemeente)).toEqual(["IJsselstein", "Leusden"]);
  });

  it("schrijft met --out een kopie met het werkblad Rapportage, afdrukklaar; het invoerbestand blijft gelijk", async () => {
    const voor = hashBestand(VOORBEELD_PAD);
    const uit = path.join(tmp.map, "rapport.xlsx");
    const io = opnameIo();
    expect(await main(["rapport", "--out", uit], io)).toBe(EXIT_OK);
    expect(hashBestand(VOORBEELD_PAD)).toBe(voor);
    expect(io.uit.split("\n")[0]).toBe(
      `Kopie met werkblad "Rapportage 2022-2" (afdrukklaar: A4 liggend) geschreven naar ${uit}.`,
    );
    const wb = await open(uit);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Overzicht", "2022-1", "Rapportage 2022-2"]);
    const ws = wb.getWorksheet("Rapportage 2022-2")!;
    expect(ws.getCell("A1").value).toBe(
      "Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-2",
    );
    const totaal = rijMet(ws, "2022-1");
    expect([2, 3, 5, 6, 8, 9].map((k) => ws.getCell(totaal, k).value)).toEqual([
      26, 811, 1276, 805, 471, 446,
    ]);
    expect(ws.getCell(totaal, 3).numFmt).toBe("#,##0");
    expect(ws.getCell(totaal, 10).value).toBeCloseTo(805 / 811, 12);
    expect(ws.getCell(totaal, 10).numFmt).toBe("0%");
    const utrecht = rijMet(ws, "Utrecht");
    expect([2, 3, 4, 5].map((k) => ws.getCell(utrecht, k).value)).toEqual([207, 195, 214, 2]);
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
    expect(ws.headerFooter.oddFooter).toMatch(
      /^&LIBT Huisvesting, werkblad Overzicht, \d{1,2} [a-z]+ \d{4}&RPagina &P van &N$/,
    );
  });

  it("vervangt bij een nieuwe run het eigen blad en laat een blad van de gebruiker met die naam staan", async () => {
    const invoer = path.join(tmp.map, "leusden.xlsx");
    await schrijfWerkmap(invoer, [
      leusdenBlad(),
      { naam: "Rapportage 2022-1", rijen: [["Mijn eigen rapportage"]] },
    ]);
    const een = path.join(tmp.map, "leusden-1.xlsx");
    const twee = path.join(tmp.map, "leusden-2.xlsx");
    await main(["rapport", invoer, "--out", een], opnameIo());
    const io = opnameIo();
    await main(["rapport", een, "--sheet", "Overzicht", "--out", twee], io);
    expect(io.uit).toContain('Kopie met werkblad "Rapportage 2022-1 (2)"');
    const wb = await open(twee);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Overzicht",
      "Rapportage 2022-1",
      "Rapportage 2022-1 (2)",
    ]);
    expect(wb.getWorksheet("Rapportage 2022-1")!.getCell("A1").value).toBe("Mijn eigen rapportage");
    const eigen = wb.getWorksheet("Rapportage 2022-1 (2)")!;
    expect(eigen.getCell("A2").value).toBe("Peildatum 1 juli 2022");
    expect(eigen.pageSetup.printTitlesRow).toBe("1:3");
    expect(eigen.headerFooter.oddFooter).toContain("werkblad Overzicht");
    // Leusden 2022-1: trede 3 after 2 (rekenregels), the only one to go up.
    expect(eigen.getCell(rijMet(eigen, "Leusden"), 3).value).toBe(3);
  });
});
