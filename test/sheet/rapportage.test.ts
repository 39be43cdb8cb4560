/**
 * The rapportage for Gedeputeerde Staten (issue 11, section 3). Golden test on the example workbook:
 * the expected counts, names and figures come from docs/rekenregels.md (Leusden, the backlogs of 1 juli
 * 2022) and from `ibt check` on assets/voorbeeld.xlsx (its summary, and sums of its --json rows worked
 * out by hand), not from this function's output.
 */
import { VOORBEELD_PAD } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { controleerBlad } from "../../src/sheet";
import {
  RAPPORTAGE_KOPRIJEN,
  maakRapportage,
  maakRapportageBlad,
  rapportageTabellen,
  type Rapportage,
} from "../../src/sheet/rapportage";
import type { Rapport, RijResultaat } from "../../src/sheet/types";
import type { Trede } from "../../src/domain/types";
import { rijResultaat } from "./hulp";

let overzicht: Rapport;
let halfjaar: Rapport;

beforeAll(async () => {
  const werkmap = await readWerkmap(VOORBEELD_PAD);
  overzicht = controleerBlad(sheetToBlad(werkmap.getWorksheet("Overzicht")!, false));
  halfjaar = controleerBlad(sheetToBlad(werkmap.getWorksheet("2022-1")!, false));
});

const per = (r: Rapportage): number[][] => r.treden.map((t) => [t.trede, t.berekend, t.geldend]);

