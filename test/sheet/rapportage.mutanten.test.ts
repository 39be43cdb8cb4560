/**
 * Exact behaviour of maakRapportage (src/sheet/rapportage.ts) at its edges: which period counts as closed
 * or as a tussenstand, duplicate rows, the escalation that counts, the waarom of a step to trede 2, the
 * order of the lists, the largest backlogs, the latest meetdatum, the prognose counts and the province
 * totals. Written against the surviving mutants of a Stryker run: each test builds its own rows and states
 * one behaviour with exact values.
 */
import { maakRapportage, rapportageTabellen } from "../../src/sheet/rapportage";
import type { Rapport, RijResultaat } from "../../src/sheet/types";
import type { Trede } from "../../src/domain/types";
import { rijResultaat } from "./hulp";

/** A closed row of 2023-1: totaalopgave TS + 10, realised so that the backlog is `a`. */
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
    vorigeTrede: vorige,
    trede,
    escalatie,
    geldendeTrede: trede,
    ...extra,
  });
}

/** A row of the tussenstand 2023-2 (no trede), measured on `meetdatum`. */
function tussen(
  gemeente: string,
  gerealiseerd: number | null,
  meetdatum: string | null,
  extra: Partial<RijResultaat> = {},
): RijResultaat {
  return rijResultaat({
    gemeente,
    periode: "2023-2",
    taakstelling: 50,
    totaalopgave: 100,
    gerealiseerd,
    vorigeTrede: 2,
    meetdatum,
    ...extra,
  });
}

function rapportVan(rijen: RijResultaat[]): Rapport {
  return { blad: "Proef", rijen } as unknown as Rapport;
}

describe("maakRapportage: welke periode telt", () => {
  it("telt van een dubbele rij van dezelfde gemeente en periode alleen de eerste", () => {
    const r = maakRapportage(
      rapportVan([afgesloten("Zeist", 1, 2, 5, 10), afgesloten("Zeist", 1, 1, 0, 30)]),
    );
    expect(r.treden.map((t) => t.berekend)).toEqual([0, 1, 0, 0, 0, 0]);
    expect(r.totalen.map((t) => [t.gemeenten, t.taakstelling])).toEqual([[1, 10]]);
  });

  it("noemt een periode afgesloten als één rij een trede heeft, en telt de rij zonder trede", () => {
    const r = maakRapportage(
      rapportVan([
        afgesloten("Amersfoort", 2, 2, 5, 10),
        afgesloten("Baarn", 3, 3, 15, 10),
        afgesloten("Zeist", 2, 2, 5, 10, { trede: null, geldendeTrede: null, taakstelling: null }),
      ]),
    );
    expect(r.periode).toBe("2023-1");
    expect(r.afgeslotenPeriode).toBe("2023-1");
    expect(r.zonderTrede).toBe(1);
    // Only Zeist lacks a figure (its taakstelling); the other two are complete.
    expect(r.totalen.map((t) => [t.periode, t.gemeenten, t.onvolledig])).toEqual([["2023-1", 3, 1]]);
  });

  it("noemt een periode een tussenstand als één rij een meetdatum en een realisatie heeft", () => {
    const r = maakRapportage(
      rapportVan([
        afgesloten("Amersfoort", 2, 2, 5, 10),
        tussen("Amersfoort", 60, "2023-10-02"),
        tussen("Baarn", null, "2023-10-02"),
      ]),
    );
    expect(r.periode).toBe("2023-2");
    expect(r.tussenstand).toBe(true);
    expect(r.peildatum).toBe("2023-10-02");
    expect(r.afgeslotenPeriode).toBe("2023-1");
    expect(r.totalen).toHaveLength(2);
    expect(r.totalen[1]).toEqual({
      periode: "2023-2",
      tussenstand: true,
      gemeenten: 2,
      taakstelling: 100,
      herverdeling: 0,
      totaalopgave: 200,
      gerealiseerd: 60,
      naRegistratie: 0,
      achterstandEind: null,
      achterstandEindGecorrigeerd: null,
      realisatieTaakstelling: 0.6,
      realisatieTotaalopgave: 0.3,
      // Baarn lacks its realisation.
      onvolledig: 1,
    });
  });

  it("noemt een periode met alleen meetdata en geen realisatie geen tussenstand", () => {
    const r = maakRapportage(
      rapportVan([afgesloten("Amersfoort", 2, 2, 5, 10), tussen("Amersfoort", null, "2023-10-02")]),
    );
    expect(r.periode).toBe("2023-1");
    expect(r.tussenstand).toBe(false);
    expect(r.totalen.map((t) => t.periode)).toEqual(["2023-1"]);
  });

  it("noemt een periode met realisatie maar zonder meetdatum en zonder trede geen tussenstand", () => {
    const r = maakRapportage(
      rapportVan([afgesloten("Amersfoort", 2, 2, 5, 10), tussen("Amersfoort", 60, null)]),
    );
    expect(r.periode).toBe("2023-1");
    expect(r.tussenstand).toBe(false);
    expect(r.peildatum).toBe("2023-07-01");
  });

  it("slaat een periode over die geen periode is", () => {
    const r = maakRapportage(
      rapportVan([
        afgesloten("Amersfoort", 2, 2, 5, 10, { periode: "onzin" }),
        afgesloten("Baarn", 2, 2, 5, 10),
      ]),
    );
    expect(r.periode).toBe("2023-1");
    expect(r.totalen.map((t) => [t.periode, t.gemeenten])).toEqual([["2023-1", 1]]);
  });
});

