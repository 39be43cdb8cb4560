/**
 * A corpus of bad-input sheets through the command line: each gives its expected remarks (cell, severity,
 * code), the other rows are still computed, and the exit code follows the severities.
 */
import path from "node:path";
import { main } from "../../src/cli/main";
import { type FixtureWaarde, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";

const KOP = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
];
const LEUSDEN: FixtureWaarde[] = ["Leusden", "2022-1", 21, 18, 0, 13, 8];
const HOUTEN: FixtureWaarde[] = ["Houten", "2022-1", 23, 30, 0, 29, 3];

interface Geval {
  naam: string;
  rijen: FixtureWaarde[][];
  /** Every expected remark, info included, as "cell severity code" (engine order: by row, then column). */
  verwacht: string[];
  /** Expected totaalopgave per data row (sheet row -> TO) of the rows that must still be computed. */
  berekend: Record<number, number | null>;
  code: 0 | 1;
  /** Expected number of gemeenten in the summary (a totals row is not a gemeente). */
  gemeenten?: number;
}

const GEVALLEN: Geval[] = [
  {
    naam: "tekst in een getalcel",
    rijen: [KOP, LEUSDEN, ["Houten", "2022-1", 23, "abc", 0, 29, 3]],
    verwacht: ["D3 fout geen-aantal"],
    berekend: { 2: 39, 3: null },
    code: 1,
  },
  {
    naam: "lege taakstelling",
    rijen: [KOP, LEUSDEN, ["Houten", "2022-1", 23, null, 0, 29, 3]],
    verwacht: ["D3 fout leeg"],
    berekend: { 2: 39, 3: null },
    code: 1,
  },
  {
    naam: "een foutcel #N/A",
    rijen: [KOP, LEUSDEN, ["Houten", "2022-1", 23, 30, 0, { error: "#N/A" }, 3]],
    verwacht: ["F3 fout geen-aantal"],
    berekend: { 2: 39, 3: 53 },
    code: 1,
  },
  {
    naam: "een onbekend periodelabel",
    rijen: [KOP, LEUSDEN, ["Houten", "2022-3", 23, 30, 0, 29, 3]],
    verwacht: ["B3 fout periode-ongeldig"],
    berekend: { 2: 39, 3: 53 },
    code: 1,
  },
  {
    naam: "een totaalrij die niet klopt",
    rijen: [KOP, LEUSDEN, HOUTEN, ["Totaal", "2022-1", 44, 50, 0, 42, 11]],
    verwacht: ["D4 fout totaalrij-wijkt-af"],
    berekend: { 2: 39, 3: 53 },
    gemeenten: 2,
    code: 1,
  },
  {
    naam: "een dubbele rij",
    rijen: [KOP, LEUSDEN, HOUTEN, LEUSDEN],
    verwacht: ["A4 fout dubbele-rij"],
    berekend: { 2: 39, 3: 53, 4: 39 },
    code: 1,
  },
  {
    naam: "een negatieve taakstelling",
    rijen: [KOP, LEUSDEN, ["Houten", "2022-1", 23, -30, 0, 29, 3]],
    verwacht: ["D3 fout taakstelling-negatief"],
    berekend: { 2: 39, 3: null },
    code: 1,
  },
  {
    naam: "herverdelingen die niet op 0 uitkomen",
    rijen: [KOP, LEUSDEN, ["Houten", "2022-1", 23, 30, 2, 29, 3]],
    // A remark about the whole period: on the header cell of the column.
    verwacht: ["E1 waarschuwing herverdeling-niet-nul"],
    berekend: { 2: 39, 3: 55 },
    code: 0,
  },
  {
    naam: "een na-registratie die de trede verandert (info, geen fout)",
    rijen: [KOP, ["Leusden", "2021-2", 19, 19, 0, 17, 6], HOUTEN],
    verwacht: ["G2 info trede-correctie-verschil"],
    berekend: { 2: 38, 3: 53 },
    code: 0,
  },
  {
    naam: "aantallen als tekst met woord en unicode-minteken (goed)",
    rijen: [
      KOP,
      ["Leusden", "2022-1", "21 vergunninghouders", "18", "0", 13, 8],
      ["Houten", "1e helft 2022", "\u221223", 30, 0, 5, 0],
    ],
    verwacht: [],
    berekend: { 2: 39, 3: 7 },
    code: 0,
  },
];

describe("corpus van slechte invoer via ibt check --json", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it.each(GEVALLEN.map((g, i) => [g.naam, i] as const))("%s", async (_naam, i) => {
    const geval = GEVALLEN[i];
    const pad = path.join(tmp.map, `geval-${i}.xlsx`);
    await schrijfWerkmap(pad, [{ naam: "Overzicht", rijen: geval.rijen }]);
    const io = opnameIo();
    const code = await main(["check", pad, "--json"], io);
    const json = JSON.parse(io.uit);
    // The full set, info included: an unexpected remark of any severity fails the case.
    const opmerkingen = (
      json.remarks as { cell: string; severity: string; code: string; message: string }[]
    ).map((o) => `${o.cell} ${o.severity} ${o.code}`);
    expect(opmerkingen).toEqual(geval.verwacht);
    for (const o of json.remarks) expect(o.message.length).toBeGreaterThan(10);
    const to = Object.fromEntries(
      (json.rows as { row: number; totaalopgave: number | null }[]).map((r) => [r.row, r.totaalopgave]),
    );
    expect(to).toMatchObject(geval.berekend);
    expect(code).toBe(geval.code);
    if (geval.gemeenten !== undefined) expect(json.summary.gemeenten).toBe(geval.gemeenten);
  });
});

