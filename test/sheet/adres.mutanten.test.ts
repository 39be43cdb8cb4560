/**
 * Exact behaviour of the cell helpers in src/sheet/adres.ts at their edges: cells outside the grid or in a
 * hole of a sparse row, number formats of a grid that does not start in column A, empty cells, the Dutch
 * list of cell addresses, and number formats that only look like dates. Written against the surviving
 * mutants of a Stryker run.
 */
import type { CelWaarde } from "../../src/sheet";
import { celFormaat, celWaarde, isDatumFormaat, isOnbeschreven, noemCellen } from "../../src/sheet/adres";
import { blad } from "./hulp";

describe("celWaarde: buiten het raster", () => {
  it('geeft "" voor een rij onder het raster en voor een gat in een ijle rij', () => {
    const b = blad([["a", "b"]]);
    expect(celWaarde(b, 1, 0)).toBe("");
    expect(celWaarde(b, 7, 1)).toBe("");
    const ijl: CelWaarde[][] = [];
    ijl[2] = ["x"];
    expect(celWaarde(blad(ijl), 0, 0)).toBe("");
    expect(celWaarde(blad(ijl), 2, 0)).toBe("x");
  });

  it('geeft "" voor een gat binnen een rij, en laat null en 0 staan', () => {
    const rij: CelWaarde[] = [];
    rij[0] = "a";
    rij[2] = null;
    rij[3] = 0;
    const b = blad([rij]);
    expect(celWaarde(b, 0, 0)).toBe("a");
    expect(celWaarde(b, 0, 1)).toBe("");
    expect(celWaarde(b, 0, 2)).toBeNull();
    expect(celWaarde(b, 0, 3)).toBe(0);
  });

  it("leest links van het raster en voorbij het eind van de rij een lege waarde", () => {
    const b = blad([["a", "b"]], { beginKolom: 2 });
    expect(celWaarde(b, 0, 0)).toBe("");
    expect(celWaarde(b, 0, 1)).toBe("");
    expect(celWaarde(b, 0, 2)).toBe("a");
    expect(celWaarde(b, 0, 3)).toBe("b");
    expect(celWaarde(b, 0, 4)).toBe("");
  });
});

describe("celFormaat", () => {
  it("telt de kolom vanaf de eerste kolom van het raster", () => {
    const b = blad([["a", "b", "c"]], {
      beginKolom: 2,
      formaten: [["0", "d-m-jjjj", "0%", "h:mm", "#,##0", "@"]],
    });
    expect(celFormaat(b, 0, 2)).toBe("0");
    expect(celFormaat(b, 0, 3)).toBe("d-m-jjjj");
    expect(celFormaat(b, 0, 4)).toBe("0%");
  });

  it('geeft "General" voor een leeg of onbekend formaat', () => {
    const b = blad([["a", "b"]], { formaten: [["", "0"]] });
    expect(celFormaat(b, 0, 0)).toBe("General");
    expect(celFormaat(b, 0, 1)).toBe("0");
    expect(celFormaat(b, 0, 5)).toBe("General");
    expect(celFormaat(blad([["a"]]), 0, 0)).toBe("General");
  });
});

describe("isOnbeschreven", () => {
  it('is waar voor null, undefined en "", en niet voor spaties, 0 of false', () => {
    expect(isOnbeschreven(null)).toBe(true);
    expect(isOnbeschreven(undefined)).toBe(true);
    expect(isOnbeschreven("")).toBe(true);
    expect(isOnbeschreven(" ")).toBe(false);
    expect(isOnbeschreven(0)).toBe(false);
    expect(isOnbeschreven(false)).toBe(false);
  });
});

describe("noemCellen", () => {
  it('noemt vijf cellen allemaal, zonder "andere"', () => {
    expect(noemCellen(["A1", "A2", "A3", "A4", "A5"])).toBe("A1, A2, A3, A4 en A5");
  });

  it('noemt geen cel als "" en één cel zonder "en"', () => {
    expect(noemCellen([])).toBe("");
    expect(noemCellen(["F7"])).toBe("F7");
  });
});

describe("isDatumFormaat", () => {
  it("noemt General en Standaard geen datum, ook met spaties eromheen", () => {
    expect(isDatumFormaat("General")).toBe(false);
    expect(isDatumFormaat("Standaard")).toBe(false);
    expect(isDatumFormaat("standaard")).toBe(false);
    expect(isDatumFormaat("  Standaard ")).toBe(false);
  });

  it("kijkt alleen naar het hele formaat: Standaard voor of achter een datum maakt het geen General", () => {
    expect(isDatumFormaat("d-m-jjjj Standaard")).toBe(true);
    expect(isDatumFormaat("Standaard d-m-jjjj")).toBe(true);
  });

  it("laat een escaped teken weg", () => {
    expect(isDatumFormaat("0\\x")).toBe(false);
    expect(isDatumFormaat("0\\d")).toBe(false);
  });

  it("laat [kleur] en [$-413] weg, ook met letters erin", () => {
    expect(isDatumFormaat("[Red]0.00")).toBe(false);
    expect(isDatumFormaat("[$-413]0")).toBe(false);
    expect(isDatumFormaat("[Red]d-m-jjjj")).toBe(true);
  });

  it("laat alleen E+ en E- van een exponent weg, geen e voor een andere letter", () => {
    expect(isDatumFormaat("0.00E+00")).toBe(false);
    expect(isDatumFormaat("ed")).toBe(true);
  });
});
