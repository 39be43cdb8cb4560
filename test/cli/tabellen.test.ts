/**
 * A sheet whose data sits in an Excel table (ListObject: xl/tables/table1.xml, a tablePart in the sheet):
 * title rows above, the header row inside the table, a totals row "Totaal" at the bottom. It is read like
 * the same cells without a table, and the copy of `--out` keeps the table part intact.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { EXIT_OK, EXIT_ONBRUIKBAAR, main } from "../../src/cli/main";
import { InvoerFout, leesTabellen, loadWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { controleerPlan, geraakteTabelkoppen } from "../../src/cli/schrijven";
import { controleerBlad, maakSchrijfPlan } from "../../src/sheet";
import { maakTempMap, opnameIo } from "./helpers";

const KOPPEN = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
];
const RIJEN: (string | number)[][] = [
  ["Leusden", "2022-1", 21, 18, 0, 13, 8],
  ["Houten", "2022-1", 0, 30, 0, 32, 0],
  ["IJsselstein", "2022-1", 4, 20, 0, 15, 0],
];
/** The totals row's sums (C..G), as Excel stores them with the SUBTOTAL formulas. */
const TOTALEN = [25, 68, 0, 60, 8];
const TITEL = "Toezicht huisvesting vergunninghouders 2022-1";
const BRON = "Bron: COA, stand 1 juli 2022";

type Delen = Record<string, Uint8Array>;
const delenVan = (pad: string): Delen => unzipSync(readFileSync(pad));
const tekst = (delen: Delen, deel: string): string => strFromU8(delen[deel]);

/** The sheet with the data in table "Huisvesting" (A4:G8, totals row 8); title rows 1-2. */
async function schrijfTabel(pad: string): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  const ws = werkmap.addWorksheet("Overzicht");
  ws.getCell("A1").value = TITEL;
  ws.getCell("A2").value = BRON;
  ws.addTable({
    name: "Huisvesting",
    ref: "A4",
    headerRow: true,
    totalsRow: true,
    columns: KOPPEN.map((name, i) =>
      i === 0 ? { name, totalsRowLabel: "Totaal" } : i === 1 ? { name } : { name, totalsRowFunction: "sum" },
    ),
    rows: RIJEN,
  });
  await werkmap.xlsx.writeFile(pad);
  // ExcelJS writes the totals row's formulas without a result; Excel stores one: add it.
  const delen = delenVan(pad);
  let xml = tekst(delen, "xl/worksheets/sheet1.xml");
  ["C", "D", "E", "F", "G"].forEach((k, i) => {
    xml = xml.replace(new RegExp(`(<c r="${k}8"><f>[^<]*</f>)`), `$1<v>${TOTALEN[i]}</v>`);
  });
  expect(xml.match(/<v>\d+<\/v><\/c>/g)!.length).toBeGreaterThanOrEqual(5);
  delen["xl/worksheets/sheet1.xml"] = strToU8(xml);
  writeFileSync(pad, zipSync(delen));
}

/** The same cells without a table. */
async function schrijfZonderTabel(pad: string): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  const ws = werkmap.addWorksheet("Overzicht");
  ws.getCell("A1").value = TITEL;
  ws.getCell("A2").value = BRON;
  [KOPPEN, ...RIJEN, ["Totaal", "", ...TOTALEN]].forEach((rij, r) =>
    rij.forEach((w, k) => {
      if (w !== "") ws.getCell(4 + r, k + 1).value = w;
    }),
  );
  await werkmap.xlsx.writeFile(pad);
}

