import {
  berekenVolgendeTotaalopgave,
  berekenAchterstandEind,
  berekenRealisatie,
  berekenTotaalopgave,
  berekenTotaalopgaveInclExtra,
  isTaakstellingGehaald,
  isTotaalopgaveGehaald,
  leidAchterstandBeginAf,
  leidGerealiseerdAf,
  valideerTaakstelling,
} from "../../src/domain/opgave";
import { rondProcentAf } from "../../src/domain/afronding";
import { foutVan, waardeVan } from "./helpers";

describe("foute invoer", () => {
  it("geeft een deling-fout bij een opgave van 0", () => {
    const fout = foutVan(berekenRealisatie(5, 0));
    expect(fout.soort).toBe("deling");
    expect(fout.code).toBe("deler-nul");
    expect(fout.bericht).toContain("groter dan 0");
  });

  it("geeft een deling-fout bij een negatieve opgave", () => {
    expect(foutVan(berekenRealisatie(5, -3)).code).toBe("deler-nul");
  });

  it("geeft een waarde-fout bij NaN of oneindig", () => {
    expect(foutVan(berekenRealisatie(Number.NaN, 10)).code).toBe("aantal-geen-getal");
    expect(foutVan(berekenRealisatie(5, Number.POSITIVE_INFINITY)).code).toBe("aantal-geen-getal");
  });

  it("weigert een negatieve taakstelling", () => {
    const fout = foutVan(valideerTaakstelling(-1));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("taakstelling-negatief");
    expect(fout.bericht).toBe("Taakstelling -1 is negatief; een taakstelling is 0 of meer personen.");
  });

  it("weigert een niet-gehele of ongeldige taakstelling", () => {
    expect(foutVan(valideerTaakstelling(2.5)).code).toBe("aantal-geen-geheel-getal");
    expect(foutVan(valideerTaakstelling(Number.NaN)).code).toBe("aantal-geen-getal");
  });

  it("laat NaN doorwerken in plaats van 0 te worden", () => {
    expect(berekenTotaalopgave(Number.NaN, 1)).toBeNaN();
    expect(berekenAchterstandEind(Number.NaN, 1)).toBeNaN();
  });
});

