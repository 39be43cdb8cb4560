/**
 * The project documents its own rules: docs/rekenregels.md is the source, and nothing in the repository
 * points at a specification outside it (a clone of only this repository must be complete). Also checks
 * that docs/rekenregels.md has a heading for every rule number it or the code refers to, and that its
 * golden cases carry their exact figures.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DIT_BESTAND = path.relative(ROOT, __filename).split(path.sep).join("/");
const REKENREGELS = "docs/rekenregels.md";

/** What the scan covers: these files and everything under these folders. */
const BESTANDEN = ["README.md"];
const MAPPEN = ["docs", "src", "test", "scripts"];
const OVERSLAAN = new Set(["node_modules", ".git", "dist", "coverage", "test-output"]);

/** A reference to a file outside the repository. */
const VERWIJZING_NAAR_BUITEN = /\.\.\/shared|SPEC\.md/;

function bestandenIn(map: string): string[] {
  const uit: string[] = [];
  const volledig = path.join(ROOT, map);
  if (!fs.existsSync(volledig)) return uit;
  for (const item of fs.readdirSync(volledig, { withFileTypes: true })) {
    if (OVERSLAAN.has(item.name)) continue;
    const relatief = `${map}/${item.name}`;
    if (item.isDirectory()) uit.push(...bestandenIn(relatief));
    else if (item.isFile()) uit.push(relatief);
  }
  return uit;
}

/** The text of a file, or null for a binary file (one with a NUL byte: images, workbooks). */
function tekstVan(relatief: string): string | null {
  const inhoud = fs.readFileSync(path.join(ROOT, relatief));
  return inhoud.includes(0) ? null : inhoud.toString("utf8");
}

/** Every scanned text file with its lines, in a stable order. */
function gescandeBestanden(): { bestand: string; regels: string[] }[] {
  const namen = [
    ...BESTANDEN.filter((b) => fs.existsSync(path.join(ROOT, b))),
    ...MAPPEN.flatMap(bestandenIn),
  ];
  return namen
    .sort()
    .map((bestand) => ({ bestand, tekst: tekstVan(bestand) }))
    .filter((b): b is { bestand: string; tekst: string } => b.tekst !== null)
    .map(({ bestand, tekst }) => ({ bestand, regels: tekst.split(/\r?\n/) }));
}

describe("het project is zelfstandig", () => {
  it("verwijst nergens naar ../shared of SPEC.md (de regels staan in docs/rekenregels.md)", () => {
    const treffers: string[] = [];
    for (const { bestand, regels } of gescandeBestanden()) {
      if (bestand === DIT_BESTAND) continue;
      regels.forEach((regel, i) => {
        if (VERWIJZING_NAAR_BUITEN.test(regel)) treffers.push(`${bestand}:${i + 1}: ${regel.trim()}`);
      });
    }
    if (treffers.length) {
      throw new Error(
        `${treffers.length} verwijzing(en) naar een specificatie buiten de repository; verwijs naar ` +
          `${REKENREGELS} (en het regelnummer of de sectie):\n${treffers.join("\n")}`,
      );
    }
  });

  it("scant de bestanden die het moet scannen", () => {
    const namen = gescandeBestanden().map((b) => b.bestand);
    expect(namen).toEqual(expect.arrayContaining(["README.md", REKENREGELS, DIT_BESTAND]));
    expect(namen.some((n) => n.startsWith("src/domain/"))).toBe(true);
    expect(namen.some((n) => n.startsWith("scripts/"))).toBe(true);
    // Binary files are skipped, not read as text.
    expect(namen).not.toContain("docs/screenshot-taakvenster.png");
  });
});

const doc = fs.readFileSync(path.join(ROOT, REKENREGELS), "utf8");

