import { maakBrieftabel, type BrieftabelInvoer } from "../../src/domain/brieftabel";
import { utc } from "./helpers";

const leusden2022_1: BrieftabelInvoer = {
  gemeente: "Leusden",
  periode: { jaar: 2022, helft: 1 },
  achterstandBegin: 21,
  taakstelling: 18,
  herverdeling: 0,
  gerealiseerd: 13,
  naRegistratie: 8,
  correctiedatum: utc(2022, 8, 1),
  volgende: { taakstelling: 24, herverdeling: 1 },
};

describe("foute of bijzondere invoer", () => {
  it('schrijft "n.v.t." zonder getal als de taakstelling 0 is', () => {
    const regels = maakBrieftabel({ ...leusden2022_1, taakstelling: 0, naRegistratie: 0, volgende: null });
    expect(regels[4]).toEqual({
      label: "Realisatie taakstelling in percentage",
      waarde: "n.v.t.",
      getal: null,
    });
    expect(regels[5].waarde).toBe("62%");
  });

  it('schrijft "n.v.t." als de totaalopgave 0 of minder is', () => {
    const regels = maakBrieftabel({
      ...leusden2022_1,
      achterstandBegin: -20,
      naRegistratie: 0,
      volgende: null,
    });
    expect(regels[2].getal).toBe(-2);
    expect(regels[5]).toEqual({
      label: "Realisatie totaalopgave in percentage",
      waarde: "n.v.t.",
      getal: null,
    });
  });
});

