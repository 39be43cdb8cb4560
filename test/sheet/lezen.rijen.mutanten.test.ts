/**
 * Exact behaviour of reading the data rows (src/sheet/lezen.ts, from the gemeente names on): notes under
 * the table, period cells in a form of the header grammar, decided steps marked "bevroren", reasons, the
 * row of units under the header, sparse grids, peildatum columns next to an explicit backlog column, and a
 * realisation up to a date outside the row's period. Written against the surviving mutants of a Stryker run.
 */
import { controleerBlad, type CelWaarde } from "../../src/sheet";
import { leesReden, leesVastgesteldeTrede } from "../../src/sheet/lezen";
import { blad, codes, KOP, rij } from "./hulp";

const HOUTEN: CelWaarde[] = ["Houten", "2022-1", 21, 18, 0, 13, 8];

describe("leesRijen: notities en namen", () => {
  it("leest een rij met alleen een gemeentenaam als rij, niet als notitie", () => {
    const r = controleerBlad(blad([KOP, ["Leusden"], HOUTEN]));
    expect(r.rijen.map((x) => [x.row, x.gemeente])).toEqual([
      [2, "Leusden"],
      [3, "Houten"],
    ]);
    expect(codes(r)).toEqual(["leeg@B2", "leeg@C2", "leeg@D2"]);
  });

  it("slaat een tekst van meer dan 60 tekens alleen in de gemeentekolom over, en een van 60 niet", () => {
    const r = controleerBlad(blad([KOP, ["a".repeat(61)], ["b".repeat(60)], HOUTEN]));
    expect(r.rijen.map((x) => [x.row, x.gemeente])).toEqual([
      [3, "b".repeat(60)],
      [4, "Houten"],
    ]);
    expect(codes(r)).toEqual(["gemeente-onbekend@A3", "leeg@B3", "leeg@C3", "leeg@D3"]);
  });
});

describe("leesRijen: periodecellen in de vorm van de kopgrammatica", () => {
  it('leest "H1 2022", maar niet met extra woorden, een datum of een relatief woord erbij', () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "H1 2022", 21, 18, 0, 13, 8],
        ["Houten", "H1 2022 extra", 21, 18, 0, 13, 8],
        ["Baarn", "H1 2022 op 1 juli", 21, 18, 0, 13, 8],
        ["Soest", "vorige 2022-1", 21, 18, 0, 13, 8],
      ]),
    );
    expect(r.rijen.map((x) => [x.gemeente, x.periode])).toEqual([
      ["Leusden", "2022-1"],
      ["Houten", null],
      ["Baarn", null],
      ["Soest", null],
    ]);
    expect(codes(r)).toEqual(["periode-ongeldig@B3", "periode-ongeldig@B4", "periode-ongeldig@B5"]);
  });
});

describe("leesVastgesteldeTrede: bevroren", () => {
  it('leest "bevroren" tussen nummer en naam als een spatie', () => {
    expect(leesVastgesteldeTrede("3(bevroren)Actief toezicht")).toEqual({
      ok: true,
      waarde: { trede: 3, bevroren: true },
    });
  });

  it("haalt alle scheidingstekens vooraan weg", () => {
    expect(leesVastgesteldeTrede("bevroren: 3")).toEqual({ ok: true, waarde: { trede: 3, bevroren: true } });
    expect(leesVastgesteldeTrede("bevroren -: 3")).toEqual({
      ok: true,
      waarde: { trede: 3, bevroren: true },
    });
  });

  it('haalt "op" alleen vooraan weg', () => {
    expect(leesVastgesteldeTrede("bevroren op 3")).toEqual({
      ok: true,
      waarde: { trede: 3, bevroren: true },
    });
    const r = leesVastgesteldeTrede("trede op 3 (bevroren)");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fout.code).toBe("trede-onbekend");
  });
});

describe("leesReden", () => {
  it('geeft een getal de code "reden-ongeldig" en kort een tekst in', () => {
    expect(leesReden(5)).toEqual({
      ok: false,
      fout: { soort: "waarde", code: "reden-ongeldig", bericht: "5 is geen tekst; een reden is een tekst." },
    });
    expect(leesReden("#N/A")).toEqual({
      ok: false,
      fout: {
        soort: "waarde",
        code: "reden-ongeldig",
        bericht: "Excel-fout #N/A is geen tekst; een reden is een tekst.",
      },
    });
    expect(leesReden("  Besluit van de toezichthouder ")).toEqual({
      ok: true,
      waarde: "Besluit van de toezichthouder",
    });
  });
});

