/**
 * Exact behaviour of the totals-row check (src/sheet/totaalrijen.ts) at its edges: empty and unreadable
 * cells in the sum, the sign of a voorsprong column, subtotals of different periods, a second grand
 * total, and a totals row without gemeente rows to sum. Written against the surviving mutants of a
 * Stryker run.
 */
import { controleerBlad } from "../../src/sheet";
import { blad, codes, KOP, opmerking } from "./hulp";

describe("totaalrijen: lege en onleesbare cellen", () => {
  it("telt een lege cel van een gemeente als 0 in de som", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, "", 25, 0],
        ["Totaal", "2022-1", 45, 48, 2, 38, 8],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@E4"]);
    expect(opmerking(r, "totaalrij-wijkt-af").bericht).toBe(
      "Totaal Herverdeling in E4 is 2, maar de som van de 2 gemeenten erboven is 0.",
    );
  });

  it("vergelijkt een kolom met een onleesbare gemeentecel niet (die cel heeft haar eigen opmerking)", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, "achttien", 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Totaal", "2022-1", 45, 48, 0, 38, 8],
      ]),
    );
    expect(codes(r)).toEqual(["geen-aantal@D2"]);
  });
});

describe("totaalrijen: het teken van de kolom", () => {
  it("meldt een voorsprongkolom in het teken van de kop", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Voorsprong", "Taakstelling", "Gerealiseerd"],
        ["Baarn", "2022-1", 3, 15, 15],
        ["Eemnes", "2022-1", 2, 10, 10],
        ["Totaal", "2022-1", 4, 25, 25],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@C4"]);
    expect(opmerking(r, "totaalrij-wijkt-af").bericht).toBe(
      "Totaal Voorsprong in C4 is 4, maar de som van de 2 gemeenten erboven is 5.",
    );
  });
});

describe("totaalrijen: subtotalen per periode", () => {
  it("telt voor een subtotaal voorbij een subtotaal van een andere periode terug", () => {
    // Totaal 2022-2 closes Baarn and Zeist: the Totaal 2022-1 between them closes only Leusden.
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Baarn", "2022-2", 5, 10, 0, 10, 0],
        ["Totaal", "2022-1", 21, 18, 0, 13, 8],
        ["Zeist", "2022-2", 2, 6, 0, 4, 0],
        ["Totaal", "2022-2", 7, 16, 0, 14, 0],
      ]),
    );
    expect(codes(r)).toEqual([]);
  });

  it("meldt een subtotaal dat alleen de gemeenten na het subtotaal van de andere periode telt", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Baarn", "2022-2", 5, 10, 0, 10, 0],
        ["Totaal", "2022-1", 21, 18, 0, 13, 8],
        ["Zeist", "2022-2", 2, 6, 0, 4, 0],
        ["Totaal", "2022-2", 2, 6, 0, 4, 0],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@C6", "totaalrij-wijkt-af@D6", "totaalrij-wijkt-af@F6"]);
    expect(opmerking(r, "totaalrij-wijkt-af", "D6").bericht).toBe(
      "Totaal Taakstelling in D6 is 6, maar de som van de 2 gemeenten erboven is 16.",
    );
  });
});

describe("totaalrijen: eindtotalen", () => {
  it("telt een tweede eindtotaal vanaf het vorige eindtotaal", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Provincie Utrecht", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Eindtotaal", "2022-1", 24, 30, 0, 25, 0],
      ]),
    );
    expect(codes(r)).toEqual([]);
  });

  it("vergelijkt een totaalrij zonder gemeenten van haar periode niet", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, 18, 0, 13, 8], ["Totaal", "2022-2", 26, 24, 1, 30, 0]]),
    );
    expect(codes(r)).toEqual([]);
  });
});
