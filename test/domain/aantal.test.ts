import {
  herkenExcelFout,
  isLeeg,
  normaliseerAantalTekst,
  parseAantal,
  parseAantalNietNegatief,
} from "../../src/domain/aantal";
import type { Tekenconventie } from "../../src/domain/types";
import { foutVan, waardeVan } from "./helpers";

describe("parseAantal: foute invoer wordt nooit stil 0", () => {
  it.each([null, undefined, "", "   ", "\u00a0"])("meldt %p als leeg (ontbreekt, aantal-leeg)", (invoer) => {
    const fout = foutVan(parseAantal(invoer));
    expect(fout.soort).toBe("ontbreekt");
    expect(fout.code).toBe("aantal-leeg");
    expect(fout.bericht).toBe("Geen aantal ingevuld.");
  });

  it.each([
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    " #n/a ",
  ])("meldt de Excel-fout %p bij naam", (invoer) => {
    const fout = foutVan(parseAantal(invoer));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("aantal-excel-fout");
    expect(fout.bericht).toBe(`Excel-fout ${invoer.trim().toUpperCase()} in plaats van een aantal personen.`);
  });

  it.each([
    "abc",
    "#hashtag",
    "26 appels",
    "twintig",
    "1,234.5x",
    "--26",
    "2 6",
    "26-",
    "0x1A",
    "1e3",
    "Infinity",
  ])("weigert de tekst %p als geen getal", (invoer) => {
    const fout = foutVan(parseAantal(invoer));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("aantal-geen-getal");
    expect(fout.bericht).toBe(`"${invoer}" is geen aantal personen.`);
  });

  it("weigert booleans met de Excel-naam in het bericht", () => {
    expect(foutVan(parseAantal(true)).bericht).toBe("WAAR is geen aantal personen.");
    expect(foutVan(parseAantal(false)).code).toBe("aantal-geen-getal");
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, {}, [], new Date(0)])(
    "weigert %p als geen getal",
    (invoer) => {
      expect(foutVan(parseAantal(invoer)).code).toBe("aantal-geen-getal");
    },
  );

  it.each([26.5, -0.1, 1e-9, "26,5", "26.5", "26.50", "1,5 vergunninghouders", "1.000,5"])(
    "weigert het niet-gehele %p",
    (invoer) => {
      const fout = foutVan(parseAantal(invoer));
      expect(fout.soort).toBe("waarde");
      expect(fout.code).toBe("aantal-geen-geheel-getal");
    },
  );

  it("noemt het gevonden getal in Nederlandse notatie", () => {
    expect(foutVan(parseAantal(26.5)).bericht).toBe("26,5 is geen geheel aantal personen.");
  });

  it("weigert een negatief aantal waar dat niet kan", () => {
    const fout = foutVan(parseAantalNietNegatief("-3"));
    expect(fout.code).toBe("aantal-negatief");
    expect(waardeVan(parseAantalNietNegatief("3"))).toBe(3);
    expect(foutVan(parseAantalNietNegatief("")).code).toBe("aantal-leeg");
  });
});

describe("parseAantal: getallen en tekst", () => {
  it.each([
    [26, 26],
    [26.0, 26],
    [0, 0],
    [-0, 0],
    [-26, -26],
    ["26", 26],
    [" 26 ", 26],
    ["26 vergunninghouders", 26],
    ["1 vergunninghouder", 1],
    ["26 Personen", 26],
    ["\u221226", -26], // unicode minus
    ["\u201326", -26], // en dash
    ["\u201426", -26], // em dash
    ["-26", -26],
    ["- 26", -26],
    ["+1", 1],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["26,0", 26],
    ["26.0", 26],
    ["0", 0],
    ["-0", 0],
  ])("leest %p als %p", (invoer, verwacht) => {
    expect(waardeVan(parseAantal(invoer))).toBe(verwacht);
    expect(Object.is(waardeVan(parseAantal(invoer)), -0)).toBe(false);
  });
});

