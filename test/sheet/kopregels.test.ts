/**
 * Whole sheets in the supervisors' own layouts through controleerBlad: the phone note's overview, the
 * VRU's versnelling list, two-row headers, and the cases where a header's period or date decides.
 */
import { controleerBlad, type Blad, type Rapport } from "../../src/sheet";

const codes = (r: Rapport): string[] => r.opmerkingen.map((o) => `${o.code}@${o.cel}`);
const rij = (r: Rapport, gemeente: string) => r.rijen.find((x) => x.gemeente === gemeente)!;

describe("het overzicht uit de telefoonnotitie", () => {
  const blad: Blad = {
    naam: "Blad1",
    waarden: [
      ["Overzicht vergunninghouders"],
      [],
      [
        "Gemeente",
        "TS 2022-1",
        "TO 2022-1",
        "Gerealiseerd op 1/7",
        "Achterstand op 1/7",
        "Nieuwe TS 2022-2",
        "Nieuwe TO 2022-2",
      ],
      ["Leusden", 18, 39, 13, 26, 24, 50],
      ["Gemeente IJsselstein", 10, 31, 10, 21, 12, 34],
    ],
  };
  const r = controleerBlad(blad);

  it("leest periode 2022-1 uit de kop, en zegt dat", () => {
    expect(r.kopRij).toBe(3);
    expect(r.bladPeriode).toEqual({ periode: "2022-1", bron: 'de kop "TS 2022-1" (B3)' });
    expect(r.kolommen.map((k) => k.veld)).toEqual([
      "gemeente",
      "taakstelling",
      "totaalopgave",
      "gerealiseerd",
      null,
      "volgendeTaakstelling",
      "volgendeTotaalopgave",
    ]);
  });

  it("rekent Leusden 2022-1 met achterstand begin uit TO - TS - H, en de volgende periode", () => {
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      achterstandBegin: 21,
      taakstelling: 18,
      totaalopgave: 39,
      gerealiseerd: 13,
      achterstandEind: 26,
      trede: 3,
      volgendePeriode: { periode: "2022-2", taakstelling: 24, totaalopgave: 50, herverdeling: null },
    });
  });

  it("meldt een verkeerde volgende totaalopgave op haar cel (34, berekend 12 + 21 = 33)", () => {
    expect(codes(r)).toEqual(["periode-uit-titel@A3", "volgende-totaalopgave-wijkt-af@G5"]);
    expect(r.opmerkingen[1].bericht).toBe(
      "Totaalopgave 2022-2 in G5 is 34, berekend 33 (taakstelling 12 + achterstand 21; de nieuwe periode begint met de achterstand eind van deze periode).",
    );
    expect(rij(r, "IJsselstein").gemeenteOpBlad).toBe("Gemeente IJsselstein");
  });

  it("telt een herverdeling van de volgende periode mee (24 + 26 + 1 = 51)", () => {
    const met = controleerBlad({
      naam: "Blad1",
      waarden: [
        [
          "Gemeente",
          "TS 2022-1",
          "TO 2022-1",
          "Gerealiseerd",
          "Nieuwe TS 2022-2",
          "Herverdeling 2022-2",
          "Nieuwe TO 2022-2",
        ],
        ["Leusden", 18, 39, 13, 24, 1, 50],
      ],
    });
    expect(codes(met)).toContain("volgende-totaalopgave-wijkt-af@G2");
    expect(rij(met, "Leusden").volgendePeriode).toEqual({
      periode: "2022-2",
      taakstelling: 24,
      totaalopgave: 50,
      herverdeling: 1,
    });
  });
});

