/**
 * Exact behaviour of the history checks (src/sheet/historie.ts) at their edges: which rows can be
 * duplicates, rows without a period among a gemeente's periods, a stated previous step that differs, a
 * broken chain, and when a decided step counts as frozen. Written against the surviving mutants of a
 * Stryker run.
 */
import { controleerBlad } from "../../src/sheet";
import { blad, codes, KOP, leusdenBlad, opmerking, rij } from "./hulp";

describe("historie: dubbele rijen", () => {
  it("noemt twee rijen met een onleesbare periode geen dubbele rij", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "xyz", 21, 18, 0, 13, 8], ["Leusden", "xyz", 21, 18, 0, 13, 8]]),
    );
    expect(codes(r)).toEqual(["periode-ongeldig@B2", "periode-ongeldig@B3"]);
  });

  it("noemt twee rijen met een lege periode geen dubbele rij", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "", 21, 18, 0, 13, 8], ["Leusden", "", 21, 18, 0, 13, 8]]),
    );
    expect(codes(r)).toEqual(["leeg@B2", "leeg@B3"]);
  });

  it("meldt een gemeente die twee keer voorkomt op een blad zonder kolom Periode", () => {
    const kop = KOP.filter((k) => k !== "Periode");
    const r = controleerBlad(blad([kop, ["Leusden", 21, 18, 0, 13, 8], ["Leusden", 21, 18, 0, 13, 8]]));
    expect(codes(r)).toEqual(["periode-onbekend@A1", "dubbele-rij@A3"]);
    expect(opmerking(r, "dubbele-rij").bericht).toBe(
      "Leusden staat er twee keer in (eerst in rij 2); alleen rij 2 telt mee in de historie en de samenvatting.",
    );
  });
});

describe("historie: rijen zonder periode tussen de perioden", () => {
  it("rekent de oudste periode eerst, ook met een rij zonder periode ertussen", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Lopik", "2020-2", 11, 10, 0, 9, 0],
        ["Zeist", "", 5, 10, 0, 10, 0],
        ["Lopik", "2020-1", 10, 10, 0, 9, 0],
      ]),
    );
    expect(codes(r)).toEqual(["leeg@B3"]);
    expect(rij(r, "Lopik", "2020-1")).toMatchObject({ trede: 3, vorigeTrede: null });
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({ trede: 4, vorigeTrede: 3, escalatie: "Opschalen" });
    expect(rij(r, "Zeist")).toMatchObject({ periode: null, trede: 2 });
  });

  it("rekent ook met de rij zonder periode vooraan de perioden in volgorde", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Zeist", "", 5, 10, 0, 10, 0],
        ["Lopik", "2020-2", 11, 10, 0, 9, 0],
        ["Lopik", "2020-1", 10, 10, 0, 9, 0],
        ["Baarn", "", 5, 10, 0, 10, 0],
      ]),
    );
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({ trede: 4, vorigeTrede: 3 });
    expect(rij(r, "Lopik", "2020-1")).toMatchObject({ trede: 3, vorigeTrede: null });
  });
  it("rekent de perioden in volgorde als de rij zonder periode tussen twee perioden in de bladvolgorde staat", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Lopik", "2020-1", 10, 10, 0, 9, 0],
        ["Zeist", "", 5, 10, 0, 10, 0],
        ["Lopik", "2020-2", 11, 10, 0, 9, 0],
      ]),
    );
    expect(codes(r)).toEqual(["leeg@B3"]);
    expect(rij(r, "Lopik", "2020-1")).toMatchObject({ trede: 3, vorigeTrede: null });
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({ trede: 4, vorigeTrede: 3, escalatie: "Opschalen" });
  });
});