describe("totaalopgave, achterstand en realisatie", () => {
  it("telt taakstelling, achterstand en herverdeling op", () => {
    expect(berekenTotaalopgave(10, 5)).toBe(15);
    expect(berekenTotaalopgave(10, 5, -2)).toBe(13);
  });

  it("trekt een voorsprong af van de taakstelling", () => {
    expect(berekenTotaalopgave(10, -4)).toBe(6);
  });

  it("telt de extra opgave alleen bij de totaalopgave incl. extra", () => {
    expect(berekenTotaalopgaveInclExtra(15)).toBe(15);
    expect(berekenTotaalopgaveInclExtra(15, 3)).toBe(18);
  });

  it("geeft een voorsprong als negatieve achterstand", () => {
    expect(berekenAchterstandEind(10, 13)).toBe(-3);
  });

  it("geeft de exacte fractie, ook boven 100%", () => {
    expect(waardeVan(berekenRealisatie(3, 4))).toBe(0.75);
    expect(waardeVan(berekenRealisatie(0, 4))).toBe(0);
    expect(waardeVan(berekenRealisatie(6, 4))).toBe(1.5);
  });

  it("noemt de taakstelling gehaald als R + N >= TS", () => {
    expect(isTaakstellingGehaald(10, 10)).toBe(true);
    expect(isTaakstellingGehaald(10, 9)).toBe(false);
    expect(isTaakstellingGehaald(10, 9, 1)).toBe(true);
  });

  it("noemt de totaalopgave gehaald als de gecorrigeerde achterstand <= 0", () => {
    expect(isTotaalopgaveGehaald(0)).toBe(true);
    expect(isTotaalopgaveGehaald(-2)).toBe(true);
    expect(isTotaalopgaveGehaald(1)).toBe(false);
  });

  it("accepteert een taakstelling van 0 of meer", () => {
    expect(waardeVan(valideerTaakstelling(0))).toBe(0);
    expect(waardeVan(valideerTaakstelling(24))).toBe(24);
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  // Leusden, registered TVS figures.
  const leusden = [
    {
      periode: "2021-1",
      aBegin: 1,
      ts: 24,
      h: 0,
      to: 25,
      r: 6,
      n: 0,
      aEind: 19,
      aGecorr: 19,
      realTs: 25,
      realTo: 24,
    },
    {
      periode: "2021-2",
      aBegin: 19,
      ts: 19,
      h: 0,
      to: 38,
      r: 17,
      n: 6,
      aEind: 21,
      aGecorr: 15,
      realTs: 89,
      realTo: 45,
    },
    {
      periode: "2022-1",
      aBegin: 21,
      ts: 18,
      h: 0,
      to: 39,
      r: 13,
      n: 8,
      aEind: 26,
      aGecorr: 18,
      realTs: 72,
      realTo: 33,
    },
  ];

  it.each(leusden)(
    "Leusden $periode: TO $to, A_eind $aEind, gecorrigeerd $aGecorr, $realTs% en $realTo%",
    (g) => {
      const to = berekenTotaalopgave(g.ts, g.aBegin, g.h);
      expect(to).toBe(g.to);
      expect(berekenAchterstandEind(to, g.r)).toBe(g.aEind);
      expect(berekenAchterstandEind(to, g.r, g.n)).toBe(g.aGecorr);
      expect(rondProcentAf(waardeVan(berekenRealisatie(g.r, g.ts)))).toBe(g.realTs);
      expect(rondProcentAf(waardeVan(berekenRealisatie(g.r, to)))).toBe(g.realTo);
    },
  );

  it("de volgende periode begint bij de geregistreerde achterstand (regel 3)", () => {
    for (let i = 0; i + 1 < leusden.length; i++) {
      expect(leusden[i + 1].aBegin).toBe(berekenAchterstandEind(leusden[i].to, leusden[i].r));
    }
    // 2022-2 starts from the registered 26, not the corrected 18.
    expect(berekenTotaalopgave(24, berekenAchterstandEind(39, 13), 1)).toBe(51);
  });

  it("Leusden 2022-2: TO 51 (24 + 26 + 1), met extra opgave 11: TO_extra 62", () => {
    const to = berekenTotaalopgave(24, 26, 1);
    expect(to).toBe(51);
    expect(berekenTotaalopgaveInclExtra(to, 11)).toBe(62);
  });

  it("tussenstand 22 november 2022, R 33: 138% van de taakstelling (33/24) en 66% van een TO van 50", () => {
    expect(waardeVan(berekenRealisatie(33, 24))).toBe(1.375);
    expect(rondProcentAf(waardeVan(berekenRealisatie(33, 24)))).toBe(138);
    expect(rondProcentAf(waardeVan(berekenRealisatie(33, 50)))).toBe(66);
    expect(rondProcentAf(waardeVan(berekenRealisatie(33, 51)))).toBe(65);
  });

  it("taakstelling gehaald: 2021-1 en 2022-1 niet, 2021-2 met na-registratie wel (17 + 6 >= 19)", () => {
    expect(isTaakstellingGehaald(24, 6, 0)).toBe(false);
    expect(isTaakstellingGehaald(19, 17, 6)).toBe(true);
    expect(isTaakstellingGehaald(19, 17)).toBe(false);
    expect(isTaakstellingGehaald(18, 13, 8)).toBe(true);
    expect(isTotaalopgaveGehaald(18)).toBe(false);
  });
});

describe("regel 10: de totaalopgave van de volgende periode", () => {
  it("is TS(volgende) + A_eind + H(volgende): Leusden 2022-2 na A_eind 26 (24 + 26 + 1 = 51, zonder H 50)", () => {
    expect(berekenVolgendeTotaalopgave(24, 26, 1)).toBe(51);
    expect(berekenVolgendeTotaalopgave(24, 26)).toBe(50);
    expect(berekenVolgendeTotaalopgave(24, -3, -2)).toBe(19);
  });
});

describe("regels 1 en 2 terug gerekend (mutatietests)", () => {
  it("leidt de beginachterstand af uit totaalopgave, taakstelling en herverdeling: A_begin = TO - TS - H", () => {
    expect(leidAchterstandBeginAf(39, 18)).toBe(21);
    expect(leidAchterstandBeginAf(51, 24, 1)).toBe(26);
    expect(leidAchterstandBeginAf(50, 24, -2)).toBe(28);
  });

  it("leidt het gerealiseerde aantal af als TO - A_eind, ook als dat 0 is, en null als het negatief is", () => {
    expect(leidGerealiseerdAf(39, 26)).toBe(13);
    expect(leidGerealiseerdAf(26, 26)).toBe(0);
    expect(leidGerealiseerdAf(25, 26)).toBeNull();
  });
});

describe("valideerTaakstelling: grenzen (mutatietests)", () => {
  it("geeft voor -0 een gewone 0", () => {
    expect(Object.is(waardeVan(valideerTaakstelling(-0)), 0)).toBe(true);
  });

  it("weigert een tekst op de plaats van een getal (aanroep vanuit JavaScript)", () => {
    expect(foutVan(valideerTaakstelling("5" as unknown as number))).toEqual({
      soort: "waarde",
      code: "aantal-geen-getal",
      bericht: '"5" is geen aantal personen.',
    });
  });
});
