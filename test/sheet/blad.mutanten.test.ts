/**
 * Exact behaviour of the sheet-wide checks (src/sheet/blad.ts) at their edges: own columns at the right
 * edge of Excel, hidden and undated columns, the period from peildatum columns (31 december and 30 juni
 * as the day before a peildatum, three or unordered dates), the title against the headers, herverdelingen
 * per period and an empty realisation without a period. Written against the surviving mutants of a
 * Stryker run.
 */
import { controleerBlad, vindKopregel, type Blad, type KopRegel } from "../../src/sheet";
import { bepaalPeriodeVanBlad, controleerKolommen, controleerRuimteRechts } from "../../src/sheet/blad";
import { deelKolommenIn } from "../../src/sheet/lezen";
import type { Opmerking } from "../../src/sheet/types";
import { blad, codes, opmerking } from "./hulp";

function kopregel(b: Blad): KopRegel {
  const kop = vindKopregel(b);
  if (!kop) throw new Error("geen kopregel");
  return kop;
}

/** One gemeente without a Periode column, with a backlog column for each of two header dates. */
function peildataBlad(links: string, rechts: string): Blad {
  return blad([
    ["Gemeente", `Achterstand ${links}`, "Taakstelling", "Gerealiseerd", `Achterstand ${rechts}`],
    ["Leusden", 21, 18, 13, 26],
  ]);
}

const VAN_PEILDATA = "de peildata in de kopregel";

describe("blad: ruimte rechts", () => {
  it("waarschuwt niet bij de laatste kolom van Excel als het blad al eigen IBT-kolommen heeft", () => {
    const r = controleerBlad(
      blad(
        [
          ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "IBT Totaalopgave"],
          ["Leusden", "2022-1", 21, 18, 13, 39],
        ],
        { beginKolom: 16_378 },
      ),
    );
    expect(codes(r)).toEqual([]);
  });

  it("telt zonder opgave de kolommen van een gewoon blad, niet die van een versnellingsblad", () => {
    const kop = kopregel(
      blad(
        [
          ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
          ["Leusden", "2022-1", 21, 18, 13],
        ],
        { beginKolom: 16_379 },
      ),
    );
    const opm: Opmerking[] = [];
    controleerRuimteRechts(kop, deelKolommenIn(kop), opm);
    expect(opm.map((o) => o.bericht)).toEqual([
      "De kopregel loopt tot XFD1, bij de laatste kolom van Excel (XFD): rechts is geen plaats voor de 11 IBT-kolommen. De controle werkt wel; om de uitkomsten terug te schrijven moeten er kolommen weg of naar links.",
    ]);
  });
});

describe("blad: losse kolommen", () => {
  it("meldt een achterstand zonder datum", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "TS", "Gerealiseerd", "Achterstand"],
        ["Leusden", "2022-1", 21, 18, 13, 3],
      ]),
    );
    expect(codes(r)).toEqual(["kolom-achterstand-zonder-datum@F1"]);
  });

  it("meldt een verborgen invoerkolom, niet een verborgen kolom die niets wordt", () => {
    const r = controleerBlad(
      blad(
        [
          ["Gemeente", "Periode", "Achterstand begin", "TS", "Gerealiseerd", "Opmerking"],
          ["Leusden", "2022-1", 21, 18, 13, "x"],
        ],
        { verborgenKolommen: [5, 3] },
      ),
    );
    expect(codes(r)).toEqual(["kolom-verborgen@D1"]);
    expect(opmerking(r, "kolom-verborgen").bericht).toBe(
      'Kolom "TS" (D1) is verborgen; de controle leest haar wel.',
    );
  });
});