describe("maakRapportage op het voorbeeldwerkboek, werkblad Overzicht (laatste periode 2022-2, tussenstand)", () => {
  let r: Rapportage;
  beforeAll(() => {
    r = maakRapportage(overzicht);
  });

  it("rapporteert 2022-2 als tussenstand op 22 november 2022, met de treden na 2022-1", () => {
    expect(r.periode).toBe("2022-2");
    expect(r.tussenstand).toBe(true);
    expect(r.peildatum).toBe("2022-11-22");
    expect(r.afgeslotenPeriode).toBe("2022-1");
    expect(r.afgeslotenPeildatum).toBe("2022-07-01");
  });

  it("telt per trede (berekend en geldend) zoals ibt check: 7, 17, 2, 0, 0, 0", () => {
    expect(per(r)).toEqual([
      [1, 7, 7],
      [2, 17, 17],
      [3, 2, 2],
      [4, 0, 0],
      [5, 0, 0],
      [6, 0, 0],
    ]);
    expect(r.zonderTrede).toBe(0);
    expect(r.besluiten).toEqual([]);
  });

  it("noemt wie op- en afschaalde, van welke trede naar welke, en waarom", () => {
    expect(r.opgeschaald.map((v) => [v.gemeente, v.van, v.naar])).toEqual([
      ["IJsselstein", 2, 3],
      ["Leusden", 2, 3],
    ]);
    // Leusden 2022-1 (rekenregels): A_eind 26, gecorrigeerd 18 = TS 18, 13 van 39 = 33%.
    expect(r.opgeschaald[1].waarom).toBe(
      "achterstand 18 na correctie (26 geregistreerd), minstens de taakstelling 18; eerste periode op rij; " +
        "33% van de totaalopgave 39 gerealiseerd",
    );
    expect(r.afgeschaald.map((v) => [v.gemeente, v.van, v.naar])).toEqual([
      ["Bunschoten", 2, 1],
      ["Eemnes", 2, 1],
      ["Lopik", 2, 1],
      ["Montfoort", 2, 1],
      ["Oudewater", 2, 1],
      ["Woudenberg", 2, 1],
    ]);
    expect(r.afgeschaald[1].waarom).toBe("voorsprong 2; 120% van de totaalopgave 10 gerealiseerd");
  });

  it("geeft de grootste achterstanden op 1 juli 2022 (de zeven uit de documenten, dan drie verzonnen)", () => {
    expect(r.grootsteAchterstanden.map((a) => [a.gemeente, a.achterstand])).toEqual([
      ["Utrecht", 207],
      ["Amersfoort", 53],
      ["Stichtse Vecht", 32],
      ["Leusden", 26],
      ["Houten", 24],
      ["IJsselstein", 21],
      ["Utrechtse Heuvelrug", 18],
      ["Veenendaal", 15],
      ["Zeist", 14],
      ["Nieuwegein", 12],
    ]);
    expect(r.grootsteAchterstanden[3]).toEqual({
      gemeente: "Leusden",
      achterstand: 26,
      gecorrigeerd: 18,
      taakstelling: 18,
      geldendeTrede: 3,
    });
  });

  it("geeft de prognose van 2022-2 op 22 november 2022 (Leusden: 42 gerealiseerd, achterstand 9, trede 2)", () => {
    expect(r.geenPrognose).toBeNull();
    expect(r.prognose).not.toBeNull();
    const p = r.prognose!;
    expect(p.periode).toBe("2022-2");
    expect(p.meetdatum).toBe("2022-11-22");
    expect(p.rijen).toHaveLength(26);
    const leusden = p.rijen.find((x) => x.gemeente === "Leusden")!;
    expect([leusden.gerealiseerdPrognose, leusden.achterstandPrognose, leusden.tredePrognose]).toEqual([
      42, 9, 2,
    ]);
    // 33 of 51 = 64.7% after 144 of 184 days = 78.3%: not on schedule.
    expect(leusden.opSchema).toBe(false);
    expect(p.opSchema + p.nietOpSchema).toBe(26);
    expect(p.opSchema).toBe(p.rijen.filter((x) => x.opSchema).length);
  });

  it("telt de provincie op: 2022-1 afgesloten en 2022-2 tot de meetdatum, percentages half naar boven", () => {
    expect(r.totalen).toHaveLength(2);
    const [eerste, tweede] = r.totalen;
    expect(eerste).toMatchObject({
      periode: "2022-1",
      tussenstand: false,
      gemeenten: 26,
      taakstelling: 811,
      herverdeling: 0,
      totaalopgave: 1276,
      gerealiseerd: 805,
      naRegistratie: 25,
      achterstandEind: 471,
      achterstandEindGecorrigeerd: 446,
      onvolledig: 0,
    });
    expect(eerste.realisatieTaakstelling).toBeCloseTo(805 / 811, 12);
    expect(eerste.realisatieTotaalopgave).toBeCloseTo(805 / 1276, 12);
    expect(tweede).toMatchObject({
      periode: "2022-2",
      tussenstand: true,
      taakstelling: 1082,
      totaalopgave: 1553,
      gerealiseerd: 1194,
      achterstandEind: null,
    });
    const tekst = rapportageTabellen(r)[0].rijen.map((rij) => rij.map((c) => c.tekst));
    expect(tekst[0].slice(-2)).toEqual(["99%", "63%"]);
    expect(tekst[1][0]).toBe("2022-2 (tussenstand 22 november 2022)");
    expect(tekst[1].slice(-2)).toEqual(["110%", "77%"]);
  });
});

describe("maakRapportage op het werkblad 2022-1 (één afgesloten periode)", () => {
  it("rapporteert 2022-1 met peildatum 1 juli 2022 en zegt dat er geen prognose is", () => {
    const r = maakRapportage(halfjaar);
    expect(r.periode).toBe("2022-1");
    expect(r.tussenstand).toBe(false);
    expect(r.peildatum).toBe("2022-07-01");
    expect(r.afgeslotenPeriode).toBe("2022-1");
    expect(per(r).map(([, b]) => b)).toEqual([7, 17, 2, 0, 0, 0]);
    expect(r.opgeschaald.map((v) => v.gemeente)).toEqual(["IJsselstein", "Leusden"]);
    expect(r.afgeschaald).toHaveLength(6);
    expect(r.grootsteAchterstanden.slice(0, 4).map((a) => a.achterstand)).toEqual([207, 53, 32, 26]);
    expect(r.prognose).toBeNull();
    expect(r.geenPrognose).toBe(
      "Geen prognose: 2022-1 is afgesloten op 1 juli 2022; een prognose (regel 9) hoort bij een tussenstand binnen een periode.",
    );
    expect(r.totalen.map((t) => [t.periode, t.taakstelling, t.gerealiseerd, t.achterstandEind])).toEqual([
      ["2022-1", 811, 805, 471],
    ]);
  });
});

