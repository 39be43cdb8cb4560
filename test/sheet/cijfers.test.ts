/**
 * Vergelijken on the figures a sheet has (vergelijkCijfers), the opdracht-column test of a sheet's top
 * rows (heeftOpdrachtKolom) and the comparison sheet's second chart (maakVergelijkingsblad), on the
 * example workbook assets/voorbeeld.xlsx: Leusden's figures are the golden cases of docs/rekenregels.md ("Leusden").
 */
import { VOORBEELD_PAD } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import {
  controleerBlad,
  heeftOpdrachtKolom,
  KOP_LEESRIJEN,
  maakVergelijkingsblad,
  vergelijkCijfers,
  vergelijkGemeenten,
  verhoudingenAflopend,
  type Blad,
  type CijferVergelijking,
  type Rapport,
} from "../../src/sheet";

let overzichtBlad: Blad;
let periodeBlad: Blad;
let overzicht: Rapport;
let periodeblad: Rapport;

beforeAll(async () => {
  const werkmap = await readWerkmap(VOORBEELD_PAD);
  overzichtBlad = sheetToBlad(werkmap.getWorksheet("Overzicht")!);
  periodeBlad = sheetToBlad(werkmap.getWorksheet("2022-1")!);
  overzicht = controleerBlad(overzichtBlad);
  periodeblad = controleerBlad(periodeBlad);
});

/** The texts of one gemeente (index in the comparison) per period, as the pane shows them. */
function teksten(v: CijferVergelijking, gemeente: number): Record<string, Record<string, string> | null> {
  return Object.fromEntries(v.perioden.map((p) => [p.periode, p.cijfers[gemeente]?.teksten ?? null]));
}

describe("vergelijkCijfers op het meerperiodenblad Overzicht", () => {
  it("zet Leusden tegenover IJsselstein per periode, oudste eerst", () => {
    const v = vergelijkCijfers(overzicht, ["Leusden", "IJsselstein"]);
    expect(v.gemeenten).toEqual(["Leusden", "IJsselstein"]);
    expect(v.nietGevonden).toEqual([]);
    expect(v.perioden.map((p) => p.periode)).toEqual(["2021-1", "2021-2", "2022-1", "2022-2"]);
  });

  it("geeft Leusdens gouden cijfers exact (rekenregels: 2021-1 tot en met de tussenstand van 2022-2)", () => {
    const v = vergelijkCijfers(overzicht, ["Leusden", "IJsselstein"]);
    expect(teksten(v, 0)).toEqual({
      "2021-1": {
        taakstelling: "24",
        totaalopgave: "25",
        gerealiseerd: "6",
        achterstandEind: "19",
        achterstandEindGecorrigeerd: "19",
        realisatieTaakstelling: "25%",
        realisatieTotaalopgave: "24%",
        trede: "2",
      },
      "2021-2": {
        taakstelling: "19",
        totaalopgave: "38",
        gerealiseerd: "17",
        achterstandEind: "21",
        achterstandEindGecorrigeerd: "15",
        realisatieTaakstelling: "89%",
        realisatieTotaalopgave: "45%",
        trede: "2",
      },
      "2022-1": {
        taakstelling: "18",
        totaalopgave: "39",
        gerealiseerd: "13",
        achterstandEind: "26",
        achterstandEindGecorrigeerd: "18",
        realisatieTaakstelling: "72%",
        realisatieTotaalopgave: "33%",
        trede: "3",
      },
      // The interim of 22 November 2022: percentages, no backlog at the end and no trede yet.
      "2022-2": {
        taakstelling: "24",
        totaalopgave: "51",
        gerealiseerd: "33",
        achterstandEind: "",
        achterstandEindGecorrigeerd: "",
        realisatieTaakstelling: "138%",
        realisatieTotaalopgave: "65%",
        trede: "",
      },
    });
    const p2022 = v.perioden.find((p) => p.periode === "2022-1")!.cijfers[0]!;
    expect(p2022.getallen).toEqual({
      taakstelling: 18,
      totaalopgave: 39,
      gerealiseerd: 13,
      achterstandEind: 26,
      achterstandEindGecorrigeerd: 18,
      realisatieTaakstelling: 13 / 18,
      realisatieTotaalopgave: 13 / 39,
      trede: 3,
    });
    expect(p2022.meetdatum).toBeNull();
    expect(v.perioden[3].cijfers[0]!.meetdatum).toBe("2022-11-22");
  });

  it("geeft IJsselstein (verzonnen cijfers) zoals de controle ze per rij berekende", () => {
    const v = vergelijkCijfers(overzicht, ["Leusden", "IJsselstein"]);
    expect(teksten(v, 1)["2022-1"]).toEqual({
      taakstelling: "20",
      totaalopgave: "35",
      gerealiseerd: "14",
      achterstandEind: "21",
      achterstandEindGecorrigeerd: "21",
      realisatieTaakstelling: "70%",
      realisatieTotaalopgave: "40%",
      trede: "3",
    });
    for (const p of v.perioden) {
      const rij = overzicht.rijen.find((r) => r.gemeente === "IJsselstein" && r.periode === p.periode)!;
      expect(p.cijfers[1]).toMatchObject({
        rij: rij.row,
        getallen: { taakstelling: rij.taakstelling, achterstandEind: rij.achterstandEind, trede: rij.trede },
      });
    }
  });

  it("vindt elke schrijfwijze van de CBS-lijst, telt een gemeente één keer en noemt wat niet op het blad staat", () => {
    const v = vergelijkCijfers(overzicht, ["gemeente leusden", "Ijsselstein", "Leusden", "Atlantis"]);
    expect(v.gemeenten).toEqual(["Leusden", "IJsselstein"]);
    expect(v.nietGevonden).toEqual(["Atlantis"]);
    expect(v.perioden[2].cijfers.map((c) => c?.teksten.achterstandEind)).toEqual(["26", "21"]);
  });

  it("geeft niets voor een lege keuze of alleen onbekende namen", () => {
    expect(vergelijkCijfers(overzicht, [])).toEqual({ gemeenten: [], nietGevonden: [], perioden: [] });
    expect(vergelijkCijfers(overzicht, ["Atlantis"])).toEqual({
      gemeenten: [],
      nietGevonden: ["Atlantis"],
      perioden: [],
    });
  });
});

