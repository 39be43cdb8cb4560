/**
 * Rule 8 per row through the Excel adapter (office-addin-mock) and the in-memory preview host: the six
 * versnelling columns with their number formats, one colour scale on IBT Verhouding (replaced, never
 * stacked, by a second run), the header notes as data-validation input messages, and the sync budget
 * of a write unchanged (1 read, 2 writes). Expected figures are SPEC's golden versnelling: Leusden
 * 1.73 per achterstand and verhouding 1.27, IJsselstein 0.81, evenredig 28.7, verschil -11.7.
 */
import { ExcelWerkboek, kleurschaalCriteria } from "../../src/excel/excelWerkboek";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { kolomLetters } from "../../src/host/conflicten";
import { controleerBlad, maakSchrijfPlan, type CelWaarde, type ControleOpties } from "../../src/sheet";
import { ExcelMock } from "./excelMock";

const r2 = (x: unknown): number => Math.round((x as number) * 100) / 100;
const r1 = (x: unknown): number => Math.round((x as number) * 10) / 10;

/** The 2022-1 sheet: a closed period, backlog = achterstand eind 1 juli 2022 (Leusden 26, corrected 18). */
const WAARDEN: CelWaarde[][] = [
  ["Overzicht 2022-1", "", "", "", "", ""],
  ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Na-registratie", "Opdracht versnelling"],
  ["Leusden", 21, 18, 13, 8, 45],
  ["IJsselstein", 20, 20, 19, 0, 17],
  ["Houten", 20, 30, 26, 0, 35],
  ["Baarn", 4, 20, 30, 0, ""],
];

const KOPPEN = [
  "IBT Opdracht per achterstand",
  "IBT Aandeel opdracht",
  "IBT Aandeel achterstand",
  "IBT Verhouding",
  "IBT Evenredige opdracht",
  "IBT Verschil",
];

async function schrijf(
  excel: ExcelMock,
  opties: ControleOpties = {},
): Promise<{ werkboek: ExcelWerkboek; syncs: number }> {
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt });
  excel.nulSyncs();
  const blad = await werkboek.leesActiefBlad();
  expect(excel.syncs).toBe(1);
  const plan = maakSchrijfPlan(blad, controleerBlad(blad, opties));
  const uitkomst = await werkboek.schrijfPlan(plan);
  expect(uitkomst.syncs).toBe(2);
  return { werkboek, syncs: excel.syncs };
}

/** 0-based column of a header on row 2. */
function kolom(excel: ExcelMock, kop: string): number {
  const k = excel.blad("2022-1").waarden[1].indexOf(kop);
  if (k < 0) throw new Error(`geen kop ${kop}`);
  return k;
}

