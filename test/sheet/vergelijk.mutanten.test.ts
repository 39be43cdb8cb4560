/**
 * Exact behaviour of src/sheet/vergelijk.ts at its edges: which period the comparison picks, the remark
 * of a gemeente without opdracht, the first of duplicate rows, the letter table's fallback for the
 * achterstand begin, and the exact cells, formats and widths of the comparison and letter sheets.
 * Written against the surviving mutants of a Stryker run: each test states one behaviour with exact values.
 */
import {
  brieftabelVoor,
  controleerBlad,
  maakBrieftabelBlad,
  maakVergelijkingsblad,
  prognosesVoor,
  vergelijkCijfers,
  vergelijkGemeenten,
  type VersnellingRij,
} from "../../src/sheet";
import { blad, KOP } from "./hulp";

const KOP_V = [...KOP, "Opdracht versnelling"];

const LEEG_FORMAAT = [null, null, null, null, null, null, null, null, null, null];
const RIJ_FORMAAT = [null, "0.00", "0", "0", "0.0%", "0.0%", "0.00", "0.0", "+0.0;-0.0;0.0", null];

describe("vergelijkGemeenten: de gekozen periode", () => {
  it("neemt de laatste periode met een opdracht, ook als de rijen niet op volgorde staan", () => {
    const r = controleerBlad(
      blad([
        KOP_V,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8, 10],
        ["Leusden", "2022-2", 26, 24, 1, "", "", 45],
        ["Leusden", "2021-2", 19, 19, 0, 17, 6, 5],
      ]),
    );
    const v = vergelijkGemeenten(r, ["Leusden"]);
    expect(v.map((x) => [x.gemeente, x.opdracht, x.achterstand, x.opmerking])).toEqual([
      ["Leusden", 45, 26, null],
    ]);
  });

  it("neemt de laatste periode met een opdracht van de gekozen gemeenten, niet van een andere", () => {
    const r = controleerBlad(
      blad([
        KOP_V,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8, 10],
        ["Leusden", "2022-2", 26, 24, 1, "", "", ""],
        ["Houten", "2022-2", 24, 30, -1, "", "", 35],
      ]),
    );
    expect(vergelijkGemeenten(r, ["Leusden"])).toEqual([
      {
        gemeente: "Leusden",
        opdracht: 10,
        achterstand: 26,
        opdrachtPerAchterstand: 10 / 26,
        aandeelOpdracht: 1,
        aandeelAchterstand: 1,
        verhouding: 1,
        evenredigeOpdracht: 10,
        verschil: 0,
        opmerking: null,
      },
    ]);
  });

  it("neemt zonder opdracht bij de gekozen gemeenten de laatste periode met een opdracht van een andere", () => {
    const r = controleerBlad(
      blad([
        KOP_V,
        ["Baarn", "2022-1", 21, 18, 0, 13, 8, ""],
        ["Baarn", "2022-2", 26, 24, 1, "", "", ""],
        ["Houten", "2022-1", 24, 30, -1, 10, "", 35],
        ["Houten", "2022-2", 24, 30, -1, "", "", ""],
      ]),
    );
    const v = vergelijkGemeenten(r, ["Baarn"]);
    expect(v.map((x) => [x.gemeente, x.opdracht, x.achterstand])).toEqual([["Baarn", 0, 26]]);
    // Both remarks, separated by one space.
    expect(v[0].opmerking).toBe(
      "Baarn heeft geen opdracht versnelling in 2022-1; gerekend met 0. " +
        "De opdrachten tellen op tot 0; een verhouding is niet te berekenen.",
    );
  });

  it("zegt zonder periodekolom 'in deze periode' en alleen bij de gemeente zonder opdracht", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand", "Opdracht versnelling"],
        ["Baarn", 10, ""],
        ["Houten", 20, 30],
        ["Leusden", 10, 15],
      ]),
    );
    const v = vergelijkGemeenten(r, ["Baarn", "Houten", "Leusden"]);
    expect(v.map((x) => [x.gemeente, x.opdracht, x.achterstand, x.opmerking])).toEqual([
      ["Baarn", 0, 10, "Baarn heeft geen opdracht versnelling in deze periode; gerekend met 0."],
      ["Houten", 30, 20, null],
      ["Leusden", 15, 10, null],
    ]);
  });
});

describe("vergelijkCijfers en prognosesVoor: de eerste van dubbele rijen", () => {
  it("neemt van een dubbele rij van dezelfde gemeente en periode de eerste", () => {
    const r = controleerBlad(
      blad([KOP_V, ["Leusden", "2022-1", 21, 18, 0, 13, 8, ""], ["Leusden", "2022-1", 30, 40, 0, 20, 1, ""]]),
    );
    const c = vergelijkCijfers(r, ["Leusden"]);
    expect(c.perioden).toHaveLength(1);
    expect(c.perioden[0].cijfers[0]).toMatchObject({
      rij: 2,
      getallen: { taakstelling: 18, gerealiseerd: 13 },
    });
  });

  it("geeft per gemeente één prognose, ook bij een dubbele rij", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Herverdeling",
          "Gerealiseerd",
          "Meetdatum",
        ],
        ["Leusden", "2022-2", 26, 24, 1, 33, "22-11-2022"],
        ["Leusden", "2022-2", 26, 24, 1, 10, "22-11-2022"],
      ]),
    );
    const p = prognosesVoor(r, new Date(Date.UTC(2022, 10, 22)));
    expect(p.map((x) => [x.gemeente, x.gerealiseerd, x.gerealiseerdPrognose])).toEqual([["Leusden", 33, 42]]);
  });
});

