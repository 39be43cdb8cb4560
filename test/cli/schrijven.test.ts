import path from "node:path";
import ExcelJS from "exceljs";
import { applyNieuwBlad, applySchrijfPlan, heeftOpvulling, naarArgb } from "../../src/cli/schrijven";
import type { NieuwBlad, SchrijfPlan } from "../../src/sheet/types";
import { maakTempMap } from "./helpers";

function plan(deel: Partial<SchrijfPlan> = {}): SchrijfPlan {
  return {
    blad: "Blad1",
    beginRij: 2,
    beginKolom: 3,
    waarden: [
      ["IBT Totaalopgave", "IBT Realisatie taakstelling", "IBT Trede"],
      [39, 0.7222, "3 Actief toezicht"],
      [null, null, null],
    ],
    formaten: [
      [null, null, null],
      ["0", "0%", "@"],
      [null, null, null],
    ],
    kolommen: [
      { kolom: 3, kop: "IBT Totaalopgave", formaat: "0", breedte: 14 },
      { kolom: 4, kop: "IBT Realisatie taakstelling", formaat: "0%", breedte: 16 },
      { kolom: 5, kop: "IBT Trede", formaat: "@", breedte: 24 },
    ],
    opvullingen: [{ rij: 3, kolom: 5, kleur: "#f4b183" }],
    teWissenKolommen: [],
    conflicten: [],
    aantalCellen: 6,
    ...deel,
  };
}

async function invoerWerkmap(): Promise<ExcelJS.Workbook> {
  const werkmap = new ExcelJS.Workbook();
  const ws = werkmap.addWorksheet("Blad1");
  ws.getCell("A1").value = "Titel";
  ws.getCell("A2").value = "Gemeente";
  ws.getCell("B2").value = "Taakstelling";
  ws.getCell("C2").value = "Achterstand begin";
  ws.getCell("A3").value = "Leusden";
  ws.getCell("B3").value = 18;
  ws.getCell("C3").value = 21;
  ws.getCell("A4").value = "Houten";
  ws.getCell("B4").value = 30;
  ws.getCell("C4").value = 23;
  // Same style on several cells: ExcelJS then shares one style object after reading.
  for (const a of ["B3", "C3", "B4", "C4"]) ws.getCell(a).numFmt = "0";
  return werkmap;
}

async function heropen(werkmap: ExcelJS.Workbook, pad: string): Promise<ExcelJS.Worksheet> {
  await werkmap.xlsx.writeFile(pad);
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.readFile(pad);
  return terug.getWorksheet("Blad1")!;
}

