/**
 * Exact output of maakSynthetischBlad (src/sheet/synthetisch.ts): the title rows, every cell of a small
 * sheet, the invented names beyond the CBS list and the column totals of the benchmark sheet. The
 * generator is deterministic (fixed seed), so any change to the random stream or to how a draw is
 * used shows up as a different value. Written against the surviving mutants of a Stryker run.
 */
import { maakSynthetischBlad, SYNTHETISCHE_KOPPEN } from "../../src/sheet";
import type { CelWaarde } from "../../src/sheet";

/** Sum of one column over the data rows (an empty opdracht counts as 0). */
function som(rijen: CelWaarde[][], kolom: number): number {
  return rijen.reduce((s, r) => s + (r[kolom] === "" ? 0 : (r[kolom] as number)), 0);
}

describe("maakSynthetischBlad: titel en naam", () => {
  it("heeft de titelregel, een lege regel en de koppen, onder de naam Synthetisch", () => {
    const b = maakSynthetischBlad(0, 1);
    expect(b.naam).toBe("Synthetisch");
    expect(b.waarden).toEqual([
      ["Synthetisch overzicht taakstelling vergunninghouders (verzonnen cijfers, voor de benchmark)"],
      [],
      [...SYNTHETISCHE_KOPPEN],
    ]);
  });
});

describe("maakSynthetischBlad: de cijfers", () => {
  it("maakt voor 7 gemeenten x 3 perioden precies deze rijen", () => {
    // Odd number of gemeenten: the last one has no partner for a herverdeling. Herverdelingen in every
    // period, na-registraties, and opdrachten only in the last period.
    const b = maakSynthetischBlad(7, 3);
    expect(b.waarden.slice(3)).toEqual([
      ["Aa en Hunze", "2013-1", 16, 121, 0, 137, 106, 0, ""],
      ["Aalsmeer", "2013-1", 13, 144, 0, 157, 180, 0, ""],
      ["Aalten", "2013-1", 26, 22, 3, 51, 34, 0, ""],
      ["Achtkarspelen", "2013-1", 16, 84, -3, 97, 90, 0, ""],
      ["Alblasserdam", "2013-1", 4, 27, 0, 31, 24, 0, ""],
      ["Albrandswaard", "2013-1", -1, 140, 0, 139, 164, 0, ""],
      ["Alkmaar", "2013-1", 0, 51, 0, 51, 57, 0, ""],
      ["Aa en Hunze", "2013-2", 31, 84, 1, 116, 76, 0, ""],
      ["Aalsmeer", "2013-2", -23, 117, -1, 93, 99, 4, ""],
      ["Aalten", "2013-2", 17, 35, 0, 52, 36, 0, ""],
      ["Achtkarspelen", "2013-2", 7, 61, 0, 68, 53, 0, ""],
      ["Alblasserdam", "2013-2", 7, 28, 0, 35, 26, 0, ""],
      ["Albrandswaard", "2013-2", -25, 91, 0, 66, 90, 0, ""],
      ["Alkmaar", "2013-2", -6, 40, 0, 34, 38, 2, ""],
      ["Aa en Hunze", "2014-1", 40, 95, 0, 135, 81, 0, 33],
      ["Aalsmeer", "2014-1", -6, 90, 0, 84, 85, 0, ""],
      ["Aalten", "2014-1", 16, 28, 0, 44, 29, 0, ""],
      ["Achtkarspelen", "2014-1", 15, 64, 0, 79, 45, 0, 15],
      ["Alblasserdam", "2014-1", 9, 27, 2, 38, 26, 4, 6],
      ["Albrandswaard", "2014-1", -24, 125, -2, 99, 86, 0, ""],
      ["Alkmaar", "2014-1", -4, 51, 0, 47, 45, 6, 60],
    ]);
  });

  it("telt voor het benchmarkblad van 342 x 20 precies deze totalen op", () => {
    const rijen = maakSynthetischBlad(342, 20).waarden.slice(3);
    expect(rijen).toHaveLength(6840);
    expect([2, 3, 4, 5, 6, 7, 8].map((k) => som(rijen, k))).toEqual([
      95209, 413670, 0, 508879, 414331, 4725, 2554,
    ]);
    expect(rijen.filter((r) => r[4] !== 0)).toHaveLength(756);
    expect(rijen.filter((r) => r[7] !== 0)).toHaveLength(1370);
    expect(rijen.filter((r) => r[8] !== "")).toHaveLength(82);
    // Opdrachten only in the last period.
    expect(rijen.filter((r) => r[8] !== "" && r[1] !== "2022-2")).toEqual([]);
  });
});

describe("maakSynthetischBlad: namen voorbij de CBS-lijst", () => {
  it("noemt gemeente 343 en 344 'Gemeente 343' en 'Gemeente 344'", () => {
    const b = maakSynthetischBlad(344, 1);
    expect(b.waarden.slice(-3)).toEqual([
      ["Zwolle", "2013-1", -2, 8, 0, 6, 5, 0, ""],
      ["Gemeente 343", "2013-1", 22, 33, 0, 55, 21, 0, ""],
      ["Gemeente 344", "2013-1", 10, 71, 0, 81, 90, 0, ""],
    ]);
  });
});