describe("historie: de opgegeven vorige trede", () => {
  it("meldt een opgegeven vorige trede die afwijkt van de trede van de vorige periode, en gebruikt haar", () => {
    const b = leusdenBlad();
    b.waarden[2][8] = 3;
    const r = controleerBlad(b);
    expect(codes(r)).toContain("vorige-trede-wijkt-af@I3");
    expect(opmerking(r, "vorige-trede-wijkt-af")).toMatchObject({
      ernst: "waarschuwing",
      bericht:
        "Vorige trede is 3, maar de trede van 2021-1 (rij 2) is 2; de opgegeven vorige trede wordt gebruikt.",
    });
    expect(rij(r, "Leusden", "2021-2").vorigeTrede).toBe(3);
  });

  it("zwijgt over een opgegeven vorige trede gelijk aan de trede van de vorige periode", () => {
    const b = leusdenBlad();
    b.waarden[2][8] = 2;
    const r = controleerBlad(b);
    expect(codes(r)).not.toContain("vorige-trede-wijkt-af@I3");
    expect(codes(r)).toEqual(["herverdeling-niet-nul@E1", "trede-correctie-verschil@H3"]);
    expect(rij(r, "Leusden", "2021-2").vorigeTrede).toBe(2);
  });
});

describe("historie: de keten (regel 3)", () => {
  it("noemt bij een ketenbreuk de gecorrigeerde achterstand niet als het begin die niet is", () => {
    const b = leusdenBlad();
    b.waarden[2][2] = 20;
    const r = controleerBlad(b);
    expect(opmerking(r, "keten-breuk", "C3").bericht).toBe(
      "Achterstand begin 2021-2 is 20 (rij 3), maar de achterstand eind 2021-1 is 19 (rij 2).",
    );
  });
});

describe("historie: bevroren of vastgesteld (regel 11)", () => {
  const kop = [...KOP, "Vastgestelde trede", "Reden besluit"];
  /** Lopik: trede 3 in 2020-1; in 2020-2 (backlog 11 + 10 - 9) rule 6 escalates to 4. */
  const lopik = (besluit: number) =>
    blad([
      kop,
      ["Lopik", "2020-1", 10, 10, 0, 9, 0],
      ["Lopik", "2020-2", 11, 10, 0, 9, 0, besluit, "Conform advies"],
    ]);

  it("een vastgestelde trede onder de vorige is niet bevroren", () => {
    const r = controleerBlad(lopik(2));
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({ trede: 4, geldendeTrede: 2, tredeBevroren: false });
    expect(codes(r)).toEqual(["trede-vastgesteld@H3"]);
    expect(opmerking(r, "trede-vastgesteld").bericht).toBe(
      "Trede berekend 4, vastgesteld 2: Conform advies.",
    );
  });

  it("een vastgestelde trede boven de berekende is niet bevroren", () => {
    const r = controleerBlad(lopik(5));
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({ trede: 4, geldendeTrede: 5, tredeBevroren: false });
    expect(codes(r)).toEqual(["trede-vastgesteld@H3"]);
    expect(opmerking(r, "trede-vastgesteld").bericht).toBe(
      "Trede berekend 4, vastgesteld 5: Conform advies.",
    );
  });

  it("de vorige trede vastgesteld terwijl de berekende lager is: vastgesteld, niet bevroren", () => {
    // 2020-2: backlog 11 + 10 - 19 = 2, below the taakstelling: berekend 2.
    const r = controleerBlad(
      blad([
        kop,
        ["Lopik", "2020-1", 10, 10, 0, 9, 0],
        ["Lopik", "2020-2", 11, 10, 0, 19, 0, 3, "Conform advies"],
      ]),
    );
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({ trede: 2, geldendeTrede: 3, tredeBevroren: false });
    expect(codes(r)).toEqual(["trede-vastgesteld@H3"]);
    expect(opmerking(r, "trede-vastgesteld").bericht).toBe(
      "Trede berekend 2, vastgesteld 3: Conform advies.",
    );
  });

  it("de vorige trede vastgesteld terwijl de berekende dezelfde is: geen opmerking, niet bevroren", () => {
    // No backlog in either period: trede 1, 1; decided 1.
    const r = controleerBlad(
      blad([
        kop,
        ["Lopik", "2020-1", 0, 10, 0, 10, 0],
        ["Lopik", "2020-2", 0, 10, 0, 10, 0, 1, "Conform advies"],
      ]),
    );
    expect(rij(r, "Lopik", "2020-2")).toMatchObject({
      trede: 1,
      vorigeTrede: 1,
      vastgesteldeTrede: 1,
      geldendeTrede: 1,
      tredeBevroren: false,
    });
    expect(codes(r)).toEqual([]);
  });
});