describe("een opgegeven totaalopgave zonder herverdeling (gouden geval: 50 in plaats van 51)", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("meldt dat 50 afwijkt van de berekende 51 en dat de herverdeling waarschijnlijk vergeten is", async () => {
    const pad = path.join(tmp.map, "to50.xlsx");
    await schrijfWerkmap(pad, [
      {
        naam: "2022-2",
        rijen: [
          ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Totaalopgave"],
          ["Leusden", "2022-2", 26, 24, 1, 50],
          ["Utrechtse Heuvelrug", "2022-2", 18, 40, -1, 57],
        ],
      },
    ]);
    const io = opnameIo();
    expect(await main(["check", pad, "--json"], io)).toBe(1);
    const json = JSON.parse(io.uit);
    const opmerking = json.remarks.find((o: { code: string }) => o.code === "totaalopgave-wijkt-af");
    expect(opmerking).toMatchObject({ cell: "F2", severity: "fout" });
    expect(opmerking.message).toContain("Totaalopgave is 50, berekend 51");
    expect(opmerking.message).toContain("herverdeling");
    expect(json.rows[0].totaalopgave).toBe(51);
    expect(json.rows[1].totaalopgave).toBe(57);
  });
});

describe("een formule met opgeslagen resultaat 0 (Achterstand eind =MAX(0,...))", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("leest de 0 en meldt dat die afwijkt van de berekende -3", async () => {
    const pad = path.join(tmp.map, "max0.xlsx");
    await schrijfWerkmap(pad, [
      {
        naam: "Overzicht",
        rijen: [
          [...KOP, "Achterstand eind"],
          [...LEUSDEN, { formula: "C2+D2+E2-F2", result: 26 }],
          ["Houten", "2022-1", 2, 10, 0, 15, 0, { formula: "MAX(0,C3+D3+E3-F3)", result: 0 }],
        ],
      },
    ]);
    const io = opnameIo();
    const code = await main(["check", pad, "--json"], io);
    const json = JSON.parse(io.uit);
    expect(json.remarks).toEqual([
      {
        cell: "H3",
        severity: "fout",
        code: "achterstand-wijkt-af",
        message: "Achterstand eind is 0, berekend -3 (totaalopgave 12 - gerealiseerd 15).",
      },
    ]);
    expect(json.rows[1]).toMatchObject({ row: 3, totaalopgave: 12, achterstandEind: -3 });
    expect(code).toBe(1);
  });
});

describe("rommel in alle cellen laat ibt niet vastlopen", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("geeft voor een blad vol willekeurige waarden een rapport met afsluitcode 0 of 1", async () => {
    let zaad = 42;
    const kans = () => (zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648;
    const soorten: (() => FixtureWaarde)[] = [
      () => Math.round(kans() * 200 - 50),
      () => kans() * 10,
      () => "abc",
      () => "",
      () => null,
      () => true,
      () => ({ error: "#N/A" }),
      () => ({ error: "#DIV/0!" }),
      () => new Date(Date.UTC(2022, Math.floor(kans() * 12), 1)),
      () =>
        ["2022-1", "2021-II", "1e helft 2022", "2022-7", "Totaal", "Provincie Utrecht"][
          Math.floor(kans() * 6)
        ],
      () => ({ formula: "1/0", result: { error: "#DIV/0!" } }),
      () => ({ richText: [{ text: "12" }, { text: " personen" }] }),
    ];
    const kop = [
      ...KOP,
      "Totaalopgave",
      "Achterstand eind",
      "Realisatie taakstelling",
      "Trede",
      "Vorige trede",
      "Opdracht versnelling",
      "Meetdatum",
    ];
    const rijen: FixtureWaarde[][] = [["Titel met 2022-1"], kop];
    for (let r = 0; r < 120; r++) {
      rijen.push([
        ["Leusden", "Houten", "IJsselstein", "Totaal", "", 7][Math.floor(kans() * 6)],
        ...kop.slice(1).map(() => soorten[Math.floor(kans() * soorten.length)]()),
      ]);
    }
    const pad = path.join(tmp.map, "rommel.xlsx");
    await schrijfWerkmap(pad, [{ naam: "Rommel", rijen }]);
    const io = opnameIo();
    const code = await main(["check", pad, "--json", "--out", path.join(tmp.map, "rommel-ibt.xlsx")], io);
    expect(io.fout).not.toContain("Onverwachte fout");
    expect([0, 1]).toContain(code);
    const json = JSON.parse(io.uit);
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.remarks.length).toBeGreaterThan(0);
  });
});
