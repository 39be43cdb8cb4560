/**
 * The dossier sheet of Leusden (maakDossierBlad on the example workbook's Overzicht) written through both
 * hosts: the Excel adapter on the office-addin-mock Excel (values, formats, the combo chart with the
 * backlog on a secondary axis, and no more syncs than any other new sheet) and the in-memory workbook of
 * the preview.
 */
import { VOORBEELD_PAD } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { GeheugenWerkboek, toonWaarde } from "../../src/preview/geheugenWerkboek";
import { controleerBlad, type Blad, type NieuwBlad } from "../../src/sheet";
import { dossierVan, maakDossierBlad } from "../../src/sheet/dossier";
import { teksten } from "../../src/taskpane/teksten";
import { ExcelMock } from "./excelMock";

let overzichtBlad: Blad;
let dossierBlad: NieuwBlad;

beforeAll(async () => {
  const werkmap = await readWerkmap(VOORBEELD_PAD);
  overzichtBlad = sheetToBlad(werkmap.getWorksheet("Overzicht")!);
  dossierBlad = maakDossierBlad(dossierVan(controleerBlad(overzichtBlad), "Leusden")!);
});

function opzet(apiVersie?: string) {
  const excel = new ExcelMock(
    [
      {
        naam: "Overzicht",
        waarden: [
          ["Gemeente", "Periode"],
          ["Leusden", "2022-1"],
        ],
      },
    ],
    {
      apiVersie,
    },
  );
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
  return { excel, werkboek };
}

describe("het dossierblad via de Excel-adapter", () => {
  it("schrijft Leusdens perioden met notaties en een kolomgrafiek met de achterstand als lijn op de rechteras, in 2 syncs", async () => {
    const { excel, werkboek } = opzet();
    excel.nulSyncs();
    await werkboek.schrijfNieuwBlad(dossierBlad);
    // As every new sheet: one sync for the sheet list, one for the sheet with its content and its chart.
    expect(excel.syncs).toBe(2);
    expect(excel.actief.naam).toBe("IBT Dossier Leusden");
    expect(excel.lees("IBT Dossier Leusden", "A3:I5")).toEqual([
      ["2021-1", 1, 24, 0, 25, 6, 0, 19, 19],
      ["2021-2", 19, 19, 0, 38, 17, 6, 21, 15],
      ["2022-1", 21, 18, 0, 39, 13, 8, 26, 18],
    ]);
    expect(excel.lees("IBT Dossier Leusden", "D6:L6", "formaten")).toEqual([
      ["+0;-0;0", "0", "0", "0", "0", "0", "0%", "0%", "0"],
    ]);
    expect(excel.lees("IBT Dossier Leusden", "A14:C17")).toEqual([
      ["Periode", "Trede (geldend)", "Achterstand gecorrigeerd"],
      ["2021-1", 2, 19],
      ["2021-2", 2, 15],
      ["2022-1", 3, 18],
    ]);
    expect(excel.blad("IBT Dossier Leusden").grafieken).toEqual([
      {
        soort: "ColumnClustered",
        bron: "IBT Dossier Leusden!A14:C17",
        reeksen: "Columns",
        titel: "Leusden: trede (kolommen, links) en achterstand gecorrigeerd (lijn, rechts)",
        positie: "E13",
        reeksSoorten: { 1: "LineMarkers" },
        reeksAssen: { 1: "Secondary" },
        waardeAs: { minimum: 0, maximum: 6, majorUnit: 1 },
      },
    ]);
  });

  it("laat vóór ExcelApi 1.8 de lijn op de linkeras, zonder extra sync", async () => {
    const { excel, werkboek } = opzet("1.7");
    excel.nulSyncs();
    await werkboek.schrijfNieuwBlad(dossierBlad);
    expect(excel.syncs).toBe(2);
    const [grafiek] = excel.blad("IBT Dossier Leusden").grafieken;
    expect(grafiek.reeksSoorten).toEqual({ 1: "LineMarkers" });
    expect(grafiek.reeksAssen).toBeUndefined();
  });
});

describe("het dossierblad in het geheugenwerkboek (voorbeeld)", () => {
  it("maakt het blad met de cijfers zoals Excel ze toont en beschrijft de grafiek", async () => {
    const wb = new GeheugenWerkboek([overzichtBlad]);
    await wb.schrijfNieuwBlad(dossierBlad);
    expect(wb.selectie().blad).toBe("IBT Dossier Leusden");
    const blad = wb.leesBlad("IBT Dossier Leusden")!;
    const toon = (rij: number, kolom: number) =>
      toonWaarde(blad.waarden[rij][kolom], blad.formaten[rij][kolom]);
    // 2021-2: realisatie 89% and 45%; 2022-2: herverdeling +1, 138%.
    expect([toon(3, 9), toon(3, 10), toon(5, 3), toon(5, 9)]).toEqual(["89%", "45%", "+1", "138%"]);
    expect(blad.grafieken).toEqual(dossierBlad.grafieken);
    const g = blad.grafieken[0];
    expect(teksten.voorbeeld.grafiek(g.titel, g.bereik, g.soort)).toBe(
      'Kolomdiagram met lijn op een tweede as rechts "Leusden: trede (kolommen, links) en achterstand ' +
        'gecorrigeerd (lijn, rechts)" over A14:C17 (in Excel een echte grafiek).',
    );
  });
});
