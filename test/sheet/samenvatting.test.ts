/** The report's summary: counts over each gemeente's latest row, the ten largest backlogs, remark order. */
import { controleerBlad, type CelWaarde, type Opmerking } from "../../src/sheet";
import { sorteerOpmerkingen } from "../../src/sheet/samenvatting";
import { blad, KOP } from "./hulp";

/** A 2022-1 row with only a taakstelling: its achterstand eind is that taakstelling. */
const rij = (gemeente: string, achterstandEind: number, gerealiseerd = 0): CelWaarde[] => [
  gemeente,
  "2022-1",
  0,
  achterstandEind + gerealiseerd,
  0,
  gerealiseerd,
  0,
];

describe("samenvatting", () => {
  // Bunnik before Baarn on the sheet: equal backlogs are listed by name, not in sheet order.
  const rijen: CelWaarde[][] = [
    rij("Amersfoort", 53),
    rij("Bunnik", 5),
    rij("Baarn", 5),
    rij("De Bilt", 12),
    rij("Bunschoten", 3),
    rij("Eemnes", 2),
    rij("Houten", 14),
    rij("IJsselstein", 21),
    rij("Leusden", 26),
    rij("Lopik", 1),
    rij("Montfoort", 4),
    rij("Nieuwegein", 30),
    rij("Oudewater", 0, 7),
    rij("Renswoude", -3, 9),
    ["", "2022-1", 0, 6, 0, 0, 0],
  ];
  // Computed in each test, not once for the describe block: mutation testing credits a test only with the
  // code it runs itself.
  const controleer = () => controleerBlad(blad([KOP, ...rijen]));

  it("geeft de tien grootste achterstanden, aflopend, bij gelijke achterstand op naam", () => {
    const r = controleer();
    expect(r.samenvatting.grootsteAchterstanden.map((g) => `${g.gemeente} ${g.achterstand}`)).toEqual([
      "Amersfoort 53",
      "Nieuwegein 30",
      "Leusden 26",
      "IJsselstein 21",
      "Houten 14",
      "De Bilt 12",
      "Baarn 5",
      "Bunnik 5",
      "Montfoort 4",
      "Bunschoten 3",
    ]);
    expect(r.samenvatting.grootsteAchterstanden[0].periode).toBe("2022-1");
  });

  it("telt alleen een achterstand boven nul; een rij zonder gemeente telt niet als gemeente", () => {
    const r = controleer();
    expect(r.samenvatting.gemeenten).toBe(14);
    expect(r.samenvatting.metAchterstand).toBe(12);
    const perTrede = Object.values(r.samenvatting.perTrede).reduce((a, b) => a + b, 0);
    expect(perTrede).toBe(14);
  });

  it("noemt bij de grootste achterstanden geen gemeente zonder achterstand", () => {
    const klein = controleerBlad(
      blad([KOP, rij("Oudewater", 0, 7), rij("Leusden", 13), rij("Renswoude", -3, 9)]),
    );
    expect(klein.samenvatting.grootsteAchterstanden.map((g) => g.gemeente)).toEqual(["Leusden"]);
    expect(klein.samenvatting.metAchterstand).toBe(1);
  });

  it("geeft een achterstand zonder periode met een lege periode", () => {
    const zonder = controleerBlad(
      blad([
        ["Gemeente", "Achterstand begin", "Taakstelling", "Herverdeling", "Gerealiseerd"],
        ["Leusden", 0, 18, 0, 5],
      ]),
    );
    expect(zonder.samenvatting.grootsteAchterstanden).toEqual([
      { gemeente: "Leusden", periode: "", achterstand: 13 },
    ]);
  });
});

describe("sorteerOpmerkingen", () => {
  const o = (cel: string, rij: number, kolom: number, bericht: string): Opmerking => ({
    cel,
    rij,
    kolom,
    bericht,
    ernst: "info",
    code: "leeg",
  });

  it("sorteert op rij en kolom; opmerkingen over dezelfde cel houden hun volgorde", () => {
    const lijst = [o("B3", 3, 1, "b"), o("A3", 3, 0, "a"), o("C2", 2, 2, "eerste"), o("C2", 2, 2, "tweede")];
    expect(sorteerOpmerkingen(lijst).map((x) => x.bericht)).toEqual(["eerste", "tweede", "a", "b"]);
    expect(
      sorteerOpmerkingen([o("C2", 2, 2, "1"), o("C2", 2, 2, "2"), o("C2", 2, 2, "3")]).map((x) => x.bericht),
    ).toEqual(["1", "2", "3"]);
  });
});
