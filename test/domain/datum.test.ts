import {
  dagenTussen,
  datumNaarExcelSerie,
  excelSerieNaarDatum,
  formatIsoDatum,
  naarUtcMiddernacht,
  parseDatum,
} from "../../src/domain/datum";
import { foutVan, utc, waardeVan } from "./helpers";

const iso = (d: Date): string => d.toISOString().slice(0, 10);

describe("parseDatum: foute invoer", () => {
  it.each([null, undefined, "", "   "])("meldt %p als ontbrekende datum", (invoer) => {
    const fout = foutVan(parseDatum(invoer));
    expect(fout.soort).toBe("ontbreekt");
    expect(fout.code).toBe("datum-leeg");
  });

  it.each(["abc", "22-11", "2022/11/22x", "22 novembr 2022", "#N/A", true, {}, 0, -5, 1e9, Number.NaN])(
    "weigert %p als datum",
    (invoer) => {
      const fout = foutVan(parseDatum(invoer));
      expect(fout.soort).toBe("waarde");
      expect(fout.code).toBe("datum-onbekend");
    },
  );

  it("noemt de gevonden tekst in het bericht", () => {
    expect(foutVan(parseDatum("abc")).bericht).toBe(
      '"abc" is geen datum: gebruik bijvoorbeeld 22-11-2022, 22 november 2022 of 2022-11-22.',
    );
  });

  it.each(["31-02-2022", "2022-02-30", "29 februari 2023", "32-01-2022", "2022-13-01"])(
    "weigert de niet-bestaande datum %p",
    (invoer) => {
      expect(foutVan(parseDatum(invoer)).bericht).toContain("geen bestaande datum");
    },
  );

  it("weigert Excel-datum 60, de niet-bestaande 29 februari 1900", () => {
    expect(foutVan(parseDatum(60)).bericht).toContain("1900 was geen schrikkeljaar");
  });

  it("weigert een ongeldige Date", () => {
    expect(foutVan(parseDatum(new Date(Number.NaN))).code).toBe("datum-onbekend");
  });
});

describe("Excel-datumgetallen (1900-systeem)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [44562, "2022-01-01"],
    [44743, "2022-07-01"],
    [44887, "2022-11-22"],
    [44927, "2023-01-01"],
    [2958465, "9999-12-31"],
  ])("serie %i is %s", (serie, datum) => {
    expect(iso(excelSerieNaarDatum(serie))).toBe(datum);
    expect(datumNaarExcelSerie(new Date(`${datum}T00:00:00Z`))).toBe(serie);
  });

  it("laat een tijdsdeel weg", () => {
    expect(iso(excelSerieNaarDatum(44887.75))).toBe("2022-11-22");
    expect(datumNaarExcelSerie(new Date(Date.UTC(2022, 10, 22, 18)))).toBe(44887);
  });

  it("zet serie 60 op 1 maart 1900 (Excel's 29-02-1900 bestaat niet)", () => {
    expect(iso(excelSerieNaarDatum(60))).toBe("1900-03-01");
  });
});

describe("parseDatum: geldige invoer", () => {
  it.each([
    [44887, "2022-11-22"],
    [44887.5, "2022-11-22"],
    ["2022-11-22", "2022-11-22"],
    ["2022-1-5", "2022-01-05"],
    ["22-11-2022", "2022-11-22"],
    ["22/11/2022", "2022-11-22"],
    ["22.11.2022", "2022-11-22"],
    ["1-8-2022", "2022-08-01"],
    ["22 november 2022", "2022-11-22"],
    ["22 November 2022", "2022-11-22"],
    ["  1  februari   2022 ", "2022-02-01"],
    ["22 nov 2022", "2022-11-22"],
    ["22 nov. 2022", "2022-11-22"],
    ["3 mrt 2022", "2022-03-03"],
    ["29 februari 2024", "2024-02-29"],
  ])("leest %p als %s", (invoer, verwacht) => {
    expect(iso(waardeVan(parseDatum(invoer)))).toBe(verwacht);
  });

  it("neemt van een Date de UTC-dag op middernacht", () => {
    const d = waardeVan(parseDatum(new Date(Date.UTC(2022, 10, 22, 13, 45))));
    expect(d.toISOString()).toBe("2022-11-22T00:00:00.000Z");
  });
});