describe("applySchrijfPlan", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("schrijft waarden, notaties, kopstijl, breedten en trede-opvulling en laat de rest ongemoeid", async () => {
    const pad1 = path.join(tmp.map, "in.xlsx");
    const ws1 = await heropen(await invoerWerkmap(), pad1);
    applySchrijfPlan(ws1, plan());
    const ws = await heropen(ws1.workbook, path.join(tmp.map, "uit.xlsx"));
    expect(ws.getCell("D2").value).toBe("IBT Totaalopgave");
    expect(ws.getCell("D2").font?.bold).toBe(true);
    expect(ws.getCell("D3").value).toBe(39);
    expect(ws.getCell("D3").numFmt).toBe("0");
    expect(ws.getCell("E3").value).toBe(0.7222);
    expect(ws.getCell("E3").numFmt).toBe("0%");
    expect(ws.getCell("F3").value).toBe("3 Actief toezicht");
    expect(ws.getCell("F3").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFF4B183" },
    });
    expect(ws.getColumn(5).width).toBe(16);
    // null = untouched
    expect(ws.getCell("D4").value).toBeNull();
    // original cells, also those sharing a style with written cells, unchanged
    expect(ws.getCell("A2").value).toBe("Gemeente");
    expect(ws.getCell("A2").font?.bold).toBeFalsy();
    expect(ws.getCell("C4").value).toBe(23);
    expect(ws.getCell("C4").numFmt).toBe("0");
    expect(heeftOpvulling(ws.getCell("B3"))).toBe(false);
  });

  it("geeft bij een tweede keer toepassen hetzelfde blad (idempotent)", async () => {
    const ws1 = await heropen(await invoerWerkmap(), path.join(tmp.map, "a.xlsx"));
    applySchrijfPlan(ws1, plan());
    const eens = await heropen(ws1.workbook, path.join(tmp.map, "b.xlsx"));
    applySchrijfPlan(eens, plan());
    const tweemaal = await heropen(eens.workbook, path.join(tmp.map, "c.xlsx"));
    const cellen = (ws: ExcelJS.Worksheet) => {
      const uit: Record<string, unknown> = {};
      ws.eachRow((r) => r.eachCell((c) => (uit[c.address] = [c.value, c.numFmt, c.fill, c.font?.bold])));
      return uit;
    };
    expect(cellen(tweemaal)).toEqual(cellen(eens));
  });

  it("haalt een oude opvulling weg waar het plan een nieuwe waarde zonder opvulling schrijft", async () => {
    const ws1 = await heropen(await invoerWerkmap(), path.join(tmp.map, "d.xlsx"));
    applySchrijfPlan(ws1, plan());
    const ws2 = await heropen(ws1.workbook, path.join(tmp.map, "e.xlsx"));
    const zonderTrede = plan({ opvullingen: [] });
    zonderTrede.waarden[1][2] = "";
    applySchrijfPlan(ws2, zonderTrede);
    const ws = await heropen(ws2.workbook, path.join(tmp.map, "f.xlsx"));
    expect(ws.getCell("F3").value).toBeNull();
    expect(heeftOpvulling(ws.getCell("F3"))).toBe(false);
  });

  it("wist de eigen kolommen van een eerdere run die het plan niet meer gebruikt", async () => {
    const werkmap = await invoerWerkmap();
    const ws0 = werkmap.getWorksheet("Blad1")!;
    ws0.getCell("H2").value = "IBT Oud";
    ws0.getCell("H3").value = 5;
    ws0.getCell("H3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    const ws1 = await heropen(werkmap, path.join(tmp.map, "g.xlsx"));
    applySchrijfPlan(ws1, plan({ teWissenKolommen: [7] }));
    const ws = await heropen(ws1.workbook, path.join(tmp.map, "h.xlsx"));
    expect(ws.getCell("H2").value).toBeNull();
    expect(ws.getCell("H3").value).toBeNull();
    expect(heeftOpvulling(ws.getCell("H3"))).toBe(false);
    expect(ws.getCell("A3").value).toBe("Leusden");
  });
});

describe("applyNieuwBlad", () => {
  it("maakt een nieuw werkblad met waarden, notaties en breedten, en vervangt een bestaand", () => {
    const werkmap = new ExcelJS.Workbook();
    werkmap.addWorksheet("Vergelijking").getCell("Z9").value = "oud";
    const blad: NieuwBlad = {
      naam: "Vergelijking",
      waarden: [
        ["Gemeente", "Opdracht per achterstand"],
        ["Leusden", 45 / 26],
      ],
      formaten: [
        [null, null],
        [null, "0.00"],
      ],
      kolombreedten: [20, 14],
    };
    const ws = applyNieuwBlad(werkmap, blad);
    expect(werkmap.worksheets.map((w) => w.name)).toEqual(["Vergelijking"]);
    expect(ws.getCell("B2").value).toBeCloseTo(1.7308, 4);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("Z9").value).toBeNull();
    expect(ws.getColumn(1).width).toBe(20);
  });
});

describe("naarArgb", () => {
  it("maakt van #rrggbb een ARGB-kleur", () => {
    expect(naarArgb("#c6efce")).toBe("FFC6EFCE");
    expect(naarArgb("onzin")).toBe("FFFFFFFF");
  });
});
