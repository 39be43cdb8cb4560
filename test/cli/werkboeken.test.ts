/**
 * The lossless copy on a corpus of workbooks written by other programs (test/fixtures/werkboeken/,
 * made by scripts/make-werkboeken.ts): `ibt check --out` changes only the cells of the plan. Every other
 * part of the package stays byte for byte; in the sheet part every cell the plan does not name keeps its
 * XML; styles.xml only grows; the copy opens in LibreOffice and ExcelJS; a second run changes nothing;
 * the input never changes. Plus: a stray far cell, a header up to XFD, emoji, macros, a broken zip.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { aantalRijen, readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { kiesBlad, main } from "../../src/cli/main";
import { opdrachtenVoorPlan } from "../../src/cli/schrijven";
import { maakSchrijfPlan } from "../../src/sheet";
import { hashBestand, maakTempMap, opnameIo } from "./helpers";

const MAP = path.resolve(__dirname, "..", "fixtures", "werkboeken");
const CORPUS = [
  "exceljs-overzicht",
  "openpyxl-periode",
  "libreoffice-overzicht",
  "libreoffice-csv",
  "verre-cel",
];

type Onderdelen = Record<string, Uint8Array>;

function onderdelen(pad: string): Onderdelen {
  return unzipSync(readFileSync(pad));
}

function gelijk(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

/** Every <c> element of a sheet part by its reference, as raw XML. */
function cellenVan(xml: string): Map<string, string> {
  const uit = new Map<string, string>();
  const re = /<(?:\w+:)?c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) uit.set(m[1], m[0]);
  return uit;
}

/** The children of a styles.xml container as one string. */
function inhoud(xml: string, naam: string): string {
  return new RegExp(`<(?:\\w+:)?${naam}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${naam}>`).exec(xml)?.[1] ?? "";
}

function zoekSoffice(): string {
  for (const pad of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]) {
    if (existsSync(pad)) return pad;
  }
  throw new Error(
    "LibreOffice (soffice) ontbreekt: apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  );
}