describe("maakRapportage: op- en afschalen", () => {
  it("neemt de escalatie van de rij als de geldende trede de berekende is, anders de stap naar de geldende", () => {
    const r = maakRapportage(
      rapportVan([
        // The row's own escalation (Gelijk) wins over the step 2 -> 3.
        afgesloten("Amersfoort", 2, 3, 15, 10, { escalatie: "Gelijk" }),
        // Decided 3 against computed 4: the step 3 -> 3 counts, not the row's Opschalen.
        afgesloten("Baarn", 3, 4, 15, 10, { vastgesteldeTrede: 3, geldendeTrede: 3 }),
        // No escalation on the row: the step 2 -> 3 counts.
        afgesloten("Zeist", 2, 3, 15, 10, { escalatie: null }),
      ]),
    );
    expect(r.opgeschaald.map((v) => [v.gemeente, v.richting, v.van, v.naar])).toEqual([
      ["Zeist", "Opschalen", 2, 3],
    ]);
    expect(r.afgeschaald).toEqual([]);
  });

  it("zegt bij een stap naar trede 2 dat de achterstand kleiner is dan de taakstelling (ongecorrigeerd)", () => {
    const r = maakRapportage(
      rapportVan([afgesloten("Zeist", 1, 2, 4, 10, { achterstandEindGecorrigeerd: null })]),
    );
    expect(r.opgeschaald.map((v) => [v.gemeente, v.waarom])).toEqual([
      ["Zeist", "achterstand 4, kleiner dan de taakstelling 10"],
    ]);
  });

  it("zet de verschuivingen op naam", () => {
    const r = maakRapportage(
      rapportVan([afgesloten("Zeist", 1, 2, 4, 10), afgesloten("Amersfoort", 1, 2, 4, 10)]),
    );
    expect(r.opgeschaald.map((v) => v.gemeente)).toEqual(["Amersfoort", "Zeist"]);
  });
});

