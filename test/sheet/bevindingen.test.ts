/**
 * Findings of a review that attacked the engine with real-looking sheets. Each test failed before
 * its fix.
 */
import {
  controleerBlad,
  herkenKop,
  leesPercentage,
  maakSchrijfPlan,
  UITVOER_KOLOMMEN,
  type Blad,
} from "../../src/sheet";
import { blad, codes, KOP, leusdenBlad, opmerking, pasToe, rij } from "./hulp";

const plan = (b: Blad) => maakSchrijfPlan(b, controleerBlad(b));

describe("totaalrijen na elkaar", () => {
  const gemeenten2022 = [
    ["Leusden", "2022-1", 21, 18, 0, 13, 8],
    ["Houten", "2022-1", 24, 30, 0, 25, 0],
    ["Leusden", "2022-2", 26, 24, 1, 33, 0],
    ["Houten", "2022-2", 29, 31, -1, 20, 0],
  ];

  it("controleert ook de tweede van twee totaalrijen met een periode (Totaal 2022-2 wijkt 55 af)", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ...gemeenten2022,
        ["Totaal 2022-1", "2022-1", 45, 48, 0, 38, 8],
        ["Totaal 2022-2", "2022-2", 55, 110, 0, 53, 0],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@D7"]);
    expect(opmerking(r, "totaalrij-wijkt-af").bericht).toBe(
      "Totaal Taakstelling in D7 is 110, maar de som van de 2 gemeenten erboven is 55.",
    );
  });

  it("controleert een eindtotaal na subtotalen als som van alle gemeenten sinds het vorige eindtotaal", () => {
    const rijen = [
      KOP,
      ["Leusden", "2022-1", 21, 18, 0, 13, 8],
      ["Houten", "2022-1", 24, 30, 0, 25, 0],
      ["Subtotaal Eemland", "2022-1", 45, 48, 0, 38, 8],
      ["Zeist", "2022-1", 5, 10, 0, 10, 0],
      ["Baarn", "2022-1", 2, 6, 0, 4, 0],
      ["Subtotaal Heuvelrug", "2022-1", 7, 16, 0, 14, 0],
      ["Totaal", "2022-1", 52, 64, 0, 52, 8],
    ];
    expect(codes(controleerBlad(blad(rijen)))).toEqual([]);
    const fout = rijen.map((x) => [...x]);
    fout[7][3] = 63;
    const r = controleerBlad(blad(fout));
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@D8"]);
    expect(opmerking(r, "totaalrij-wijkt-af").bericht).toContain("is 63, maar de som van de 4 gemeenten");
  });

  it("controleert Provincie Utrecht direct onder Totaal", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Totaal", "2022-1", 45, 48, 0, 38, 8],
        ["Provincie Utrecht", "2022-1", 45, 47, 0, 38, 8],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@D5"]);
  });

  it("begint na een eindtotaal (Provincie) opnieuw te tellen", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Provincie Utrecht", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Totaal", "2022-1", 24, 30, 0, 25, 0],
      ]),
    );
    expect(codes(r)).toEqual([]);
  });

  it("telt een totaal zonder periode na een blok als som van dat blok", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Totaal", "", 45, 48, 0, 38, 8],
        ["Leusden", "2022-2", 26, 24, 1, 33, 0],
        ["Houten", "2022-2", 29, 31, -1, 20, 0],
        ["Totaal", "", 55, 55, 0, 53, 0],
      ]),
    );
    expect(codes(r)).toEqual([]);
  });

  it("leest een peildatumkolom van een totaalrij ook als de rij geen periode heeft", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand 1 januari", "Taakstelling", "Gerealiseerd"],
        ["Leusden", "2022-1", 21, 18, 13],
        ["Houten", "2022-1", 24, 30, 25],
        ["Totaal", "", 46, 48, 38],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@C4"]);
  });
});

