import { berekenWettelijkeTaakstelling } from "../../src/domain/taakstelling";
import { foutVan, waardeVan } from "./helpers";

describe("foute invoer", () => {
  it.each([
    [-1, 100, 1000],
    [10, -1, 1000],
    [10, 100, -1],
    [10.5, 100, 1000],
    [10, 100.5, 1000],
    [Number.NaN, 100, 1000],
    [10, Number.POSITIVE_INFINITY, 1000],
    [2 ** 60, 1, 1],
  ])("weigert (%p, %p, %p) met een waarde-fout", (l, g, n) => {
    const fout = foutVan(berekenWettelijkeTaakstelling(l, g, n));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("taakstelling-invoer-ongeldig");
  });

  it("noemt de foute invoer in het bericht", () => {
    expect(foutVan(berekenWettelijkeTaakstelling(-1, 1, 1)).bericht).toBe(
      "Landelijke taakstelling -1 is geen geheel getal van 0 of meer.",
    );
  });

  it("geeft een deling-fout bij 0 inwoners van Nederland", () => {
    const fout = foutVan(berekenWettelijkeTaakstelling(10, 0, 0));
    expect(fout.soort).toBe("deling");
    expect(fout.code).toBe("deler-nul");
  });

  it("weigert een gemeente met meer inwoners dan Nederland", () => {
    const fout = foutVan(berekenWettelijkeTaakstelling(10, 2000, 1000));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("inwoners-te-groot");
  });
});

describe("Huisvestingswet art. 29: naar boven afgerond", () => {
  it("rondt een breuk naar boven af", () => {
    expect(waardeVan(berekenWettelijkeTaakstelling(13500, 50000, 17500000))).toBe(39); // 38.57
    expect(waardeVan(berekenWettelijkeTaakstelling(10, 1, 1000))).toBe(1); // 0.01
  });

  it("rondt een geheel uitkomend getal niet op", () => {
    expect(waardeVan(berekenWettelijkeTaakstelling(35000, 500000, 17500000))).toBe(1000);
    expect(waardeVan(berekenWettelijkeTaakstelling(0, 500000, 17500000))).toBe(0);
    expect(waardeVan(berekenWettelijkeTaakstelling(10, 0, 1000))).toBe(0);
  });

  it("rekent exact, ook waar drijvende komma zou afwijken", () => {
    const groot = Number.MAX_SAFE_INTEGER;
    expect(waardeVan(berekenWettelijkeTaakstelling(groot, 3, 3))).toBe(groot);
    expect(waardeVan(berekenWettelijkeTaakstelling(groot, 1, 1))).toBe(groot);
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("de rekenregels geven geen cijfers voor art. 29; met alle inwoners krijgt een gemeente de landelijke 13.500 (afspraak 26 augustus 2022)", () => {
    expect(waardeVan(berekenWettelijkeTaakstelling(13500, 17590672, 17590672))).toBe(13500);
  });
});

describe("berichten bij foute invoer (mutatietests)", () => {
  it.each([
    [-1, 100, 1000, "Landelijke taakstelling -1 is geen geheel getal van 0 of meer."],
    [10, -1, 1000, "Inwoners gemeente -1 is geen geheel getal van 0 of meer."],
    [10, 100, 1000.5, "Inwoners Nederland 1000,5 is geen geheel getal van 0 of meer."],
  ])("noemt de foute invoer bij (%p, %p, %p)", (landelijk, gemeente, nederland, bericht) => {
    expect(foutVan(berekenWettelijkeTaakstelling(landelijk, gemeente, nederland))).toEqual({
      soort: "waarde",
      code: "taakstelling-invoer-ongeldig",
      bericht,
    });
  });
});
