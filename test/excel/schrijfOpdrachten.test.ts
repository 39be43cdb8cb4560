import {
  breedteInPunten,
  groepeerOpvullingen,
  heeftWaarde,
  kolomReeksen,
  maakRechthoekig,
  rijGrootten,
  verdeelInBlokken,
} from "../../src/excel/schrijfOpdrachten";

describe("schrijfOpdrachten", () => {
  it("vult rafelige rijen aan met null (= ongemoeid)", () => {
    expect(maakRechthoekig([[1], [], [2, 3, 4]], 4, 2)).toEqual([
      [1, null],
      [null, null],
      [2, 3],
      [null, null],
    ]);
  });

  it("weet of een raster iets te schrijven heeft", () => {
    expect(heeftWaarde([[null], [null]])).toBe(false);
    expect(heeftWaarde([[null], ["0%"]])).toBe(true);
  });

  it("schat de grootte per rij als JSON", () => {
    expect(rijGrootten([[1, "a"]], [["0", null]])).toEqual([
      JSON.stringify([1, "a"]).length + JSON.stringify(["0", null]).length + 2,
    ]);
  });

  it("houdt alles in één blok zolang het onder de limiet blijft", () => {
    expect(verdeelInBlokken([10, 10, 10], 100, 5)).toEqual([{ van: 0, tot: 3, bytes: 35 }]);
  });

  it("splitst in opeenvolgende blokken onder de limiet", () => {
    expect(verdeelInBlokken([40, 40, 40, 40, 40], 100)).toEqual([
      { van: 0, tot: 2, bytes: 80 },
      { van: 2, tot: 4, bytes: 80 },
      { van: 4, tot: 5, bytes: 40 },
    ]);
  });

  it("groepeert trede-opvullingen per kleur in aaneengesloten gebieden", () => {
    const groepen = groepeerOpvullingen([
      { rij: 4, kolom: 5, kleur: "#ffc7ce" },
      { rij: 5, kolom: 5, kleur: "#FFC7CE" },
      { rij: 6, kolom: 5, kleur: "#FFC7CE" },
      { rij: 8, kolom: 5, kleur: "#FFC7CE" },
      { rij: 7, kolom: 5, kleur: "#C6EFCE" },
      { rij: 4, kolom: 7, kleur: "#FFC7CE" },
    ]);
    expect(groepen).toEqual([
      { kleur: "#FFC7CE", gebieden: ["F4:F6", "F8", "H4"], adressen: ["F4:F6,F8,H4"] },
      { kleur: "#C6EFCE", gebieden: ["F7"], adressen: ["F7"] },
    ]);
  });

  it("verdeelt lange adreslijsten over meerdere getRanges-aanroepen", () => {
    const opvullingen = Array.from({ length: 10 }, (_, i) => ({
      rij: 2 + 2 * i,
      kolom: 0,
      kleur: "#FFFFFF",
    }));
    const [groep] = groepeerOpvullingen(opvullingen, 12);
    expect(groep.adressen).toEqual(["A2,A4,A6,A8", "A10,A12,A14", "A16,A18,A20"]);
    expect(groep.adressen.every((a) => a.length <= 12)).toBe(true);
  });

  it("groepeert kolommen in reeksen en rekent breedten om naar punten", () => {
    expect(kolomReeksen([7, 4, 5, 5])).toEqual([
      [4, 2],
      [7, 1],
    ]);
    expect(breedteInPunten(14)).toBe(98);
  });
});