describe("peildatumkolommen zonder jaar en zonder periode", () => {
  it("rekent een eerste helft (1 januari, dan 1 juli) en waarschuwt dat het jaar onbekend is", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand 1 januari", "Taakstelling", "Gerealiseerd", "Achterstand 1 juli"],
        ["Leusden", 21, 18, 13, 26],
        ["Houten", 24, 30, 25, 30],
      ]),
    );
    expect(rij(r, "Leusden")).toMatchObject({
      periode: null,
      achterstandBegin: 21,
      totaalopgave: 39,
      achterstandEind: 26,
      realisatieTaakstelling: 13 / 18,
      realisatieTotaalopgave: 13 / 39,
      trede: 3,
    });
    expect(rij(r, "Houten")).toMatchObject({ totaalopgave: 54, achterstandEind: 29, trede: 2 });
    expect(codes(r)).toEqual(["periode-jaar-onbekend@A1", "achterstand-wijkt-af@E3"]);
    expect(opmerking(r, "periode-jaar-onbekend").ernst).toBe("waarschuwing");
    expect(opmerking(r, "periode-jaar-onbekend").bericht).toBe(
      "Het blad heeft geen kolom Periode en noemt geen jaar: Achterstand 1 januari (B1) en Achterstand 1 juli (E1) maken het een eerste helft van een onbekend jaar. Alles wordt berekend, maar ketens en de vorige periode worden niet gebruikt.",
    );
  });

  it("rekent een tweede helft (1 juli, dan 1 januari)", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Stand 1 juli", "Taakstelling", "Gerealiseerd", "Stand 1 januari"],
        ["Leusden", 26, 24, 33, 17],
      ]),
    );
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: 26, totaalopgave: 50, achterstandEind: 17 });
    expect(codes(r)).toEqual(["periode-jaar-onbekend@A1"]);
    expect(opmerking(r, "periode-jaar-onbekend").bericht).toContain("een tweede helft van een onbekend jaar");
  });

  it("meldt een rij waarvan geen peildatumkolom het begin van haar periode is (nooit stil leeg)", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand 1 januari 2021", "Taakstelling", "Gerealiseerd"],
        ["Leusden", "2021-1", 1, 24, 6],
        ["Leusden", "2022-1", "", 18, 13],
      ]),
    );
    expect(rij(r, "Leusden", "2021-1")).toMatchObject({ totaalopgave: 25, achterstandEind: 19 });
    expect(codes(r)).toEqual(["geen-achterstand-begin@A3"]);
    expect(opmerking(r, "geen-achterstand-begin").bericht).toBe(
      "Geen achterstand begin voor 2022-1: het blad heeft geen kolom Achterstand begin of Totaalopgave en geen peildatumkolom voor 1 januari 2022; de totaalopgave, de achterstand eind en de trede zijn niet te berekenen.",
    );
  });
});

describe("kolom Realisatie", () => {
  it("is geen synoniem van Gerealiseerd (een percentagekolom gaf valse geen-aantal-fouten)", () => {
    expect(herkenKop("Realisatie")?.veld).toBeNull();
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Realisatie"],
        ["Leusden", "2022-1", 21, 18, 13, 0.72],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden").gerealiseerd).toBe(13);
  });
});

describe("schrijfplan: totaalopgave incl. extra", () => {
  const metExtra = (): Blad =>
    blad([
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Extra opgave"],
      ["Leusden", "2022-2", 26, 24, 1, 11],
    ]);

  it("zet IBT Totaalopgave incl. extra naast IBT Totaalopgave als er een kolom Extra opgave is (62)", () => {
    const p = plan(metExtra());
    expect(p.kolommen.slice(0, 3).map((k) => [k.kolom, k.kop, k.formaat])).toEqual([
      [6, "IBT Totaalopgave", "0"],
      [7, "IBT Totaalopgave incl. extra", "0"],
      [8, "IBT Achterstand eind", "0"],
    ]);
    expect(p.waarden[1].slice(0, 2)).toEqual([51, 62]);
    expect(p.kolommen).toHaveLength(UITVOER_KOLOMMEN.length + 1);
  });

  it("blijft idempotent met de extra kolom", () => {
    const b = metExtra();
    const p1 = plan(b);
    const p2 = plan(pasToe(b, p1));
    expect(p2).toEqual(p1);
  });

  it("laat het plan zonder kolom Extra opgave ongewijzigd", () => {
    const p = plan(leusdenBlad());
    expect(p.kolommen.map((k) => k.kop)).toEqual(UITVOER_KOLOMMEN.map((k) => k.kop));
  });
});