describe("blad: verplichte kolommen", () => {
  it("zegt bij een ontbrekende achterstand begin dat de totaalopgave niet te berekenen is", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Gerealiseerd"],
        ["Leusden", "2022-1", 18, 13],
      ]),
    );
    expect(codes(r)).toEqual(["kolom-ontbreekt@A1"]);
    expect(opmerking(r, "kolom-ontbreekt").bericht).toBe(
      "Kolom Achterstand begin (of Totaalopgave) ontbreekt in de kopregel (rij 1); de totaalopgave is niet te berekenen.",
    );
  });

  it("eist zonder opgave de kolommen van een gewoon blad", () => {
    const kop = kopregel(
      blad([
        ["Gemeente", "Periode", "Gerealiseerd"],
        ["Leusden", "2022-1", 13],
      ]),
    );
    const opm: Opmerking[] = [];
    controleerKolommen(kop, deelKolommenIn(kop), 0, opm);
    expect(opm.map((o) => `${o.code}@${o.cel}`)).toEqual(["kolom-ontbreekt@A1", "kolom-ontbreekt@A1"]);
  });
});

describe("blad: de periode uit de peildata", () => {
  it("leest 31 december en 30 juni als 1 januari en 1 juli (31-12-2021 is 2022)", () => {
    const r = controleerBlad(peildataBlad("31-12-2021", "30-6-2022"));
    expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
    expect(r.bladPeriode).toEqual({ periode: "2022-1", bron: VAN_PEILDATA });
  });

  it("leest 1 juli en 1 januari van het jaar erna als een tweede helft", () => {
    const r = controleerBlad(peildataBlad("1-7-2022", "1-1-2023"));
    expect(r.bladPeriode).toEqual({ periode: "2022-2", bron: VAN_PEILDATA });
  });

  it("ordent de peildata ook als 1 juli links van 1 januari staat", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand 1-7-2022", "Taakstelling", "Gerealiseerd", "Achterstand 1-1-2022"],
        ["Leusden", 26, 18, 13, 21],
      ]),
    );
    expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
    expect(r.bladPeriode).toEqual({ periode: "2022-1", bron: VAN_PEILDATA });
  });

  it("zoekt voorbij een eerste paar dat niet aansluit", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Achterstand 1-1-2021",
          "Achterstand 1-1-2022",
          "Taakstelling",
          "Gerealiseerd",
          "Achterstand 1-7-2022",
        ],
        ["Leusden", 5, 21, 18, 13, 26],
      ]),
    );
    expect(r.bladPeriode).toEqual({ periode: "2022-1", bron: VAN_PEILDATA });
  });

  it("neemt geen periode uit twee peildata die niet op elkaar volgen", () => {
    const r = controleerBlad(peildataBlad("1-1-2021", "1-7-2022"));
    expect(codes(r)).toEqual(["periode-jaar-onbekend@A1"]);
    expect(r.bladPeriode).toBeNull();
  });

  it.each([
    ["15-1-2022", "1-7-2022"],
    ["12-12-2021", "30-6-2022"],
    ["31-5-2022", "30-6-2022"],
    ["1-1-2022", "15-7-2022"],
    ["1-1-2022", "1-5-2022"],
    ["1-1-2022", "30-4-2022"],
    ["1-1-2022", "15-6-2022"],
  ])("ziet in %s en %s geen twee peildata", (links, rechts) => {
    const r = controleerBlad(peildataBlad(links, rechts));
    expect(codes(r)).toEqual(["periode-onbekend@A1"]);
    expect(r.bladPeriode).toBeNull();
    expect(r.rijen.map((x) => x.periode)).toEqual([null]);
  });
});

