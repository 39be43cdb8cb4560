/**
 * The Excel adapter's sheet list for Vergelijken (leesBladen: which sheets have an opdracht column, in
 * two syncs whatever the number of sheets), activating a sheet, and the comparison sheet's two native
 * charts, through the office-addin-mock Excel of excelMock.ts.
 */
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { WerkboekFout } from "../../src/host/conflicten";
import { controleerBlad, maakVergelijkingsblad, vergelijkGemeenten } from "../../src/sheet";
import type { CelWaarde } from "../../src/sheet/types";
import { ExcelMock, type MockBladInvoer } from "./excelMock";

function opzet(bladen: MockBladInvoer[], actiefBlad?: string) {
  const excel = new ExcelMock(bladen, { actiefBlad });
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
  return { excel, werkboek };
}

/** A multi-period sheet without an opdracht column, header on row 5 under a title. */
const overzicht: MockBladInvoer = {
  naam: "Overzicht",
  waarden: [
    ["Huisvesting vergunninghouders, provincie Utrecht"],
    [],
    ["Leusden: echte cijfers; de andere zijn verzonnen"],
    [],
    ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Gerealiseerd"],
    ["Leusden", "2022-1", 21, 18, 0, 13],
    ["IJsselstein", "2022-1", 15, 20, 0, 14],
  ],
};

/** A single-period sheet with an opdracht column, starting at B3 (the used range is not at A1). */
const periode: MockBladInvoer = {
  naam: "2022-1",
  beginRij: 2,
  beginKolom: 1,
  waarden: [
    ["Overzicht eerste helft 2022", "", "", "", ""],
    ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Opdracht versnelling"],
    ["Leusden", 21, 18, 13, 45],
    ["IJsselstein", 15, 20, 14, 17],
    ["Houten", 20, 20, 16, 35],
  ],
};

/** The header of a sheet on row 20 (the last the engine searches), one on row 21 (too low). */
function opRij(naam: string, rij: number): MockBladInvoer {
  return {
    naam,
    waarden: [
      ["titel"],
      ...Array.from({ length: rij - 2 }, (): CelWaarde[] => []),
      ["Gemeente", "Achterstand", "Opdracht VRU"],
      ["Leusden", 26, 45],
    ],
  };
}

describe("ExcelWerkboek.leesBladen", () => {
  it("zegt per zichtbaar blad of het een kolom opdracht versnelling heeft, in twee syncs", async () => {
    const { excel, werkboek } = opzet(
      [
        overzicht,
        periode,
        { naam: "Leeg", waarden: [] },
        { ...periode, naam: "Verborgen", zichtbaarheid: "Hidden" },
        { ...periode, naam: "Heel verborgen", zichtbaarheid: "VeryHidden" },
        { naam: "Notities", waarden: [["Bel Leusden over de opdracht"]] },
      ],
      "Overzicht",
    );
    expect(await werkboek.leesBladen()).toEqual([
      { naam: "Overzicht", opdrachtKolom: false },
      { naam: "2022-1", opdrachtKolom: true },
      { naam: "Leeg", opdrachtKolom: false },
      { naam: "Notities", opdrachtKolom: false },
    ]);
    // One sync for the list of sheets, one for the top rows of all of them.
    expect(excel.syncs).toBe(2);
    expect(excel.actief.naam).toBe("Overzicht");
  });

  it("houdt twee syncs bij veertig bladen: de bovenste rijen van alle bladen gaan in één batch", async () => {
    const bladen = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? { ...overzicht, naam: `O${i}` } : { ...periode, naam: `P${i}` },
    );
    const { excel, werkboek } = opzet(bladen);
    const uitkomst = await werkboek.leesBladen();
    expect(uitkomst.filter((b) => b.opdrachtKolom)).toHaveLength(20);
    expect(excel.syncs).toBe(2);
  });

  it("leest alleen de bovenste 21 rijen van het gebruikte bereik: een kop op rij 20 telt, op rij 22 niet", async () => {
    const { werkboek } = opzet([opRij("Twintig", 20), opRij("Tweeëntwintig", 22)]);
    expect(await werkboek.leesBladen()).toEqual([
      { naam: "Twintig", opdrachtKolom: true },
      { naam: "Tweeëntwintig", opdrachtKolom: false },
    ]);
  });
});

describe("ExcelWerkboek.activeerBlad", () => {
  it("activeert het blad in één sync, zodat leesActiefBlad het leest", async () => {
    const { excel, werkboek } = opzet([overzicht, periode], "Overzicht");
    await werkboek.activeerBlad("2022-1");
    expect(excel.syncs).toBe(1);
    expect(excel.actief.naam).toBe("2022-1");
    const blad = await werkboek.leesActiefBlad();
    expect(blad.naam).toBe("2022-1");
    expect(controleerBlad(blad).versnelling?.map((v) => v.gemeente)).toEqual([
      "Leusden",
      "IJsselstein",
      "Houten",
    ]);
  });

  it("geeft bij een onbekend blad een Nederlandse melding en laat het actieve blad staan", async () => {
    const { excel, werkboek } = opzet([overzicht, periode], "Overzicht");
    const fout = await werkboek.activeerBlad("Elders").catch((f: unknown) => f);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect(excel.actief.naam).toBe("Overzicht");
  });
});

describe("ExcelWerkboek.schrijfNieuwBlad: de vergelijking met twee grafieken", () => {
  it("maakt de staafgrafiek en een kolomgrafiek met de reeks 1 als lijn over het aflopende blok", async () => {
    const { excel, werkboek } = opzet([periode], "2022-1");
    const rapport = controleerBlad(await werkboek.leesActiefBlad());
    const rijen = vergelijkGemeenten(rapport, ["Leusden", "IJsselstein", "Houten"]);
    excel.nulSyncs();
    await werkboek.schrijfNieuwBlad(maakVergelijkingsblad(rijen));
    // Unchanged: one sync for the sheet list, one for the sheet with its content and both charts.
    expect(excel.syncs).toBe(2);
    const blad = excel.blad("IBT Vergelijking");
    expect(blad.grafieken).toEqual([
      {
        soort: "BarClustered",
        bron: "IBT Vergelijking!A2:B5",
        reeksen: "Auto",
        titel: "Opdracht per achterstand",
        positie: "L2",
      },
      {
        soort: "ColumnClustered",
        bron: "IBT Vergelijking!A8:C11",
        reeksen: "Columns",
        titel: "Verhouding aandeel opdracht / aandeel achterstand (lijn: 1 = evenredig)",
        positie: "E7",
        reeksSoorten: { 1: "Line" },
      },
    ]);
    // The block behind the second chart, sorted from high to low, with its number formats.
    const blok = excel.lees("IBT Vergelijking", "A8:C11");
    expect(blok.map((r) => r[0])).toEqual(["Gemeente", "Leusden", "Houten", "IJsselstein"]);
    expect(blok.slice(1).map((r) => Math.round((r[1] as number) * 100) / 100)).toEqual([1.27, 1.07, 0.59]);
    expect(blok.slice(1).map((r) => r[2])).toEqual([1, 1, 1]);
    expect(excel.lees("IBT Vergelijking", "B9:C9", "formaten")).toEqual([["0.00", "0"]]);
  });
});