function afgesloten(
  gemeente: string,
  vorige: Trede,
  trede: Trede,
  a: number,
  ts: number,
  extra: Partial<RijResultaat> = {},
): RijResultaat {
  const escalatie = trede > vorige ? "Opschalen" : trede < vorige ? "Afschalen" : "Gelijk";
  return rijResultaat({
    gemeente,
    periode: "2023-1",
    taakstelling: ts,
    totaalopgave: ts + 10,
    gerealiseerd: ts + 10 - a,
    achterstandEind: a,
    achterstandEindGecorrigeerd: a,
    realisatieTotaalopgave: (ts + 10 - a) / (ts + 10),
    vorigeTrede: vorige,
    trede,
    escalatie,
    geldendeTrede: trede,
    ...extra,
  });
}

function rapportVan(rijen: RijResultaat[]): Rapport {
  return { blad: "Proef", rijen } as unknown as Rapport;
}

describe("maakRapportage met besluiten van de toezichthouders", () => {
  const rijen = [
    // Rule 6 gives 4 (second period with A >= TS); the supervisors froze it at 3.
    afgesloten("Amersfoort", 3, 4, 60, 50, {
      vastgesteldeTrede: 3,
      redenBesluit: "Versnellingsactie geldt als verbeterplan",
      geldendeTrede: 3,
    }),
    // Computed the same as before, decided one lower: counts as afgeschaald on the geldende trede.
    afgesloten("Baarn", 3, 3, 12, 10, { vastgesteldeTrede: 2, redenBesluit: null, geldendeTrede: 2 }),
    afgesloten("Zeist", 4, 5, 40, 30),
    // A totals row and a second row of the same gemeente and period never count.
    afgesloten("Totaal", 2, 2, 5, 10, { isTotaalrij: true }),
    afgesloten("Zeist", 1, 1, 0, 30),
  ];
  const r = maakRapportage(rapportVan(rijen));

  it("telt berekend en geldend apart", () => {
    expect(per(r).filter(([, b, g]) => b + g > 0)).toEqual([
      [2, 0, 1],
      [3, 1, 1],
      [4, 1, 0],
      [5, 1, 1],
    ]);
  });

  it("schaalt op en af naar de geldende trede en noemt het besluit in het waarom", () => {
    expect(r.opgeschaald.map((v) => [v.gemeente, v.van, v.naar, v.berekend])).toEqual([["Zeist", 4, 5, 5]]);
    expect(r.opgeschaald[0].waarom).toContain("minstens de taakstelling 30; derde periode op rij");
    expect(r.afgeschaald.map((v) => [v.gemeente, v.van, v.naar, v.vastgesteld])).toEqual([
      ["Baarn", 3, 2, 2],
    ]);
    expect(r.afgeschaald[0].waarom).toContain("berekend 3, vastgesteld 2 (zonder reden)");
  });

  it("somt de besluiten op die van de berekende trede afwijken", () => {
    expect(r.besluiten).toEqual([
      {
        gemeente: "Amersfoort",
        berekend: 4,
        vastgesteld: 3,
        reden: "Versnellingsactie geldt als verbeterplan",
      },
      { gemeente: "Baarn", berekend: 3, vastgesteld: 2, reden: null },
    ]);
    expect(rapportageTabellen(r).map((t) => t.titel)).toContain(
      "Vastgestelde treden die afwijken van de berekende",
    );
  });

  it("zegt het bij een werkblad zonder periode met cijfers", () => {
    const leeg = maakRapportage(
      rapportVan([rijResultaat({ gemeente: "Leusden", periode: "2023-1", taakstelling: 5 })]),
    );
    expect(leeg.periode).toBeNull();
    expect(leeg.totalen).toEqual([]);
    expect(leeg.geenPrognose).toBe("Geen prognose: het werkblad heeft geen periode met cijfers.");
  });
});

