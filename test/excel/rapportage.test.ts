/**
 * The Rapportage sheet through both hosts of the WerkboekAdapter: the Excel adapter on the mock (values,
 * formats, print settings through worksheet.pageLayout, and no more syncs than any new sheet) and the
 * in-memory workbook of the preview (which keeps and describes the print settings).
 */
import { VOORBEELD_PAD } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { controleerBlad } from "../../src/sheet";
import { maakRapportage, maakRapportageBlad } from "../../src/sheet/rapportage";
import type { NieuwBlad } from "../../src/sheet/types";
import { voorbeeldBlad } from "../preview/voorbeeld";
import { ExcelMock, type ExcelMockOpties, type MockBladInvoer } from "./excelMock";

let blad: NieuwBlad;

beforeAll(async () => {
  const werkmap = await readWerkmap(VOORBEELD_PAD);
  const rapport = controleerBlad(sheetToBlad(werkmap.getWorksheet("Overzicht")!, false));
  blad = maakRapportageBlad(maakRapportage(rapport), {
    blad: "Overzicht",
    datum: new Date(Date.UTC(2022, 11, 5)),
  });
});

function opzet(bladen: MockBladInvoer[] = [voorbeeldBlad()], opties: ExcelMockOpties = {}) {
  const excel = new ExcelMock(bladen, opties);
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
  return { excel, werkboek };
}

const rij = (b: NieuwBlad, eerste: string): number => b.waarden.findIndex((r) => r[0] === eerste) + 1;

describe("Rapportage naar werkblad in Excel (mock)", () => {
  it("schrijft waarden, notaties en afdrukinstellingen in 2 syncs, zoals elk nieuw blad", async () => {
    const { excel, werkboek } = opzet();
    await werkboek.schrijfNieuwBlad(blad);
    expect(excel.syncs).toBe(2);
    expect(excel.bladen.map((b) => b.naam)).toEqual(["Overzicht", "Rapportage 2022-2"]);
    expect(excel.actief.naam).toBe("Rapportage 2022-2");
    expect(excel.lees("Rapportage 2022-2", "A1")).toEqual([
      ["Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-2"],
    ]);
    const totaal = rij(blad, "2022-1");
    expect(excel.lees("Rapportage 2022-2", `B${totaal}:I${totaal}`)).toEqual([
      [26, 811, 0, 1276, 805, 25, 471, 446],
    ]);
    expect(excel.lees("Rapportage 2022-2", `J${totaal}:K${totaal}`, "formaten")).toEqual([["0%", "0%"]]);
    const utrecht = rij(blad, "Utrecht");
    expect(excel.lees("Rapportage 2022-2", `A${utrecht}:E${utrecht}`)).toEqual([
      ["Utrecht", 207, 195, 214, 2],
    ]);
    expect(excel.blad("Rapportage 2022-2").afdruk).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftFooter: "IBT Huisvesting, werkblad Overzicht, 5 december 2022",
      rightFooter: "Pagina &P van &N",
      printTitleRows: "$1:$3",
    });
    expect(excel.blad("Rapportage 2022-2").namen.map((n) => n.naam)).toEqual(["_IBT_Blad"]);
  });

  it("vervangt bij een nieuwe run het eigen blad (3 syncs) en houdt de afdrukinstellingen", async () => {
    const { excel, werkboek } = opzet();
    await werkboek.schrijfNieuwBlad(blad);
    excel.nulSyncs();
    await werkboek.schrijfNieuwBlad(blad);
    expect(excel.syncs).toBe(3);
    expect(excel.bladen.map((b) => b.naam)).toEqual(["Overzicht", "Rapportage 2022-2"]);
    expect(excel.blad("Rapportage 2022-2").afdruk?.orientation).toBe("Landscape");
  });

  it("slaat de afdrukinstellingen over vóór ExcelApi 1.9, zonder fout en zonder extra sync", async () => {
    const { excel, werkboek } = opzet([voorbeeldBlad()], { apiVersie: "1.8" });
    await werkboek.schrijfNieuwBlad(blad);
    expect(excel.syncs).toBe(2);
    expect(excel.blad("Rapportage 2022-2").afdruk).toBeUndefined();
    expect(excel.lees("Rapportage 2022-2", "A2")).toEqual([
      ["Tussenstand 2022-2 op 22 november 2022; treden na 2022-1 (peildatum 1 juli 2022)"],
    ]);
  });
});

describe("Rapportage naar werkblad in het geheugenwerkboek (voorbeeld)", () => {
  it("bewaart waarden, notaties en afdrukinstellingen en laat ze zien", async () => {
    const wb = new GeheugenWerkboek([voorbeeldBlad()], { actiefBlad: "Overzicht" });
    await wb.schrijfNieuwBlad(blad);
    await wb.schrijfNieuwBlad(blad);
    expect(wb.bladen()).toEqual(["Overzicht", "Rapportage 2022-2"]);
    const weergave = wb.leesBlad("Rapportage 2022-2")!;
    const totaal = rij(blad, "2022-1") - 1;
    expect(weergave.waarden[totaal].slice(0, 6)).toEqual(["2022-1", 26, 811, 0, 1276, 805]);
    expect(weergave.formaten[totaal][9]).toBe("0%");
    expect(weergave.afdruk).toEqual(blad.afdruk);
    expect(weergave.afdruk).not.toBe(blad.afdruk);
  });
});
