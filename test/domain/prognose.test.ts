import {
  benodigdTempo,
  berekenPrognose,
  DAGEN_PER_MAAND,
  prognoseGerealiseerd,
} from "../../src/domain/prognose";
import { rondAf } from "../../src/domain/afronding";
import type { Periode } from "../../src/domain/types";
import { foutVan, utc, waardeVan } from "./helpers";

const p2022_2: Periode = { jaar: 2022, helft: 2 };
const p2022_1: Periode = { jaar: 2022, helft: 1 };
const basis = {
  gerealiseerd: 33,
  periode: p2022_2,
  meetdatum: utc(2022, 11, 22),
  totaalopgave: 51,
  taakstelling: 24,
};

describe("foute invoer", () => {
  it.each([
    ["op de begindatum", utc(2022, 7, 1)],
    ["voor het begin", utc(2022, 6, 30)],
    ["op de einddatum", utc(2023, 1, 1)],
    ["na het einde", utc(2023, 3, 1)],
  ])("geeft geen prognose met een meetdatum %s", (_wat, meetdatum) => {
    const fout = foutVan(berekenPrognose({ ...basis, meetdatum }));
    expect(fout.soort).toBe("ontbreekt");
    expect(fout.code).toBe("prognose-buiten-periode");
    expect(fout.bericht).toContain("2022-2");
    expect(foutVan(prognoseGerealiseerd(33, p2022_2, meetdatum)).code).toBe("prognose-buiten-periode");
    expect(foutVan(benodigdTempo(51, 33, p2022_2, meetdatum)).code).toBe("prognose-buiten-periode");
  });

  it("noemt de meetdatum in het bericht", () => {
    expect(foutVan(prognoseGerealiseerd(1, p2022_2, utc(2022, 7, 1))).bericht).toBe(
      "Meetdatum 2022-07-01 ligt niet binnen de periode 2022-2 (na het begin en voor het einde); er is geen prognose.",
    );
  });

  it("weigert een ongeldige datum", () => {
    expect(foutVan(prognoseGerealiseerd(1, p2022_2, new Date(Number.NaN))).code).toBe("datum-onbekend");
  });

  it("weigert een negatief of niet-geheel aantal gerealiseerd", () => {
    expect(foutVan(prognoseGerealiseerd(-1, p2022_2, utc(2022, 11, 22))).code).toBe("aantal-negatief");
    expect(foutVan(prognoseGerealiseerd(2.5, p2022_2, utc(2022, 11, 22))).code).toBe(
      "aantal-geen-geheel-getal",
    );
    expect(foutVan(berekenPrognose({ ...basis, gerealiseerd: Number.NaN })).code).toBe("aantal-geen-getal");
  });

  it("weigert een niet-gehele totaalopgave of negatieve taakstelling", () => {
    expect(foutVan(berekenPrognose({ ...basis, totaalopgave: 50.5 })).code).toBe("aantal-geen-geheel-getal");
    expect(foutVan(berekenPrognose({ ...basis, taakstelling: -1 })).code).toBe("taakstelling-negatief");
    expect(foutVan(benodigdTempo(Number.NaN, 3, p2022_2, utc(2022, 11, 22))).code).toBe("aantal-geen-getal");
  });
});