describe("de versnellingslijst van de VRU", () => {
  it("leest alleen achterstand en opdracht, en rekent regel 8", () => {
    const r = controleerBlad({
      naam: "Bijlage B",
      waarden: [
        ["Bijlage B - Overzicht van het aantal versneld te plaatsen statushouders in de regio Utrecht"],
        ["Gemeente", "Achterstand per 1 juli 2022", "Aantal versneld te plaatsen statushouders"],
        ["Leusden", 26, 45],
        ["Ijsselstein", 21, 17],
        ["Houten", 24, 35],
      ],
    });
    expect(r.versnellingsblad).toBe(true);
    expect(codes(r)).toEqual(["versnellingsblad@A2"]);
    expect(
      r.versnelling!.map((v) => [
        v.gemeente,
        v.achterstand,
        v.opdracht,
        v.opdrachtPerAchterstand!.toFixed(2),
      ]),
    ).toEqual([
      ["Leusden", 26, 45, "1.73"],
      ["IJsselstein", 21, 17, "0.81"],
      ["Houten", 24, 35, "1.46"],
    ]);
  });

  it("neemt de achterstand eind, ook rechts van een achterstand begin", () => {
    const r = controleerBlad({
      naam: "VRU",
      waarden: [
        ["Gemeente", "Achterstand begin", "Achterstand eind", "Opdracht VRU"],
        ["Leusden", 21, 26, 45],
      ],
    });
    expect(codes(r)).toEqual(["versnellingsblad@A1"]);
    expect(r.versnelling![0]).toMatchObject({ gemeente: "Leusden", achterstand: 26, opdracht: 45 });
  });

  it("neemt de laatste gedateerde achterstand, ook op een blad met periode", () => {
    const r = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "Stand 1 januari 2022", "Stand 1 juli 2022", "Opdracht VRU"],
        ["Leusden", 21, 26, 45],
      ],
    });
    expect(r.versnelling![0]).toMatchObject({ achterstand: 26, opdracht: 45 });
    expect(codes(r)).toEqual(["periode-uit-titel@A1", "versnellingsblad@A1"]);
  });
});

describe("koppen over twee rijen", () => {
  it("combineert een samengevoegde groepstitel met de datums eronder", () => {
    const r = controleerBlad({
      naam: "Twee",
      waarden: [
        ["Gemeente", "Taakstelling 2022-1", "Stand van zaken", null, "Gerealiseerd"],
        [null, null, "1 januari 2022", "1 juli 2022", null],
        ["Leusden", 18, 21, 26, 13],
      ],
      samengevoegd: [
        { rij: 1, kolom: 0, rijen: 2, kolommen: 1 },
        { rij: 1, kolom: 2, rijen: 1, kolommen: 2 },
      ],
    });
    expect(r.kopRij).toBe(2);
    expect(r.kolommen.map((k) => k.kop)).toEqual([
      "Gemeente",
      "Taakstelling 2022-1",
      "Stand van zaken 1 januari 2022",
      "Stand van zaken 1 juli 2022",
      "Gerealiseerd",
    ]);
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      achterstandBegin: 21,
      totaalopgave: 39,
      achterstandEind: 26,
    });
    expect(codes(r)).toEqual(["periode-uit-titel@A2"]);
  });

  it("leest perioden onder een groepstitel zonder samenvoeging (TS over 2022-1 en 2022-2)", () => {
    const r = controleerBlad({
      naam: "Los",
      waarden: [
        ["Gemeente", "Taakstelling", null, "Totaalopgave", null, "Gerealiseerd op 1/7"],
        [null, "2022-1", "2022-2", "2022-1", "2022-2", null],
        ["Leusden", 18, 24, 39, 50, 13],
      ],
    });
    expect(r.kopRij).toBe(2);
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      taakstelling: 18,
      totaalopgave: 39,
      achterstandEind: 26,
      volgendePeriode: { periode: "2022-2", taakstelling: 24, totaalopgave: 50 },
    });
  });

  it("neemt een rij eronder met een gemeente of getallen niet als koppen", () => {
    const r = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "Taakstelling", "Achterstand begin"],
        ["Leusden", "18", "21"],
      ],
    });
    expect(r.kopRij).toBe(1);
    expect(rij(r, "Leusden").totaalopgave).toBe(39);
  });
});

describe("perioden en datums die niet bij het blad passen", () => {
  it("houdt de periode van de titel als een kop met periode naast dezelfde kop zonder periode staat", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Overzicht 2022-1"],
        ["Gemeente", "TS", "Achterstand begin", "Gehuisvest", "TS 2023-1"],
        ["Leusden", 18, 21, 13, 30],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({ periode: "2022-1", taakstelling: 18, totaalopgave: 39 });
    expect(codes(r)).toEqual(["periode-uit-titel@A2", "kolom-andere-periode@E2"]);
  });

  it("houdt de periode van de titel als de kop de volgende periode noemt", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Overzicht 2022-1"],
        ["Gemeente", "Taakstelling", "Achterstand begin", "Gehuisvest", "TS 2022-2"],
        ["Leusden", 18, 21, 13, 24],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      volgendePeriode: { taakstelling: 24, totaalopgave: null },
    });
  });

  it("leest een realisatie tot een datum buiten de periode van het blad niet", () => {
    const r = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "TS", "Achterstand begin", "Gehuisvest t/m 31-12-2022"],
        ["Leusden", 18, 21, 13],
      ],
    });
    expect(rij(r, "Leusden").gerealiseerd).toBeNull();
    expect(codes(r)).toContain("kolom-datum-buiten-periode@D1");
  });

  it("leest met een periodekolom zo'n realisatie alleen in de rijen van haar periode", () => {
    const r = controleerBlad({
      naam: "Overzicht",
      waarden: [
        ["Gemeente", "Periode", "TS", "Achterstand begin", "Gehuisvest t/m 31-12-2022"],
        ["Leusden", "2022-1", 18, 21, 13],
        ["Leusden", "2022-2", 24, 26, 33],
      ],
    });
    expect(r.rijen.map((x) => x.gerealiseerd)).toEqual([null, 33]);
    expect(codes(r).filter((c) => c.startsWith("kolom-datum"))).toEqual(["kolom-datum-buiten-periode@E2"]);
  });
});

