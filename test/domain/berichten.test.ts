import {
  beschrijfInvoer,
  berichten,
  brieflabels,
  HELFT_NAMEN,
  MAANDEN,
  MAATREGELEN,
  TREDE_NAMEN,
} from "../../src/domain/berichten";

describe("foute invoer beschrijven", () => {
  it("beschrijft elke soort gevonden waarde in het Nederlands", () => {
    expect(beschrijfInvoer("abc")).toBe('"abc"');
    expect(beschrijfInvoer(true)).toBe("WAAR");
    expect(beschrijfInvoer(false)).toBe("ONWAAR");
    expect(beschrijfInvoer(26.5)).toBe("26,5");
    expect(beschrijfInvoer(Number.NaN)).toBe("NaN");
    expect(beschrijfInvoer(null)).toBe("een lege waarde");
    expect(beschrijfInvoer(undefined)).toBe("een lege waarde");
    expect(beschrijfInvoer([1])).toBe("een lijst");
    expect(beschrijfInvoer({})).toBe("een onbekende waarde");
    expect(beschrijfInvoer(new Date(Date.UTC(2022, 0, 1)))).toBe("de datum 2022-01-01");
    expect(beschrijfInvoer(new Date(Number.NaN))).toBe("een ongeldige datum");
  });
});

describe("berichten en labels", () => {
  it("heeft zes treden met naam en maatregel", () => {
    expect(Object.keys(TREDE_NAMEN)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(Object.keys(MAATREGELEN)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(TREDE_NAMEN[4]).toBe("Vooraankondiging juridische interventie");
    expect(TREDE_NAMEN[5]).toBe("Besluit tot indeplaatsstelling");
  });

  it("kent twaalf maanden en twee helften", () => {
    expect(MAANDEN).toHaveLength(12);
    expect(MAANDEN[6]).toBe("juli");
    expect(HELFT_NAMEN[1]).toBe("eerste helft");
  });

  it("noemt de gemeente zonder achterstand", () => {
    expect(berichten.geenAchterstand("Leusden")).toBe(
      "Leusden heeft geen achterstand; een verhouding is niet te berekenen.",
    );
  });

  it("schrijft de stand met enkelvoud, meervoud, achterstand en voorsprong", () => {
    expect(brieflabels.stand(21, "21")).toBe("21 vergunninghouders achterstand");
    expect(brieflabels.stand(1, "1")).toBe("1 vergunninghouder achterstand");
    expect(brieflabels.stand(-3, "3")).toBe("3 vergunninghouders voorsprong");
    expect(brieflabels.stand(0, "0")).toBe("0 vergunninghouders achterstand");
  });

  it("bevat geen Engelse woorden in de berichten", () => {
    const teksten = [
      berichten.periodeOnbekend("x"),
      berichten.aantalGeenGetal("x"),
      berichten.delerNul(0),
      berichten.tredeOnbekend("x"),
      berichten.lengteVerschilt(1, 2),
      berichten.prognoseBuitenPeriode("2022-07-01", "2022-2"),
      berichten.inwonersNederlandNul,
    ];
    for (const t of teksten) expect(t).not.toMatch(/\b(the|is not|error|invalid|value|number)\b/i);
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("het voorbeeldbericht voor een onbekende periode", () => {
    expect(berichten.periodeOnbekend("2022-3")).toBe(
      'Onbekende periode "2022-3": gebruik bijvoorbeeld 2022-1 of 2022-2 (eerste of tweede helft).',
    );
  });

  it("de trede-namen van het beleidskader IBT 2021-2024", () => {
    expect(Object.values(TREDE_NAMEN)).toEqual([
      "Signaleren",
      "Informatie opvragen en valideren",
      "Actief toezicht",
      "Vooraankondiging juridische interventie",
      "Besluit tot indeplaatsstelling",
      "Sanctie uitvoeren",
    ]);
  });
});
