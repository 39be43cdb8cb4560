/** Hidden columns of an .xlsx (`<cols><col min max hidden="1">`): read into Blad.verborgenKolommen. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { EXIT_OK, main } from "../../src/cli/main";
import { loadWerkmap, sheetToBlad, verborgenBinnen } from "../../src/cli/lezen";
import { controleerBlad } from "../../src/sheet";
import { KOPPEN_OVERZICHT, leusdenBlad, maakTempMap, opnameIo } from "./helpers";

/** Leusden's golden sheet (header on row 3, columns A..H) with the given 1-based columns hidden. */
async function schrijfMetVerborgen(pad: string, verborgen: number[]): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  const blad = leusdenBlad();
  const ws = werkmap.addWorksheet(blad.naam);
  blad.rijen.forEach((rij, r) =>
    rij.forEach((w, k) => {
      if (w !== undefined && w !== null) ws.getCell(r + 1, k + 1).value = w;
    }),
  );
  for (const k of verborgen) ws.getColumn(k).hidden = true;
  await werkmap.xlsx.writeFile(pad);
}

/** Replaces the `<cols>` of the first sheet part by `cols` (written as another program might). */
function vervangCols(pad: string, cols: string): void {
  const delen = unzipSync(readFileSync(pad));
  const deel = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(delen[deel]);
  const zonder = xml.replace(/<cols>.*?<\/cols>/, "");
  delen[deel] = strToU8(zonder.replace("<sheetData>", `${cols}<sheetData>`));
  writeFileSync(pad, zipSync(delen));
}

async function bladVan(pad: string) {
  const werkmap = await loadWerkmap(readFileSync(pad), pad);
  return sheetToBlad(werkmap.worksheets[0]);
}

describe("verborgen kolommen in een .xlsx", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const p = (naam: string) => path.join(tmp.map, naam);

  it("leest een verborgen kolom Taakstelling en meldt kolom-verborgen", async () => {
    expect(KOPPEN_OVERZICHT[3]).toBe("Taakstelling");
    await schrijfMetVerborgen(p("taakstelling.xlsx"), [4]);
    expect(strFromU8(unzipSync(readFileSync(p("taakstelling.xlsx")))["xl/worksheets/sheet1.xml"])).toMatch(
      /<col min="4" max="4"[^>]* hidden="1"/,
    );
    const blad = await bladVan(p("taakstelling.xlsx"));
    expect(blad.verborgenKolommen).toEqual([3]);

    const rapport = controleerBlad(blad);
    const kolom = rapport.kolommen.find((k) => k.kop === "Taakstelling")!;
    expect(kolom).toMatchObject({ kolom: 3, veld: "taakstelling", verborgen: true });
    // Read all the same: Leusden 2022-1 has its totaalopgave of 39 from the hidden taakstelling of 18.
    const leusden = rapport.rijen.find((r) => r.periode === "2022-1")!;
    expect([leusden.taakstelling, leusden.totaalopgave]).toEqual([18, 39]);

    const io = opnameIo();
    expect(await main(["check", p("taakstelling.xlsx"), "--json"], io)).toBe(EXIT_OK);
    const json = JSON.parse(io.uit) as {
      remarks: { cell: string; severity: string; code: string; message: string }[];
    };
    expect(json.remarks.filter((r) => r.code === "kolom-verborgen")).toEqual([
      {
        cell: "D3",
        severity: "info",
        code: "kolom-verborgen",
        message: 'Kolom "Taakstelling" (D3) is verborgen; de controle leest haar wel.',
      },
    ]);
  });

  it("zonder verborgen kolommen blijft verborgenKolommen weg", async () => {
    await schrijfMetVerborgen(p("zichtbaar.xlsx"), []);
    const blad = await bladVan(p("zichtbaar.xlsx"));
    expect(blad.verborgenKolommen).toBeUndefined();
    expect(controleerBlad(blad).opmerkingen.some((o) => o.code === "kolom-verborgen")).toBe(false);
  });

  it("knipt een bereik tot XFD af tot de gebruikte kolommen", async () => {
    await schrijfMetVerborgen(p("tot-xfd.xlsx"), []);
    // F..XFD hidden (Vorige trede is H), and a hidden range wholly right of the data.
    vervangCols(
      p("tot-xfd.xlsx"),
      '<cols><col min="2" max="2" width="9"/><col min="6" max="16384" width="9" hidden="1"/></cols>',
    );
    const blad = await bladVan(p("tot-xfd.xlsx"));
    expect(blad.verborgenKolommen).toEqual([5, 6, 7]);

    vervangCols(p("tot-xfd.xlsx"), '<cols><col min="9" max="16384" hidden="true"/></cols>');
    expect((await bladVan(p("tot-xfd.xlsx"))).verborgenKolommen).toBeUndefined();

    vervangCols(
      p("tot-xfd.xlsx"),
      '<cols><col min="1" max="3" hidden="0"/><col min="3" max="4" hidden="true"/></cols>',
    );
    expect((await bladVan(p("tot-xfd.xlsx"))).verborgenKolommen).toEqual([2, 3]);
  });

  it("verborgenBinnen: alleen binnen de gebruikte kolommen, oplopend, zonder dubbele", () => {
    expect(verborgenBinnen([{ van: 5, tot: 16_383 }], 0, 7)).toEqual([5, 6, 7]);
    expect(
      verborgenBinnen(
        [
          { van: 4, tot: 6 },
          { van: 1, tot: 5 },
        ],
        2,
        9,
      ),
    ).toEqual([2, 3, 4, 5, 6]);
    expect(verborgenBinnen([{ van: 0, tot: 1 }], 2, 9)).toEqual([]);
    expect(verborgenBinnen([{ van: 0, tot: 16_383 }], 3, 3)).toEqual([3]);
  });
});
