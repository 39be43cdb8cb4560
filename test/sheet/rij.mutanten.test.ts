/**
 * Exact behaviour of one row on its own (src/sheet/rij.ts) at its edges: unreadable optional counts,
 * the cause of a difference, stated percentages, required cells, derived figures, the meetdatum on the
 * end peildatum, a totals row with a correctiedatum and the next period's columns. Written against the
 * surviving mutants of a Stryker run.
 */
import { controleerBlad } from "../../src/sheet";
import { blad, codes, KOP, opmerking, rij } from "./hulp";

describe("rij: onleesbare en lege aantallen", () => {
  it("rekent niet met een onleesbare herverdeling (geen 0 in haar plaats)", () => {
    const r = controleerBlad(blad([KOP, ["Leusden", "2022-1", 21, 18, "abc", 13, 8]]));
    expect(codes(r)).toEqual(["geen-aantal@E2"]);
    expect(rij(r, "Leusden")).toMatchObject({ totaalopgave: null, achterstandEind: null });
  });
});

describe("rij: de oorzaak van een verschil", () => {
  it("noemt geen extra opgave als oorzaak wanneer het verschil er niet aan gelijk is", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Herverdeling",
          "Extra opgave",
          "Totaalopgave",
        ],
        ["Leusden", "2022-1", 21, 18, 0, 5, 40],
      ]),
    );
    expect(codes(r)).toEqual(["totaalopgave-wijkt-af@G2"]);
    expect(opmerking(r, "totaalopgave-wijkt-af").bericht).toBe(
      "Totaalopgave is 40, berekend 39 (taakstelling 18 + achterstand 21).",
    );
  });

  it("noemt een vergeten herverdeling bij een achterstand eind die de herverdeling te laag is", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Herverdeling",
          "Gerealiseerd",
          "Achterstand eind",
        ],
        ["Leusden", "2022-1", 21, 18, 2, 13, 26],
      ]),
    );
    // The lone herverdeling does not add up to 0 over the sheet: that has its own remark.
    expect(codes(r)).toEqual(["herverdeling-niet-nul@E1", "achterstand-wijkt-af@G2"]);
    expect(opmerking(r, "achterstand-wijkt-af").bericht).toBe(
      "Achterstand eind is 26, berekend 28 (totaalopgave 41 - gerealiseerd 13). Het verschil is gelijk aan de herverdeling: die is waarschijnlijk vergeten.",
    );
  });

  it("noemt een achterstand eind met na-registratie die ook van de gecorrigeerde afwijkt niet gecorrigeerd", () => {
    const r = controleerBlad(
      blad([
        [...KOP, "Achterstand eind"],
        ["Leusden", "2022-1", 21, 18, 0, 13, 8, 20],
      ]),
    );
    expect(codes(r)).toEqual(["achterstand-wijkt-af@H2"]);
    expect(opmerking(r, "achterstand-wijkt-af").bericht).toBe(
      "Achterstand eind is 20, berekend 26 (totaalopgave 39 - gerealiseerd 13).",
    );
  });
});

describe("rij: opgegeven percentages", () => {
  it("meldt een realisatie totaalopgave die in geen van beide lezingen klopt", () => {
    // 50 is 50% or 5000%; computed 13 / 39 = 33%.
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Taakstelling",
          "Achterstand begin",
          "Gerealiseerd",
          "Realisatie totaalopgave",
        ],
        ["Leusden", "2022-1", 18, 21, 13, 50],
      ]),
    );
    expect(codes(r)).toEqual(["realisatie-wijkt-af@F2"]);
    expect(opmerking(r, "realisatie-wijkt-af").bericht).toBe(
      "Realisatie totaalopgave is 50%, berekend 33% (gerealiseerd 13 / totaalopgave 39).",
    );
  });
});

describe("rij: verplichte cellen", () => {
  it("meldt een lege periode met haar gevolg", () => {
    const r = controleerBlad(blad([KOP, ["Leusden", "", 21, 18, 0, 13, 8]]));
    expect(codes(r)).toEqual(["leeg@B2"]);
    expect(opmerking(r, "leeg").bericht).toBe(
      "Periode in B2 is leeg; de rij telt niet mee in de historie van de gemeente.",
    );
  });

  it("vraagt geen achterstand begin wanneer de totaalopgave is opgegeven", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Totaalopgave"],
        ["Leusden", "2022-1", "", 18, 39],
      ]),
    );
    expect(codes(r)).toEqual([]);
    // The begin is not derived: the sheet has a column for it, and it is empty.
    expect(rij(r, "Leusden")).toMatchObject({ totaalopgave: 39, achterstandBegin: null });
  });

  it("vraagt geen achterstand begin wanneer de totaalopgave onleesbaar is (die heeft haar eigen opmerking)", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Totaalopgave"],
        ["Leusden", "2022-1", "", 18, "abc"],
      ]),
    );
    expect(codes(r)).toEqual(["geen-aantal@E2"]);
  });

  it("meldt een lege totaalopgave zonder kolom achterstand begin, in de kolom Totaalopgave", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Totaalopgave"],
        ["Leusden", "2022-1", 18, ""],
      ]),
    );
    expect(codes(r)).toEqual(["leeg@D2"]);
    expect(opmerking(r, "leeg").bericht).toBe(
      "Totaalopgave in D2 is leeg; de totaalopgave is niet te berekenen.",
    );
  });

  it("meldt een lege achterstand begin in haar eigen kolom", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling"],
        ["Leusden", "2022-1", "", 18],
      ]),
    );
    expect(codes(r)).toEqual(["leeg@C2"]);
    expect(opmerking(r, "leeg").bericht).toBe(
      "Achterstand begin in C2 is leeg; de totaalopgave is niet te berekenen.",
    );
  });

  it("meldt een lege totaalopgave niet wanneer de achterstand begin er is", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Totaalopgave"],
        ["Leusden", "2022-1", 21, 18, ""],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden").totaalopgave).toBe(39);
  });
});

