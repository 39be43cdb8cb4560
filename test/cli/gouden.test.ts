/**
 * The golden cases (docs/rekenregels.md) through the whole pipeline: an .xlsx written with ExcelJS, read by
 * the command line, checked by the engine, printed as JSON. Once in-process, once as `node bin/ibt.js`.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { kiesBlad, main } from "../../src/cli/main";
import { readWerkmap } from "../../src/cli/lezen";
import { formatProcent } from "../../src/domain/afronding";
import { prognosesVoor } from "../../src/sheet";
import { type FixtureBlad, leusdenBlad, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";

const BIN = path.resolve(__dirname, "..", "..", "bin", "ibt.js");

interface JsonRij {
  row: number;
  gemeente: string | null;
  periode: string | null;
  [sleutel: string]: unknown;
}
interface Json {
  sheet: string;
  rows: JsonRij[];
  remarks: { cell: string; severity: string; code: string; message: string }[];
  summary: { gemeenten: number; metAchterstand: number; perTrede: Record<string, number> };
}

function draaiBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 2 ** 20 }, (fout, stdout, stderr) => {
      resolve({ code: fout ? Number(fout.code) : 0, stdout, stderr });
    });
  });
}

/** The rows of the golden table in docs/rekenregels.md (registered TVS figures of Leusden). */
function controleerLeusden(json: Json): void {
  expect(json.sheet).toBe("Overzicht");
  const rijen = json.rows.filter((r) => r.gemeente === "Leusden");
  expect(rijen.map((r) => [r.row, r.periode])).toEqual([
    [4, "2021-1"],
    [5, "2021-2"],
    [6, "2022-1"],
    [7, "2022-2"],
  ]);
  const kol = (sleutel: string) => rijen.map((r) => r[sleutel]);
  expect(kol("achterstandBegin")).toEqual([1, 19, 21, 26]);
  expect(kol("taakstelling")).toEqual([24, 19, 18, 24]);
  expect(kol("herverdeling")).toEqual([0, 0, 0, 1]);
  expect(kol("totaalopgave")).toEqual([25, 38, 39, 51]);
  expect(kol("gerealiseerd")).toEqual([6, 17, 13, null]);
  expect(kol("naRegistratie")).toEqual([0, 6, 8, null]);
  expect(kol("achterstandEind")).toEqual([19, 21, 26, null]);
  expect(kol("achterstandEindGecorrigeerd")).toEqual([19, 15, 18, null]);
  expect(kol("realisatieTaakstelling")).toEqual([6 / 24, 17 / 19, 13 / 18, null]);
  expect(kol("realisatieTotaalopgave")).toEqual([6 / 25, 17 / 38, 13 / 39, null]);
  expect(rijen[0].realisatieTaakstelling).toBe(0.25);
  expect(rijen[0].realisatieTotaalopgave).toBe(0.24);
  expect(kol("taakstellingGehaald")).toEqual([false, true, true, null]);
  expect(kol("vorigeTrede")).toEqual([1, 2, 2, 3]);
  expect(kol("trede")).toEqual([2, 2, 3, null]);
  expect(kol("escalatie")).toEqual(["Opschalen", "Gelijk", "Opschalen", null]);
}