describe("gevallen uit de review van echte werkmappen", () => {
  it("neemt de periode die de meeste koppen en de bladnaam noemen, niet de vroegste", () => {
    const r = controleerBlad({
      naam: "2022-1",
      verborgenKolommen: [1, 2, 3],
      waarden: [
        [
          "Gemeente",
          "TS 2021-2",
          "TO 2021-2",
          "Gerealiseerd 2021-2",
          "TS 2022-1",
          "TO 2022-1",
          "Gerealiseerd 2022-1",
          "Achterstand 1-7-2022",
        ],
        ["Leusden", 20, 30, 15, 18, 33, 7, 26],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      taakstelling: 18,
      totaalopgave: 33,
      gerealiseerd: 7,
      achterstandEind: 26,
    });
    expect(codes(r).filter((c) => c.startsWith("kolom-andere"))).toEqual([
      "kolom-andere-periode@B1",
      "kolom-andere-periode@C1",
      "kolom-andere-periode@D1",
    ]);
  });

  it("leest de trede van de vorige periode als vorige trede", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Gemeente", "Vorige trede (2021-2)", "TS 2022-1", "TO 2022-1", "Gerealiseerd", "Trede 2021-2"],
        ["Leusden", 2, 18, 39, 13, 2],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      vorigeTrede: 2,
      trede: 3,
      escalatie: "Opschalen",
    });
    const c = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "Trede 2021-2", "TS", "TO", "Gerealiseerd", "Trede 2022-1"],
        ["Leusden", 2, 18, 39, 13, 3],
      ],
    });
    expect(rij(c, "Leusden")).toMatchObject({ periode: "2022-1", vorigeTrede: 2, trede: 3 });
    expect(codes(c)).toEqual(["periode-uit-titel@A1"]);
  });

  it("leest TS naast TS 2022-2 als deze periode en de volgende, ook zonder titel", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Gemeente", "TS", "TO", "Gerealiseerd op 1/7", "Achterstand op 1/7", "TS 2022-2", "TO 2022-2"],
        ["Leusden", 18, 39, 13, 26, 24, 50],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      gerealiseerd: 13,
      achterstandEind: 26,
      volgendePeriode: { periode: "2022-2", taakstelling: 24, totaalopgave: 50 },
    });
    expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
  });

  it("slaat een rij met eenheden onder de kop over", () => {
    for (const eenheden of [
      ["", "(personen)", "(personen)", "(personen)", "(personen)"],
      ["", "aantal", "aantal", "aantal", "%"],
      ["", "(a)", "(b)", "(c) = (a) + (b)", "(d)"],
    ]) {
      const r = controleerBlad({
        naam: "2022-1",
        waarden: [
          ["Gemeente", "Taakstelling", "Totaalopgave", "Gerealiseerd", "Achterstand eind"],
          eenheden,
          ["Leusden", 18, 39, 13, 26],
        ],
      });
      expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
      expect(r.rijen).toHaveLength(1);
    }
  });

  it("rekent de kolomnamen van een Excel-tabel (Kolom1) niet als kop", () => {
    const r = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "Taakstelling", "Totaalopgave", "Gerealiseerd", "Stand van zaken", ""],
        ["Kolom1", "Kolom2", "Kolom3", "Kolom4", "1-1-2022", "1-7-2022"],
        ["Leusden", 18, 39, 13, 21, 26],
      ],
      samengevoegd: [{ rij: 1, kolom: 4, rijen: 1, kolommen: 2 }],
    });
    expect(r.kopRij).toBe(2);
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: 21, totaalopgave: 39, achterstandEind: 26 });
    expect(codes(r)).toEqual(["periode-uit-titel@A2"]);
  });

  it("leest een realisatie met een datumbereik tot de einddatum", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Gemeente", "TS 2022-1", "TO 2022-1", "Gerealiseerd 1-1 t/m 30-6-2022", "Achterstand 1-7-2022"],
        ["Leusden", 18, 39, 13, 26],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({ gerealiseerd: 13, achterstandEind: 26 });
    expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
  });

  it("laat een periode zonder samenvoeging gelden tot de volgende groepstitel", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Gemeente", "2022-1", "", "", "", "2022-2", ""],
        ["", "TS", "TO", "Gerealiseerd", "Achterstand eind", "TS", "TO"],
        ["Leusden", 18, 39, 13, 26, 24, 50],
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      totaalopgave: 39,
      volgendePeriode: { periode: "2022-2", taakstelling: 24, totaalopgave: 50 },
    });
  });

  it("leest een groep Realisatie over aantal en %", () => {
    const r = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "Taakstelling", "Totaalopgave", "Realisatie", ""],
        ["", "", "", "aantal", "% taakstelling"],
        ["Leusden", 18, 39, 13, 0.72],
      ],
      samengevoegd: [
        { rij: 1, kolom: 0, rijen: 2, kolommen: 1 },
        { rij: 1, kolom: 1, rijen: 2, kolommen: 1 },
        { rij: 1, kolom: 2, rijen: 2, kolommen: 1 },
        { rij: 1, kolom: 3, rijen: 1, kolommen: 2 },
      ],
    });
    expect(rij(r, "Leusden")).toMatchObject({ gerealiseerd: 13, achterstandEind: 26, trede: 3 });
  });

  it("houdt een titel in de rij van de groepstitels buiten de kop Gemeente", () => {
    const r = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Overzicht 2022-1", "", "", "Stand van zaken", ""],
        ["Gemeente", "TS", "TO", "1 januari 2022", "1 juli 2022"],
        ["Leusden", 18, 39, 21, 26],
      ],
    });
    expect(r.kopRij).toBe(2);
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      achterstandBegin: 21,
      achterstandEind: 26,
      gerealiseerd: 13,
    });
  });

  it("weigert een lijst zonder enig aantal (brieven per gemeente)", () => {
    const r = controleerBlad({
      naam: "Brieven",
      waarden: [
        ["Gemeente", "Datum brief", "Periode", "Trede", "Kenmerk"],
        ["Leusden", "12-8-2022", "2022-1", 3, "UTR-123"],
      ],
    });
    expect(r.kopRij).toBeNull();
    expect(codes(r)).toEqual(["kopregel-ontbreekt@A1"]);
  });
});

