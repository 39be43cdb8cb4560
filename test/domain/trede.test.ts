import {
  bepaalEscalatie,
  bepaalTrede,
  bepaalTredeHistorie,
  isTrede,
  maatregel,
  parseTrede,
  tredeNaam,
} from "../../src/domain/trede";
import { berekenAchterstandEind, berekenTotaalopgave } from "../../src/domain/opgave";
import type { Trede } from "../../src/domain/types";
import { foutVan, waardeVan } from "./helpers";

describe("foute invoer", () => {
  it.each([null, undefined, "", "  "])("meldt %p als ontbrekende trede", (invoer) => {
    const fout = foutVan(parseTrede(invoer));
    expect(fout.soort).toBe("ontbreekt");
    expect(fout.code).toBe("trede-leeg");
  });

  it.each([
    0,
    7,
    2.5,
    -1,
    Number.NaN,
    "0",
    "7",
    "36",
    "3.0",
    "-3",
    "trede 9",
    "drie",
    "#N/A",
    "3 Sanctie uitvoeren",
    "3 - Sanctie uitvoeren",
    "3 - - Actief toezicht",
    true,
    {},
  ])("weigert %p als trede", (invoer) => {
    const fout = foutVan(parseTrede(invoer));
    expect(fout.soort).toBe("waarde");
    expect(fout.code).toBe("trede-onbekend");
  });

  it("noemt de gevonden waarde in het bericht", () => {
    expect(foutVan(parseTrede("drie")).bericht).toBe(
      '"drie" is geen trede: gebruik een getal van 1 tot en met 6.',
    );
  });

  it("gooit bij NaN of oneindig in plaats van een verkeerde trede te geven", () => {
    expect(() => bepaalTrede(Number.NaN, 10)).toThrow(RangeError);
    expect(() => bepaalTrede(5, Number.POSITIVE_INFINITY)).toThrow("Taakstelling");
  });

  it("isTrede accepteert alleen de getallen 1 tot en met 6", () => {
    expect([1, 2, 3, 4, 5, 6].every(isTrede)).toBe(true);
    expect([0, 7, 3.5, "3", null].some(isTrede)).toBe(false);
  });
});

describe("trede na een periode (regel 6)", () => {
  it("geeft trede 1 zonder achterstand", () => {
    expect(bepaalTrede(0, 10)).toBe(1);
    expect(bepaalTrede(-5, 10, 4)).toBe(1);
  });

  it("geeft trede 2 als de achterstand kleiner is dan de taakstelling", () => {
    expect(bepaalTrede(1, 10)).toBe(2);
    expect(bepaalTrede(9, 10, 5)).toBe(2);
  });

  it("geeft trede 3 als de achterstand gelijk is aan de taakstelling", () => {
    expect(bepaalTrede(10, 10)).toBe(3);
    expect(bepaalTrede(10, 10, 2)).toBe(3);
  });

  it("geeft trede 3 bij een eerste periode met achterstand >= taakstelling zonder bekende vorige trede", () => {
    expect(bepaalTrede(30, 10, null)).toBe(3);
    expect(bepaalTrede(30, 10)).toBe(3);
  });

  it("schaalt één trede op per volgende periode met achterstand >= taakstelling, tot en met 6", () => {
    expect(bepaalTrede(30, 10, 3)).toBe(4);
    expect(bepaalTrede(30, 10, 4)).toBe(5);
    expect(bepaalTrede(30, 10, 5)).toBe(6);
    expect(bepaalTrede(30, 10, 6)).toBe(6);
  });

  it("springt van trede 1 direct naar 3", () => {
    expect(bepaalTrede(30, 10, 1)).toBe(3);
  });

  it("geeft trede 3 of hoger bij een achterstand en taakstelling 0", () => {
    expect(bepaalTrede(1, 0)).toBe(3);
    expect(bepaalTrede(0, 0)).toBe(1);
  });
});

describe("trede over een reeks perioden", () => {
  const groot = { achterstand: 30, taakstelling: 10 };
  const klein = { achterstand: 5, taakstelling: 10 };
  const geen = { achterstand: 0, taakstelling: 10 };

  it("telt opeenvolgende perioden met achterstand >= taakstelling: 3, 4, 5, 6, 6", () => {
    expect(bepaalTredeHistorie([groot, groot, groot, groot, groot])).toEqual([3, 4, 5, 6, 6]);
  });

  it("begint opnieuw bij 3 na een periode onder de taakstelling", () => {
    expect(bepaalTredeHistorie([groot, groot, klein, groot])).toEqual([3, 4, 2, 3]);
    expect(bepaalTredeHistorie([geen, groot])).toEqual([1, 3]);
  });

  it("gaat na een begintrede 4 verder met 5 en 6", () => {
    expect(bepaalTredeHistorie([groot, groot, groot], 4)).toEqual([5, 6, 6]);
  });

  it("geeft een lege reeks voor geen perioden", () => {
    expect(bepaalTredeHistorie([])).toEqual([]);
  });
});