describe("maakRapportage met de besluitkolommen van het blad (door de controle gelezen)", () => {
  it("telt een bevroren stap als geldend, schaalt niet op en noemt het besluit met zijn reden", () => {
    const r = maakRapportage(
      controleerBlad({
        naam: "Overzicht",
        waarden: [
          [
            "Gemeente",
            "Periode",
            "Achterstand begin",
            "Taakstelling",
            "Herverdeling",
            "Gerealiseerd",
            "Na-registratie",
            "Vorige trede",
            "Vastgestelde trede",
            "Reden besluit",
          ],
          // Leusden 2022-1: rule 6 gives 3 after 2; the supervisors kept 2.
          ["Leusden", "2022-1", 21, 18, 0, 13, 8, 2, 2, "Versnellingsactie geldt als verbeterplan"],
          // Houten: backlog 30 + 30 - 10 = 50 >= 30 for the second period in a row: 3 -> 4.
          ["Houten", "2022-1", 30, 30, 0, 10, 0, 3, "", ""],
        ],
      }),
    );
    expect(per(r).filter(([, b, g]) => b + g > 0)).toEqual([
      [2, 0, 1],
      [3, 1, 0],
      [4, 1, 1],
    ]);
    expect(r.opgeschaald.map((v) => [v.gemeente, v.van, v.naar])).toEqual([["Houten", 3, 4]]);
    expect(r.opgeschaald[0].waarom).toBe(
      "achterstand 50, minstens de taakstelling 30; tweede periode op rij; 17% van de totaalopgave 60 gerealiseerd",
    );
    expect(r.afgeschaald).toEqual([]);
    expect(r.besluiten).toEqual([
      { gemeente: "Leusden", berekend: 3, vastgesteld: 2, reden: "Versnellingsactie geldt als verbeterplan" },
    ]);
  });
});

describe("maakRapportageBlad", () => {
  const datum = new Date(Date.UTC(2022, 11, 5));

  it("maakt 'Rapportage 2022-2' met titel, peildatum, bron, tabellen en afdrukinstellingen", () => {
    const blad = maakRapportageBlad(maakRapportage(overzicht), { blad: "Overzicht", datum });
    expect(blad.naam).toBe("Rapportage 2022-2");
    expect(blad.waarden.slice(0, RAPPORTAGE_KOPRIJEN).map((r) => r[0])).toEqual([
      "Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-2",
      "Tussenstand 2022-2 op 22 november 2022; treden na 2022-1 (peildatum 1 juli 2022)",
      "Bron: werkblad Overzicht; opgesteld 5 december 2022",
    ]);
    // Every row as wide as the widest table, formats parallel to the values.
    expect(new Set(blad.waarden.map((r) => r.length))).toEqual(new Set([11]));
    expect(blad.formaten.map((r) => r.length)).toEqual(blad.waarden.map((r) => r.length));
    const totaal = blad.waarden.findIndex((r) => r[0] === "2022-1");
    expect(blad.waarden[totaal].slice(1, 9)).toEqual([26, 811, 0, 1276, 805, 25, 471, 446]);
    expect(blad.formaten[totaal].slice(1, 11)).toEqual([...new Array(8).fill("#,##0"), "0%", "0%"]);
    const leusden = blad.waarden.findIndex((r) => r[0] === "Leusden" && r[1] === 2 && r[2] === 3);
    expect(leusden).toBeGreaterThan(0);
    expect(blad.formaten[leusden].slice(1, 3)).toEqual(["0", "0"]);
    expect(blad.afdruk).toEqual({
      stand: "liggend",
      papier: "A4",
      paginasBreed: 1,
      voettekst: "IBT Huisvesting, werkblad Overzicht, 5 december 2022",
      paginanummers: true,
      kopRijenHerhalen: { van: 1, tot: 3 },
    });
  });

  it("schrijft bij een afgesloten periode waarom er geen prognose is", () => {
    const blad = maakRapportageBlad(maakRapportage(halfjaar), { blad: "2022-1", datum });
    expect(blad.naam).toBe("Rapportage 2022-1");
    expect(blad.waarden[1][0]).toBe("Peildatum 1 juli 2022");
    expect(blad.waarden.at(-1)![0]).toMatch(/^Geen prognose: 2022-1 is afgesloten op 1 juli 2022/);
  });
});