describe("vergelijkCijfers op andere bladen", () => {
  it("geeft op het eenperiodeblad 2022-1 dezelfde cijfers van Leusden", () => {
    const v = vergelijkCijfers(periodeblad, ["Leusden", "IJsselstein"]);
    expect(v.perioden.map((p) => p.periode)).toEqual(["2022-1"]);
    expect(v.perioden[0].cijfers[0]!.teksten).toMatchObject({
      taakstelling: "18",
      totaalopgave: "39",
      gerealiseerd: "13",
      achterstandEind: "26",
      achterstandEindGecorrigeerd: "18",
      trede: "3",
    });
  });

  it("zet een periode waarin een gemeente geen rij heeft op null, en rijen zonder periode achteraan", () => {
    const r = controleerBlad({
      naam: "Los",
      waarden: [
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", "2022-1", 21, 18, 13],
        ["Houten", "2021-2", 10, 20, 25],
        ["Houten", "2022-1", 5, 20, 30],
        ["Lopik", "", 2, 10, 4],
        ["Totaal", "2022-1", 26, 38, 43],
      ],
    });
    const v = vergelijkCijfers(r, ["Leusden", "Houten", "Lopik"]);
    expect(v.perioden.map((p) => p.periode)).toEqual(["2021-2", "2022-1", null]);
    expect(v.perioden[0].cijfers.map((c) => c?.teksten.totaalopgave ?? null)).toEqual([null, "30", null]);
    expect(v.perioden[1].cijfers.map((c) => c?.teksten.achterstandEind ?? null)).toEqual(["26", "-5", null]);
    expect(v.perioden[2].cijfers.map((c) => c?.rij ?? null)).toEqual([null, null, 5]);
  });
});