describe("Excel-tabellen (ListObjects) in een .xlsx", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const p = (naam: string) => path.join(tmp.map, naam);
  beforeAll(async () => {
    await schrijfTabel(p("tabel.xlsx"));
    await schrijfZonderTabel(p("cellen.xlsx"));
  });

  it("het werkboek heeft echt een tabel met kopregel en totaalrij", () => {
    const delen = delenVan(p("tabel.xlsx"));
    expect(tekst(delen, "xl/worksheets/sheet1.xml")).toContain(
      '<tableParts count="1"><tablePart r:id="rId1"/>',
    );
    expect(tekst(delen, "xl/tables/table1.xml")).toMatch(/ref="A4:G8" totalsRowCount="1" headerRowCount="1"/);
  });

  it("leest de tabel: kopregel A4:G4, totaalrij 8, rij voor rij als dezelfde cellen zonder tabel", async () => {
    const werkmap = await loadWerkmap(readFileSync(p("tabel.xlsx")), p("tabel.xlsx"));
    expect(leesTabellen(werkmap.worksheets[0])).toEqual([
      { naam: "Huisvesting", bereik: { r1: 4, c1: 0, r2: 8, c2: 6 }, kopRijen: 1, totaalRijen: 1 },
    ]);
    const rapport = controleerBlad(sheetToBlad(werkmap.worksheets[0]));
    expect(rapport.kopRij).toBe(4);
    expect(rapport.kolommen.map((k) => k.veld)).toEqual([
      "gemeente",
      "periode",
      "achterstandBegin",
      "taakstelling",
      "herverdeling",
      "gerealiseerd",
      "naRegistratie",
    ]);
    const gemeenten = rapport.rijen.filter((r) => !r.isTotaalrij);
    expect(
      gemeenten.map((r) => [r.row, r.gemeente, r.totaalopgave, r.achterstandEindGecorrigeerd, r.trede]),
    ).toEqual([
      [5, "Leusden", 39, 18, 3],
      [6, "Houten", 30, -2, 1],
      [7, "IJsselstein", 24, 9, 2],
    ]);
    expect(rapport.rijen.filter((r) => r.isTotaalrij).map((r) => r.row)).toEqual([8]);
    expect(rapport.opmerkingen.filter((o) => o.ernst !== "info")).toEqual([]);

    const metTabel = opnameIo();
    const zonderTabel = opnameIo();
    expect(await main(["check", p("tabel.xlsx"), "--json"], metTabel)).toBe(EXIT_OK);
    expect(await main(["check", p("cellen.xlsx"), "--json"], zonderTabel)).toBe(EXIT_OK);
    expect(metTabel.uit).toBe(zonderTabel.uit);
  });

  it("--out houdt de tabel heel: table1.xml, de relaties en de tablePart blijven, de IBT-kolommen komen rechts ervan", async () => {
    const io = opnameIo();
    expect(await main(["check", p("tabel.xlsx"), "--out", p("tabel-uit.xlsx")], io)).toBe(EXIT_OK);
    expect(io.fout).toBe("");
    const voor = delenVan(p("tabel.xlsx"));
    const na = delenVan(p("tabel-uit.xlsx"));
    for (const deel of ["xl/tables/table1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "[Content_Types].xml"])
      expect(Buffer.from(na[deel]).equals(Buffer.from(voor[deel]))).toBe(true);
    const xml = tekst(na, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    // The table's own cells are unchanged: the header row keeps the column names, the totals row its formulas.
    for (const k of ["C", "D", "E", "F", "G"])
      expect(xml).toMatch(
        new RegExp(`<c r="${k}8"><f>SUBTOTAL\\(109,Huisvesting\\[[^\\]]+\\]\\)</f><v>\\d+</v></c>`),
      );

    // Read back independently: the table is still there, and the own columns start in H, right of it.
    const terug = new ExcelJS.Workbook();
    await terug.xlsx.readFile(p("tabel-uit.xlsx"));
    const ws = terug.getWorksheet("Overzicht")!;
    const tabel = ws.getTable("Huisvesting") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(tabel.table.tableRef).toBe("A4:G8");
    expect(tabel.table.columns.map((c) => c.name)).toEqual(KOPPEN);
    expect(ws.getCell("G4").value).toBe("Na-registratie");
    expect(ws.getCell("H4").value).toBe("IBT Totaalopgave");
    expect(ws.getCell("H5").value).toBe(39);
    expect(ws.getCell("H7").value).toBe(24);

    // A second run on the copy changes no byte.
    expect(await main(["check", p("tabel-uit.xlsx"), "--out", p("tabel-uit2.xlsx")], opnameIo())).toBe(
      EXIT_OK,
    );
    expect(readFileSync(p("tabel-uit2.xlsx")).equals(readFileSync(p("tabel-uit.xlsx")))).toBe(true);
  });

  it("een tabel die de gebruiker over de IBT-kolommen uitbreidde, blijft bij een tweede run heel", async () => {
    // Widen the table over H..R, with the headers written there as its column names (as Excel does).
    const delen = delenVan(p("tabel-uit.xlsx"));
    const werkmap = await loadWerkmap(readFileSync(p("tabel-uit.xlsx")), p("tabel-uit.xlsx"));
    const blad = sheetToBlad(werkmap.worksheets[0]);
    const eigen = controleerBlad(blad)
      .kolommen.filter((k) => k.eigen)
      .map((k) => k.kop);
    expect(eigen[0]).toBe("IBT Totaalopgave");
    expect(eigen).toHaveLength(11);
    const kolommen = [...KOPPEN, ...eigen].map((n, i) => `<tableColumn id="${i + 1}" name="${n}"/>`).join("");
    delen["xl/tables/table1.xml"] = strToU8(
      tekst(delen, "xl/tables/table1.xml")
        .replace('ref="A4:G8"', 'ref="A4:R8"')
        .replace('<autoFilter ref="A4:G7">', '<autoFilter ref="A4:R7">')
        .replace(
          /<tableColumns count="7">.*<\/tableColumns>/,
          `<tableColumns count="18">${kolommen}</tableColumns>`,
        ),
    );
    writeFileSync(p("breed.xlsx"), zipSync(delen));
    const breed = await loadWerkmap(readFileSync(p("breed.xlsx")), p("breed.xlsx"));
    expect(leesTabellen(breed.worksheets[0])[0].bereik).toEqual({ r1: 4, c1: 0, r2: 8, c2: 17 });

    expect(await main(["check", p("breed.xlsx"), "--out", p("breed-uit.xlsx")], opnameIo())).toBe(EXIT_OK);
    // (breed.xlsx was zipped here, so compare part by part: no part changes.)
    const invoer = delenVan(p("breed.xlsx"));
    const uitvoer = delenVan(p("breed-uit.xlsx"));
    expect(Object.keys(uitvoer).sort()).toEqual(Object.keys(invoer).sort());
    const veranderd = Object.keys(invoer).filter(
      (d) => !Buffer.from(uitvoer[d]).equals(Buffer.from(invoer[d])),
    );
    expect(veranderd).toEqual([]);
  });

  it("weigert een kopie die de kopregel van een tabel zou veranderen (afsluitcode 2), met de cellen", async () => {
    const werkmap = await loadWerkmap(readFileSync(p("tabel.xlsx")), p("tabel.xlsx"));
    const blad = sheetToBlad(werkmap.worksheets[0]);
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    expect(plan.kolommen[0].kolom).toBe(7);
    const echt = leesTabellen(werkmap.worksheets[0])[0];
    expect(geraakteTabelkoppen(plan, blad, echt)).toEqual([]);
    // A table (as another program might write it) whose range reaches over H4:J4 with empty header cells.
    const breed = { ...echt, bereik: { ...echt.bereik, c2: 9 } };
    expect(geraakteTabelkoppen(plan, blad, breed)).toEqual(["H4", "I4", "J4"]);
    expect(geraakteTabelkoppen(plan, blad, { ...breed, kopRijen: 0 })).toEqual([]);
    expect(() => controleerPlan(plan, blad, "uit.xlsx", [breed])).toThrow(
      new InvoerFout(
        'Geen kopie geschreven naar uit.xlsx: op werkblad "Overzicht" zouden de IBT-kolommen de kopregel van ' +
          'tabel "Huisvesting" veranderen (H4, I4 en J4), en dan noemt Excel de kopie beschadigd. Verklein de ' +
          "tabel in Excel (Tabelontwerp > Tabelgrootte wijzigen) tot de eigen kolommen, of controleer zonder --out.",
      ),
    );

    // Through the command line: such a table part, and no copy is written.
    const delen = delenVan(p("tabel.xlsx"));
    delen["xl/tables/table1.xml"] = strToU8(
      tekst(delen, "xl/tables/table1.xml").replace('ref="A4:G8"', 'ref="A4:J8"'),
    );
    writeFileSync(p("te-breed.xlsx"), zipSync(delen));
    const io = opnameIo();
    expect(await main(["check", p("te-breed.xlsx"), "--out", p("te-breed-uit.xlsx")], io)).toBe(
      EXIT_ONBRUIKBAAR,
    );
    expect(io.fout).toContain('de kopregel van tabel "Huisvesting" veranderen (H4, I4 en J4)');
    expect(() => readFileSync(p("te-breed-uit.xlsx"))).toThrow();
  });
});
