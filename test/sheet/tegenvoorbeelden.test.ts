/**
 * Counterexamples the property tests (eigenschappen.test.ts) found with many more cases than `npm test`
 * runs, kept as fixed cases so that they never come back.
 */
import { controleerBlad, maakSchrijfPlan, type Blad, type CelWaarde } from "../../src/sheet";
import { pasToe } from "./hulp";

describe("een periode in de kop van de gemeentekolom", () => {
  it("houdt 'Gemeente (2022-1)' op een blad over 2021-2 de gemeentekolom (geen crash, de rij wordt gelezen)", () => {
    const blad: Blad = {
      naam: "x",
      waarden: [
        ["Overzicht tweede helft 2021"],
        ["Gemeente (2022-1)", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", 10, 18, 13],
      ],
    };
    const rapport = controleerBlad(blad);
    expect(rapport.kopRij).toBe(2);
    expect(rapport.kolommen.find((k) => k.veld === "gemeente")?.kolom).toBe(0);
    expect(rapport.rijen.map((r) => [r.gemeente, r.periode, r.totaalopgave])).toEqual([
      ["Leusden", "2021-2", 28],
    ]);
  });

  it("leest een periode boven 'Gemeente' in een kop over twee rijen zonder te crashen", () => {
    const waarden: CelWaarde[][] = [
      ["tweede helft 2021"],
      [false, "Extra opgave", "2022-1"],
      ["Herverdeling", false, "Gemeente"],
      ["2022-3"],
    ];
    const rapport = controleerBlad({ naam: "x", waarden });
    expect(rapport.kopRij).toBe(3);
    expect(rapport.kolommen.find((k) => k.veld === "gemeente")?.kolom).toBe(2);
    expect(rapport.opmerkingen.map((o) => `${o.code} ${o.cel}`)).toContain("kolom-ontbreekt A3");
  });

  it("houdt 'Periode (2022-1)' op een blad over 2021-2 de periodekolom", () => {
    const blad: Blad = {
      naam: "x",
      waarden: [
        ["Overzicht tweede helft 2021"],
        ["Gemeente", "Periode (2022-1)", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", "2021-2", 10, 18, 13],
      ],
    };
    const rapport = controleerBlad(blad);
    expect(rapport.kolommen.find((k) => k.veld === "periode")?.kolom).toBe(1);
    expect(rapport.rijen.map((r) => [r.gemeente, r.periode, r.totaalopgave])).toEqual([
      ["Leusden", "2021-2", 28],
    ]);
  });
});

describe("een kop over twee rijen met een kolom die alleen in de bovenste rij een kop heeft", () => {
  // A1:C2 is one merged cell "Gemeente"; Na-registratie (G) has its header in the group row only.
  const waarden: CelWaarde[][] = [
    ["Gemeente", "", "", "Totaalopgave", "IBT notitie", "IBT Opmerkingen", "Na-registratie"],
    ["", "", "", "tweede helft 2021"],
  ];
  const blad: Blad = {
    naam: "x",
    waarden,
    samengevoegd: [{ rij: 1, kolom: 0, rijen: 2, kolommen: 3 }],
    formulesZonderWaarde: [],
    eigenKolommen: [],
  };

  it("krijgt geen eigen kolom in de kolom van de gebruiker (G), ook al is G2 leeg", () => {
    const rapport = controleerBlad(blad);
    expect(rapport.kopRij).toBe(2);
    expect(rapport.kolommen.find((k) => k.kolom === 6)?.veld).toBe("naRegistratie");
    const plan = maakSchrijfPlan(blad, rapport);
    expect(plan.kolommen.map((k) => k.kolom)).not.toContain(6);
    expect(plan.kolommen.find((k) => k.kop === "IBT Totaalopgave")?.kolom).toBe(7);
  });

  it("schrijft bij een tweede run precies hetzelfde", () => {
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    const na = pasToe(blad, plan);
    const record = plan.kolommen.map((k) => ({ rij: plan.beginRij, kolom: k.kolom, kop: k.kop }));
    const tweede: Blad = { ...na, eigenKolommen: record };
    const plan2 = maakSchrijfPlan(tweede, controleerBlad(tweede));
    expect(plan2.beginRij).toBe(plan.beginRij);
    expect(plan2.kolommen).toEqual(plan.kolommen);
    expect(pasToe(tweede, plan2).waarden).toEqual(na.waarden);
  });
});

describe("een eigen kop die alleen in de groepsrij boven de kopregel staat", () => {
  // Row 2 qualifies Taakstelling (a date), so rows 1-2 are the header; "IBT Opmerkingen" stands in C1
  // only, and C3 holds the user's text. The add-in writes its headers in the header row (row 2) itself.
  const waarden: CelWaarde[][] = [
    ["Gemeente", "Taakstelling", "IBT Opmerkingen", "Voorsprong", "IBT notitie", "Na-registratie"],
    ["", "22-11-2022"],
    ["", 0, "Gemeente"],
  ];

  it("is een kolom van de gebruiker: het plan schrijft er niet in en heeft geen conflicten", () => {
    const b: Blad = { naam: "x", waarden };
    const rapport = controleerBlad(b);
    expect(rapport.kopRij).toBe(2);
    expect(rapport.kolommen.find((k) => k.kolom === 2)).toMatchObject({ eigen: false, veld: null });
    const plan = maakSchrijfPlan(b, rapport);
    expect(plan.conflicten).toEqual([]);
    expect(plan.kolommen.map((k) => k.kolom)).not.toContain(2);
    expect(plan.kolommen.find((k) => k.kop === "IBT Opmerkingen")?.kolom).toBe(16);
    const na = pasToe(b, plan);
    expect(na.waarden[2][2]).toBe("Gemeente");
    expect(maakSchrijfPlan(na, controleerBlad(na))).toEqual(plan);
  });
});