describe("gouden gevallen van de rekenregels via een .xlsx-bestand", () => {
  const tmp = maakTempMap();
  const pad = path.join(tmp.map, "leusden.xlsx");
  beforeAll(() => schrijfWerkmap(pad, [leusdenBlad()]));
  afterAll(tmp.opruimen);

  it("berekent Leusden 2021-1 tot en met 2022-2 exact (in het proces)", async () => {
    const io = opnameIo();
    const code = await main(["check", pad, "--json"], io);
    expect(io.fout).toBe("");
    const json = JSON.parse(io.uit) as Json;
    controleerLeusden(json);
    expect(code).toBe(json.remarks.some((r) => r.severity === "fout") ? 1 : 0);
    expect(code).toBe(0);
    expect(json.summary.gemeenten).toBe(1);
  });

  it("berekent hetzelfde via node bin/ibt.js check <bestand> --json", async () => {
    const { code, stdout, stderr } = await draaiBin(["check", pad, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    controleerLeusden(JSON.parse(stdout) as Json);
  }, 30_000);

  it("meldt bij 2021-2 (G5, info) dat de trede zonder correctie 3 zou zijn, en verder alleen de herverdeling", async () => {
    const io = opnameIo();
    await main(["check", pad, "--json"], io);
    const json = JSON.parse(io.uit) as Json;
    // Row 5 is 2021-2; column G is Na-registratie (6 persons). The only other remark: Leusden's +1 of
    // 2022-2 alone on the sheet (on the header cell of Herverdeling).
    expect(json.remarks).toEqual([
      {
        cell: "E3",
        severity: "waarschuwing",
        code: "herverdeling-niet-nul",
        message:
          "De herverdelingen in 2022-2 tellen op tot +1 in plaats van 0. Wat de ene gemeente overneemt, " +
          "geeft een andere af (Huisvestingswet art. 29 lid 2); controleer of alle betrokken gemeenten op " +
          "het blad staan.",
      },
      {
        cell: "G5",
        severity: "info",
        code: "trede-correctie-verschil",
        message: "Met de gecorrigeerde achterstand trede 2, zonder correctie trede 3 (na-registratie 6).",
      },
    ]);
  });
});

/** Leusden 2022-2 with the interim figure of 22 Nov 2022; Utrechtse Heuvelrug hands over the 1 person. */
function blad2022_2(naam: string, koppen: string[], leusden: unknown[], heuvelrug: unknown[]): FixtureBlad {
  return {
    naam,
    rijen: [koppen, leusden, heuvelrug] as FixtureBlad["rijen"],
    formaten: { [`${String.fromCharCode(64 + koppen.indexOf("Meetdatum") + 1)}2`]: "d-m-yyyy" },
  };
}

const MEETDATUM = new Date(Date.UTC(2022, 10, 22));

describe("gouden gevallen 2022-2 van de rekenregels via een .xlsx-bestand: extra opgave, tussenstand, prognose", () => {
  const tmp = maakTempMap();
  const pad = path.join(tmp.map, "leusden-2022-2.xlsx");
  const volledig = [
    "Gemeente",
    "Periode",
    "Achterstand begin",
    "Taakstelling",
    "Herverdeling",
    "Extra opgave",
    "Gerealiseerd",
    "Meetdatum",
  ];
  const alleenTotaalopgave = [
    "Gemeente",
    "Periode",
    "Taakstelling",
    "Totaalopgave",
    "Gerealiseerd",
    "Meetdatum",
  ];
  const zonderHerverdeling = [
    "Gemeente",
    "Periode",
    "Achterstand begin",
    "Taakstelling",
    "Herverdeling",
    "Totaalopgave",
    "Gerealiseerd",
    "Meetdatum",
  ];
  beforeAll(() =>
    schrijfWerkmap(pad, [
      blad2022_2(
        "Volledig",
        volledig,
        ["Leusden", "2022-2", 26, 24, 1, 11, 33, MEETDATUM],
        ["Utrechtse Heuvelrug", "2022-2", 18, 40, -1, 18, 20, MEETDATUM],
      ),
      // A sheet that states the totaalopgave without the herverdeling, and nothing to compute it from.
      blad2022_2(
        "TO 50",
        alleenTotaalopgave,
        ["Leusden", "2022-2", 24, 50, 33, MEETDATUM],
        ["Utrechtse Heuvelrug", "2022-2", 40, 57, 20, MEETDATUM],
      ),
      // The same 50 on a sheet that has the herverdeling: the check computes 51.
      blad2022_2(
        "TO 50 met herverdeling",
        zonderHerverdeling,
        ["Leusden", "2022-2", 26, 24, 1, 50, 33, MEETDATUM],
        ["Utrechtse Heuvelrug", "2022-2", 18, 40, -1, 57, 20, MEETDATUM],
      ),
    ]),
  );
  afterAll(tmp.opruimen);

  async function json(blad: string): Promise<{ code: number; json: Json }> {
    const io = opnameIo();
    const code = await main(["check", pad, "--sheet", blad, "--json"], io);
    expect(io.fout).toBe("");
    return { code, json: JSON.parse(io.uit) as Json };
  }

  it("geeft 2022-2 met extra opgave 11 een totaalopgave incl. extra van 62", async () => {
    const { code, json: j } = await json("Volledig");
    expect(code).toBe(0);
    expect(j.rows[0]).toMatchObject({ row: 2, gemeente: "Leusden", extraOpgave: 11, totaalopgave: 51 });
    // The engine's report read from the same .xlsx (the JSON shape has no incl.-extra field).
    const werkmap = await readWerkmap(pad);
    const { rapport } = kiesBlad(werkmap, "Volledig");
    expect(rapport.rijen[0]).toMatchObject({
      gemeente: "Leusden",
      totaalopgave: 51,
      extraOpgave: 11,
      totaalopgaveInclExtra: 62,
    });
  });

  it("schrijft met --out de totaalopgave incl. extra 62 in de kolom IBT Totaalopgave incl. extra", async () => {
    const uit = path.join(tmp.map, "leusden-2022-2-uit.xlsx");
    const io = opnameIo();
    expect(await main(["check", pad, "--sheet", "Volledig", "--out", uit], io)).toBe(0);
    const kopie = new ExcelJS.Workbook();
    await kopie.xlsx.readFile(uit);
    const ws = kopie.getWorksheet("Volledig")!;
    const koppen = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : null));
    const kolomTo = koppen.indexOf("IBT Totaalopgave");
    const kolomExtra = koppen.indexOf("IBT Totaalopgave incl. extra");
    expect(kolomTo).toBeGreaterThan(0);
    expect(kolomExtra).toBe(kolomTo + 1);
    expect(ws.getRow(2).getCell(kolomTo).value).toBe(51);
    expect(ws.getRow(2).getCell(kolomExtra).value).toBe(62);
  });

  it("geeft de tussenstand van 22 november 2022: 33 van 24 is 138%, zonder achterstand eind of trede", async () => {
    const { json: j } = await json("Volledig");
    const leusden = j.rows[0];
    expect(leusden).toMatchObject({
      gerealiseerd: 33,
      realisatieTaakstelling: 33 / 24,
      realisatieTotaalopgave: 33 / 51,
      achterstandEind: null,
      trede: null,
    });
    expect(formatProcent(leusden.realisatieTaakstelling as number)).toBe("138%");
    expect(j.remarks.filter((r) => r.cell === "H2")).toEqual([
      {
        cell: "H2",
        severity: "info",
        code: "tussenstand",
        message:
          "Gerealiseerd 33 is een tussenstand op 22 november 2022: achterstand eind en trede volgen na de " +
          "peildatum (zie de prognose).",
      },
    ]);
  });

  it("geeft tegen een opgegeven totaalopgave 50 een realisatie van 66%", async () => {
    const { json: j } = await json("TO 50");
    expect(j.rows[0]).toMatchObject({ gemeente: "Leusden", totaalopgave: 50, realisatieTotaalopgave: 0.66 });
    expect(formatProcent(j.rows[0].realisatieTotaalopgave as number)).toBe("66%");
    expect(formatProcent(j.rows[0].realisatieTaakstelling as number)).toBe("138%");
  });

  it("meldt op een blad met de herverdeling dat 50 afwijkt van de berekende 51 (herverdeling vergeten)", async () => {
    const { code, json: j } = await json("TO 50 met herverdeling");
    expect(code).toBe(1);
    expect(j.remarks.filter((r) => r.code === "totaalopgave-wijkt-af")).toEqual([
      {
        cell: "F2",
        severity: "fout",
        code: "totaalopgave-wijkt-af",
        message:
          "Totaalopgave is 50, berekend 51 (taakstelling 24 + achterstand 26 + herverdeling 1). " +
          "Het verschil is gelijk aan de herverdeling: die is waarschijnlijk vergeten.",
      },
    ]);
    expect(j.rows[0]).toMatchObject({ totaalopgave: 51, realisatieTotaalopgave: 33 / 51 });
  });

  it("geeft de prognose van 22 november 2022: 33 -> 42 gerealiseerd, achterstand 9, trede 2", async () => {
    const werkmap = await readWerkmap(pad);
    const { rapport } = kiesBlad(werkmap, "Volledig");
    const [leusden] = prognosesVoor(rapport, MEETDATUM).filter((p) => p.gemeente === "Leusden");
    expect(leusden).toMatchObject({
      periode: "2022-2",
      totaalopgave: 51,
      gerealiseerd: 33,
      gerealiseerdPrognose: 42,
      achterstandPrognose: 9,
      tredePrognose: 2,
      opmerking: null,
    });
  });
});