describe("regels van de brieftabel", () => {
  it("laat zonder na-registratie en zonder volgende periode zeven regels zien", () => {
    const regels = maakBrieftabel({
      ...leusden2022_1,
      naRegistratie: 0,
      correctiedatum: null,
      volgende: null,
    });
    expect(regels).toHaveLength(7);
  });

  it("schrijft een voorsprong als voorsprong, met een positief aantal", () => {
    const regels = maakBrieftabel({
      ...leusden2022_1,
      achterstandBegin: -3,
      naRegistratie: 0,
      volgende: null,
    });
    expect(regels[0]).toEqual({
      label: "Stand van zaken 1 januari 2022",
      waarde: "3 vergunninghouders voorsprong",
      getal: -3,
    });
    expect(regels[2].label).toBe("Totaalopgave: taakstelling - voorsprong zoals gemeten op 1 januari 2022");
    expect(regels[2].getal).toBe(15);
  });

  it("schrijft 0 als 0 vergunninghouders achterstand en 1 in het enkelvoud", () => {
    expect(maakBrieftabel({ ...leusden2022_1, achterstandBegin: 0 })[0].waarde).toBe(
      "0 vergunninghouders achterstand",
    );
    expect(maakBrieftabel({ ...leusden2022_1, achterstandBegin: 1 })[0].waarde).toBe(
      "1 vergunninghouder achterstand",
    );
  });

  it("noemt de herverdeling in het label van de totaalopgave als die niet 0 is", () => {
    const regels = maakBrieftabel({ ...leusden2022_1, herverdeling: -2 });
    expect(regels[2]).toEqual({
      label: "Totaalopgave: taakstelling + achterstand zoals gemeten op 1 januari 2022 + herverdeling",
      waarde: "37",
      getal: 37,
    });
  });

  it("noemt de correctie zonder datum 'na correctie voor na-registratie'", () => {
    const regels = maakBrieftabel({ ...leusden2022_1, correctiedatum: null, volgende: null });
    expect(regels[7].label).toBe("Stand van zaken na correctie voor na-registratie");
  });

  it("laat de herverdeling weg in de nieuwe periode als die 0 is", () => {
    const regels = maakBrieftabel({ ...leusden2022_1, volgende: { taakstelling: 24 } });
    expect(regels.map((r) => r.label).slice(8)).toEqual([
      "Taakstelling tweede helft 2022",
      "Stand van zaken 1 juli 2022",
      "Totaalopgave",
    ]);
    expect(regels[10].getal).toBe(50);
  });

  it("loopt over de jaargrens: 2022-2 eindigt op 1 januari 2023 en de volgende is eerste helft 2023", () => {
    const regels = maakBrieftabel({
      gemeente: "X",
      periode: { jaar: 2022, helft: 2 },
      achterstandBegin: 26,
      taakstelling: 24,
      herverdeling: 1,
      gerealiseerd: 40,
      volgende: { taakstelling: 10, herverdeling: -1 },
    });
    expect(regels.map((r) => `${r.label} = ${r.waarde}`)).toEqual([
      "Stand van zaken 1 juli 2022 = 26 vergunninghouders achterstand",
      "Taakstelling tweede helft 2022 = 24",
      "Totaalopgave: taakstelling + achterstand zoals gemeten op 1 juli 2022 + herverdeling = 51",
      "Taakstelling tweede helft 2022 gerealiseerd = 40",
      "Realisatie taakstelling in percentage = 167%",
      "Realisatie totaalopgave in percentage = 78%",
      "Stand van zaken 1 januari 2023 = 11 vergunninghouders achterstand",
      "Taakstelling eerste helft 2023 = 10",
      "Stand van zaken 1 januari 2023 = 11 vergunninghouders achterstand",
      "Herverdeling = -1",
      "Totaalopgave = 20",
    ]);
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("Leusden 2022-1: alle regels en waarden in volgorde", () => {
    expect(maakBrieftabel(leusden2022_1).map((r) => [r.label, r.waarde, r.getal])).toEqual([
      ["Stand van zaken 1 januari 2022", "21 vergunninghouders achterstand", 21],
      ["Taakstelling eerste helft 2022", "18", 18],
      ["Totaalopgave: taakstelling + achterstand zoals gemeten op 1 januari 2022", "39", 39],
      ["Taakstelling eerste helft 2022 gerealiseerd", "13", 13],
      ["Realisatie taakstelling in percentage", "72%", 13 / 18],
      ["Realisatie totaalopgave in percentage", "33%", 13 / 39],
      ["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand", 26],
      ["Stand van zaken 1 augustus 2022", "18 vergunninghouders achterstand", 18],
      ["Taakstelling tweede helft 2022", "24", 24],
      ["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand", 26],
      ["Herverdeling", "+1", 1],
      ["Totaalopgave", "51", 51],
    ]);
  });

  it("Leusden 2021-2 met de correctie op 1 februari 2022: 89%, 45%, 21 en gecorrigeerd 15", () => {
    const regels = maakBrieftabel({
      gemeente: "Leusden",
      periode: { jaar: 2021, helft: 2 },
      achterstandBegin: 19,
      taakstelling: 19,
      gerealiseerd: 17,
      naRegistratie: 6,
      correctiedatum: utc(2022, 2, 1),
      volgende: { taakstelling: 18 },
    });
    expect(regels.map((r) => `${r.label} = ${r.waarde}`)).toEqual([
      "Stand van zaken 1 juli 2021 = 19 vergunninghouders achterstand",
      "Taakstelling tweede helft 2021 = 19",
      "Totaalopgave: taakstelling + achterstand zoals gemeten op 1 juli 2021 = 38",
      "Taakstelling tweede helft 2021 gerealiseerd = 17",
      "Realisatie taakstelling in percentage = 89%",
      "Realisatie totaalopgave in percentage = 45%",
      "Stand van zaken 1 januari 2022 = 21 vergunninghouders achterstand",
      "Stand van zaken 1 februari 2022 = 15 vergunninghouders achterstand",
      "Taakstelling eerste helft 2022 = 18",
      "Stand van zaken 1 januari 2022 = 21 vergunninghouders achterstand",
      "Totaalopgave = 39",
    ]);
  });

  it("Leusden 2021-1 zonder na-registratie: 25%, 24%, stand 19", () => {
    const regels = maakBrieftabel({
      gemeente: "Leusden",
      periode: { jaar: 2021, helft: 1 },
      achterstandBegin: 1,
      taakstelling: 24,
      gerealiseerd: 6,
    });
    expect(regels.map((r) => r.waarde)).toEqual([
      "1 vergunninghouder achterstand",
      "24",
      "25",
      "6",
      "25%",
      "24%",
      "19 vergunninghouders achterstand",
    ]);
  });
});

describe("brieftabel: grenzen (mutatietests)", () => {
  it("noemt bij een beginstand van precies 0 de achterstand, geen voorsprong, in het label van de totaalopgave", () => {
    const regels = maakBrieftabel({ ...leusden2022_1, achterstandBegin: 0 });
    expect(regels[2]).toEqual({
      label: "Totaalopgave: taakstelling + achterstand zoals gemeten op 1 januari 2022",
      waarde: "18",
      getal: 18,
    });
  });
});