describe("regel 8 per rij door de Excel-adapter", () => {
  it("schrijft de zes kolommen met waarden en getalnotaties, in 1 + 2 syncs", async () => {
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }]);
    const { syncs } = await schrijf(excel);
    expect(syncs).toBe(3);
    const blad = excel.blad("2022-1");
    const c = (kop: string) => kolom(excel, kop);
    expect(r2(blad.waarden[2][c("IBT Opdracht per achterstand")])).toBe(1.73);
    expect(r2(blad.waarden[3][c("IBT Opdracht per achterstand")])).toBe(0.81);
    expect(r2(blad.waarden[2][c("IBT Verhouding")])).toBe(1.27);
    expect(r1(blad.waarden[3][c("IBT Evenredige opdracht")])).toBe(28.7);
    expect(r1(blad.waarden[3][c("IBT Verschil")])).toBe(-11.7);
    expect(KOPPEN.map((k) => blad.formaten[2][c(k)])).toEqual([
      "0.00",
      "0.0%",
      "0.0%",
      "0.00",
      "0.0",
      "+0.0;-0.0;0.0",
    ]);
    expect(c("IBT Opmerkingen")).toBe(c("IBT Verschil") + 1);
  });

  it("zet één kleurschaal rond 1 op de gegevensrijen van IBT Verhouding", async () => {
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }]);
    await schrijf(excel);
    const v = kolom(excel, "IBT Verhouding");
    expect(excel.blad("2022-1").voorwaardelijkeOpmaak).toEqual([
      {
        r: { rij: 2, kolom: v, rijen: 4, kolommen: 1 },
        type: "ColorScale",
        criteria: {
          minimum: { formula: null, type: "LowestValue", color: "#5A8AC6" },
          midpoint: { formula: "1", type: "Number", color: "#FFFFFF" },
          maximum: { formula: null, type: "HighestValue", color: "#F8696B" },
        },
      },
    ]);
  });

  it("zet op de kopcellen een invoerbericht over de gebruikte achterstand", async () => {
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }]);
    await schrijf(excel);
    const berichten = excel.blad("2022-1").invoerBerichten;
    expect([...berichten.keys()].sort()).toEqual(KOPPEN.map((k) => `1:${kolom(excel, k)}`).sort());
    expect(berichten.get(`1:${kolom(excel, "IBT Verhouding")}`)).toEqual({
      showPrompt: true,
      title: "IBT Huisvesting",
      message: expect.stringMatching(/^Berekend met de geregistreerde achterstand/),
    });
  });

  it("vervangt bij een tweede run (ook gecorrigeerd) de eigen opmaak in plaats van te stapelen; syncs blijven 1 + 2", async () => {
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }]);
    await schrijf(excel);
    const eerst = excel.blad("2022-1").waarden.map((r) => [...r]);
    const { syncs } = await schrijf(excel);
    expect(syncs).toBe(3);
    expect(excel.blad("2022-1").waarden).toEqual(eerst);
    expect(excel.blad("2022-1").voorwaardelijkeOpmaak).toHaveLength(1);
    expect(excel.blad("2022-1").invoerBerichten.size).toBe(6);

    await schrijf(excel, { versnellingAchterstand: "gecorrigeerd" });
    const blad = excel.blad("2022-1");
    expect(blad.voorwaardelijkeOpmaak).toHaveLength(1);
    expect(blad.invoerBerichten.size).toBe(6);
    expect(blad.invoerBerichten.get(`1:${kolom(excel, "IBT Verhouding")}`)!.message).toMatch(
      /^Berekend met de gecorrigeerde achterstand/,
    );
    expect(r2(blad.waarden[2][kolom(excel, "IBT Opdracht per achterstand")])).toBe(2.5);
  });

  it("haalt kleurschaal en invoerberichten weg als de opdrachtkolom verdwijnt", async () => {
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }]);
    await schrijf(excel);
    const v = kolom(excel, "IBT Verhouding");
    const blad = excel.blad("2022-1");
    blad.waarden.forEach((r, i) => {
      if (i >= 1) r[5] = "";
    });
    await schrijf(excel);
    expect(blad.waarden[1][v]).toBe("");
    expect(blad.voorwaardelijkeOpmaak).toEqual([]);
    expect(blad.invoerBerichten.size).toBe(0);
  });

  it("schrijft zonder kleurschaal en invoerbericht in een Excel zonder ExcelApi 1.6/1.8, met dezelfde syncs", async () => {
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }], { apiVersie: "1.5" });
    const { syncs } = await schrijf(excel);
    expect(syncs).toBe(3);
    expect(excel.blad("2022-1").voorwaardelijkeOpmaak).toEqual([]);
    expect(excel.blad("2022-1").invoerBerichten.size).toBe(0);
    expect(r2(excel.blad("2022-1").waarden[2][kolom(excel, "IBT Verhouding")])).toBe(1.27);
  });

  it("geeft de criteria als Excels eigen typenamen", () => {
    expect(
      kleurschaalCriteria({
        kolom: 3,
        vanRij: 2,
        totRij: 4,
        laagste: "#000000",
        midden: { waarde: 1, kleur: "#111111" },
        hoogste: "#222222",
      }),
    ).toEqual({
      minimum: { formula: null, type: "LowestValue", color: "#000000" },
      midpoint: { formula: "1", type: "Number", color: "#111111" },
      maximum: { formula: null, type: "HighestValue", color: "#222222" },
    });
  });
});

describe("regel 8 per rij in de preview (het werkboek in het geheugen)", () => {
  it("bewaart de kleurschaal en de notities, vervangt ze bij een tweede run en geeft hetzelfde raster als Excel", async () => {
    const geheugen = new GeheugenWerkboek([{ naam: "2022-1", waarden: WAARDEN }]);
    const excel = new ExcelMock([{ naam: "2022-1", waarden: WAARDEN }]);
    await schrijf(excel);
    for (let i = 0; i < 2; i++) {
      const blad = await geheugen.leesActiefBlad();
      await geheugen.schrijfPlan(maakSchrijfPlan(blad, controleerBlad(blad)));
    }
    const weergave = geheugen.leesBlad("2022-1")!;
    const v = kolom(excel, "IBT Verhouding");
    const breedte = excel.blad("2022-1").waarden[1].length;
    const vol = (r: CelWaarde[]) => Array.from({ length: breedte }, (_, k) => r[k] ?? "");
    expect(weergave.waarden.slice(0, 6).map(vol)).toEqual(excel.blad("2022-1").waarden.slice(0, 6).map(vol));
    expect(weergave.kleurschalen).toEqual([
      {
        kolom: v,
        vanRij: 3,
        totRij: 6,
        laagste: "#5A8AC6",
        midden: { waarde: 1, kleur: "#FFFFFF" },
        hoogste: "#F8696B",
      },
    ]);
    expect(Object.keys(weergave.notities!).sort()).toEqual(
      KOPPEN.map((k) => `${kolomLetters(kolom(excel, k))}2`).sort(),
    );
    expect(weergave.notities![`${kolomLetters(v)}2`]).toEqual({
      titel: "IBT Huisvesting",
      tekst: expect.stringMatching(/^Berekend met de geregistreerde achterstand/),
    });
  });
});