/** The rule numbers that have a heading `### Regel N. <naam>`. */
const koppen = [...doc.matchAll(/^### Regel (\d+)\. \S/gm)].map((m) => Number(m[1]));

/**
 * Rule numbers referred to in a text: "regel 6", "rule 6", "regels 1-5", "rules 3, 6 and 7",
 * "regel 1 en 2".
 */
function regelnummers(tekst: string): number[] {
  const uit: number[] = [];
  for (const m of tekst.matchAll(/\b(?:regels?|rules?)\s+(\d+(?:\s*(?:-|–|,|en|and|tot en met)\s*\d+)*)/gi)) {
    const deel = m[1];
    const bereik = /^(\d+)\s*(?:-|–|tot en met)\s*(\d+)$/.exec(deel);
    if (bereik) {
      for (let n = Number(bereik[1]); n <= Number(bereik[2]); n++) uit.push(n);
    } else uit.push(...[...deel.matchAll(/\d+/g)].map((d) => Number(d[0])));
  }
  return uit;
}

/** The text of a section: from its heading to the next heading of the same or a higher level. */
function sectie(kop: string): string {
  const regels = doc.split("\n");
  const start = regels.findIndex((r) => r.replace(/^#+\s*/, "") === kop && r.startsWith("#"));
  if (start < 0) throw new Error(`${REKENREGELS} heeft geen kop "${kop}"`);
  const niveau = regels[start].match(/^#+/)![0].length;
  const einde = regels.findIndex(
    (r, i) => i > start && /^#+\s/.test(r) && r.match(/^#+/)![0].length <= niveau,
  );
  return regels.slice(start + 1, einde < 0 ? undefined : einde).join("\n");
}

/** The section of rule `n`. */
function regelsectie(n: number): string {
  const kop = doc.split("\n").find((r) => r.startsWith(`### Regel ${n}. `));
  if (!kop) throw new Error(`${REKENREGELS} heeft geen kop voor regel ${n}`);
  return sectie(kop.replace(/^#+\s*/, ""));
}

/** True when `tekst` contains `waarde` as a whole figure: "18" is not found in "184" or "1,18". */
function bevatGetal(tekst: string, waarde: string): boolean {
  const escaped = waarde.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\d,.])${escaped}(?![\\d]|,\\d)`).test(tekst);
}

function ontbrekend(tekst: string, waarden: string[]): string[] {
  return waarden.filter((w) => !bevatGetal(tekst, w));
}

describe("docs/rekenregels.md: regelnummers", () => {
  it("nummert de regels 1 tot en met 11 zonder gat, in volgorde", () => {
    expect(koppen).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it("heeft een kop voor elk regelnummer waarnaar het document zelf verwijst", () => {
    const genoemd = [...new Set(regelnummers(doc))].sort((a, b) => a - b);
    expect(genoemd.length).toBeGreaterThan(0);
    expect(genoemd.filter((n) => !koppen.includes(n))).toEqual([]);
  });

  it("heeft een kop voor elk regelnummer dat een ander bestand bij docs/rekenregels.md noemt", () => {
    const zonderKop: string[] = [];
    for (const { bestand, regels } of gescandeBestanden()) {
      if (bestand === REKENREGELS || bestand === DIT_BESTAND) continue;
      regels.forEach((regel, i) => {
        if (!regel.includes("rekenregels.md")) return;
        for (const n of regelnummers(regel))
          if (!koppen.includes(n)) zonderKop.push(`${bestand}:${i + 1}: regel ${n}`);
      });
    }
    expect(zonderKop).toEqual([]);
  });

  it("heeft de secties waarnaar links met een #anker wijzen", () => {
    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    const anker = (kop: string): string =>
      kop
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s/g, "-");
    const ankers = new Set([...doc.matchAll(/^#+\s+(.+)$/gm)].map((m) => anker(m[1].trim())));
    const kapot: string[] = [];
    for (const { bestand, regels } of gescandeBestanden()) {
      if (bestand === DIT_BESTAND) continue;
      const patroon = bestand === REKENREGELS ? /\]\(#([\w-]+)\)/g : /rekenregels\.md#([\w-]+)/g;
      regels.forEach((regel, i) => {
        for (const m of regel.matchAll(patroon))
          if (!ankers.has(m[1])) kapot.push(`${bestand}:${i + 1}: #${m[1]}`);
      });
    }
    expect(ankers).toContain("regel-6-trede-na-een-periode");
    expect(kapot).toEqual([]);
  });

  it("geeft bij elke regel een voorbeeld", () => {
    expect(koppen.filter((n) => !/oorbeeld/.test(regelsectie(n)))).toEqual([]);
  });

  it("leest de verwijzingen zoals bedoeld", () => {
    expect(regelnummers("rules 1-5 (docs/rekenregels.md)")).toEqual([1, 2, 3, 4, 5]);
    expect(regelnummers("Rules 3, 6 and 7")).toEqual([3, 6, 7]);
    expect(regelnummers("regel 6 (docs/rekenregels.md)")).toEqual([6]);
    expect(bevatGetal("144 van 184", "18")).toBe(false);
    expect(bevatGetal("1,18 en 18%", "18")).toBe(true);
  });
});

