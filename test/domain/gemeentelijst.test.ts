import { GEMEENTELIJST, GEMEENTEN_JAAR } from "../../src/domain/gemeentelijst";

const perProvincie = (provincie: string) => GEMEENTELIJST.filter(([, , p]) => p === provincie);

describe("de CBS-lijst van gemeenten", () => {
  it("is de lijst van 2025", () => {
    expect(GEMEENTEN_JAAR).toBe(2025);
  });

  it("telt 342 gemeenten, in 2025 evenveel als in 2024 (op 1 januari 2025 was er geen herindeling)", () => {
    expect(GEMEENTELIJST).toHaveLength(342);
  });

  it("telt in de provincie Utrecht 26 gemeenten, met Leusden, IJsselstein, Houten en Utrecht", () => {
    const utrecht = perProvincie("Utrecht");
    expect(utrecht).toHaveLength(26);
    expect(utrecht).toEqual(
      expect.arrayContaining([
        ["GM0327", "Leusden", "Utrecht"],
        ["GM0353", "IJsselstein", "Utrecht"],
        ["GM0321", "Houten", "Utrecht"],
        ["GM0344", "Utrecht", "Utrecht"],
        ["GM1961", "Vijfheerenlanden", "Utrecht"],
      ]),
    );
  });

  it("verdeelt de gemeenten over de twaalf provincies zoals CBS", () => {
    const telling = new Map<string, number>();
    for (const [, , p] of GEMEENTELIJST) telling.set(p, (telling.get(p) ?? 0) + 1);
    expect(Object.fromEntries([...telling].sort())).toEqual({
      Drenthe: 12,
      Flevoland: 6,
      Fryslân: 18,
      Gelderland: 51,
      Groningen: 10,
      Limburg: 31,
      "Noord-Brabant": 56,
      "Noord-Holland": 44,
      Overijssel: 25,
      Utrecht: 26,
      Zeeland: 13,
      "Zuid-Holland": 50,
    });
  });

  it("geeft elke gemeente één code GMxxxx en één naam, zonder spaties eromheen", () => {
    const codes = GEMEENTELIJST.map(([code]) => code);
    const namen = GEMEENTELIJST.map(([, naam]) => naam);
    expect(new Set(codes).size).toBe(342);
    expect(new Set(namen).size).toBe(342);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
    for (const naam of namen) expect(naam).toBe(naam.trim());
  });

  it("schrijft de namen zoals CBS: met apostrof, Fries en de afkorting van de provincie waar die hoort", () => {
    const naamVan = (code: string) => GEMEENTELIJST.find(([c]) => c === code)?.[1];
    expect(naamVan("GM0518")).toBe("'s-Gravenhage");
    expect(naamVan("GM0796")).toBe("'s-Hertogenbosch");
    expect(naamVan("GM1900")).toBe("Súdwest-Fryslân");
    expect(naamVan("GM0164")).toBe("Hengelo (O.)");
    expect(naamVan("GM0373")).toBe("Bergen (NH.)");
    expect(naamVan("GM0893")).toBe("Bergen (L.)");
    expect(naamVan("GM1992")).toBe("Voorne aan Zee");
  });
});