describe("heeftOpdrachtKolom", () => {
  const bovenste = (b: Blad): Blad => ({ ...b, waarden: b.waarden.slice(0, KOP_LEESRIJEN) });

  it("vindt de kolom Opdracht versnelling op blad 2022-1 en niet op Overzicht, ook in alleen de bovenste rijen", () => {
    expect(heeftOpdrachtKolom(periodeBlad)).toBe(true);
    expect(heeftOpdrachtKolom(bovenste(periodeBlad))).toBe(true);
    expect(heeftOpdrachtKolom(overzichtBlad)).toBe(false);
    expect(heeftOpdrachtKolom(bovenste(overzichtBlad))).toBe(false);
  });

  it("herkent een versnellingslijst (gemeente, achterstand, opdracht) en niet een eigen IBT-kolom", () => {
    const lijst: Blad = {
      naam: "VRU",
      waarden: [
        ["Gemeente", "Achterstand 1 juli 2022", "Aantal versneld te plaatsen statushouders"],
        ["Leusden", 26, 45],
      ],
    };
    expect(heeftOpdrachtKolom(lijst)).toBe(true);
    expect(heeftOpdrachtKolom({ naam: "Leeg", waarden: [] })).toBe(false);
    expect(
      heeftOpdrachtKolom({
        naam: "Ander",
        waarden: [
          ["Gemeente", "Taakstelling", "Gerealiseerd", "IBT Trede"],
          ["Leusden", 18, 13, "3 Actief toezicht"],
        ],
      }),
    ).toBe(false);
  });
});

describe("maakVergelijkingsblad: de tweede grafiek", () => {
  it("zet de verhouding van hoog naar laag onder de tabel, met een kolom 1, en een kolomgrafiek met lijn", () => {
    const v = vergelijkGemeenten(periodeblad, ["Leusden", "IJsselstein", "Houten"]);
    const b = maakVergelijkingsblad(v);
    // rekenregels: verhoudingen 1,27 / 0,59 / 1,07 -> Leusden, Houten, IJsselstein.
    const aflopend = verhoudingenAflopend(v);
    expect(aflopend.map((a) => a.gemeente)).toEqual(["Leusden", "Houten", "IJsselstein"]);
    expect(aflopend.map((a) => Math.round(a.verhouding * 100) / 100)).toEqual([1.27, 1.07, 0.59]);
    // Table: rows 1-5; empty row 6; block title row 7, header row 8, data rows 9-11.
    expect(b.waarden).toHaveLength(11);
    expect(b.waarden[5].every((w) => w === "")).toBe(true);
    expect(b.waarden[6][0]).toBe(
      "Verhouding per gemeente, van hoog naar laag (1 = evenredig met de achterstand)",
    );
    expect(b.waarden[7].slice(0, 3)).toEqual(["Gemeente", "Verhouding", "Evenredig"]);
    expect(b.waarden.slice(8).map((r) => r.slice(0, 3))).toEqual([
      ["Leusden", 45 / 97 / (26 / 71), 1],
      ["Houten", 35 / 97 / (24 / 71), 1],
      ["IJsselstein", 17 / 97 / (21 / 71), 1],
    ]);
    expect(b.waarden.every((r) => r.length === 10)).toBe(true);
    expect(b.formaten.slice(8).map((r) => r.slice(0, 3))).toEqual([
      [null, "0.00", "0"],
      [null, "0.00", "0"],
      [null, "0.00", "0"],
    ]);
    expect(b.grafieken).toEqual([
      { titel: "Opdracht per achterstand", bereik: "A2:B5", soort: "staaf" },
      {
        titel: "Verhouding aandeel opdracht / aandeel achterstand (lijn: 1 = evenredig)",
        bereik: "A8:C11",
        soort: "kolommenMetLijn",
        positie: "E7",
      },
    ]);
  });

  it("laat een gemeente zonder achterstand uit het blok, en maakt zonder verhoudingen geen tweede grafiek", () => {
    const r = controleerBlad({
      naam: "VRU",
      waarden: [
        ["Gemeente", "Achterstand 1 juli 2022", "Opdracht VRU"],
        ["Leusden", 26, 45],
        ["Baarn", -2, 5],
        ["Houten", 24, 35],
      ],
    });
    const v = vergelijkGemeenten(r, ["Leusden", "Baarn", "Houten"]);
    expect(v.map((x) => x.verhouding === null)).toEqual([false, true, false]);
    const b = maakVergelijkingsblad(v);
    expect(b.waarden.slice(8).map((w) => w[0])).toEqual(["Leusden", "Houten"]);
    expect(b.grafieken?.[1]).toMatchObject({ bereik: "A8:C10", soort: "kolommenMetLijn" });
    const alleenBaarn = maakVergelijkingsblad(v.filter((x) => x.gemeente === "Baarn"));
    expect(alleenBaarn.grafieken).toEqual([
      { titel: "Opdracht per achterstand", bereik: "A2:B3", soort: "staaf" },
    ]);
    expect(alleenBaarn.waarden).toHaveLength(3);
    expect(maakVergelijkingsblad([]).grafieken).toEqual([]);
  });
});