describe("docs/rekenregels.md: gouden voorbeelden per regel", () => {
  it.each<[number, string[]]>([
    [1, ["18", "21", "39", "24", "26", "51", "11", "62"]],
    [2, ["39", "13", "26", "8", "18", "38", "17", "21", "6", "15"]],
    [3, ["21", "15", "26", "18"]],
    [4, ["25%", "24%", "89%", "45%", "72%", "33%", "137,5%", "138%"]],
    [5, ["13", "8", "21", "18", "72%", "6", "24"]],
    [6, ["19", "24", "trede 2", "15", "21", "trede 3", "18"]],
    [7, ["Opschalen 1 → 2", "Gelijk", "Opschalen 2 → 3"]],
    [
      8,
      [
        "97",
        "71",
        "1,73",
        "0,81",
        "1,46",
        "46,4%",
        "36,6%",
        "17,5%",
        "29,6%",
        "36,1%",
        "33,8%",
        "1,27",
        "0,59",
        "1,07",
        "35,5",
        "28,7",
        "32,8",
        "+9,5",
        "-11,7",
        "+2,2",
        "2,50",
      ],
    ],
    [9, ["33", "144", "184", "42", "9", "51", "trede 2", "13,70"]],
    [10, ["24", "26", "50", "51"]],
  ])("regel %i noemt zijn cijfers", (n, waarden) => {
    expect(ontbrekend(regelsectie(n), waarden)).toEqual([]);
  });
});

describe("docs/rekenregels.md: gouden gevallen", () => {
  it("geeft de tabel van Leusden exact", () => {
    const rijen = sectie("Leusden: overzicht")
      .split("\n")
      .filter((r) => /^\|\s*20\d\d-[12]\s*\|/.test(r))
      .map((r) =>
        r
          .split("|")
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rijen.map((r) => r.slice(0, 11))).toEqual([
      ["2021-1", "1", "24", "0", "25", "6", "0", "19", "19", "25%", "24%"],
      ["2021-2", "19", "19", "0", "38", "17", "6", "21", "15", "89%", "45%"],
      ["2022-1", "21", "18", "0", "39", "13", "8", "26", "18", "72%", "33%"],
      ["2022-2", "26", "24", "+1", "51", "", "", "", "", "", ""],
    ]);
    expect(rijen.map((r) => r[11])).toEqual([
      expect.stringMatching(/^2 \(1\): Opschalen 1 → 2/),
      expect.stringMatching(/^2 \(2\): Gelijk; zonder correctie 3/),
      expect.stringMatching(/^3 \(2\): Opschalen 2 → 3/),
      "",
    ]);
  });

  it.each<[string, string[]]>([
    ["Leusden 2021-1", ["1", "24", "25", "6", "19", "25%", "24%", "trede 2", "Opschalen 1 → 2"]],
    [
      "Leusden 2021-2",
      ["19", "38", "17", "6", "21", "15", "89%", "45%", "trede 2", "trede 3", "1 februari 2022"],
    ],
    ["Leusden 2022-1", ["21", "18", "39", "13", "8", "26", "72%", "33%", "trede 3", "Opschalen 2 → 3"]],
    ["Leusden 2022-2", ["26", "24", "+1", "51", "11", "62"]],
    ["Tussenstand 22 november 2022", ["33", "33 / 24", "138%", "50", "66%", "51"]],
    ["Prognose 22 november 2022", ["33", "144", "184", "42", "9", "trede 2"]],
    [
      "Versnelling zomer 2022",
      [
        "26",
        "45",
        "21",
        "17",
        "24",
        "35",
        "1,73",
        "0,81",
        "1,46",
        "97",
        "71",
        "46,4%",
        "36,6%",
        "1,27",
        "35,5",
        "+9,5",
        "17,5%",
        "29,6%",
        "0,59",
        "28,7",
        "-11,7",
        "36,1%",
        "33,8%",
        "1,07",
        "32,8",
        "+2,2",
        "18",
        "2,50",
      ],
    ],
    ["Regio Utrecht 2022", ["26", "207", "53", "32", "24", "21", "18", "19"]],
  ])("%s staat er met de exacte cijfers", (kop, waarden) => {
    expect(ontbrekend(sectie(kop), waarden)).toEqual([]);
  });

  it("noemt in Leusden 2022-1 de totaalopgave 39, de achterstand 26 en gecorrigeerd 18", () => {
    const tekst = sectie("Leusden 2022-1");
    expect(tekst).toMatch(/totaalopgave 39/);
    expect(tekst).toMatch(/achterstand eind 26/);
    expect(tekst).toMatch(/gecorrigeerd 18/);
  });

  it("noemt de 26 gemeenten van de provincie Utrecht in 2022", () => {
    const lijst = /gemeenten: ([^.]+)\./.exec(sectie("Regio Utrecht 2022").replace(/\s+/g, " "))![1];
    const namen = lijst.split(/, /);
    expect(namen).toHaveLength(26);
    expect(namen).toEqual(
      expect.arrayContaining(["Leusden", "IJsselstein", "Houten", "Utrechtse Heuvelrug"]),
    );
  });
});