describe("prognosesVoor: de meetdatum", () => {
  it("rekent zonder meetdatum op de rij met de gegeven datum", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Gerealiseerd"],
        ["Leusden", "2022-2", 26, 24, 1, 33],
      ]),
    );
    const p = prognosesVoor(r, new Date(Date.UTC(2022, 10, 22)));
    expect(
      p.map((x) => [x.gemeente, x.gerealiseerdPrognose, x.achterstandPrognose, x.tredePrognose]),
    ).toEqual([["Leusden", 42, 9, 2]]);
  });
});

describe("brieftabelVoor: de achterstand begin", () => {
  it("leidt de achterstand begin af uit de totaalopgave als de rij hem niet heeft", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Taakstelling",
          "Herverdeling",
          "Totaalopgave",
          "Gerealiseerd",
          "Na-registratie",
        ],
        ["Leusden", "2022-1", 18, 0, 39, 13, 8],
      ]),
    );
    const zonderBegin = { ...r, rijen: r.rijen.map((x) => ({ ...x, achterstandBegin: null })) };
    const regels = brieftabelVoor(zonderBegin, "Leusden", "2022-1")!;
    expect(regels.slice(0, 3).map((x) => x.waarde)).toEqual(["21 vergunninghouders achterstand", "18", "39"]);
  });

  it("gebruikt de achterstand begin van de rij, niet de afgeleide", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Taakstelling",
          "Herverdeling",
          "Totaalopgave",
          "Gerealiseerd",
          "Na-registratie",
        ],
        ["Leusden", "2022-1", 18, 0, 39, 13, 8],
      ]),
    );
    const anderBegin = { ...r, rijen: r.rijen.map((x) => ({ ...x, achterstandBegin: 20 })) };
    const regels = brieftabelVoor(anderBegin, "Leusden", "2022-1")!;
    expect(regels[0]).toEqual({
      label: "Stand van zaken 1 januari 2022",
      waarde: "20 vergunninghouders achterstand",
      getal: 20,
    });
  });
});

describe("maakVergelijkingsblad: exacte cellen en formaten", () => {
  it("zet titel, koppen, lege cellen voor onbekende getallen, opmerkingen en alle formaten", () => {
    const rijen: VersnellingRij[] = [
      {
        gemeente: "Leusden",
        opdracht: 45,
        achterstand: 26,
        opdrachtPerAchterstand: 1.5,
        aandeelOpdracht: 0.75,
        aandeelAchterstand: 0.5,
        verhouding: 1.5,
        evenredigeOpdracht: 30,
        verschil: 15,
        opmerking: null,
      },
      {
        gemeente: "Baarn",
        opdracht: 15,
        achterstand: -2,
        opdrachtPerAchterstand: null,
        aandeelOpdracht: 0.25,
        aandeelAchterstand: null,
        verhouding: null,
        evenredigeOpdracht: 0,
        verschil: 15,
        opmerking: "Baarn heeft geen achterstand.",
      },
    ];
    const b = maakVergelijkingsblad(rijen);
    expect(b.waarden.slice(0, 4)).toEqual([
      ["Vergelijking opdracht versnelling en achterstand", "", "", "", "", "", "", "", "", ""],
      [
        "Gemeente",
        "Opdracht per achterstand",
        "Achterstand",
        "Opdracht",
        "Aandeel opdracht",
        "Aandeel achterstand",
        "Verhouding",
        "Evenredige opdracht",
        "Verschil",
        "Opmerking",
      ],
      ["Leusden", 1.5, 26, 45, 0.75, 0.5, 1.5, 30, 15, ""],
      ["Baarn", "", -2, 15, 0.25, "", "", 0, 15, "Baarn heeft geen achterstand."],
    ]);
    expect(b.formaten.slice(0, 4)).toEqual([LEEG_FORMAAT, LEEG_FORMAAT, RIJ_FORMAAT, RIJ_FORMAAT]);
    expect(b.formaten[b.formaten.length - 1]).toEqual([
      null,
      "0.00",
      "0",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("sorteert gelijke verhoudingen op naam", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand", "Opdracht versnelling"],
        ["Leusden", 10, 15],
        ["Houten", 20, 30],
        ["Baarn", 10, ""],
      ]),
    );
    const b = maakVergelijkingsblad(vergelijkGemeenten(r, ["Leusden", "Houten", "Baarn"]));
    expect(b.waarden.slice(8).map((x) => x.slice(0, 3))).toEqual([
      ["Houten", 4 / 3, 1],
      ["Leusden", 4 / 3, 1],
      ["Baarn", 0, 1],
    ]);
  });
});

describe("maakBrieftabelBlad: exact blad", () => {
  it("geeft titel, koppen, regels als tekst, formaten en kolombreedten", () => {
    const b = maakBrieftabelBlad("Leusden", "2022-1", [
      { label: "Taakstelling eerste helft 2022", waarde: "18", getal: 18 },
    ]);
    expect(b).toEqual({
      naam: "IBT Brief Leusden 2022-1",
      waarden: [
        ["Cijfers toezichtbrief Leusden, 2022-1", ""],
        ["Onderdeel", "Waarde"],
        ["Taakstelling eerste helft 2022", "18"],
      ],
      formaten: [
        [null, null],
        [null, null],
        [null, "@"],
      ],
      kolombreedten: [64, 40],
    });
  });
});