describe("prognose en benodigd tempo (regel 9)", () => {
  it("rondt de prognose af naar beneden op hele personen", () => {
    // 10 of 181 days in 2022-1 after 1 day -> 1810; after 100 days 10 * 181 / 100 = 18.1 -> 18
    expect(waardeVan(prognoseGerealiseerd(10, p2022_1, utc(2022, 4, 11)))).toBe(18);
    expect(waardeVan(prognoseGerealiseerd(0, p2022_1, utc(2022, 4, 11)))).toBe(0);
  });

  it("telt hele UTC-dagen, ook als de meetdatum een tijd heeft", () => {
    const r = waardeVan(berekenPrognose({ ...basis, meetdatum: new Date(Date.UTC(2022, 10, 22, 17, 30)) }));
    expect(r.dagenVerstreken).toBe(144);
  });

  it("rekent een maand als 365,25 / 12 dagen", () => {
    expect(DAGEN_PER_MAAND).toBe(30.4375);
    // 30.4375 days left is exactly one month
    const half = waardeVan(benodigdTempo(10, 0, p2022_1, utc(2022, 5, 31)));
    expect(half).toBeCloseTo(10 / (31 / 30.4375), 12);
  });

  it("vraagt geen tempo meer als de opgave al gehaald is", () => {
    expect(waardeVan(benodigdTempo(20, 25, p2022_2, utc(2022, 11, 22)))).toBe(0);
    expect(waardeVan(benodigdTempo(20, 20, p2022_2, utc(2022, 11, 22)))).toBe(0);
  });

  it("ligt op schema als het aandeel gerealiseerd minstens het aandeel verstreken dagen is", () => {
    // 2022-1 has 181 days; at 1 april 2022 90 days have passed.
    const meetdatum = utc(2022, 4, 1);
    const opSchema = (gerealiseerd: number): boolean =>
      waardeVan(
        berekenPrognose({ gerealiseerd, periode: p2022_1, meetdatum, totaalopgave: 181, taakstelling: 100 }),
      ).opSchema;
    expect(opSchema(90)).toBe(true);
    expect(opSchema(89)).toBe(false);
  });

  it("heeft niets meer te doen bij een totaalopgave <= 0: tempo 0 en op schema", () => {
    const r = waardeVan(berekenPrognose({ ...basis, gerealiseerd: 2, totaalopgave: -3 }));
    expect(r.benodigdPerMaand).toBe(0);
    expect(r.opSchema).toBe(true);
    expect(r.tredePrognose).toBe(1);
  });

  it("gebruikt de vorige trede voor de trede van de prognose", () => {
    const r = waardeVan(berekenPrognose({ ...basis, gerealiseerd: 1, vorigeTrede: 4 }));
    expect(r.gerealiseerdPrognose).toBe(1);
    expect(r.achterstandPrognose).toBe(50);
    expect(r.tredePrognose).toBe(5);
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("Leusden 2022-2 op 22 november 2022 met R 33: 144 van 184 dagen, prognose 42, achterstand 9, trede 2", () => {
    const r = waardeVan(berekenPrognose({ ...basis, vorigeTrede: 3 }));
    expect(r.dagenVerstreken).toBe(144);
    expect(r.dagenTotaal).toBe(184);
    expect(r.gerealiseerdPrognose).toBe(42);
    expect(r.achterstandPrognose).toBe(9);
    expect(r.tredePrognose).toBe(2);
  });

  it("zonder vorige trede ook trede 2", () => {
    expect(waardeVan(berekenPrognose(basis)).tredePrognose).toBe(2);
  });

  it("prognoseGerealiseerd geeft 42", () => {
    expect(waardeVan(prognoseGerealiseerd(33, p2022_2, utc(2022, 11, 22)))).toBe(42);
  });

  it("benodigd tempo: 18 personen in 40 dagen is 13,70 per maand; niet op schema (33/51 < 144/184)", () => {
    const r = waardeVan(berekenPrognose(basis));
    expect(r.benodigdPerMaand).toBeCloseTo(18 / (40 / 30.4375), 12);
    expect(rondAf(r.benodigdPerMaand, 2)).toBe(13.7);
    expect(r.opSchema).toBe(false);
    expect(rondAf(waardeVan(benodigdTempo(51, 33, p2022_2, utc(2022, 11, 22))), 2)).toBe(13.7);
  });
});

describe("prognose: grenzen (mutatietests)", () => {
  const meetdatum = utc(2022, 11, 22);

  it("staat een negatieve totaalopgave toe in benodigdTempo (een voorsprong): tempo 0", () => {
    expect(waardeVan(benodigdTempo(-5, 0, p2022_2, meetdatum))).toBe(0);
    expect(waardeVan(benodigdTempo(-5, 3, p2022_2, meetdatum))).toBe(0);
  });

  it("weigert een negatief gerealiseerd aantal in benodigdTempo en berekenPrognose", () => {
    const verwacht = {
      soort: "waarde",
      code: "aantal-negatief",
      bericht: "-1 is negatief; verwacht 0 of meer personen.",
    };
    expect(foutVan(benodigdTempo(51, -1, p2022_2, meetdatum))).toEqual(verwacht);
    expect(foutVan(berekenPrognose({ ...basis, gerealiseerd: -1 }))).toEqual(verwacht);
    expect(foutVan(prognoseGerealiseerd(-1, p2022_2, meetdatum))).toEqual(verwacht);
  });

  it("meldt een totaalopgave die geen getal is", () => {
    expect(foutVan(benodigdTempo(Number.NaN, 0, p2022_2, meetdatum))).toEqual({
      soort: "waarde",
      code: "aantal-geen-getal",
      bericht: "NaN is geen aantal personen.",
    });
    expect(foutVan(berekenPrognose({ ...basis, totaalopgave: 51.5 })).bericht).toBe(
      "Totaalopgave 51,5 is geen geheel aantal personen.",
    );
  });

  it("ligt op schema bij totaalopgave 0, ook zonder realisatie", () => {
    const r = waardeVan(berekenPrognose({ ...basis, gerealiseerd: 0, totaalopgave: 0, taakstelling: 0 }));
    expect(r.opSchema).toBe(true);
    expect(r.benodigdPerMaand).toBe(0);
  });

  it("ligt precies op schema als R/TO gelijk is aan verstreken/totaal (92 van 184 dagen, 1 van 2)", () => {
    const r = waardeVan(
      berekenPrognose({ ...basis, meetdatum: utc(2022, 10, 1), gerealiseerd: 1, totaalopgave: 2 }),
    );
    expect(r.dagenVerstreken).toBe(92);
    expect(r.opSchema).toBe(true);
    expect(r.benodigdPerMaand).toBeCloseTo(1 / (92 / DAGEN_PER_MAAND), 12);
  });
});