describe("blad: de periode uit titel en koppen", () => {
  it("volgt de kop als die een andere periode noemt dan de titel (en niet de volgende)", () => {
    const r = controleerBlad(
      blad([
        ["Overzicht 2021-1"],
        ["Gemeente", "Achterstand begin", "TS 2022-2", "Gerealiseerd"],
        ["Leusden", 21, 18, 13],
      ]),
    );
    expect(codes(r)).toEqual(["periode-uit-titel@A2"]);
    expect(r.bladPeriode).toEqual({ periode: "2022-2", bron: 'de kop "TS 2022-2" (C2)' });
  });

  it("houdt de periode van de titel bij een veld zowel zonder als met periode", () => {
    const r = controleerBlad(
      blad([
        ["Overzicht 2021-1"],
        ["Gemeente", "Achterstand begin", "TS", "TS 2023-1", "Gerealiseerd"],
        ["Leusden", 21, 18, 20, 13],
      ]),
    );
    expect(codes(r)).toEqual(["periode-uit-titel@A2", "kolom-andere-periode@D2"]);
    expect(r.bladPeriode).toEqual({ periode: "2021-1", bron: '"Overzicht 2021-1" (A1)' });
  });

  it("waarschuwt zonder opgave dat de periode onbekend is (geen versnellingsblad)", () => {
    const b = blad([
      ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
      ["Leusden", 21, 18, 13],
    ]);
    const kop = kopregel(b);
    const opm: Opmerking[] = [];
    expect(bepaalPeriodeVanBlad(b, kop, deelKolommenIn(kop), 0, opm)).toEqual({
      bladPeriode: null,
      bladHelft: null,
      bron: null,
    });
    expect(opm.map((o) => `${o.code}@${o.cel}`)).toEqual(["periode-onbekend@A1"]);
  });
});

describe("blad: herverdelingen", () => {
  it("telt per periode, in periodevolgorde, zonder rijen met een lege of ongeldige periode", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "TS", "Herverdeling", "Gerealiseerd"],
        ["Leusden", "2022-2", 21, 18, 2, 13],
        ["Houten", "2022-1", 21, 18, 1, 5],
        ["Baarn", "", 21, 18, 4, 5],
        ["Zeist", "20x", 21, 18, 7, 5],
      ]),
    );
    expect(codes(r)).toEqual([
      "herverdeling-niet-nul@E1",
      "herverdeling-niet-nul@E1",
      "leeg@B4",
      "periode-ongeldig@B5",
    ]);
    expect(r.opmerkingen.filter((o) => o.code === "herverdeling-niet-nul").map((o) => o.bericht)).toEqual([
      "De herverdelingen in 2022-1 tellen op tot +1 in plaats van 0. Wat de ene gemeente overneemt, geeft een andere af (Huisvestingswet art. 29 lid 2); controleer of alle betrokken gemeenten op het blad staan.",
      "De herverdelingen in 2022-2 tellen op tot +2 in plaats van 0. Wat de ene gemeente overneemt, geeft een andere af (Huisvestingswet art. 29 lid 2); controleer of alle betrokken gemeenten op het blad staan.",
    ]);
  });

  it("telt ook de rijen van een blad zonder enige periode", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand begin", "TS", "Herverdeling", "Gerealiseerd"],
        ["Leusden", 21, 18, 2, 13],
        ["Houten", 21, 18, 1, 5],
      ]),
    );
    expect(codes(r)).toEqual(["periode-onbekend@A1", "herverdeling-niet-nul@D1"]);
    expect(opmerking(r, "herverdeling-niet-nul").bericht).toBe(
      "De herverdelingen tellen op tot +3 in plaats van 0. Wat de ene gemeente overneemt, geeft een andere af (Huisvestingswet art. 29 lid 2); controleer of alle betrokken gemeenten op het blad staan.",
    );
  });
});

describe("blad: lege realisatie", () => {
  it("meldt een lege realisatie ook op een blad zonder periode", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand begin", "TS", "Gerealiseerd"],
        ["Leusden", 21, 18, 13],
        ["Houten", 21, 18, ""],
      ]),
    );
    expect(codes(r)).toEqual(["periode-onbekend@A1", "gerealiseerd-leeg@D3"]);
    expect(opmerking(r, "gerealiseerd-leeg").bericht).toBe(
      "Gerealiseerd in D3 is leeg, terwijl andere gemeenten in deze periode wel een realisatie hebben; alleen de totaalopgave is berekend.",
    );
  });

  it("meldt niets als geen gemeente in de periode een realisatie heeft", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "TS", "Gerealiseerd"],
        ["Leusden", "2022-1", 21, 18, ""],
        ["Houten", "2022-2", 21, 18, 5],
      ]),
    );
    expect(codes(r)).toEqual([]);
  });
});