describe("hele dagen", () => {
  it("telt hele UTC-dagen", () => {
    expect(dagenTussen(utc(2022, 7, 1), utc(2023, 1, 1))).toBe(184);
    expect(dagenTussen(utc(2022, 1, 1), utc(2022, 7, 1))).toBe(181);
    expect(dagenTussen(utc(2024, 1, 1), utc(2024, 7, 1))).toBe(182);
    expect(dagenTussen(utc(2022, 11, 22), utc(2022, 7, 1))).toBe(-144);
  });

  it("laat de tijd van de dag weg", () => {
    expect(dagenTussen(new Date(Date.UTC(2022, 6, 1, 23)), new Date(Date.UTC(2022, 6, 2, 1)))).toBe(1);
    expect(naarUtcMiddernacht(new Date(Date.UTC(2022, 6, 1, 23, 5))).toISOString()).toBe(
      "2022-07-01T00:00:00.000Z",
    );
  });

  it("schrijft een ISO-datum", () => {
    expect(formatIsoDatum(utc(2022, 11, 22))).toBe("2022-11-22");
    expect(formatIsoDatum(new Date(Number.NaN))).toBe("een ongeldige datum");
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("de meetdatum 22 november 2022 ligt 144 dagen na 1 juli 2022, van de 184 dagen tot 1 januari 2023", () => {
    const meetdatum = waardeVan(parseDatum("22-11-2022"));
    expect(dagenTussen(utc(2022, 7, 1), meetdatum)).toBe(144);
    expect(dagenTussen(utc(2022, 7, 1), waardeVan(parseDatum("1 januari 2023")))).toBe(184);
  });

  it("de correctiedata 1 februari 2022 en 1 augustus 2022 zijn te lezen", () => {
    expect(iso(waardeVan(parseDatum("1 februari 2022")))).toBe("2022-02-01");
    expect(iso(waardeVan(parseDatum("01-08-2022")))).toBe("2022-08-01");
  });
});

describe("parseDatum: grenzen (mutatietests)", () => {
  it.each([
    ["1-1-1900", "1900-01-01"],
    ["1900-1-1", "1900-01-01"],
    ["29-2-2024", "2024-02-29"],
    ["31-12-9999", "9999-12-31"],
    ["30-4-2022", "2022-04-30"],
  ])("accepteert de bestaande datum %p", (invoer, verwacht) => {
    expect(iso(waardeVan(parseDatum(invoer)))).toBe(verwacht);
  });

  it.each([
    "1-1-1899",
    "31-12-1899",
    "0099-01-01",
    "31-4-2022",
    "29-2-2023",
    "0-5-2022",
    "1-13-2022",
    "1-0-2022",
    "32-1-2022",
    "31 april 2022",
    "0 mei 2022",
  ])("weigert %p met het bericht dat de datum niet bestaat", (invoer) => {
    const fout = foutVan(parseDatum(invoer));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("datum-onbekend");
    expect(fout.bericht).toBe(`"${invoer}" is geen bestaande datum.`);
  });

  it("leest Excel-datumgetallen tot en met 9999-12-31 en niets daarboven", () => {
    expect(iso(waardeVan(parseDatum(2958465)))).toBe("9999-12-31");
    expect(iso(waardeVan(parseDatum(2958465.99)))).toBe("9999-12-31");
    expect(iso(waardeVan(parseDatum(2958464.5)))).toBe("9999-12-30");
    expect(iso(waardeVan(parseDatum(1)))).toBe("1900-01-01");
    const fout = foutVan(parseDatum(2958466));
    expect(fout.code).toBe("datum-onbekend");
    expect(fout.bericht).toBe(
      "2958466 is geen datum: gebruik bijvoorbeeld 22-11-2022, 22 november 2022 of 2022-11-22.",
    );
  });

  it("weigert Excel-datum 60 met code en volledig bericht", () => {
    const fout = foutVan(parseDatum(60.5));
    expect(fout).toEqual({
      soort: "waarde",
      code: "datum-onbekend",
      bericht: "Excel-datum 60 (29 februari 1900) bestaat niet: 1900 was geen schrikkeljaar.",
    });
  });

  it.each([
    "x2022-11-22",
    "12022-11-22",
    "2022-11-22x",
    "2022-11-223",
    "x22-11-2022",
    "122-11-2022",
    "22-11-2022x",
    "22-11-20221",
    "x22 nov 2022",
    "122 november 2022",
    "22 nov 2022x",
    "22 november 20221",
    "22 n.ov 2022",
    "22 nov.. 2022",
  ])("weigert %p: de hele tekst moet een datum zijn", (invoer) => {
    const fout = foutVan(parseDatum(invoer));
    expect(fout.code).toBe("datum-onbekend");
    expect(fout.bericht).toBe(
      `"${invoer}" is geen datum: gebruik bijvoorbeeld 22-11-2022, 22 november 2022 of 2022-11-22.`,
    );
  });

  it.each([
    ["22 sept. 2022", "2022-09-22"],
    ["22 sept 2022", "2022-09-22"],
    ["1 okt. 2022", "2022-10-01"],
  ])("leest de afkorting met of zonder punt: %p", (invoer, verwacht) => {
    expect(iso(waardeVan(parseDatum(invoer)))).toBe(verwacht);
  });
});