describe("parseAantal: tekenconventies", () => {
  const gevallen: [Tekenconventie, unknown, number][] = [
    ["achterstand", "26", 26],
    ["achterstand", "-3", -3],
    ["voorsprong", "3", -3],
    ["voorsprong", "-26", 26],
    ["saldo", "-26", 26],
    ["saldo", "\u221226", 26],
    ["saldo", 3, -3],
    ["aantal", "-3", -3],
    ["saldo", 0, 0],
    ["voorsprong", "0", 0],
  ];
  it.each(gevallen)("conventie %s: %p wordt achterstand %p", (conventie, invoer, verwacht) => {
    const w = waardeVan(parseAantal(invoer, conventie));
    expect(w).toBe(verwacht);
    expect(Object.is(w, -0)).toBe(false);
  });

  it("geeft ook bij een tekenconventie een fout voor lege invoer", () => {
    expect(foutVan(parseAantal("", "saldo")).code).toBe("aantal-leeg");
    expect(foutVan(parseAantal("#N/A", "voorsprong")).code).toBe("aantal-excel-fout");
  });

  it("herkent Excel-fouten los", () => {
    expect(herkenExcelFout("#div/0!")).toBe("#DIV/0!");
    expect(herkenExcelFout("#geen")).toBeNull();
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it('leest "26", "26 vergunninghouders", "−26" en "-26" zoals de rekenregels ze noemen', () => {
    expect(waardeVan(parseAantal("26"))).toBe(26);
    expect(waardeVan(parseAantal("26 vergunninghouders"))).toBe(26);
    expect(waardeVan(parseAantal("\u221226"))).toBe(-26);
    expect(waardeVan(parseAantal("-26"))).toBe(-26);
  });

  it("leest Leusdens saldo -26 op 1 juli 2022 (TVS) als achterstand 26", () => {
    expect(waardeVan(parseAantal("-26", "saldo"))).toBe(26);
  });

  it('laat "abc", "" en "#N/A" niet stil 0 worden', () => {
    expect(parseAantal("abc").ok).toBe(false);
    expect(parseAantal("").ok).toBe(false);
    expect(parseAantal("#N/A").ok).toBe(false);
  });

  it("leest de herverdeling +1 (Utrechtse Heuvelrug) als 1", () => {
    expect(waardeVan(parseAantal("+1"))).toBe(1);
  });
});

describe("parseAantal: een aantal personen ligt tussen -1.000.000.000 en 1.000.000.000", () => {
  it.each([1e9, -1e9, "1.000.000.000", "-1000000000"])("accepteert de grens %p", (invoer) => {
    expect(Math.abs(waardeVan(parseAantal(invoer)))).toBe(1_000_000_000);
  });

  it.each([1e9 + 1, -1e9 - 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, "1000000001", "99999999999999999999"])(
    "weigert %p als te groot, met een Nederlandse melding",
    (invoer) => {
      const fout = foutVan(parseAantal(invoer));
      expect(fout.soort).toBe("waarde");
      expect(fout.code).toBe("aantal-te-groot");
      expect(fout.bericht).toMatch(
        / is geen aantal personen: het valt buiten -1\.000\.000\.000 tot en met 1\.000\.000\.000\.$/,
      );
    },
  );

  it("noemt de waarde zoals Excel haar toont", () => {
    expect(foutVan(parseAantal(1e308)).bericht).toBe(
      "1e+308 is geen aantal personen: het valt buiten -1.000.000.000 tot en met 1.000.000.000.",
    );
  });

  it("weigert te grote aantallen ook in de saldoconventie en bij parseAantalNietNegatief", () => {
    expect(foutVan(parseAantal(-2e9, "saldo")).code).toBe("aantal-te-groot");
    expect(foutVan(parseAantalNietNegatief(2e9)).code).toBe("aantal-te-groot");
  });
});

describe("isLeeg en normaliseerAantalTekst (mutatietests)", () => {
  it.each([null, undefined, "", "  ", "\u00a0\t"])("isLeeg(%p) is waar", (cel) => {
    expect(isLeeg(cel)).toBe(true);
  });

  it.each([0, "0", " x ", false, Number.NaN])("isLeeg(%p) is onwaar", (cel) => {
    expect(isLeeg(cel)).toBe(false);
  });

  it("maakt van elke reeks witruimte één spatie", () => {
    expect(normaliseerAantalTekst("\u2212  0")).toBe("- 0");
    expect(normaliseerAantalTekst(" 26 \u00a0\u202f\t vergunninghouders ")).toBe("26 vergunninghouders");
  });

  it("leest een aantal met meerdere spaties voor de eenheid", () => {
    expect(waardeVan(parseAantal("26 \u00a0 vergunninghouders"))).toBe(26);
    expect(waardeVan(parseAantal("\u2013  5"))).toBe(-5);
  });

  it("leest een gehele breuk van nullen en weigert elke andere breuk", () => {
    expect(waardeVan(parseAantal("26,000"))).toBe(26);
    expect(foutVan(parseAantal("26,05")).code).toBe("aantal-geen-geheel-getal");
  });
});
