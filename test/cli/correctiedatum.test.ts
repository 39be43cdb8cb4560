/** A Correctiedatum column through an .xlsx file: read as a date, named in the letter table, not in --json. */
import path from "node:path";
import { EXIT_OK, main } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { brieftabelVoor, controleerBlad } from "../../src/sheet";
import { KOPPEN_OVERZICHT, leusdenBlad, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";
import { JSON_RIJ_SLEUTELS } from "../jsonVorm";

describe("Correctiedatum via een .xlsx-bestand", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const pad = path.join(tmp.map, "leusden-correctie.xlsx");

  beforeAll(async () => {
    const basis = leusdenBlad();
    // Column I: a real date cell (d-m-yyyy) for 2021-2, a Dutch text date for 2022-1.
    const rijen = basis.rijen.map((r) => [...r]);
    rijen[2] = [...KOPPEN_OVERZICHT, "Correctiedatum"];
    rijen[4][8] = new Date(Date.UTC(2022, 1, 1));
    rijen[5][8] = "1 augustus 2022";
    rijen[6][4] = 0; // no herverdeling without its counterpart on this one-gemeente sheet
    await schrijfWerkmap(pad, [{ naam: "Overzicht", rijen, formaten: { I5: "d-m-yyyy" } }]);
  });

  it("leest beide data en zet ze in de brieftabel: 1 februari 2022 = 15, 1 augustus 2022 = 18", async () => {
    const werkmap = await readWerkmap(pad);
    const rapport = controleerBlad(sheetToBlad(werkmap.getWorksheet("Overzicht")!));
    expect(rapport.opmerkingen.filter((o) => o.ernst !== "info")).toEqual([]);
    expect(rapport.rijen.map((r) => r.correctiedatum)).toEqual([null, "2022-02-01", "2022-08-01", null]);
    const tabel2022 = brieftabelVoor(rapport, "Leusden", "2022-1")!.map((r) => [r.label, r.waarde]);
    expect(tabel2022[6]).toEqual(["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand"]);
    expect(tabel2022[7]).toEqual(["Stand van zaken 1 augustus 2022", "18 vergunninghouders achterstand"]);
    const tabel2021 = brieftabelVoor(rapport, "Leusden", "2021-2")!.map((r) => [r.label, r.waarde]);
    expect(tabel2021[7]).toEqual(["Stand van zaken 1 februari 2022", "15 vergunninghouders achterstand"]);
  });

  it("houdt de --json-vorm precies gelijk: dezelfde sleutels, geen correctiedatum", async () => {
    const io = opnameIo();
    expect(await main(["check", pad, "--json"], io)).toBe(EXIT_OK);
    const json = JSON.parse(io.uit);
    expect(Object.keys(json)).toEqual(["sheet", "rows", "remarks", "summary"]);
    expect(json.rows).toHaveLength(4);
    for (const rij of json.rows) expect(Object.keys(rij)).toEqual(JSON_RIJ_SLEUTELS);
    expect(io.uit).not.toContain("correctiedatum");
  });

  it("meldt een onleesbare correctiedatum in de uitvoer van ibt check met cel en waarde", async () => {
    const slecht = path.join(tmp.map, "slecht.xlsx");
    const basis = leusdenBlad();
    const rijen = basis.rijen.map((r) => [...r]);
    rijen[2] = [...KOPPEN_OVERZICHT, "Datum correctie"];
    rijen[5][8] = "ergens in augustus";
    rijen[6][4] = 0;
    await schrijfWerkmap(slecht, [{ naam: "Overzicht", rijen }]);
    const io = opnameIo();
    await main(["check", slecht, "--json"], io);
    const json = JSON.parse(io.uit);
    expect(json.remarks).toContainEqual({
      cell: "I6",
      severity: "fout",
      code: "geen-datum",
      message:
        'Correctiedatum in I6: "ergens in augustus" is geen datum: gebruik bijvoorbeeld 22-11-2022, 22 november 2022 of 2022-11-22.',
    });
  });
});