describe("parseTrede, namen, maatregelen en escalatie", () => {
  it.each([
    [3, 3],
    [3.0, 3],
    ["3", 3],
    [" 6 ", 6],
    ["trede 4", 4],
    ["Trede 2", 2],
    ["3 Actief toezicht", 3],
    ["3. Actief toezicht", 3],
    ["3 - Actief toezicht", 3],
    ["3 – Actief toezicht", 3],
    ["4—Vooraankondiging juridische interventie", 4],
    ["3-", 3],
    ["3.", 3],
    ["actief toezicht", 3],
    ["Sanctie uitvoeren", 6],
  ])("leest %p als trede %i", (invoer, trede) => {
    expect(waardeVan(parseTrede(invoer))).toBe(trede);
  });

  it("kent de namen van alle treden", () => {
    expect(([1, 2, 3, 4, 5, 6] as Trede[]).map(tredeNaam)).toEqual([
      "Signaleren",
      "Informatie opvragen en valideren",
      "Actief toezicht",
      "Vooraankondiging juridische interventie",
      "Besluit tot indeplaatsstelling",
      "Sanctie uitvoeren",
    ]);
  });

  it("kent de maatregel van elke trede (regel 7)", () => {
    expect(maatregel(1)).toBe("Geen maatregel: volgen.");
    expect(maatregel(2)).toContain("Informatie opvragen bij COA en gemeente");
    expect(maatregel(3)).toContain("Verbeterplan vragen en bestuurlijk overleg plannen");
    expect(maatregel(4)).toContain("gemeenteraad (openbaar)");
    expect(maatregel(5)).toContain("laatste termijn");
    expect(maatregel(6)).toBe("Indeplaatsstelling uitvoeren.");
  });

  it("vergelijkt met de vorige trede: Opschalen, Afschalen of Gelijk", () => {
    expect(bepaalEscalatie(1, 2)).toBe("Opschalen");
    expect(bepaalEscalatie(4, 2)).toBe("Afschalen");
    expect(bepaalEscalatie(3, 3)).toBe("Gelijk");
    expect(bepaalEscalatie(2, 6)).toBe("Opschalen");
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  // Leusden: [periode, A_begin, TS, R, N, vorige trede, trede, escalatie]
  const leusden: [string, number, number, number, number, Trede, Trede, string][] = [
    ["2021-1", 1, 24, 6, 0, 1, 2, "Opschalen"],
    ["2021-2", 19, 19, 17, 6, 2, 2, "Gelijk"],
    ["2022-1", 21, 18, 13, 8, 2, 3, "Opschalen"],
  ];

  it.each(leusden)("Leusden %s: trede %#", (_p, aBegin, ts, r, n, vorige, trede, escalatie) => {
    const aGecorrigeerd = berekenAchterstandEind(berekenTotaalopgave(ts, aBegin), r, n);
    const t = bepaalTrede(aGecorrigeerd, ts, vorige);
    expect(t).toBe(trede);
    expect(bepaalEscalatie(vorige, t)).toBe(escalatie);
  });

  it("2021-1: achterstand 19 < taakstelling 24 geeft trede 2, opschalen van 1 naar 2", () => {
    expect(bepaalTrede(19, 24, 1)).toBe(2);
    expect(bepaalEscalatie(1, 2)).toBe("Opschalen");
  });

  it("2021-2: gecorrigeerd 15 < 19 geeft trede 2 (gelijk); zonder correctie (21 >= 19) zou het trede 3 zijn", () => {
    expect(bepaalTrede(15, 19, 2)).toBe(2);
    expect(bepaalEscalatie(2, 2)).toBe("Gelijk");
    expect(bepaalTrede(21, 19, 2)).toBe(3);
  });

  it("2022-1: gecorrigeerd 18 = taakstelling 18 geeft trede 3, opschalen van 2 naar 3", () => {
    expect(bepaalTrede(18, 18, 2)).toBe(3);
    expect(bepaalEscalatie(2, 3)).toBe("Opschalen");
    expect(tredeNaam(3)).toBe("Actief toezicht");
  });

  it("de hele Leusden-reeks op gecorrigeerde achterstanden, beginnend bij trede 1: 2, 2, 3", () => {
    expect(
      bepaalTredeHistorie(
        [
          { achterstand: 19, taakstelling: 24 },
          { achterstand: 15, taakstelling: 19 },
          { achterstand: 18, taakstelling: 18 },
        ],
        1,
      ),
    ).toEqual([2, 2, 3]);
  });
});

describe("parseTrede en bepaalTrede: grenzen (mutatietests)", () => {
  it("noemt Achterstand of Taakstelling in de fout bij een ongeldig getal", () => {
    expect(() => bepaalTrede(Number.NaN, 10)).toThrow(
      new RangeError("Achterstand NaN is geen getal; de trede is niet te bepalen."),
    );
    expect(() => bepaalTrede(5, Number.NEGATIVE_INFINITY)).toThrow(
      new RangeError("Taakstelling -Infinity is geen getal; de trede is niet te bepalen."),
    );
  });

  it("gooit ook bij een tekst op de plaats van een getal (aanroep vanuit JavaScript)", () => {
    expect(() => bepaalTrede("5" as unknown as number, 10)).toThrow(
      new RangeError('Achterstand "5" is geen getal; de trede is niet te bepalen.'),
    );
  });

  it.each(["13", "x3", "trede 13", "34", "3x", "3 x", "3.5", "#NUM!", "#N/A", "3 actief toezicht extra"])(
    "weigert %p: de hele tekst moet een trede zijn",
    (invoer) => {
      expect(foutVan(parseTrede(invoer))).toEqual({
        soort: "waarde",
        code: "trede-onbekend",
        bericht: `"${invoer}" is geen trede: gebruik een getal van 1 tot en met 6.`,
      });
    },
  );

  it.each([
    ["3.", 3],
    ["3:", 3],
    ["3)", 3],
    ["trede3", 3],
    ["5: Besluit tot indeplaatsstelling", 5],
    ["2) informatie opvragen en valideren", 2],
    ["TREDE 1 SIGNALEREN", 1],
    ["  4   Vooraankondiging   juridische interventie  ", 4],
  ])("leest %p als trede %i", (invoer, trede) => {
    expect(waardeVan(parseTrede(invoer))).toBe(trede);
  });
});
