/**
 * Exact behaviour of planBesluit (src/sheet/besluit.ts) at its edges: the error it throws, where the
 * search for an empty column starts, which rows of the sheet it inspects, and the very last column of a
 * worksheet (XFD). Written against the surviving mutants of a Stryker run.
 */
import { controleerBlad } from "../../src/sheet";
import { BesluitFout, planBesluit } from "../../src/sheet/besluit";
import { blad, KOP } from "./hulp";

const LOPIK = ["Lopik", "2020-1", 10, 10, 0, 9, 0];

describe("planBesluit: de fout", () => {
  it("weigert een blad zonder kopregel met een BesluitFout die dat zegt", () => {
    const b = blad([["iets"], ["anders"]]);
    let fout: unknown = null;
    try {
      planBesluit(b, controleerBlad(b), 2, 3, "x");
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(BesluitFout);
    expect((fout as BesluitFout).name).toBe("BesluitFout");
    expect((fout as BesluitFout).message).toBe("Het blad heeft geen kopregel: controleer het eerst.");
  });
});

describe("planBesluit: de eerste lege kolom", () => {
  it("neemt een lege kolom binnen de kopregel niet: het zoekt pas rechts van de laatste kop", () => {
    // Column G has no header and nothing below it; the search starts right of H (the last header).
    const b = blad([
      [
        "Gemeente",
        "Periode",
        "Achterstand begin",
        "Taakstelling",
        "Herverdeling",
        "Gerealiseerd",
        "",
        "Na-registratie",
      ],
      ["Lopik", "2020-1", 10, 10, 0, 9, "", 0],
    ]);
    const plan = planBesluit(b, controleerBlad(b), 2, 3, "");
    expect(plan.nieuweKolommen).toEqual([{ cel: "I1", kop: "Vastgestelde trede" }]);
    expect(plan.cellen).toEqual([
      { rij: 1, kolom: 8, waarde: "Vastgestelde trede" },
      { rij: 2, kolom: 8, waarde: 3 },
    ]);
  });

  it("begint zonder bekende kolommen in kolom A", () => {
    // The grid starts in column C; without any known column the first empty column is A.
    const b = blad([[...KOP], LOPIK], { beginKolom: 2 });
    const rapport = { ...controleerBlad(b), kolommen: [] };
    const plan = planBesluit(b, rapport, 2, 4, "");
    expect(plan.nieuweKolommen).toEqual([{ cel: "A1", kop: "Vastgestelde trede" }]);
    expect(plan.cellen).toEqual([
      { rij: 1, kolom: 0, waarde: "Vastgestelde trede" },
      { rij: 2, kolom: 0, waarde: 4 },
    ]);
  });

  it("slaat een kolom over met een notitie in de eerste gegevensrij", () => {
    const b = blad([[...KOP], [...LOPIK, "notitie"]]);
    const plan = planBesluit(b, controleerBlad(b), 2, 3, "");
    expect(plan.nieuweKolommen).toEqual([{ cel: "I1", kop: "Vastgestelde trede" }]);
    expect(plan.cellen).toEqual([
      { rij: 1, kolom: 8, waarde: "Vastgestelde trede" },
      { rij: 2, kolom: 8, waarde: 3 },
    ]);
  });

  it("kijkt alleen naar de rijen van het gelezen blad: een formule erboven telt niet", () => {
    // The grid starts on sheet row 3 (header); a formula in H1, above it, does not block column H.
    const b = blad([[...KOP], LOPIK], { beginRij: 2, formulesZonderWaarde: [{ rij: 1, kolom: 7 }] });
    const rapport = controleerBlad(b);
    expect(rapport.kopRij).toBe(3);
    const plan = planBesluit(b, rapport, 4, 5, "");
    expect(plan.nieuweKolommen).toEqual([{ cel: "H3", kop: "Vastgestelde trede" }]);
    expect(plan.cellen).toEqual([
      { rij: 3, kolom: 7, waarde: "Vastgestelde trede" },
      { rij: 4, kolom: 7, waarde: 5 },
    ]);
  });
});

describe("planBesluit: de laatste kolom van het werkblad (XFD)", () => {
  // The header fills XI..XFC (16376..16382): the first column right of it is XFD (16383), the last one.
  const aanHetEinde = (onder: string) => blad([[...KOP], [...LOPIK, onder]], { beginKolom: 16_376 });

  it("gebruikt XFD als die leeg is", () => {
    const b = aanHetEinde("");
    const plan = planBesluit(b, controleerBlad(b), 2, 3, "");
    expect(plan.nieuweKolommen).toEqual([{ cel: "XFD1", kop: "Vastgestelde trede" }]);
    expect(plan.cellen).toEqual([
      { rij: 1, kolom: 16_383, waarde: "Vastgestelde trede" },
      { rij: 2, kolom: 16_383, waarde: 3 },
    ]);
  });

  it("weigert als XFD bezet is: rechts ervan is geen kolom meer", () => {
    const b = aanHetEinde("notitie");
    const rapport = controleerBlad(b);
    expect(() => planBesluit(b, rapport, 2, 3, "")).toThrow(
      new BesluitFout("Er is rechts van de kopregel geen lege kolom meer voor het besluit."),
    );
  });

  it("weigert een tweede nieuwe kolom (de reden) als XFD al de trede krijgt", () => {
    const b = aanHetEinde("");
    expect(() => planBesluit(b, controleerBlad(b), 2, 3, "Verbeterplan")).toThrow(
      "Er is rechts van de kopregel geen lege kolom meer voor het besluit.",
    );
  });
});
