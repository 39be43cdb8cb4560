/**
 * Rule 8 over a sheet with a period column (versnellingBlad.ts): which period's set the report shows
 * when the rows are not in period order, which backlog a corrected comparison takes from the previous
 * period's row, and that a row whose period cannot be read is in no set. Computed inside each test:
 * mutation testing credits a test only with the code it runs itself.
 */
import { controleerBlad, type Blad, type CelWaarde, type RijResultaat } from "../../src/sheet";
import { blad, codes, rij } from "./hulp";

const KOP_VERSNELLING = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Gerealiseerd",
  "Na-registratie",
  "Opdracht versnelling",
];

function overzicht(rijen: CelWaarde[][]): Blad {
  return blad([KOP_VERSNELLING, ...rijen]);
}

const aandelen = (r: RijResultaat) => ({
  opdrachtPerAchterstand: r.opdrachtPerAchterstand,
  aandeelOpdracht: r.aandeelOpdracht,
  verhouding: r.verhouding,
});

describe("regel 8 over perioden: de set van de laatste periode", () => {
  it("toont de set van 2022-2 ook als de rijen van 2022-2 boven die van 2022-1 staan", () => {
    const rapport = controleerBlad(
      overzicht([
        ["Leusden", "2022-2", 26, 24, "", "", 45],
        ["IJsselstein", "2022-2", 21, 20, "", "", 17],
        ["Leusden", "2022-1", 21, 18, 13, 8, 10],
        ["Houten", "2022-1", 20, 30, 26, 0, 35],
      ]),
    );
    expect(rapport.versnelling?.map((v) => [v.gemeente, v.opdracht, v.achterstand])).toEqual([
      ["Leusden", 45, 26],
      ["IJsselstein", 17, 21],
    ]);
    // Each period's rows still get their shares within their own set.
    expect(rij(rapport, "Houten", "2022-1").opdrachtPerAchterstand).toBeCloseTo(35 / 24, 10);
    expect(rij(rapport, "Leusden", "2022-1").opdrachtPerAchterstand).toBeCloseTo(10 / 26, 10);
    expect(rij(rapport, "Leusden", "2022-2").opdrachtPerAchterstand).toBeCloseTo(45 / 26, 10);
  });

  it("toont de set van 2022-2 als 2022-1 onder 2022-2 staat en zelf de laatste rij is", () => {
    const rapport = controleerBlad(
      overzicht([
        ["Houten", "2022-1", 20, 30, 26, 0, 35],
        ["Leusden", "2022-2", 26, 24, "", "", 45],
        ["Leusden", "2022-1", 21, 18, 13, 8, 10],
      ]),
    );
    expect(rapport.versnelling?.map((v) => v.gemeente)).toEqual(["Leusden"]);
    expect(rapport.versnelling?.[0].opdracht).toBe(45);
  });
});

describe("regel 8 met de gecorrigeerde achterstand: de vorige periode", () => {
  const rijen: CelWaarde[][] = [
    ["Leusden", "2022-1", 21, 18, 13, 8, ""],
    ["IJsselstein", "2022-1", 20, 20, "", "", ""],
    ["Leusden", "2022-2", 26, 24, "", "", 45],
    ["IJsselstein", "2022-2", 21, 20, "", "", 17],
  ];

  it("neemt voor een open periode de gecorrigeerde achterstand eind van de vorige rij (Leusden 18)", () => {
    const rapport = controleerBlad(overzicht(rijen), { versnellingAchterstand: "gecorrigeerd" });
    expect(rapport.versnelling?.map((v) => [v.gemeente, v.achterstand])).toEqual([
      ["Leusden", 18],
      ["IJsselstein", 21],
    ]);
    expect(rij(rapport, "Leusden", "2022-2").opdrachtPerAchterstand).toBe(2.5);
  });

  it("neemt de achterstand begin als de vorige rij geen achterstand eind heeft (IJsselstein 21)", () => {
    const rapport = controleerBlad(overzicht(rijen), { versnellingAchterstand: "gecorrigeerd" });
    expect(codes(rapport).filter((c) => c.startsWith("opdracht-"))).toEqual([]);
    expect(rij(rapport, "IJsselstein", "2022-2").opdrachtPerAchterstand).toBeCloseTo(17 / 21, 10);
  });

  it("slaat een dubbele rij over als vorige periode: de eerste rij telt", () => {
    const rapport = controleerBlad(
      overzicht([
        ["Leusden", "2022-1", 21, 18, 13, 8, ""],
        ["Leusden", "2022-1", 21, 18, 13, 0, ""],
        ["Leusden", "2022-2", 26, 24, "", "", 45],
      ]),
      { versnellingAchterstand: "gecorrigeerd" },
    );
    expect(rapport.versnelling?.map((v) => [v.gemeente, v.achterstand])).toEqual([["Leusden", 18]]);
  });
});

describe("regel 8 met een periodekolom: een rij zonder leesbare periode", () => {
  it("zit in geen set en krijgt geen aandelen", () => {
    const rapport = controleerBlad(
      overzicht([
        ["Houten", "ergens in 2022", 20, 30, 26, 0, 35],
        ["Leusden", "2022-1", 21, 18, 13, 8, 45],
        ["IJsselstein", "2022-1", 20, 20, 19, 0, 17],
      ]),
    );
    expect(rapport.versnelling?.map((v) => v.gemeente)).toEqual(["Leusden", "IJsselstein"]);
    expect(aandelen(rij(rapport, "Houten"))).toEqual({
      opdrachtPerAchterstand: null,
      aandeelOpdracht: null,
      verhouding: null,
    });
  });
});