describe("schrijfplan: opmerkingen", () => {
  it("zet hele zinnen achter elkaar met een spatie, zonder '.;'", () => {
    const b = blad([
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Totaalopgave", "Gerealiseerd", "Trede"],
      ["Leusden", "2022-1", 21, 18, 40, 13, 1],
    ]);
    const r = controleerBlad(b);
    expect(r.opmerkingen.filter((o) => o.rij === 2).length).toBeGreaterThanOrEqual(2);
    const p = maakSchrijfPlan(b, r);
    const kolom = p.kolommen.find((k) => k.kop === "IBT Opmerkingen")!.kolom - p.beginKolom;
    const tekst = String(p.waarden[1][kolom]);
    expect(tekst).not.toContain(".;");
    expect(tekst).toBe(
      r.opmerkingen
        .filter((o) => o.rij === 2)
        .map((o) => o.bericht)
        .join(" "),
    );
  });

  it("zet opmerkingen over het blad in de opmerkingencel van de eerste gegevensrij, met 'Blad: '", () => {
    const b = blad([KOP, ["Leusden", "2022-1", 21, 18, 1, 13, 8], ["Houten", "2022-1", 24, 30, 0, 25, ""]]);
    const r = controleerBlad(b);
    expect(codes(r)).toEqual(["herverdeling-niet-nul@E1"]);
    const p = maakSchrijfPlan(b, r);
    const kolom = p.kolommen.find((k) => k.kop === "IBT Opmerkingen")!.kolom - p.beginKolom;
    expect(p.waarden[0][kolom]).toBe("IBT Opmerkingen");
    expect(p.waarden[1][kolom]).toBe(`Blad: ${opmerking(r, "herverdeling-niet-nul").bericht}`);
    expect(p.waarden[2][kolom]).toBe("");
  });

  it("zet in de eerste gegevensrij eerst de bladopmerkingen en dan die van de rij", () => {
    const b = blad([KOP, ["Leusden", "2022-1", 21, -18, 1, 13, 8], ["Houten", "2022-1", 24, 30, 0, 25, ""]]);
    const r = controleerBlad(b);
    const p = maakSchrijfPlan(b, r);
    const kolom = p.kolommen.find((k) => k.kop === "IBT Opmerkingen")!.kolom - p.beginKolom;
    const vanRij = r.opmerkingen.filter((o) => o.rij === 2).map((o) => o.bericht);
    expect(vanRij).toContain(opmerking(r, "taakstelling-negatief").bericht);
    expect(p.waarden[1][kolom]).toBe(
      `Blad: ${opmerking(r, "herverdeling-niet-nul").bericht} Rij: ${vanRij.join(" ")}`,
    );
  });
});

describe("berichten met een veld ervoor", () => {
  it("gaan na 'Periode in B2:' verder met een kleine letter", () => {
    const r = controleerBlad(blad([KOP, ["Leusden", "2022-3", 21, 18, 0, 13, 8]]));
    expect(opmerking(r, "periode-ongeldig", "B2").bericht).toMatch(
      /^Periode in B2: onbekende periode "2022-3"/,
    );
  });

  it("houden een eigennaam als Excel met een hoofdletter", () => {
    const r = controleerBlad(blad([KOP, ["Leusden", "2022-1", 21, "#N/A", 0, 13, 8]]));
    expect(opmerking(r, "geen-aantal", "D2").bericht).toBe(
      "Taakstelling in D2: Excel-fout #N/A in plaats van een aantal personen.",
    );
  });
});

describe("getallen lezen zoals het domein", () => {
  it("leest percentages met elk minteken dat parseAantal kent", () => {
    for (const min of ["\u2212", "\u2012", "\u2014", "\ufe63", "\uff0d"]) {
      expect(leesPercentage(`${min}5%`, "General")).toEqual({
        ok: true,
        waarde: { fractie: -0.05, alternatief: null },
      });
    }
    expect(leesPercentage("72\u202f%", "General")).toEqual({
      ok: true,
      waarde: { fractie: 0.72, alternatief: null },
    });
    expect(leesPercentage("1.234,5%", "General")).toEqual({
      ok: true,
      waarde: { fractie: 12.345, alternatief: null },
    });
    expect(leesPercentage("72%%", "General").ok).toBe(false);
  });

  it('leest het minteken van "-0,5%" ook als het gehele deel 0 is', () => {
    for (const tekst of ["-0,5%", "\u22120,5%", "- 0.5 %"]) {
      expect(leesPercentage(tekst, "General")).toEqual({
        ok: true,
        waarde: { fractie: -0.005, alternatief: null },
      });
    }
    expect(leesPercentage("+0,5%", "General")).toEqual({
      ok: true,
      waarde: { fractie: 0.005, alternatief: null },
    });
  });
});
