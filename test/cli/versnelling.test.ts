/**
 * Rule 8 per row through an .xlsx (issue 10): `ibt check --json` gives every row with an opdracht its
 * share within its period's set, `--out` writes six own columns with their number formats, a colour
 * scale on IBT Verhouding and a header note per column, keeps the user's own conditional formats and
 * data validations, and a second run changes no byte. `--versnelling-achterstand` chooses the backlog.
 * Expected figures are SPEC's golden versnelling: Leusden A 26 (corrected 18), V 45; IJsselstein A 21,
 * V 17; Houten A 24, V 35 -> per achterstand 1.73 / 0.81 (Leusden corrected 2.50); over the three
 * IJsselstein evenredig 28.7, verschil -11.7; Leusden verhouding 1.27.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { EXIT_OK, EXIT_ONBRUIKBAAR, main, parseAanroep } from "../../src/cli/main";
import { GEBRUIK } from "../../src/cli/berichten";
import type { JsonRapport, JsonRij } from "../../src/sheet";
import { hashBestand, maakTempMap, opnameIo } from "./helpers";

const r2 = (x: number | null): number => Math.round(x! * 100) / 100;
const r1 = (x: number | null): number => Math.round(x! * 10) / 10;

/**
 * The 2022-1 sheet (a closed period: the backlog is the achterstand eind of 1 juli 2022), with a
 * conditional format and a data validation of the user on column B.
 */
async function schrijf2022_1(pad: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2022, 0, 1));
  wb.modified = new Date(Date.UTC(2022, 0, 1));
  const ws = wb.addWorksheet("2022-1");
  const rijen = [
    ["Overzicht 2022-1"],
    [
      "Gemeente",
      "Achterstand begin",
      "Taakstelling",
      "Gerealiseerd",
      "Na-registratie",
      "Opdracht versnelling",
    ],
    ["Leusden", 21, 18, 13, 8, 45],
    ["IJsselstein", 20, 20, 19, 0, 17],
    ["Houten", 20, 30, 26, 0, 35],
    ["Baarn", 4, 20, 30, 0, null],
  ];
  rijen.forEach((rij, r) =>
    rij.forEach((w, k) => {
      if (w !== null) ws.getCell(r + 1, k + 1).value = w;
    }),
  );
  ws.addConditionalFormatting({
    ref: "B3:B6",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: [20],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.getCell("B3").dataValidation = {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    showInputMessage: true,
    promptTitle: "Eigen",
    prompt: "Alleen hele getallen",
  };
  await wb.xlsx.writeFile(pad);
}

/** The VRU's list: gemeente, backlog, opdracht (a versnelling sheet). */
async function schrijfVru(pad: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2022, 0, 1));
  wb.modified = new Date(Date.UTC(2022, 0, 1));
  const ws = wb.addWorksheet("Bijlage B");
  [
    ["Bijlage B - Overzicht van het aantal versneld te plaatsen statushouders in de regio Utrecht"],
    ["Gemeente", "Achterstand per 1 juli 2022", "Aantal versneld te plaatsen statushouders"],
    ["Leusden", 26, 45],
    ["Ijsselstein", 21, 17],
    ["Houten", 24, 35],
  ].forEach((rij, r) => rij.forEach((w, k) => (ws.getCell(r + 1, k + 1).value = w)));
  await wb.xlsx.writeFile(pad);
}

async function json(args: string[]): Promise<JsonRapport> {
  const io = opnameIo();
  expect(await main([...args, "--json"], io)).toBe(EXIT_OK);
  return JSON.parse(io.uit) as JsonRapport;
}

const rijVan = (rapport: JsonRapport, gemeente: string): JsonRij =>
  rapport.rows.find((r) => r.gemeente === gemeente)!;