function naarCsv(bestanden: string[], map: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(
      zoekSoffice(),
      [
        `-env:UserInstallation=file://${path.join(map, "lo-profiel")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        map,
        ...bestanden,
      ],
      { timeout: 170_000 },
      (fout, _uit, stderr) =>
        fout ? reject(new Error(`soffice mislukt: ${fout.message}\n${stderr}`)) : resolve(),
    ),
  );
}

/**
 * The copies are made first, for the whole corpus plus the emoji case, so that LibreOffice converts them
 * all in one start: each start of soffice costs seconds.
 */
const gedeeld = maakTempMap();
afterAll(gedeeld.opruimen);
const kopieVan = (naam: string): string => path.join(gedeeld.map, `${naam}-ibt.xlsx`);
const csvVan = (naam: string): string => path.join(gedeeld.map, `${naam}-ibt.csv`);
const EMOJI_INVOER = path.join(MAP, "openpyxl-periode.xlsx");
const EMOJI_KOPIE = path.join(gedeeld.map, "emoji.xlsx");
const hashVoor = new Map<string, string>();
const meldingVan = new Map<string, string>();

beforeAll(async () => {
  for (const naam of CORPUS) {
    const invoer = path.join(MAP, `${naam}.xlsx`);
    hashVoor.set(naam, hashBestand(invoer));
    const io = opnameIo();
    expect(await main(["check", invoer, "--out", kopieVan(naam), "--json"], io)).toBeLessThan(2);
    meldingVan.set(naam, io.fout);
  }
  expect(await main(["check", EMOJI_INVOER, "--out", EMOJI_KOPIE], opnameIo())).toBeLessThan(2);
  // Not for the stray cell in XFD1048576: LibreOffice would write a CSV of a million lines.
  await naarCsv([...CORPUS.filter((n) => n !== "verre-cel").map(kopieVan), EMOJI_KOPIE], gedeeld.map);
}, 180_000);

describe.each(CORPUS)("ibt check --out op %s.xlsx", (naam) => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const invoer = path.join(MAP, `${naam}.xlsx`);
  const kopie = kopieVan(naam);
  const tweede = path.join(tmp.map, `${naam}-ibt-2.xlsx`);
  let hash = "";
  let bladDeel = "";
  let stijlDeel = "";
  let boekDeel = "";

  beforeAll(async () => {
    hash = hashVoor.get(naam)!;
    expect(meldingVan.get(naam)).toMatch(/^Kopie met resultaten geschreven naar/);
    const werkmap = await readWerkmap(invoer);
    const { werkblad } = kiesBlad(werkmap, null);
    bladDeel = werkblad.onderdeel;
    stijlDeel = werkmap.onderdeelVan(/\/styles$/)!;
    boekDeel = werkmap.werkboekOnderdeel;
  });

  it("laat het invoerbestand byte voor byte ongemoeid", () => {
    expect(hashBestand(invoer)).toBe(hash);
  });

  it("houdt elk onderdeel behalve het werkblad, styles.xml en workbook.xml byte voor byte gelijk, in dezelfde volgorde", () => {
    const voor = onderdelen(invoer);
    const na = onderdelen(kopie);
    expect(Object.keys(na)).toEqual(Object.keys(voor));
    const anders = Object.keys(voor).filter((n) => !gelijk(voor[n], na[n]));
    expect(anders.sort()).toEqual([bladDeel, stijlDeel, boekDeel].sort());
  });

  it("voegt aan workbook.xml alleen de verborgen namen toe die de IBT-kolommen vastleggen", () => {
    const voor = strFromU8(onderdelen(invoer)[boekDeel]);
    const na = strFromU8(onderdelen(kopie)[boekDeel]);
    const namen = [...na.matchAll(/<(?:\w+:)?definedName [^>]*name="(_IBT_\w+)"[^>]*>([^<]*)</g)];
    expect(namen.length).toBeGreaterThanOrEqual(11);
    for (const [, , verwijzing] of namen) expect(verwijzing).toMatch(/^'?[^!]+'?!\$[A-Z]+\$\d+$/);
    // Without those names, workbook.xml is the input's (an empty <definedNames> aside).
    const leeg = /<(?:\w+:)?definedNames\s*(?:\/>|><\/(?:\w+:)?definedNames>)/;
    const zonder = na
      .replace(/<(?:\w+:)?definedName [^>]*name="_IBT_\w+"[^>]*>[^<]*<\/(?:\w+:)?definedName>/g, "")
      .replace(leeg, "");
    expect(zonder).toBe(voor.replace(leeg, ""));
  });

  it("laat in het werkblad elke cel die het plan niet noemt ongewijzigd (waarde, stijl, formule)", async () => {
    const werkmap = await readWerkmap(invoer);
    const { blad, rapport } = kiesBlad(werkmap, null);
    const o = opdrachtenVoorPlan(maakSchrijfPlan(blad, rapport));
    const genoemd = (ref: string): boolean => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      const kolom = [...m[1]].reduce((k, c) => k * 26 + c.charCodeAt(0) - 64, 0) - 1;
      const rij = Number(m[2]);
      const gewist = o.wissen.has(kolom) && rij >= o.wisRijen.van && rij <= o.wisRijen.tot;
      return gewist || (o.cellen.get(rij)?.has(kolom) ?? false);
    };
    const voor = cellenVan(strFromU8(onderdelen(invoer)[bladDeel]));
    const na = cellenVan(strFromU8(onderdelen(kopie)[bladDeel]));
    let nagegaan = 0;
    for (const [ref, xml] of voor) {
      if (genoemd(ref)) continue;
      expect({ ref, xml: na.get(ref) }).toEqual({ ref, xml });
      nagegaan++;
    }
    expect(nagegaan).toBeGreaterThan(10);
    // Every cell of the plan with a value is there, with the header text in the header row.
    const kop = [...na.entries()].filter(([r, x]) => genoemd(r) && /IBT Totaalopgave</.test(x));
    expect(kop).toHaveLength(1);
  });

  it("voegt aan styles.xml alleen toe: bestaande notaties, lettertypen, opvullingen en celstijlen blijven", () => {
    const voor = strFromU8(onderdelen(invoer)[stijlDeel]);
    const na = strFromU8(onderdelen(kopie)[stijlDeel]);
    for (const lijst of ["numFmts", "fonts", "fills", "borders", "cellXfs", "cellStyleXfs", "dxfs"]) {
      expect(inhoud(na, lijst).startsWith(inhoud(voor, lijst))).toBe(true);
    }
  });

  it("verandert bij een tweede run op de kopie niets", async () => {
    const io = opnameIo();
    expect(await main(["check", kopie, "--out", tweede, "--json"], io)).toBeLessThan(2);
    const een = onderdelen(kopie);
    const twee = onderdelen(tweede);
    expect(Object.keys(twee)).toEqual(Object.keys(een));
    for (const n of Object.keys(een))
      expect({ n, gelijk: gelijk(een[n], twee[n]) }).toEqual({ n, gelijk: true });
  });

  it("opent in ExcelJS als het de invoer ook opent", async () => {
    const lees = async (pad: string) => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(pad);
      return w;
    };
    // ExcelJS's own bugs refuse some inputs (openpyxl and LibreOffice comments/charts): then it must
    // refuse the copy too, and otherwise open it with the IBT columns.
    const origineel = await lees(invoer).catch(() => null);
    const kopieGelezen = await lees(kopie).catch(() => null);
    expect(kopieGelezen === null).toBe(origineel === null);
    if (kopieGelezen === null) return;
    const w = kopieGelezen;
    const waarden: unknown[] = [];
    w.worksheets.forEach((ws) => ws.eachRow((r) => r.eachCell((c) => waarden.push(c.value))));
    expect(waarden).toContain("IBT Totaalopgave");
  });

  if (naam !== "verre-cel")
    it("opent in LibreOffice met de waarden van de IBT-kolommen", async () => {
      const bladNaam = JSON.parse(
        await (async () => {
          const io = opnameIo();
          await main(["check", kopie, "--json"], io);
          return io.uit;
        })(),
      ).sheet as string;
      const csv = readFileSync(csvVan(naam), "utf8");
      // LibreOffice writes the first sheet; the checked sheet is the first in every corpus workbook.
      expect(bladNaam).toBeTruthy();
      const regels = csv.split(/\r?\n/);
      const kop = regels.find((r) => r.includes("IBT Totaalopgave"));
      expect(kop).toBeDefined();
      const k = kop!.split(",").indexOf("IBT Totaalopgave");
      const waarden = regels.slice(regels.indexOf(kop!) + 1).map((r) => r.split(",")[k]);
      expect(waarden.filter((w) => /^\d+$/.test(w ?? "")).length).toBeGreaterThan(0);
    });
});

describe("emoji en andere tekens buiten het basisvlak", () => {
  it("blijven in de kopie, in de cellen, het commentaar en het tweede blad", async () => {
    const kopie = EMOJI_KOPIE;
    const werkmap = await readWerkmap(kopie);
    const titel = sheetToBlad(werkmap.getWorksheet("2022-1")!).waarden[0][0];
    expect(titel).toBe("Stand van zaken eerste helft 2022 🏠 (openpyxl) — ĳ, ß, 漢字, 😀");
    expect(sheetToBlad(werkmap.getWorksheet("Noten 📝")!).waarden[0][0]).toBe("Emoji blijven: 👍🏽 🇳🇱 👨‍👩‍👧");
    const delen = onderdelen(kopie);
    expect(strFromU8(delen["xl/comments/comment1.xml"])).toContain("📊");
    expect(readFileSync(path.join(gedeeld.map, "emoji.csv"), "utf8")).toContain(
      "🏠 (openpyxl) — ĳ, ß, 漢字, 😀",
    );
  });
});

describe("een verdwaalde waarde in XFD1048576", () => {
  it("wordt gelezen zonder miljoenen lege cellen: de kopregel, de gegevensrij en die ene cel", async () => {
    const voor = process.memoryUsage().heapUsed;
    const werkmap = await readWerkmap(path.join(MAP, "verre-cel.xlsx"));
    const { blad, rapport } = kiesBlad(werkmap, null);
    expect(rapport.kopRij).toBe(1);
    expect(rapport.rijen).toHaveLength(1);
    expect(aantalRijen(blad)).toBe(3);
    let cellen = 0;
    for (const rij of blad.waarden) cellen += Object.keys(rij).length;
    expect(cellen).toBeLessThan(64);
    expect(blad.waarden[blad.waarden.length - 1][16_383]).toBe("verdwaald");
    expect(process.memoryUsage().heapUsed - voor).toBeLessThan(100 * 1024 * 1024);
  });
});

describe("een kopregel tot kolom XFD", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const invoer = path.join(MAP, "kop-tot-xfd.xlsx");

  it("wordt gecontroleerd", async () => {
    const io = opnameIo();
    expect(await main(["check", invoer, "--json"], io)).toBe(0);
    const json = JSON.parse(io.uit);
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0]).toMatchObject({ gemeente: "Amersfoort", totaalopgave: 166 });
  });

  it("krijgt met --out een Nederlandse melding dat er rechts geen ruimte is (afsluitcode 2)", async () => {
    const io = opnameIo();
    const uit = path.join(tmp.map, "xfd.xlsx");
    expect(await main(["check", invoer, "--out", uit], io)).toBe(2);
    expect(io.fout).toContain('Geen ruimte voor de 11 IBT-kolommen op werkblad "Overzicht"');
    expect(io.fout).toContain("(XFD)");
    expect(existsSync(uit)).toBe(false);
  });
});

describe("onbruikbare pakketten", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("weigert een kopie van een werkmap met macro's (vbaProject.bin) met een Nederlandse melding", async () => {
    const delen = onderdelen(path.join(MAP, "libreoffice-csv.xlsx"));
    delen["xl/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]);
    delen["[Content_Types].xml"] = strToU8(
      strFromU8(delen["[Content_Types].xml"]).replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      ),
    );
    const xlsm = path.join(tmp.map, "macro.xlsm");
    writeFileSync(xlsm, zipSync(delen));
    const io = opnameIo();
    expect(await main(["check", xlsm, "--out", path.join(tmp.map, "macro-uit.xlsx")], io)).toBe(2);
    expect(io.fout).toContain("bevat macro's (VBA, een .xlsm-werkmap)");
    expect(existsSync(path.join(tmp.map, "macro-uit.xlsx"))).toBe(false);
    // Checking (without --out) is fine.
    expect(await main(["check", xlsm, "--json"], opnameIo())).toBeLessThan(2);
  });

  it("meldt een afgebroken of beschadigd zip-archief in het Nederlands", async () => {
    const heel = readFileSync(path.join(MAP, "openpyxl-periode.xlsx"));
    // A damaged deflate stream: the compressed data of the sheet part overwritten.
    const blad = heel.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    const beschadigd = Buffer.from(heel);
    beschadigd.fill(0xff, blad + 8, blad + 200);
    const gevallen = { afgebroken: heel.subarray(0, Math.floor(heel.length / 2)), beschadigd };
    for (const [naam, bytes] of Object.entries(gevallen)) {
      const pad = path.join(tmp.map, `${naam}.xlsx`);
      writeFileSync(pad, bytes);
      const io = opnameIo();
      expect(await main(["check", pad], io)).toBe(2);
      expect(io.fout).toMatch(
        /is geen leesbare Excel-werkmap \(\.xlsx\): het zip-archief is beschadigd of onvolledig/,
      );
      expect(io.fout).not.toMatch(/invalid|unexpected|Error|undefined/);
    }
  });

  it("zegt dat een Word-document geen werkmap is", async () => {
    const pad = path.join(tmp.map, "brief.xlsx");
    writeFileSync(
      pad,
      zipSync({ "word/document.xml": strToU8("<w:document/>"), "[Content_Types].xml": strToU8("<Types/>") }),
    );
    const io = opnameIo();
    expect(await main(["check", pad], io)).toBe(2);
    expect(io.fout).toContain("het is een Word-document, geen werkmap.");
  });
});

it("heeft voor elke werkmap in de corpusmap een geval", () => {
  const bestanden = readdirSync(MAP).filter((n) => n.endsWith(".xlsx"));
  expect(bestanden.sort()).toEqual([...CORPUS, "kop-tot-xfd"].map((n) => `${n}.xlsx`).sort());
});
