/**
 * The gemeente dossier (dossier.ts) on inputs the example does not have: a row without a readable
 * period, a row without a gemeente, two rows without a period, a letter table that fails, the periods
 * the chart shows, and the sheet's explanation column and formats. Computed inside each test: mutation
 * testing credits a test only with the code it runs itself.
 */
import { controleerBlad, type CelWaarde } from "../../src/sheet";
import * as vergelijk from "../../src/sheet/vergelijk";
import type { Trede } from "../../src/domain";
import {
  dossierVan,
  grafiekPerioden,
  maakDossierBlad,
  type Dossier,
  type DossierPeriode,
} from "../../src/sheet/dossier";
import { blad, leusdenBlad } from "./hulp";

function leusdenMet(rij: CelWaarde[], bovenaan: boolean) {
  const b = leusdenBlad();
  b.waarden.splice(bovenaan ? 1 : b.waarden.length, 0, rij);
  return controleerBlad(b);
}

describe("dossierVan: welke rijen", () => {
  it("zet een rij zonder leesbare periode achteraan, waar ze ook staat", () => {
    const rij: CelWaarde[] = ["Leusden", "ooit", 1, 2, 0, 3, 1, 0, ""];
    for (const bovenaan of [true, false]) {
      const d = dossierVan(leusdenMet(rij, bovenaan), "Leusden")!;
      expect(d.perioden.map((p) => p.periode)).toEqual(["2021-1", "2021-2", "2022-1", "2022-2", null]);
    }
  });

  it("slaat een rij zonder gemeente en een totaalrij over", () => {
    const b = leusdenBlad();
    b.waarden.push(["", "2022-1", 5, 10, 0, 15, 5, 0, ""], ["Totaal", "2022-1", 5, 10, 0, 15, 5, 0, ""]);
    const rapport = controleerBlad(b);
    expect(dossierVan(rapport, "Totaal")).toBeNull();
    const d = dossierVan(rapport, "Leusden")!;
    expect(d.perioden.map((p) => [p.periode, p.getallen.taakstelling])).toEqual([
      ["2021-1", 24],
      ["2021-2", 19],
      ["2022-1", 18],
      ["2022-2", 24],
    ]);
  });

  it("neemt van twee rijen zonder periode de eerste", () => {
    const rapport = controleerBlad(
      blad(
        [
          ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
          ["Leusden", 21, 18, 13],
          ["Leusden", 10, 20, 5],
        ],
        { naam: "Blad1" },
      ),
    );
    const d = dossierVan(rapport, "Leusden")!;
    expect(d.perioden.map((p) => [p.periode, p.getallen.taakstelling, p.rij])).toEqual([[null, 18, 2]]);
  });

  it("meldt 'geen brieftabel' als de brieftabel niet te maken is, in plaats van te stoppen", () => {
    const spion = jest.spyOn(vergelijk, "brieftabelVoor").mockImplementation(() => {
      throw new Error("kapot");
    });
    try {
      const d = dossierVan(controleerBlad(leusdenBlad()), "Leusden")!;
      expect(d.perioden.map((p) => p.brieftabel)).toEqual([false, false, false, false]);
    } finally {
      spion.mockRestore();
    }
    const d = dossierVan(controleerBlad(leusdenBlad()), "Leusden")!;
    expect(d.perioden.some((p) => p.brieftabel)).toBe(true);
  });
});

describe("grafiekPerioden", () => {
  it("toont een periode met een geldende trede of een gecorrigeerde achterstand, niet zonder beide", () => {
    const d = dossierVan(controleerBlad(leusdenBlad()), "Leusden")!;
    const [a, b, c, e] = d.perioden;
    const zet = (p: DossierPeriode, trede: Trede | null, achterstand: number | null): DossierPeriode => ({
      ...p,
      geldendeTrede: trede,
      getallen: { ...p.getallen, achterstandEindGecorrigeerd: achterstand },
    });
    const dossier: Dossier = {
      ...d,
      perioden: [zet(a, 3, null), zet(b, null, 5), zet(c, null, null), zet(e, 2, 7)],
    };
    expect(grafiekPerioden(dossier).map((p) => p.periode)).toEqual(["2021-1", "2021-2", "2022-2"]);
  });
});

describe("maakDossierBlad", () => {
  it("zet de toelichtingen van een periode achter elkaar, met een spatie ertussen", () => {
    const d = dossierVan(controleerBlad(leusdenBlad()), "Leusden")!;
    const p: DossierPeriode = {
      ...d.perioden[0],
      meetdatum: "2021-05-03",
      tredeOngecorrigeerd: 3,
      tredeBevroren: true,
    };
    const b = maakDossierBlad({ ...d, perioden: [p] });
    expect(b.waarden[2][17]).toBe(
      "Tussenstand op 03-05-2021: nog geen achterstand eind en trede. Zonder correctie voor na-registratie trede 3. Bevroren trede (regel 11).",
    );
  });

  it("geeft elke periode-rij de getalnotaties van haar kolommen", () => {
    const b = maakDossierBlad(dossierVan(controleerBlad(leusdenBlad()), "Leusden")!);
    const verwacht = [
      "@",
      "0",
      "0",
      "+0;-0;0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0%",
      "0%",
      "0",
      "0",
      null,
      "0",
      null,
      null,
      null,
    ];
    expect(b.formaten.slice(2, 6)).toEqual([verwacht, verwacht, verwacht, verwacht]);
  });
});