async function open(pad: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

/** The 1-based column of a header in row `rij`. */
function kolomVan(ws: ExcelJS.Worksheet, rij: number, kop: string): number {
  const rijObject = ws.getRow(rij);
  for (let k = 1; k <= rijObject.cellCount; k++) if (rijObject.getCell(k).value === kop) return k;
  throw new Error(`geen kop ${kop}`);
}

type Voorwaardelijk = {
  ref: string;
  rules: { type: string; priority: number; cfvo?: unknown; color?: unknown }[];
};

describe("ibt check: regel 8 per rij vanuit een .xlsx", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const p = (naam: string) => path.join(tmp.map, naam);

  beforeAll(async () => {
    await schrijf2022_1(p("2022-1.xlsx"));
    await schrijfVru(p("vru.xlsx"));
  });

  it("geeft in --json Leusden 1,73 en IJsselstein 0,81, IJsselstein evenredig 28,7 en verschil -11,7, Leusden verhouding 1,27", async () => {
    const r = await json(["check", p("2022-1.xlsx")]);
    const l = rijVan(r, "Leusden");
    const ij = rijVan(r, "IJsselstein");
    expect(r2(l.opdrachtPerAchterstand)).toBe(1.73);
    expect(r2(ij.opdrachtPerAchterstand)).toBe(0.81);
    expect(r1(ij.evenredigeOpdracht)).toBe(28.7);
    expect(r1(ij.verschil)).toBe(-11.7);
    expect(r2(l.verhouding)).toBe(1.27);
    expect(l).toMatchObject({
      opdrachtVersnelling: 45,
      opdrachtPerAchterstand: 45 / 26,
      versnellingAchterstand: "geregistreerd",
    });
    expect(rijVan(r, "Baarn")).toMatchObject({
      opdrachtVersnelling: null,
      verhouding: null,
      versnellingAchterstand: null,
    });
  });

  it("geeft met --versnelling-achterstand gecorrigeerd Leusden 2,50", async () => {
    const r = await json(["check", p("2022-1.xlsx"), "--versnelling-achterstand", "gecorrigeerd"]);
    expect(r2(rijVan(r, "Leusden").opdrachtPerAchterstand)).toBe(2.5);
    expect(rijVan(r, "Leusden").versnellingAchterstand).toBe("gecorrigeerd");
  });

  it("weigert een andere waarde met een Nederlandse melding en afsluitcode 2", async () => {
    const io = opnameIo();
    expect(await main(["check", p("2022-1.xlsx"), "--versnelling-achterstand", "beide"], io)).toBe(
      EXIT_ONBRUIKBAAR,
    );
    expect(io.fout).toBe(
      'Ongeldige aanroep: --versnelling-achterstand "beide" is geen keuze; kies geregistreerd of gecorrigeerd (zie `ibt --help`).\n',
    );
    expect(io.uit).toBe("");
    expect(parseAanroep(["check", "--versnelling-achterstand", " Gecorrigeerd "])).toEqual({
      soort: "check",
      argumenten: {
        bestand: null,
        blad: null,
        uitvoer: null,
        json: false,
        versnellingAchterstand: "gecorrigeerd",
      },
    });
    expect(GEBRUIK).toContain("--versnelling-achterstand geregistreerd|gecorrigeerd");
  });

  it("noemt de gecorrigeerde achterstand boven de versnellingstabel van de samenvatting", async () => {
    const io = opnameIo();
    await main(["check", p("2022-1.xlsx"), "--versnelling-achterstand", "gecorrigeerd"], io);
    expect(io.uit).toContain("Versnelling (regel 8, opdracht per gecorrigeerde achterstand)");
    expect(io.uit).toContain("  Leusden            45           18             2,50");
  });

  describe("--out: de kopie", () => {
    let wb: ExcelJS.Workbook;
    let ws: ExcelJS.Worksheet;
    beforeAll(async () => {
      const io = opnameIo();
      expect(await main(["check", p("2022-1.xlsx"), "--out", p("uit.xlsx")], io)).toBe(EXIT_OK);
      wb = await open(p("uit.xlsx"));
      ws = wb.getWorksheet("2022-1")!;
    });

    // The fixture's styles.xml has no <numFmts>: the copy adds one before <fonts> (and ExcelJS reads it).
    it("schrijft de zes kolommen met hun waarden en getalnotaties", () => {
      const c = (kop: string) => kolomVan(ws, 2, kop);
      const leusden = ws.getRow(3);
      const ijsselstein = ws.getRow(4);
      expect(r2(leusden.getCell(c("IBT Opdracht per achterstand")).value as number)).toBe(1.73);
      expect(r2(ijsselstein.getCell(c("IBT Opdracht per achterstand")).value as number)).toBe(0.81);
      expect(r2(leusden.getCell(c("IBT Verhouding")).value as number)).toBe(1.27);
      expect(r1(ijsselstein.getCell(c("IBT Evenredige opdracht")).value as number)).toBe(28.7);
      expect(r1(ijsselstein.getCell(c("IBT Verschil")).value as number)).toBe(-11.7);
      expect(Math.round((leusden.getCell(c("IBT Aandeel opdracht")).value as number) * 1000) / 10).toBe(46.4);
      expect(Math.round((leusden.getCell(c("IBT Aandeel achterstand")).value as number) * 1000) / 10).toBe(
        36.6,
      );
      expect(
        [
          "IBT Opdracht per achterstand",
          "IBT Aandeel opdracht",
          "IBT Aandeel achterstand",
          "IBT Verhouding",
          "IBT Evenredige opdracht",
          "IBT Verschil",
        ].map((kop) => leusden.getCell(c(kop)).numFmt),
      ).toEqual(["0.00", "0.0%", "0.0%", "0.00", "0.0", "+0.0;-0.0;0.0"]);
      // IBT Opmerkingen stays the last own column.
      expect(c("IBT Opmerkingen")).toBe(c("IBT Verschil") + 1);
    });

    it("zet één kleurschaal rond 1 op IBT Verhouding en laat de voorwaardelijke opmaak van de gebruiker staan", () => {
      const v = ws.getColumn(kolomVan(ws, 2, "IBT Verhouding")).letter;
      const opmaak = (ws as unknown as { conditionalFormattings: Voorwaardelijk[] }).conditionalFormattings;
      expect(opmaak).toHaveLength(2);
      expect(opmaak[0]).toMatchObject({ ref: "B3:B6", rules: [{ type: "cellIs", priority: 1 }] });
      expect(opmaak[1]).toEqual({
        ref: `${v}3:${v}6`,
        rules: [
          {
            type: "colorScale",
            priority: 2,
            cfvo: [{ type: "min" }, { type: "num", value: 1 }, { type: "max" }],
            color: [{ argb: "FF5A8AC6" }, { argb: "FFFFFFFF" }, { argb: "FFF8696B" }],
          },
        ],
      });
    });

    it("zet op elke kopcel een invoerbericht over de achterstand en laat de gegevensvalidatie van de gebruiker staan", () => {
      for (const kop of ["IBT Opdracht per achterstand", "IBT Verhouding", "IBT Verschil"]) {
        const cel = ws.getRow(2).getCell(kolomVan(ws, 2, kop));
        expect(cel.dataValidation).toMatchObject({
          showInputMessage: true,
          promptTitle: "IBT Huisvesting",
          prompt: expect.stringMatching(/^Berekend met de geregistreerde achterstand/),
        });
      }
      expect(ws.getRow(2).getCell(kolomVan(ws, 2, "IBT Trede")).dataValidation).toBeUndefined();
      expect(ws.getCell("B3").dataValidation).toMatchObject({ type: "whole", promptTitle: "Eigen" });
    });

    it("verandert bij een tweede run geen byte en stapelt niets", async () => {
      expect(await main(["check", p("uit.xlsx"), "--out", p("uit2.xlsx")], opnameIo())).toBe(EXIT_OK);
      expect(hashBestand(p("uit2.xlsx"))).toBe(hashBestand(p("uit.xlsx")));
      const ws2 = (await open(p("uit2.xlsx"))).getWorksheet("2022-1")!;
      expect((ws2 as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(
        2,
      );
    });

    it("vervangt bij gecorrigeerd het eigen invoerbericht en de eigen kleurschaal, en terug geeft dezelfde bytes", async () => {
      await main(
        ["check", p("uit.xlsx"), "--versnelling-achterstand", "gecorrigeerd", "--out", p("gecorr.xlsx")],
        opnameIo(),
      );
      const wsG = (await open(p("gecorr.xlsx"))).getWorksheet("2022-1")!;
      const c = kolomVan(wsG, 2, "IBT Opdracht per achterstand");
      expect(wsG.getRow(2).getCell(c).dataValidation.prompt).toMatch(
        /^Berekend met de gecorrigeerde achterstand/,
      );
      expect(r2(wsG.getRow(3).getCell(c).value as number)).toBe(2.5);
      expect((wsG as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(
        2,
      );
      await main(["check", p("gecorr.xlsx"), "--out", p("terug.xlsx")], opnameIo());
      expect(hashBestand(p("terug.xlsx"))).toBe(hashBestand(p("uit.xlsx")));
    });
  });

  describe("het versnellingsblad (gemeente, achterstand, opdracht)", () => {
    it("controleert, rekent per rij en schrijft terug", async () => {
      const r = await json(["check", p("vru.xlsx")]);
      expect(r.remarks.map((o) => o.code)).toEqual(["versnellingsblad"]);
      expect(r2(rijVan(r, "Leusden").opdrachtPerAchterstand)).toBe(1.73);
      expect(r1(rijVan(r, "IJsselstein").verschil)).toBe(-11.7);

      const io = opnameIo();
      expect(await main(["check", p("vru.xlsx"), "--out", p("vru-uit.xlsx")], io)).toBe(EXIT_OK);
      expect(io.uit).toContain("(28 cellen in 7 IBT-kolommen)");
      const ws = (await open(p("vru-uit.xlsx"))).getWorksheet("Bijlage B")!;
      expect(ws.getRow(2).values).toEqual([
        undefined,
        "Gemeente",
        "Achterstand per 1 juli 2022",
        "Aantal versneld te plaatsen statushouders",
        "IBT Opdracht per achterstand",
        "IBT Aandeel opdracht",
        "IBT Aandeel achterstand",
        "IBT Verhouding",
        "IBT Evenredige opdracht",
        "IBT Verschil",
        "IBT Opmerkingen",
      ]);
      expect(r2(ws.getCell("G3").value as number)).toBe(1.27);
      expect(ws.getCell("G3").numFmt).toBe("0.00");
      expect((ws as unknown as { conditionalFormattings: Voorwaardelijk[] }).conditionalFormattings).toEqual([
        expect.objectContaining({
          ref: "G3:G5",
          rules: [expect.objectContaining({ type: "colorScale", priority: 1 })],
        }),
      ]);
      await main(["check", p("vru-uit.xlsx"), "--out", p("vru-uit2.xlsx")], opnameIo());
      expect(hashBestand(p("vru-uit2.xlsx"))).toBe(hashBestand(p("vru-uit.xlsx")));
    });
  });
});
