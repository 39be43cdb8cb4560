/**
 * Exact behaviour of reading a sheet (src/sheet/lezen.ts, its first part) at the edges: a period label
 * in a title that only the label patterns find (the header grammar does not read "2022-1-concept"), the
 * source of a sheet's period, percentages at their bounds, the columns that count as input, and date
 * serials in a count column. Written against the surviving mutants of a Stryker run.
 */
import { controleerBlad, leesPercentage, vindKopregel, zoekPeriodeInTekst, type Blad } from "../../src/sheet";
import type { KopRegel } from "../../src/sheet";
import { bepaalBladPeriode, deelKolommenIn, leesRijen, type LeesContext } from "../../src/sheet/lezen";
import type { Opmerking } from "../../src/sheet/types";
import { blad, codes, opmerking, rij } from "./hulp";

function kopregel(b: Blad): KopRegel {
  const kop = vindKopregel(b);
  if (!kop) throw new Error("geen kopregel");
  return kop;
}

describe("lezen: periode in een vrije tekst", () => {
  it("vindt 'eerste helft 2022' ook als er een koppelteken achter het jaar staat", () => {
    expect(zoekPeriodeInTekst("Overzicht eerste helft 2022-concept")).toEqual({ jaar: 2022, helft: 1 });
    expect(zoekPeriodeInTekst("Overzicht tweede helft 2021-concept")).toEqual({ jaar: 2021, helft: 2 });
  });

  it("staat meer spaties toe rond 'helft'", () => {
    expect(zoekPeriodeInTekst("Overzicht eerste  helft 2022-concept")).toEqual({ jaar: 2022, helft: 1 });
    expect(zoekPeriodeInTekst("Overzicht 2e helft\t 2021-concept")).toEqual({ jaar: 2021, helft: 2 });
  });

  it("vindt '2022-1' met een koppelteken erachter, met of zonder teken en spaties", () => {
    expect(zoekPeriodeInTekst("Stand 2022-1-concept")).toEqual({ jaar: 2022, helft: 1 });
    expect(zoekPeriodeInTekst("Stand 2022 - 2-concept")).toEqual({ jaar: 2022, helft: 2 });
    expect(zoekPeriodeInTekst("Stand 2021 II-concept")).toEqual({ jaar: 2021, helft: 2 });
    expect(zoekPeriodeInTekst("Stand 2022/II-concept")).toEqual({ jaar: 2022, helft: 2 });
  });

  it("vindt '2022-H1' en '2022-h 2' met een koppelteken erachter", () => {
    expect(zoekPeriodeInTekst("Stand 2022-H1-concept")).toEqual({ jaar: 2022, helft: 1 });
    expect(zoekPeriodeInTekst("Stand 2022-h 2-concept")).toEqual({ jaar: 2022, helft: 2 });
  });

  it("vindt niets in een tekst met alleen een jaar of een ander teken", () => {
    expect(zoekPeriodeInTekst("Stand 2022-concept")).toBeNull();
    expect(zoekPeriodeInTekst("Stand 2022x1-concept")).toBeNull();
  });
});

describe("lezen: periode van het blad", () => {
  it("noemt de getrimde titelcel en haar adres, ook bij een blad dat niet in A1 begint", () => {
    const b = blad(
      [
        ["", "  Overzicht 2022-1-concept  "],
        ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", 21, 18, 13],
      ],
      { beginKolom: 2, beginRij: 4 },
    );
    expect(bepaalBladPeriode(b, 1)).toEqual({
      periode: { jaar: 2022, helft: 1 },
      bron: '"Overzicht 2022-1-concept" (D5)',
    });
  });

  it("valt terug op de bladnaam als de titelrijen geen periode noemen", () => {
    const b = blad([["Overzicht", "   "], ["Gemeente"]], { naam: "Blad 2021-2-def" });
    expect(bepaalBladPeriode(b, 1)).toEqual({
      periode: { jaar: 2021, helft: 2 },
      bron: 'de bladnaam "Blad 2021-2-def"',
    });
  });
});

describe("lezen: percentages", () => {
  it("leest 5 met %-formaat nog als breuk en 1,5 zonder formaat als breuk", () => {
    expect(leesPercentage(5, "0%")).toEqual({ ok: true, waarde: { fractie: 5, alternatief: null } });
    expect(leesPercentage(-5, "0%")).toEqual({ ok: true, waarde: { fractie: -5, alternatief: null } });
    expect(leesPercentage(1.5, "General")).toEqual({
      ok: true,
      waarde: { fractie: 1.5, alternatief: 0.015 },
    });
    expect(leesPercentage(-1.5, "General")).toEqual({
      ok: true,
      waarde: { fractie: -1.5, alternatief: -0.015 },
    });
  });

  it("noemt tekst die geen percentage is tussen aanhalingstekens", () => {
    expect(leesPercentage("veel", "General")).toEqual({
      ok: false,
      fout: { soort: "waarde", code: "geen-percentage", bericht: '"veel" is geen percentage.' },
    });
  });

  it("weigert een getal dat over een regelovergang verdeeld is", () => {
    expect(leesPercentage("7\n2", "General")).toEqual({
      ok: false,
      fout: { soort: "waarde", code: "geen-percentage", bericht: '"7\n2" is geen percentage.' },
    });
  });
});

