import { berekenVerhouding, vergelijkVersnelling, type VersnellingItem } from "../../src/domain/versnelling";
import { rondAf } from "../../src/domain/afronding";
import { foutVan, waardeVan } from "./helpers";

const zomer2022: VersnellingItem[] = [
  { gemeente: "Leusden", opdracht: 45, achterstand: 26 },
  { gemeente: "IJsselstein", opdracht: 17, achterstand: 21 },
  { gemeente: "Houten", opdracht: 35, achterstand: 24 },
];

describe("foute invoer", () => {
  it("geeft een lege lijst voor een lege set", () => {
    expect(vergelijkVersnelling([])).toEqual([]);
  });

  it("crasht niet als geen enkele gemeente een achterstand heeft", () => {
    const rijen = vergelijkVersnelling([
      { gemeente: "A", opdracht: 4, achterstand: 0 },
      { gemeente: "B", opdracht: 6, achterstand: -2 },
    ]);
    expect(rijen.map((r) => r.verhouding)).toEqual([null, null]);
    expect(rijen.map((r) => r.aandeelOpdracht)).toEqual([0.4, 0.6]);
    expect(rijen.map((r) => r.evenredigeOpdracht)).toEqual([0, 0]);
    expect(rijen.map((r) => r.verschil)).toEqual([4, 6]);
    expect(rijen[1].opmerking).toBe("B heeft geen achterstand; een verhouding is niet te berekenen.");
  });

  it("geeft geen verhouding maar een opmerking als de opdrachten optellen tot 0", () => {
    const [rij] = vergelijkVersnelling([{ gemeente: "A", opdracht: 0, achterstand: 5 }]);
    expect(rij.aandeelOpdracht).toBe(0);
    expect(rij.verhouding).toBeNull();
    expect(rij.evenredigeOpdracht).toBe(0);
    expect(rij.opmerking).toBe("De opdrachten tellen op tot 0; een verhouding is niet te berekenen.");
  });

  it("berekenVerhouding: lijsten van verschillende lengte geven een waarde-fout", () => {
    const fout = foutVan(berekenVerhouding(45, 26, [45, 17], [26, 21, 24]));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("lengte-verschilt");
    expect(fout.bericht).toContain("(2)");
    expect(fout.bericht).toContain("(3)");
  });

  it("berekenVerhouding: geen achterstand geeft een deling-fout", () => {
    expect(foutVan(berekenVerhouding(45, 0, [45, 17], [0, 21])).soort).toBe("deling");
    expect(foutVan(berekenVerhouding(45, -3, [45, 17], [-3, 21])).code).toBe("geen-achterstand");
  });

  it("berekenVerhouding: een som van achterstanden <= 0 of opdrachten 0 geeft een deling-fout", () => {
    const somNul = foutVan(berekenVerhouding(5, 4, [5], [-4]));
    expect(somNul.soort).toBe("deling");
    expect(somNul.code).toBe("deler-nul");
    expect(foutVan(berekenVerhouding(0, 4, [0, 0], [4, 2])).code).toBe("deler-nul");
  });

  it("berekenVerhouding: NaN in een lijst geeft een waarde-fout", () => {
    const fout = foutVan(berekenVerhouding(45, 26, [45, Number.NaN], [26, 21]));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("aantal-geen-getal");
    expect(fout.bericht).toBe("Waarde 2 in de lijst opdrachten (NaN) is geen getal.");
    expect(foutVan(berekenVerhouding(Number.NaN, 26, [1], [26])).bericht).toBe(
      "De opdracht NaN is geen getal.",
    );
    const gat = [26, undefined] as unknown as number[];
    expect(foutVan(berekenVerhouding(45, 26, [45, 17], gat)).bericht).toBe(
      "Waarde 2 in de lijst achterstanden (een lege waarde) is geen getal.",
    );
  });
});

