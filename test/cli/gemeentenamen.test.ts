/**
 * Official gemeente names through the command line: a workbook that spells its gemeenten its own way
 * gives the official name, the sheet's name and the CBS code in --json, one history per gemeente, and
 * a gemeente-onbekend remark for a name that is not on the CBS list.
 */
import path from "node:path";
import { EXIT_OK, main } from "../../src/cli/main";
import { KOPPEN_OVERZICHT, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";

describe("ibt check --json met gemeentenamen zoals de toezichthouders ze schrijven", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("geeft de officiële naam, de naam op het blad en de CBS-code, en ketent over schrijfwijzen heen", async () => {
    const pad = path.join(tmp.map, "namen.xlsx");
    await schrijfWerkmap(pad, [
      {
        naam: "Overzicht",
        rijen: [
          KOPPEN_OVERZICHT,
          ["Gemeente Leusden ", "2021-1", 1, 24, 0, 6, 0, 1],
          ["Leusden", "2021-2", 19, 19, 0, 17, 6],
          ["Ijsselstein", "2021-2", 21, 20, 0, 20, 0],
          ["Leusen", "2022-1", 21, 18, 0, 13, 8],
        ],
      },
    ]);
    const io = opnameIo();
    expect(await main(["check", pad, "--json"], io)).toBe(EXIT_OK);
    const json = JSON.parse(io.uit);
    expect(
      json.rows.map((r: Record<string, unknown>) => [r.gemeente, r.gemeenteOpBlad, r.gemeentecode, r.trede]),
    ).toEqual([
      ["Leusden", "Gemeente Leusden", "GM0327", 2],
      ["Leusden", null, "GM0327", 2],
      ["IJsselstein", "Ijsselstein", "GM0353", 3],
      ["Leusen", null, null, 3],
    ]);
    expect(json.summary.gemeenten).toBe(3);
    expect(json.remarks).toContainEqual({
      cell: "A5",
      severity: "info",
      code: "gemeente-onbekend",
      message: 'Gemeente "Leusen" in A5 staat niet in de lijst van gemeenten van 2025; bedoelt u Leusden?',
    });
  });
});