describe("lezen: indeling van de kolommen", () => {
  it("telt onbekende en eigen kolommen niet als invoer", () => {
    const kop = kopregel(
      blad([
        ["Gemeente", "Periode", "Opmerkingen", "Achterstand 1 januari", "Gerealiseerd", "IBT Totaalopgave"],
        ["Leusden", "2022-1", "", 21, 13, 39],
      ]),
    );
    const indeling = deelKolommenIn(kop);
    expect(indeling.invoer.map((k) => k.kolom)).toEqual([0, 1, 3, 4]);
    expect(indeling.peildata.map((k) => k.kolom)).toEqual([3]);
    expect(Object.keys(indeling.perVeld).sort()).toEqual(["gemeente", "gerealiseerd", "periode"]);
  });

  // An own column found in a header has veld null; a hand-built one with a field tests the rule itself.
  it("slaat een eigen kolom over, ook als die een veld draagt", () => {
    const kop = kopregel(
      blad([
        ["Gemeente", "Periode", "Totaalopgave"],
        ["Leusden", "2022-1", 39],
      ]),
    );
    const eigen = { kolom: 3, kop: "IBT Totaalopgave", veld: "totaalopgave" as const, eigen: true };
    const indeling = deelKolommenIn({ ...kop, kolommen: [...kop.kolommen, eigen] });
    expect(indeling.perVeld.totaalopgave?.kolom).toBe(2);
    expect(indeling.invoer.map((k) => k.kolom)).toEqual([0, 1, 2]);
  });
});

describe("lezen: datums in een kolom met aantallen", () => {
  /** Leusden 2022-1 with `w` as Gerealiseerd in the format `formaat`. */
  function metGerealiseerd(w: number, formaat: string): Blad {
    return blad(
      [
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", "2022-1", 21, 18, w],
      ],
      { formaten: [[], ["", "", "", "", formaat]] },
    );
  }

  it("meldt serie 1 in datumformaat als datum (1 januari 1900)", () => {
    const r = controleerBlad(metGerealiseerd(1, "d-m-jjjj"));
    expect(opmerking(r, "datum-in-aantal", "E2").bericht).toContain("1 januari 1900");
    expect(codes(r)).not.toContain("geen-aantal@E2");
  });

  it("leest 0 in datumformaat als aantal", () => {
    const r = controleerBlad(metGerealiseerd(0, "d-m-jjjj"));
    expect(codes(r)).not.toContain("datum-in-aantal@E2");
    expect(rij(r, "Leusden").gerealiseerd).toBe(0);
  });

  it("leest 2.958.466 (na 31-12-9999) in datumformaat als aantal, 2.958.465 als datum", () => {
    const na = controleerBlad(metGerealiseerd(2_958_466, "d-m-jjjj"));
    expect(codes(na)).not.toContain("datum-in-aantal@E2");
    expect(rij(na, "Leusden").gerealiseerd).toBe(2_958_466);
    const op = controleerBlad(metGerealiseerd(2_958_465, "d-m-jjjj"));
    expect(opmerking(op, "datum-in-aantal", "E2").bericht).toContain("31 december 9999");
  });

  it("meldt geen datum in een peildatumkolom buiten de periode van de rij", () => {
    const r = controleerBlad(
      blad(
        [
          [
            "Gemeente",
            "Periode",
            "Achterstand begin",
            "Taakstelling",
            "Gerealiseerd",
            "Achterstand 1 januari 2020",
          ],
          ["Leusden", "2022-1", 21, 18, 13, 44_562],
        ],
        { formaten: [[], ["", "", "", "", "", "d-m-jjjj"]] },
      ),
    );
    expect(codes(r).filter((c) => c.startsWith("datum-in-aantal"))).toEqual([]);
  });
});

describe("lezen: tekenconventie van niet-negatieve aantallen", () => {
  // The header grammar gives these fields the "aantal" convention; a hand-built column tests the rule itself.
  it("leest een gerealiseerd-kolom in saldoconventie met die conventie", () => {
    const b = blad([
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
      ["Leusden", "2022-1", 21, 18, -13],
    ]);
    const kop = kopregel(b);
    const kolommen = kop.kolommen.map((k) =>
      k.veld === "gerealiseerd" ? { ...k, conventie: "saldo" as const } : k,
    );
    const opmerkingen: Opmerking[] = [];
    const ctx: LeesContext = {
      blad: b,
      indeling: deelKolommenIn({ ...kop, kolommen }),
      bladPeriode: null,
      opmerkingen,
    };
    const [gelezen] = leesRijen(ctx, { ...kop, kolommen });
    expect(gelezen.getallen.gerealiseerd).toEqual({ status: "ok", waarde: 13, kolom: 4 });
    expect(opmerkingen).toEqual([]);
  });
});
