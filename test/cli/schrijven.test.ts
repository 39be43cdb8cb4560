import { writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readWerkmap } from "../../src/cli/lezen";
import { naarArgb, schrijfKopie } from "../../src/cli/schrijven";
import type { NieuwBlad, SchrijfPlan } from "../../src/sheet/types";
import { maakTempMap } from "./helpers";

/** True when the cell has a visible fill (ExcelJS reads "no fill" as pattern "none"). */
function heeftOpvulling(cel: ExcelJS.Cell): boolean {
  const vulling = cel.style?.fill;
  return vulling !== undefined && !(vulling.type === "pattern" && vulling.pattern === "none");
}

/** Writes the plan into a copy of the .xlsx at `invoer` (the command line's way) and reads it back. */
async function pasToe(invoer: string, uit: string, p: SchrijfPlan): Promise<ExcelJS.Worksheet> {
  const werkmap = await readWerkmap(invoer);
  writeFileSync(uit, schrijfKopie(werkmap, werkmap.getWorksheet(p.blad)!, p).bytes);
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.readFile(uit);
  return terug.getWorksheet(p.blad)!;
}

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

describe("schrijfKopie: het schrijfplan in een kopie", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("schrijft waarden, notaties, kopstijl, breedten en trede-opvulling en laat de rest ongemoeid", async () => {
    const pad1 = path.join(tmp.map, "in.xlsx");
    await (await invoerWerkmap()).xlsx.writeFile(pad1);
    const ws = await pasToe(pad1, path.join(tmp.map, "uit.xlsx"), plan());
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
    await (await invoerWerkmap()).xlsx.writeFile(path.join(tmp.map, "a.xlsx"));
    const eens = await pasToe(path.join(tmp.map, "a.xlsx"), path.join(tmp.map, "b.xlsx"), plan());
    const tweemaal = await pasToe(path.join(tmp.map, "b.xlsx"), path.join(tmp.map, "c.xlsx"), plan());
    const cellen = (ws: ExcelJS.Worksheet) => {
      const uit: Record<string, unknown> = {};
      ws.eachRow((r) => r.eachCell((c) => (uit[c.address] = [c.value, c.numFmt, c.fill, c.font?.bold])));
      return uit;
    };
    expect(cellen(tweemaal)).toEqual(cellen(eens));
  });

  it("haalt een oude opvulling weg waar het plan een nieuwe waarde zonder opvulling schrijft", async () => {
    await (await invoerWerkmap()).xlsx.writeFile(path.join(tmp.map, "d.xlsx"));
    await pasToe(path.join(tmp.map, "d.xlsx"), path.join(tmp.map, "e.xlsx"), plan());
    const zonderTrede = plan({ opvullingen: [] });
    zonderTrede.waarden[1][2] = "";
    const ws = await pasToe(path.join(tmp.map, "e.xlsx"), path.join(tmp.map, "f.xlsx"), zonderTrede);
    expect(ws.getCell("F3").value).toBeNull();
    expect(heeftOpvulling(ws.getCell("F3"))).toBe(false);
  });

  it("wist de eigen kolommen van een eerdere run die het plan niet meer gebruikt, alleen in de rijen van het plan", async () => {
    const werkmap = await invoerWerkmap();
    const ws0 = werkmap.getWorksheet("Blad1")!;
    ws0.getCell("H1").value = "boven de kopregel";
    ws0.getCell("H2").value = "IBT Oud";
    ws0.getCell("H3").value = 5;
    ws0.getCell("H3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    ws0.getCell("H4").value = 6;
    // A note of the user two rows below the plan's last row (4), in the former own column H.
    ws0.getCell("H6").value = "Mijn notitie";
    await werkmap.xlsx.writeFile(path.join(tmp.map, "g.xlsx"));
    const ws = await pasToe(
      path.join(tmp.map, "g.xlsx"),
      path.join(tmp.map, "h.xlsx"),
      plan({ teWissenKolommen: [7] }),
    );
    expect(ws.getCell("H2").value).toBeNull();
    expect(ws.getCell("H3").value).toBeNull();
    expect(heeftOpvulling(ws.getCell("H3"))).toBe(false);
    expect(ws.getCell("H4").value).toBeNull();
    expect(ws.getCell("H1").value).toBe("boven de kopregel");
    expect(ws.getCell("H6").value).toBe("Mijn notitie");
    expect(ws.getCell("A3").value).toBe("Leusden");
  });
});