describe("rij: afgeleide cijfers", () => {
  it("leidt de achterstand begin af uit de totaalopgave zonder kolom Achterstand begin", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Herverdeling", "Totaalopgave"],
        ["Leusden", "2022-1", 18, 0, 39],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden").achterstandBegin).toBe(21);
  });

  it("leidt de achterstand begin niet af bij een onleesbare cel in de kolom Achterstand begin", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Totaalopgave"],
        ["Leusden", "2022-1", "abc", 18, 0, 39],
      ]),
    );
    expect(codes(r)).toEqual(["geen-aantal@C2"]);
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: null, totaalopgave: 39 });
  });

  it("leidt het gerealiseerde aantal niet af bij een onleesbare cel Gerealiseerd", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Achterstand eind"],
        ["Leusden", "2022-1", 21, 18, "abc", 26],
      ]),
    );
    expect(codes(r)).toEqual(["geen-aantal@E2"]);
    expect(rij(r, "Leusden")).toMatchObject({ gerealiseerd: null, achterstandEind: null });
  });

  it("telt een rij niet als afgeleid wanneer de achterstand eind boven de totaalopgave ligt", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Achterstand eind"],
        ["Leusden", "2022-1", 21, 18, 45],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden")).toMatchObject({ gerealiseerd: null, achterstandEind: null });
  });
});

describe("rij: meetdatum en correctiedatum", () => {
  it("noemt een meting op de eindpeildatum geen tussenstand", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Totaalopgave", "Gerealiseerd", "Meetdatum"],
        ["Leusden", "2022-1", 18, 39, 13, "1-7-2022"],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden")).toMatchObject({ meetdatum: "2022-07-01", achterstandEind: 26 });
  });

  it("controleert de correctiedatum van een totaalrij niet", () => {
    const r = controleerBlad(
      blad([
        [...KOP, "Correctiedatum"],
        ["Leusden", "2022-1", 21, 18, 0, 13, 8, ""],
        ["Houten", "2022-1", 24, 30, 0, 25, 0, ""],
        ["Totaal", "2022-1", 45, 48, 0, 38, 8, "15-6-2022"],
      ]),
    );
    expect(codes(r)).toEqual([]);
  });
});

describe("rij: kolommen van de volgende periode", () => {
  it("geeft de volgende periode met alleen een kolom Nieuwe TO", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Achterstand begin", "Nieuwe TO"],
        ["Leusden", "2022-1", 18, 21, 40],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden").volgendePeriode).toEqual({
      periode: "2022-2",
      taakstelling: null,
      totaalopgave: 40,
      herverdeling: null,
    });
  });

  it("geeft de volgende periode met alleen een kolom Herverdeling volgende periode", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Achterstand begin", "Herverdeling volgende periode"],
        ["Leusden", "2022-1", 18, 21, 3],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden").volgendePeriode).toEqual({
      periode: "2022-2",
      taakstelling: null,
      totaalopgave: null,
      herverdeling: 3,
    });
  });

  it('noemt de volgende periode "volgende periode" wanneer de periode onbekend is', () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Taakstelling", "Achterstand begin", "Gerealiseerd", "Nieuwe TS", "Nieuwe TO"],
        ["Leusden", 18, 21, 13, 20, 40],
      ]),
    );
    expect(codes(r)).toEqual(["periode-onbekend@A1", "volgende-totaalopgave-wijkt-af@F2"]);
    expect(opmerking(r, "volgende-totaalopgave-wijkt-af").bericht).toBe(
      "Totaalopgave volgende periode in F2 is 40, berekend 46 (taakstelling 20 + achterstand 26; de nieuwe periode begint met de achterstand eind van deze periode).",
    );
  });

  it("vergelijkt de volgende totaalopgave niet bij een onleesbare volgende herverdeling", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Taakstelling",
          "Achterstand begin",
          "Gerealiseerd",
          "Taakstelling volgende periode",
          "Totaalopgave volgende periode",
          "Herverdeling volgende periode",
        ],
        ["Leusden", "2022-1", 18, 21, 13, 20, 40, "abc"],
      ]),
    );
    expect(codes(r)).toEqual(["geen-aantal@H2"]);
  });
});