describe("leesRijen: de eenhedenrij onder de kop", () => {
  const LEUSDEN: CelWaarde[] = ["Leusden", "2022-1", 21, 18, 0, 13, 8];

  it("slaat een rij met alleen tekst over, ook met null in lege cellen", () => {
    for (const eenheden of [
      ["", "", "(personen)", "aantal", "", "", ""],
      [null, null, "(personen)", null, "", "", ""],
    ]) {
      const r = controleerBlad(blad([KOP, eenheden, LEUSDEN]));
      expect(r.rijen.map((x) => x.row)).toEqual([3]);
      expect(codes(r)).toEqual([]);
    }
  });

  it("leest een rij met een getal, een getal als tekst, een boolean of een Excel-fout als gegevensrij", () => {
    const metGetal = controleerBlad(blad([KOP, ["", "", "(personen)", 5, "", "", ""], LEUSDEN]));
    expect(metGetal.rijen.map((x) => [x.row, x.gemeente, x.taakstelling])).toEqual([
      [2, null, 5],
      [3, "Leusden", 18],
    ]);
    expect(codes(metGetal)).toEqual(["gemeente-leeg@A2", "leeg@B2", "geen-aantal@C2"]);

    const metTekstGetal = controleerBlad(blad([KOP, ["", "", "(personen)", "5", "", "", ""], LEUSDEN]));
    expect(metTekstGetal.rijen.map((x) => [x.row, x.taakstelling])).toEqual([
      [2, 5],
      [3, 18],
    ]);
    expect(codes(metTekstGetal)).toEqual(["gemeente-leeg@A2", "leeg@B2", "geen-aantal@C2"]);

    for (const vreemd of [true, "#N/A"]) {
      const r = controleerBlad(blad([KOP, ["", "", "(personen)", vreemd, "", "", ""], LEUSDEN]));
      expect(r.rijen.map((x) => [x.row, x.taakstelling])).toEqual([
        [2, null],
        [3, 18],
      ]);
      expect(codes(r)).toEqual(["gemeente-leeg@A2", "leeg@B2", "geen-aantal@C2", "geen-aantal@D2"]);
    }
  });

  it("slaat alleen de eerste rij onder de kop over, en alleen zonder gemeente", () => {
    const lager = controleerBlad(blad([KOP, LEUSDEN, ["", "", "(personen)", "aantal", "", "", ""]]));
    expect(lager.rijen.map((x) => [x.row, x.gemeente])).toEqual([
      [2, "Leusden"],
      [3, null],
    ]);
    expect(codes(lager)).toEqual(["gemeente-leeg@A3", "leeg@B3", "geen-aantal@C3", "geen-aantal@D3"]);

    const metGemeente = controleerBlad(blad([KOP, ["Leusden", "abc", "def", "ghi", "", "", ""], HOUTEN]));
    expect(metGemeente.rijen.map((x) => [x.row, x.gemeente, x.periode])).toEqual([
      [2, "Leusden", null],
      [3, "Houten", "2022-1"],
    ]);
    expect(codes(metGemeente)).toEqual(["periode-ongeldig@B2", "geen-aantal@C2", "geen-aantal@D2"]);
  });
});

describe("leesRijen: een ijl raster", () => {
  it("slaat een ontbrekende rij over", () => {
    const waarden: CelWaarde[][] = [];
    waarden[0] = KOP;
    waarden[2] = ["Leusden", "2022-1", 21, 18, 0, 13, 8];
    const r = controleerBlad(blad(waarden));
    expect(r.rijen.map((x) => [x.row, x.gemeente, x.achterstandEind])).toEqual([[3, "Leusden", 26]]);
    expect(codes(r)).toEqual([]);
  });
});

describe("leesRijen: peildatumkolommen naast een eigen achterstandkolom", () => {
  const KOP_PEIL = [
    "Gemeente",
    "Periode",
    "Achterstand begin",
    "Taakstelling",
    "Gerealiseerd",
    "Achterstand 1 januari",
  ];

  it("vult een onleesbare achterstand begin niet uit de peildatumkolom", () => {
    const r = controleerBlad(blad([KOP_PEIL, ["Leusden", "2022-1", "abc", 18, 13, 5]]));
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: null, achterstandEind: null });
    expect(codes(r)).toEqual(["geen-aantal@C2"]);
  });

  it("leest een peildatumkolom naast een gevulde achterstand begin zonder opmerking", () => {
    const r = controleerBlad(blad([KOP_PEIL, ["Leusden", "2022-1", 21, 18, 13, "abc"]]));
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: 21, achterstandEind: 26 });
    expect(codes(r)).toEqual([]);
  });

  it("vult een lege achterstand begin uit de peildatumkolom", () => {
    const r = controleerBlad(blad([KOP_PEIL, ["Leusden", "2022-1", "", 18, 13, 5]]));
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: 5, achterstandEind: 10 });
    expect(codes(r)).toEqual([]);
  });

  it("meldt een lege achterstand begin in de eigen kolom als ook de peildatumkolom leeg is", () => {
    const r = controleerBlad(blad([KOP_PEIL, ["Leusden", "2022-1", "", 18, 13, ""]]));
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: null, achterstandEind: null });
    expect(codes(r)).toEqual(["leeg@C2"]);
  });

  it("meldt zonder eigen kolom een lege peildatumkolom", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Gerealiseerd", "Achterstand 1 januari"],
        ["Leusden", "2022-1", 18, 13, ""],
      ]),
    );
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: null, achterstandEind: null });
    expect(codes(r)).toEqual(["leeg@E2"]);
  });
});

describe("leesRijen: realisatie tot een datum buiten de periode", () => {
  it("leest een realisatie op de begindatum van de periode niet, en meldt dat één keer", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd op 1-1-2022"],
        ["Leusden", "2022-1", 21, 18, 13],
        ["Houten", "2022-1", 21, 18, 13],
        ["Baarn", "2022-2", 21, 18, 13],
      ]),
    );
    expect(r.rijen.map((x) => [x.gemeente, x.gerealiseerd])).toEqual([
      ["Leusden", null],
      ["Houten", null],
      ["Baarn", null],
    ]);
    expect(codes(r)).toEqual(["kolom-datum-buiten-periode@E2"]);
  });
});