describe("vergelijking over een set (regel 8)", () => {
  it("houdt de volgorde van de invoer aan", () => {
    expect(vergelijkVersnelling(zomer2022).map((r) => r.gemeente)).toEqual([
      "Leusden",
      "IJsselstein",
      "Houten",
    ]);
  });

  it("telt opdrachten van gemeenten zonder achterstand mee in som(V), niet in som(A)", () => {
    const rijen = vergelijkVersnelling([
      { gemeente: "A", opdracht: 10, achterstand: 10 },
      { gemeente: "B", opdracht: 10, achterstand: 10 },
      { gemeente: "C", opdracht: 20, achterstand: -5 },
    ]);
    expect(rijen[0].aandeelOpdracht).toBe(0.25);
    expect(rijen[0].aandeelAchterstand).toBe(0.5);
    expect(rijen[0].verhouding).toBe(0.5);
    expect(rijen[0].evenredigeOpdracht).toBe(20);
    expect(rijen[0].verschil).toBe(-10);
    expect(rijen[2].opdrachtPerAchterstand).toBeNull();
    expect(rijen[2].aandeelAchterstand).toBeNull();
    expect(rijen[2].opmerking).toBe("C heeft geen achterstand; een verhouding is niet te berekenen.");
    expect(rijen[0].opmerking).toBeNull();
  });

  it("geeft verhouding 1 en verschil 0 als de opdracht evenredig is", () => {
    const rijen = vergelijkVersnelling([
      { gemeente: "A", opdracht: 20, achterstand: 10 },
      { gemeente: "B", opdracht: 40, achterstand: 20 },
    ]);
    expect(rijen.map((r) => r.verhouding)).toEqual([1, 1]);
    expect(rijen.map((r) => r.verschil)).toEqual([0, 0]);
  });

  it("berekenVerhouding geeft dezelfde verhouding als de vergelijking", () => {
    const rijen = vergelijkVersnelling(zomer2022);
    zomer2022.forEach((item, i) => {
      const v = waardeVan(
        berekenVerhouding(
          item.opdracht,
          item.achterstand,
          zomer2022.map((x) => x.opdracht),
          zomer2022.map((x) => x.achterstand),
        ),
      );
      expect(v).toBeCloseTo(rijen[i].verhouding as number, 12);
    });
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  const rijen = vergelijkVersnelling(zomer2022);
  const [leusden, ijsselstein, houten] = rijen;

  it("opdracht per achterstand: 1.73, 0.81, 1.46", () => {
    expect(rijen.map((r) => rondAf(r.opdrachtPerAchterstand as number, 2))).toEqual([1.73, 0.81, 1.46]);
  });

  it("som V 97, som A 71", () => {
    expect(leusden.evenredigeOpdracht).toBeCloseTo((97 * 26) / 71, 12);
  });

  it("Leusden: aandeel opdracht 46.4% vs aandeel achterstand 36.6%, verhouding 1.27, evenredig 35.5, verschil +9.5", () => {
    expect(rondAf(leusden.aandeelOpdracht * 100, 1)).toBe(46.4);
    expect(rondAf((leusden.aandeelAchterstand as number) * 100, 1)).toBe(36.6);
    expect(rondAf(leusden.verhouding as number, 2)).toBe(1.27);
    expect(rondAf(leusden.evenredigeOpdracht, 1)).toBe(35.5);
    expect(rondAf(leusden.verschil, 1)).toBe(9.5);
  });

  it("IJsselstein: 17.5% vs 29.6%, verhouding 0.59, evenredig 28.7, verschil -11.7", () => {
    expect(rondAf(ijsselstein.aandeelOpdracht * 100, 1)).toBe(17.5);
    expect(rondAf((ijsselstein.aandeelAchterstand as number) * 100, 1)).toBe(29.6);
    expect(rondAf(ijsselstein.verhouding as number, 2)).toBe(0.59);
    expect(rondAf(ijsselstein.evenredigeOpdracht, 1)).toBe(28.7);
    expect(rondAf(ijsselstein.verschil, 1)).toBe(-11.7);
  });

  it("Houten: 36.1% vs 33.8%, verhouding 1.07, evenredig 32.8, verschil +2.2", () => {
    expect(rondAf(houten.aandeelOpdracht * 100, 1)).toBe(36.1);
    expect(rondAf((houten.aandeelAchterstand as number) * 100, 1)).toBe(33.8);
    expect(rondAf(houten.verhouding as number, 2)).toBe(1.07);
    expect(rondAf(houten.evenredigeOpdracht, 1)).toBe(32.8);
    expect(rondAf(houten.verschil, 1)).toBe(2.2);
  });

  it("verhouding per gemeente via berekenVerhouding: 1.27, 0.59, 1.07", () => {
    const v = zomer2022.map((x) =>
      rondAf(waardeVan(berekenVerhouding(x.opdracht, x.achterstand, [45, 17, 35], [26, 21, 24])), 2),
    );
    expect(v).toEqual([1.27, 0.59, 1.07]);
  });

  it("met Leusdens gecorrigeerde achterstand 18: opdracht per achterstand 2.50", () => {
    const [l] = vergelijkVersnelling([
      { gemeente: "Leusden", opdracht: 45, achterstand: 18 },
      zomer2022[1],
      zomer2022[2],
    ]);
    expect(l.opdrachtPerAchterstand).toBe(2.5);
  });

  it("het paar Leusden en IJsselstein: aandelen 72.6% en 27.4% van de opdracht", () => {
    const [l, ij] = vergelijkVersnelling(zomer2022.slice(0, 2));
    expect(rondAf(l.aandeelOpdracht * 100, 1)).toBe(72.6);
    expect(rondAf(ij.aandeelOpdracht * 100, 1)).toBe(27.4);
    expect(rondAf((l.aandeelAchterstand as number) * 100, 1)).toBe(55.3);
  });
});

describe("berekenVerhouding: berichten bij foute invoer (mutatietests)", () => {
  const opdrachten = [45, 17, 35];
  const achterstanden = [26, 21, 24];

  it.each([
    [Number.NaN, 26, opdrachten, achterstanden, "De opdracht NaN is geen getal."],
    [45, Number.NaN, opdrachten, achterstanden, "De achterstand NaN is geen getal."],
    [45, "26", opdrachten, achterstanden, 'De achterstand "26" is geen getal.'],
    [45, 26, [Number.NaN, 17, 35], achterstanden, "Waarde 1 in de lijst opdrachten (NaN) is geen getal."],
    [
      45,
      26,
      opdrachten,
      [26, 21, Number.POSITIVE_INFINITY],
      "Waarde 3 in de lijst achterstanden (Infinity) is geen getal.",
    ],
    [45, 26, opdrachten, ["26", 21, 24], 'Waarde 1 in de lijst achterstanden ("26") is geen getal.'],
  ])("meldt de eerste waarde die geen getal is (%p, %p, %p, %p)", (opdracht, achterstand, v, a, bericht) => {
    expect(foutVan(berekenVerhouding(opdracht, achterstand as number, v as number[], a as number[]))).toEqual(
      { soort: "waarde", code: "aantal-geen-getal", bericht },
    );
  });
});