describe("schrijfKopie: nieuwe werkbladen", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("maakt een nieuw werkblad met waarden, notaties en breedten; een blad van de gebruiker met die naam blijft, het eigen blad wordt vervangen", async () => {
    const werkmap = new ExcelJS.Workbook();
    werkmap.addWorksheet("Vergelijking").getCell("Z9").value = "oud";
    const invoer = path.join(tmp.map, "nieuw-in.xlsx");
    await werkmap.xlsx.writeFile(invoer);
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
    const uit = path.join(tmp.map, "nieuw-uit.xlsx");
    writeFileSync(uit, schrijfKopie(await readWerkmap(invoer), null, null, [blad]).bytes);
    const terug = new ExcelJS.Workbook();
    await terug.xlsx.readFile(uit);
    // The user's "Vergelijking" has no marker "_IBT_Blad": it stays, the new sheet gets "(2)".
    expect(terug.worksheets.map((w) => w.name)).toEqual(["Vergelijking", "Vergelijking (2)"]);
    expect(terug.getWorksheet("Vergelijking")!.getCell("Z9").value).toBe("oud");
    const ws = terug.getWorksheet("Vergelijking (2)")!;
    expect(ws.getCell("B2").value).toBeCloseTo(1.7308, 4);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getColumn(1).width).toBe(20);
    // A second copy from that one replaces the add-in's own "Vergelijking (2)" in place.
    const opnieuw = path.join(tmp.map, "nieuw-uit-2.xlsx");
    const tweede = schrijfKopie(await readWerkmap(uit), null, null, [
      { ...blad, waarden: [["Gemeente"], ["Houten"]] },
    ]);
    expect(tweede.toegevoegd).toEqual([]);
    writeFileSync(opnieuw, tweede.bytes);
    const terug2 = new ExcelJS.Workbook();
    await terug2.xlsx.readFile(opnieuw);
    expect(terug2.worksheets.map((w) => w.name)).toEqual(["Vergelijking", "Vergelijking (2)"]);
    expect(terug2.getWorksheet("Vergelijking (2)")!.getCell("A2").value).toBe("Houten");
  });

  it("voegt een werkblad toe naast de bestaande, met onderdeel, relatie en inhoudstype", async () => {
    const werkmap = new ExcelJS.Workbook();
    werkmap.addWorksheet("Overzicht").getCell("A1").value = "blijft";
    const invoer = path.join(tmp.map, "erbij-in.xlsx");
    await werkmap.xlsx.writeFile(invoer);
    const blad: NieuwBlad = {
      naam: "Brieftabel",
      waarden: [
        ["Leusden", "2022-1"],
        ["Totaalopgave", "39"],
      ],
      formaten: [
        [null, null],
        [null, "@"],
      ],
      kolombreedten: [30, 12],
    };
    const uitkomst = schrijfKopie(await readWerkmap(invoer), null, null, [blad]);
    expect(uitkomst.toegevoegd).toEqual(["xl/worksheets/sheet2.xml"]);
    const uit = path.join(tmp.map, "erbij-uit.xlsx");
    writeFileSync(uit, uitkomst.bytes);
    const terug = new ExcelJS.Workbook();
    await terug.xlsx.readFile(uit);
    expect(terug.worksheets.map((w) => w.name)).toEqual(["Overzicht", "Brieftabel"]);
    expect(terug.getWorksheet("Overzicht")!.getCell("A1").value).toBe("blijft");
    expect(terug.getWorksheet("Brieftabel")!.getCell("B2").value).toBe("39");
    expect(terug.getWorksheet("Brieftabel")!.getCell("B2").numFmt).toBe("@");
  });
});

describe("naarArgb", () => {
  it("maakt van #rrggbb een ARGB-kleur", () => {
    expect(naarArgb("#c6efce")).toBe("FFC6EFCE");
    expect(naarArgb("onzin")).toBe("FFFFFFFF");
  });
});