describe("maakRapportage: besluiten en achterstanden", () => {
  it("noemt alleen besluiten die afwijken, op naam", () => {
    const r = maakRapportage(
      rapportVan([
        afgesloten("Zeist", 3, 3, 15, 10, { vastgesteldeTrede: 2, geldendeTrede: 2, redenBesluit: "plan" }),
        afgesloten("Baarn", 3, 4, 15, 10, { vastgesteldeTrede: 3, geldendeTrede: 3 }),
        afgesloten("Amersfoort", 3, 3, 15, 10, { vastgesteldeTrede: 3 }),
      ]),
    );
    expect(r.besluiten).toEqual([
      { gemeente: "Baarn", berekend: 4, vastgesteld: 3, reden: null },
      { gemeente: "Zeist", berekend: 3, vastgesteld: 2, reden: "plan" },
    ]);
  });

  it("geeft de achterstanden groter dan nul, de grootste eerst, standaard tot tien", () => {
    const r = maakRapportage(
      rapportVan([
        afgesloten("Amersfoort", 2, 2, 5, 10),
        afgesloten("Baarn", 2, 2, 20, 10),
        afgesloten("Eemnes", 2, 2, 0, 10),
        afgesloten("Houten", 1, 1, -3, 10),
        afgesloten("Zeist", 2, 2, 10, 10),
      ]),
    );
    expect(r.grootsteAchterstanden.map((a) => [a.gemeente, a.achterstand])).toEqual([
      ["Baarn", 20],
      ["Zeist", 10],
      ["Amersfoort", 5],
    ]);
  });

  it("beperkt de achterstanden tot het gevraagde aantal", () => {
    const r = maakRapportage(
      rapportVan([
        afgesloten("Amersfoort", 2, 2, 5, 10),
        afgesloten("Baarn", 2, 2, 20, 10),
        afgesloten("Zeist", 2, 2, 10, 10),
      ]),
      { aantalAchterstanden: 2 },
    );
    expect(r.grootsteAchterstanden.map((a) => a.gemeente)).toEqual(["Baarn", "Zeist"]);
  });
});

describe("maakRapportage: de tussenstand", () => {
  it("neemt de laatste meetdatum van de rijen", () => {
    const r = maakRapportage(
      rapportVan([
        tussen("Amersfoort", 60, "2023-09-01"),
        tussen("Baarn", 60, "2023-10-02"),
        tussen("Zeist", 60, "2023-08-01"),
      ]),
    );
    expect(r.peildatum).toBe("2023-10-02");
    expect(r.prognose?.meetdatum).toBe("2023-10-02");
  });

  it("zet de prognose op naam en telt wie op schema is en wie niet", () => {
    const r = maakRapportage(
      rapportVan([
        tussen("Zeist", 90, "2023-10-02"),
        tussen("Baarn", 10, "2023-10-02"),
        tussen("Amersfoort", 20, "2023-10-02"),
      ]),
    );
    const p = r.prognose!;
    expect(p.periode).toBe("2023-2");
    expect(p.rijen.map((x) => [x.gemeente, x.opSchema])).toEqual([
      ["Amersfoort", false],
      ["Baarn", false],
      ["Zeist", true],
    ]);
    expect([p.opSchema, p.nietOpSchema]).toEqual([1, 2]);
  });
});

describe("rapportageTabellen: tekstcellen", () => {
  it("schrijft een ontbrekende reden als lege tekst, links uitgelijnd", () => {
    const r = maakRapportage(
      rapportVan([afgesloten("Baarn", 3, 4, 15, 10, { vastgesteldeTrede: 3, geldendeTrede: 3 })]),
    );
    const besluiten = rapportageTabellen(r).find(
      (t) => t.titel === "Vastgestelde treden die afwijken van de berekende",
    )!;
    expect(besluiten.rijen).toEqual([
      [
        { waarde: "Baarn", tekst: "Baarn", formaat: null, rechts: false },
        { waarde: 4, tekst: "4", formaat: "0", rechts: true },
        { waarde: 3, tekst: "3", formaat: "0", rechts: true },
        { waarde: "", tekst: "", formaat: null, rechts: false },
      ],
    ]);
  });
});
