import {
  beginPeildatum,
  eindPeildatum,
  formatPeildatum,
  formatPeriode,
  formatPeriodeLang,
  isZelfdePeriode,
  parsePeriode,
  periodeVanDatum,
  vergelijkPerioden,
  volgendePeriode,
  vorigePeriode,
} from "../../src/domain/periode";
import type { Periode } from "../../src/domain/types";
import { foutVan, utc, waardeVan } from "./helpers";

const p = (jaar: number, helft: 1 | 2): Periode => ({ jaar, helft });

describe("parsePeriode: foute invoer", () => {
  it.each([
    "2022-3",
    "2022",
    "2022-0",
    "derde helft 2022",
    "1e kwartaal 2022",
    "2022-III",
    "22-1",
    "2022-1-1",
    "abc",
  ])("weigert %p met een waarde-fout periode-onbekend", (label) => {
    const fout = foutVan(parsePeriode(label));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("periode-onbekend");
    expect(fout.bericht).toContain(`"${label}"`);
  });

  it("geeft het voorbeeldbericht voor 2022-3", () => {
    expect(foutVan(parsePeriode("2022-3")).bericht).toBe(
      'Onbekende periode "2022-3": gebruik bijvoorbeeld 2022-1 of 2022-2 (eerste of tweede helft).',
    );
  });

  it("ziet een Excel-datumgetal niet als periode", () => {
    const fout = foutVan(parsePeriode(44562));
    expect(fout.code).toBe("periode-onbekend");
    expect(fout.bericht).toContain("44562");
    expect(fout.bericht).toContain("geen periodelabel");
  });

  it("ziet een Date niet als periode", () => {
    const fout = foutVan(parsePeriode(utc(2022, 1, 1)));
    expect(fout.code).toBe("periode-onbekend");
    expect(fout.bericht).toContain("2022-01-01");
  });

  it.each([null, undefined, "", "   ", true, {}])("weigert lege of vreemde invoer %p", (invoer) => {
    expect(foutVan(parsePeriode(invoer)).code).toBe("periode-onbekend");
  });

  it("meldt een lege periode als niet ingevuld", () => {
    expect(foutVan(parsePeriode("  ")).bericht).toMatch(/^Geen periode ingevuld/);
  });

  it("gooit bij een ongeldige Date in periodeVanDatum in plaats van een periode NaN te geven", () => {
    expect(() => periodeVanDatum(new Date(Number.NaN))).toThrow("De datum is ongeldig.");
  });

  it.each(["1899-2", "3000-1", "0999-1"])("weigert jaar buiten 1900..2999: %p", (label) => {
    expect(foutVan(parsePeriode(label)).bericht).toContain("tussen 1900 en 2999");
  });
});

describe("parsePeriode: alle varianten uit de rekenregels", () => {
  it.each([
    ["2022-1", 2022, 1],
    ["2022-I", 2022, 1],
    ["2022 I", 2022, 1],
    ["2022/1", 2022, 1],
    ["2022-H1", 2022, 1],
    ["1e helft 2022", 2022, 1],
    ["eerste helft 2022", 2022, 1],
    ["2021-II", 2021, 2],
    ["2021-2", 2021, 2],
    ["2e helft 2021", 2021, 2],
    ["tweede helft 2021", 2021, 2],
    ["2022-i", 2022, 1],
    ["2022-h2", 2022, 2],
    ["2022 H2", 2022, 2],
    ["2022 ii", 2022, 2],
    ["2022/II", 2022, 2],
    ["EERSTE HELFT 2022", 2022, 1],
    ["  Tweede   helft  2021 ", 2021, 2],
    ["2022 - 1", 2022, 1],
    ["2022\u20131", 2022, 1], // en dash
    ["2022\u2014II", 2022, 2], // em dash
    ["2022\u22121", 2022, 1], // unicode minus
    ["1ste helft 2023", 2023, 1],
    ["2de helft 2023", 2023, 2],
    ["1900-1", 1900, 1],
    ["2999-2", 2999, 2],
  ])("leest %p als %i-%i", (label, jaar, helft) => {
    expect(waardeVan(parsePeriode(label))).toEqual({ jaar, helft });
  });
});