describe("perioden in titels, bladnamen en periodecellen in de vormen van de kopgrammatica", () => {
  it("leest H1 2022, jan-jun 2022 en 1e halfjaar 2022 in een periodekolom", () => {
    const r = controleerBlad({
      naam: "Overzicht",
      waarden: [
        ["Gemeente", "Periode", "Taakstelling", "Totaalopgave", "Gerealiseerd"],
        ["Leusden", "H1 2022", 18, 39, 13],
        ["Houten", "jan-jun 2022", 18, 39, 13],
        ["Zeist", "1e halfjaar 2022", 18, 39, 13],
        ["Baarn", "2022 X", 1, 2, 3],
      ],
    });
    expect(r.rijen.map((x) => x.periode)).toEqual(["2022-1", "2022-1", "2022-1", null]);
    expect(codes(r)).toEqual(["periode-ongeldig@B5"]);
  });

  it("leest de periode uit een titel en een bladnaam met H2 2022 of 2e halfjaar", () => {
    const titel = controleerBlad({
      naam: "Blad1",
      waarden: [
        ["Overzicht 2e halfjaar 2022"],
        ["Gemeente", "Taakstelling", "Totaalopgave", "Gerealiseerd"],
        ["Leusden", 24, 50, 20],
      ],
    });
    expect(titel.bladPeriode).toEqual({ periode: "2022-2", bron: '"Overzicht 2e halfjaar 2022" (A1)' });
    const blad = controleerBlad({
      naam: "H2 2022",
      waarden: [
        ["Gemeente", "Taakstelling", "Totaalopgave", "Gerealiseerd"],
        ["Leusden", 24, 50, 20],
      ],
    });
    expect(blad.bladPeriode).toEqual({ periode: "2022-2", bron: 'de bladnaam "H2 2022"' });
  });
});
