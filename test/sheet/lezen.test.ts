import { controleerBlad, isTotaalTekst, leesPercentage, zoekPeriodeInTekst } from "../../src/sheet";
import { blad, codes, KOP, rij } from "./hulp";

describe("leesPercentage", () => {
  it("weigert tekst, Excel-fouten, booleans en oneindig", () => {
    for (const w of ["abc", "#N/A", "72 procent", true, Number.POSITIVE_INFINITY, Number.NaN]) {
      const r = leesPercentage(w, "General");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fout.code).toBe("geen-percentage");
    }
    const fout = leesPercentage("#DIV/0!", "0%");
    expect(!fout.ok && fout.fout.bericht).toBe("Excel-fout #DIV/0! in plaats van een percentage.");
  });

  it("leest een breuk met %-formaat, een heel getal zonder formaat en tekst met %", () => {
    expect(leesPercentage(0.72, "0%")).toEqual({ ok: true, waarde: { fractie: 0.72, alternatief: null } });
    expect(leesPercentage(1.38, "0%")).toEqual({ ok: true, waarde: { fractie: 1.38, alternatief: null } });
    expect(leesPercentage(72, "General")).toEqual({ ok: true, waarde: { fractie: 0.72, alternatief: 72 } });
    expect(leesPercentage(72, "0%")).toEqual({ ok: true, waarde: { fractie: 0.72, alternatief: 72 } });
    expect(leesPercentage(0.72, "General")).toEqual({
      ok: true,
      waarde: { fractie: 0.72, alternatief: 0.0072 },
    });
    expect(leesPercentage("72%", "General")).toEqual({
      ok: true,
      waarde: { fractie: 0.72, alternatief: null },
    });
    expect(leesPercentage(" 137,5 % ", "@")).toEqual({
      ok: true,
      waarde: { fractie: 1.375, alternatief: null },
    });
    expect(leesPercentage("0,72", "General")).toEqual({
      ok: true,
      waarde: { fractie: 0.72, alternatief: 0.0072 },
    });
  });
});

describe("isTotaalTekst", () => {
  it("herkent totaalrijen maar geen gemeenten als Someren of Provinciaal", () => {
    for (const t of [
      "Totaal",
      "TOTAAL provincie",
      "Totaal:",
      "Provincie Utrecht",
      "Som",
      "Subtotaal regio",
      "Regio totaal",
    ]) {
      expect(isTotaalTekst(t)).toBe(true);
    }
    for (const t of ["Someren", "Leusden", "Totaalhuis", "Provinciaal overleg"])
      expect(isTotaalTekst(t)).toBe(false);
  });
});

describe("zoekPeriodeInTekst", () => {
  it("vindt een periode in een titel, en niets in een titel zonder periode", () => {
    expect(zoekPeriodeInTekst("Overzicht eerste helft 2022")).toEqual({ jaar: 2022, helft: 1 });
    expect(zoekPeriodeInTekst("Stand 2e helft 2021 (TVS)")).toEqual({ jaar: 2021, helft: 2 });
    expect(zoekPeriodeInTekst("Taakstelling 2022-II")).toEqual({ jaar: 2022, helft: 2 });
    expect(zoekPeriodeInTekst("Periode 2022/1, provincie Utrecht")).toEqual({ jaar: 2022, helft: 1 });
    expect(zoekPeriodeInTekst("Overzicht 2022 in beeld")).toBeNull();
    expect(zoekPeriodeInTekst("Overzicht gemeenten")).toBeNull();
    expect(zoekPeriodeInTekst("Rapport 2022-3")).toBeNull();
  });
});

describe("lezen van rijen via controleerBlad", () => {
  it("haalt de periode uit de bladnaam als de titel er geen noemt", () => {
    const r = controleerBlad(
      blad(
        [
          ["Gemeente", "Achterstand begin", "Taakstelling"],
          ["Leusden", 21, 18],
        ],
        { naam: "2022-1" },
      ),
    );
    expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
    expect(r.opmerkingen[0].bericht).toBe(
      'Geen kolom Periode: het blad gaat over 2022-1 (gelezen uit de bladnaam "2022-1").',
    );
    expect(rij(r, "Leusden").periode).toBe("2022-1");
  });

  it("slaat lege rijen, een herhaalde kopregel en een notitie onder de tabel over", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["", null, "  ", "", "", "", ""],
        KOP,
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["* Bron: COA, taakstellingvolgsysteem, peildatum 1 juli 2022"],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(r.rijen.map((x) => x.row)).toEqual([2, 5]);
  });

  it("leest tekstgetallen, een unicode-min en eenheden", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", "21 vergunninghouders", " 18 ", "+0", "13", "8"],
        ["Baarn", "2022-1", "−3", "15", "", 12, ""],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden")).toMatchObject({
      achterstandBegin: 21,
      taakstelling: 18,
      totaalopgave: 39,
      achterstandEindGecorrigeerd: 18,
    });
    expect(rij(r, "Baarn")).toMatchObject({
      achterstandBegin: -3,
      totaalopgave: 12,
      achterstandEind: 0,
      trede: 1,
    });
  });

  it("weigert een negatief of gebroken aantal gerealiseerd", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, 18, 0, -13, 0], ["Baarn", "2022-1", 3, 15, 0, 12.5, 0]]),
    );
    expect(codes(r)).toEqual(["geen-aantal@F2", "geen-aantal@F3"]);
    expect(r.opmerkingen[0].bericht).toContain("negatief");
    expect(r.opmerkingen[1].bericht).toContain("geen geheel aantal");
    expect(rij(r, "Baarn")).toMatchObject({ totaalopgave: 18, gerealiseerd: null });
  });

  it("gebruikt de kolomtoewijzing van de gebruiker", () => {
    const b = blad([
      ["Naam", "Periode", "Stand 1-1", "TS"],
      ["Leusden", "2022-1", 21, 18],
    ]);
    expect(controleerBlad(b).kopRij).toBeNull();
    const r = controleerBlad(b, { kolomToewijzing: { 0: "gemeente", 2: "achterstandBegin" } });
    expect(r.kopRij).toBe(1);
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: 21, taakstelling: 18, totaalopgave: 39 });
  });

  it("leest een meetdatum en behandelt de realisatie dan als tussenstand", () => {
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
        ["Leusden", "2022-2", 26, 24, 1, 33, 44887],
        ["Houten", "2022-2", 24, 30, 0, 20, "31-02-2022"],
      ]),
    );
    expect(codes(r)).toEqual(["herverdeling-niet-nul@E1", "tussenstand@G2", "geen-datum@G3"]);
    expect(rij(r, "Leusden")).toMatchObject({
      meetdatum: "2022-11-22",
      realisatieTaakstelling: 33 / 24,
      realisatieTotaalopgave: 33 / 51,
      achterstandEind: null,
      trede: null,
      taakstellingGehaald: null,
    });
    expect(rij(r, "Houten")).toMatchObject({ meetdatum: null, achterstandEind: 34, trede: 3 });
  });

  it("controleert een totaalrij in saldoconventie in het teken van de kolom", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Saldo begin", "Taakstelling"],
        ["Leusden", "2022-1", -21, 18],
        ["Baarn", "2022-1", 3, 15],
        ["Totaal", "2022-1", -17, 33],
      ]),
    );
    expect(codes(r)).toEqual(["totaalrij-wijkt-af@C4"]);
    expect(r.opmerkingen[0].bericht).toBe(
      "Totaal Saldo begin in C4 is -17, maar de som van de 2 gemeenten erboven is -18.",
    );
  });
});