describe("perioden: opmaak, peildata en volgorde", () => {
  it("schrijft het canonieke label", () => {
    expect(formatPeriode(p(2022, 1))).toBe("2022-1");
    expect(formatPeriode(p(2021, 2))).toBe("2021-2");
  });

  it("schrijft de lange naam voor brieven", () => {
    expect(formatPeriodeLang(p(2022, 1))).toBe("eerste helft 2022");
    expect(formatPeriodeLang(p(2022, 2))).toBe("tweede helft 2022");
  });

  it("begint op 1 januari of 1 juli (UTC) en eindigt op de begindatum van de volgende periode", () => {
    expect(beginPeildatum(p(2022, 1)).toISOString()).toBe("2022-01-01T00:00:00.000Z");
    expect(beginPeildatum(p(2022, 2)).toISOString()).toBe("2022-07-01T00:00:00.000Z");
    expect(eindPeildatum(p(2022, 1)).toISOString()).toBe("2022-07-01T00:00:00.000Z");
    expect(eindPeildatum(p(2022, 2)).toISOString()).toBe("2023-01-01T00:00:00.000Z");
  });

  it("bepaalt de periode van een datum", () => {
    expect(periodeVanDatum(utc(2022, 1, 1))).toEqual(p(2022, 1));
    expect(periodeVanDatum(utc(2022, 6, 30))).toEqual(p(2022, 1));
    expect(periodeVanDatum(utc(2022, 7, 1))).toEqual(p(2022, 2));
    expect(periodeVanDatum(utc(2022, 11, 22))).toEqual(p(2022, 2));
    expect(periodeVanDatum(utc(2022, 12, 31))).toEqual(p(2022, 2));
  });

  it("telt door over de jaargrens", () => {
    expect(volgendePeriode(p(2022, 1))).toEqual(p(2022, 2));
    expect(volgendePeriode(p(2022, 2))).toEqual(p(2023, 1));
    expect(vorigePeriode(p(2022, 1))).toEqual(p(2021, 2));
    expect(vorigePeriode(p(2022, 2))).toEqual(p(2022, 1));
  });

  it("sorteert perioden op tijd", () => {
    const lijst = [p(2022, 2), p(2021, 1), p(2022, 1), p(2021, 2)];
    expect([...lijst].sort(vergelijkPerioden).map(formatPeriode)).toEqual([
      "2021-1",
      "2021-2",
      "2022-1",
      "2022-2",
    ]);
    expect(vergelijkPerioden(p(2022, 1), p(2022, 1))).toBe(0);
    expect(vergelijkPerioden(p(2021, 2), p(2022, 1))).toBe(-1);
    expect(isZelfdePeriode(p(2022, 1), { jaar: 2022, helft: 1 })).toBe(true);
    expect(isZelfdePeriode(p(2022, 1), p(2022, 2))).toBe(false);
  });

  it("schrijft een peildatum in het Nederlands", () => {
    expect(formatPeildatum(utc(2022, 7, 1))).toBe("1 juli 2022");
    expect(formatPeildatum(utc(2022, 1, 1))).toBe("1 januari 2022");
    expect(formatPeildatum(utc(2022, 11, 22))).toBe("22 november 2022");
    expect(formatPeildatum(new Date(Date.UTC(2022, 7, 1, 23, 59)))).toBe("1 augustus 2022");
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("de Leusden-perioden lezen en schrijven als 2021-1 .. 2022-2", () => {
    expect(
      ["2021-1", "2021-II", "1e helft 2022", "tweede helft 2022"].map((l) =>
        formatPeriode(waardeVan(parsePeriode(l))),
      ),
    ).toEqual(["2021-1", "2021-2", "2022-1", "2022-2"]);
  });

  it("de meetdatum 22 november 2022 valt in 2022-2, dat loopt van 1 juli 2022 tot 1 januari 2023", () => {
    const periode = periodeVanDatum(utc(2022, 11, 22));
    expect(formatPeriode(periode)).toBe("2022-2");
    expect(formatPeildatum(beginPeildatum(periode))).toBe("1 juli 2022");
    expect(formatPeildatum(eindPeildatum(periode))).toBe("1 januari 2023");
  });
});

describe("parsePeriode: berichten (mutatietests)", () => {
  const voorbeeld = "gebruik bijvoorbeeld 2022-1 of 2022-2 (eerste of tweede helft).";

  it("noemt een getal of datum als zodanig, niet als onbekend label", () => {
    expect(foutVan(parsePeriode(44562))).toEqual({
      soort: "waarde",
      code: "periode-onbekend",
      bericht: `Onbekende periode: 44562 is een getal of datum, geen periodelabel; ${voorbeeld}`,
    });
    expect(foutVan(parsePeriode(utc(2022, 1, 1))).bericht).toBe(
      `Onbekende periode: de datum 2022-01-01 is een getal of datum, geen periodelabel; ${voorbeeld}`,
    );
    expect(foutVan(parsePeriode(true)).bericht).toBe(
      `Onbekende periode: WAAR is geen periodelabel; ${voorbeeld}`,
    );
  });

  it("noemt het label zonder de witruimte eromheen", () => {
    expect(foutVan(parsePeriode("  2022-3 ")).bericht).toBe(`Onbekende periode "2022-3": ${voorbeeld}`);
    expect(foutVan(parsePeriode(" 1899-2  ")).bericht).toBe(
      'Onbekende periode "1899-2": het jaar moet tussen 1900 en 2999 liggen.',
    );
  });
});
