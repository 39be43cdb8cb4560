/**
 * Identifying cells in real workbooks: a gemeente merged down over its periods, a period merged down over
 * the gemeenten of that half year (Excel keeps the value in the first cell of a merged range only), and a
 * date typed in the Periode column (the message names the date, not Excel's serial number).
 */
import { controleerBlad } from "../../src/sheet";
import { blad, codes, opmerking, rij } from "./hulp";

const KOP = ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Na-registratie"];

describe("samengevoegde cellen in de kolommen Gemeente en Periode", () => {
  it("geeft elke rij van een naar beneden samengevoegde gemeente die gemeente, met de historie", () => {
    const r = controleerBlad(
      blad(
        [
          KOP,
          ["Leusden", "2021-2", 19, 19, 17, 6],
          ["", "2022-1", 21, 18, 13, 8],
          ["IJsselstein", "2022-1", 10, 20, 14, 0],
        ],
        { samengevoegd: [{ rij: 2, kolom: 0, rijen: 2, kolommen: 1 }] },
      ),
    );
    expect(codes(r).filter((c) => c.startsWith("gemeente-leeg"))).toEqual([]);
    expect(r.rijen.map((x) => [x.row, x.gemeente, x.periode])).toEqual([
      [2, "Leusden", "2021-2"],
      [3, "Leusden", "2022-1"],
      [4, "IJsselstein", "2022-1"],
    ]);
    // Leusden 2022-1 (golden case): totaalopgave 39, achterstand eind 26, and the trede follows 2021-2.
    const l = rij(r, "Leusden", "2022-1");
    expect([l.totaalopgave, l.achterstandEind, l.vorigeTrede]).toEqual([39, 26, 2]);
  });

  it("geeft elke rij van een naar beneden samengevoegde periode die periode", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, 18, 13, 8], ["IJsselstein", "", 10, 20, 14, 0]], {
        samengevoegd: [{ rij: 2, kolom: 1, rijen: 2, kolommen: 1 }],
      }),
    );
    expect(rij(r, "IJsselstein").periode).toBe("2022-1");
    expect(codes(r).filter((c) => c.startsWith("periode"))).toEqual([]);
  });

  it("neemt geen waarde over uit een samenvoeging die in de kopregel begint", () => {
    // "Gemeente" merged from the header row into the first data row: that row has no gemeente.
    const r = controleerBlad(
      blad([KOP, ["", "2022-1", 21, 18, 13, 8]], {
        samengevoegd: [{ rij: 1, kolom: 0, rijen: 2, kolommen: 1 }],
      }),
    );
    expect(opmerking(r, "gemeente-leeg", "A2").ernst).toBe("fout");
  });

  it("houdt de eigen waarde van een cel in een samenvoeging (LibreOffice bewaart die soms)", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, 18, 13, 8], ["IJsselstein", "2022-1", 10, 20, 14, 0]], {
        samengevoegd: [{ rij: 2, kolom: 0, rijen: 2, kolommen: 1 }],
      }),
    );
    expect(r.rijen.map((x) => x.gemeente)).toEqual(["Leusden", "IJsselstein"]);
  });

  it("laat een lege cel buiten elke samenvoeging leeg", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, 18, 13, 8], ["", "2022-1", 10, 20, 14, 0]], {
        samengevoegd: [{ rij: 2, kolom: 2, rijen: 2, kolommen: 1 }],
      }),
    );
    expect(opmerking(r, "gemeente-leeg", "A3").ernst).toBe("fout");
  });
});

describe("een datum in de kolom Periode", () => {
  it("noemt de datum in de melding, niet het serienummer van Excel", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", 44562, 21, 18, 13, 8]], {
        formaten: [[], ["General", "d-m-yyyy"]],
      }),
    );
    const o = opmerking(r, "periode-ongeldig", "B2");
    expect(o.bericht).toContain("de datum 2022-01-01");
    expect(o.bericht).not.toContain("44562");
  });

  // The serials Excel shows as a date: 1 (1-1-1900) up to 2,958,465 (31-12-9999); others stay numbers.
  it.each([
    [1, "de datum 1900-01-01"],
    [2_958_465, "de datum 9999-12-31"],
    [0, "0 is een getal of datum"],
    [2_958_466, "2958466 is een getal of datum"],
  ])("noemt %p met datumopmaak als %p", (serie, tekst) => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", serie, 21, 18, 13, 8]], { formaten: [[], ["General", "d-m-yyyy"]] }),
    );
    expect(opmerking(r, "periode-ongeldig", "B2").bericht).toContain(tekst);
  });

  it("noemt ook in de andere rijen van een samengevoegde periode de datum van de eerste cel", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", 44562, 21, 18, 13, 8], ["IJsselstein", "", 10, 20, 14, 0]], {
        formaten: [[], ["General", "d-m-yyyy"]],
        samengevoegd: [{ rij: 2, kolom: 1, rijen: 2, kolommen: 1 }],
      }),
    );
    expect(opmerking(r, "periode-ongeldig", "B3").bericht).toContain("de datum 2022-01-01");
  });

  it("noemt een getal zonder datumopmaak als getal", () => {
    const r = controleerBlad(blad([KOP, ["Leusden", 44562, 21, 18, 13, 8]]));
    expect(opmerking(r, "periode-ongeldig", "B2").bericht).toContain("44562 is een getal of datum");
  });
});
