/**
 * The golden cases of SPEC.md through the whole pipeline: an .xlsx written with ExcelJS, read by the
 * command line, checked by the engine, printed as JSON. Once in-process, once as `node bin/ibt.js`.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { main } from "../../src/cli/main";
import { leusdenBlad, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";

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

/** The rows of SPEC's golden table (registered TVS figures of Leusden). */
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

describe("gouden gevallen van SPEC via een .xlsx-bestand", () => {
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

  it("meldt bij 2021-2 dat de trede zonder correctie 3 zou zijn", async () => {
    const io = opnameIo();
    await main(["check", pad, "--json"], io);
    const json = JSON.parse(io.uit) as Json;
    const opmerking = json.remarks.find(
      (r) => r.cell.endsWith("5") && /3/.test(r.message) && /trede/i.test(r.message),
    );
    expect(opmerking).toBeDefined();
    expect(opmerking!.severity).not.toBe("fout");
  });
});
