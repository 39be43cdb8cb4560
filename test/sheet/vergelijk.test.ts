import {
  brieftabelVoor,
  controleerBlad,
  maakBrieftabelBlad,
  maakVergelijkingsblad,
  prognosesVoor,
  vergelijkGemeenten,
} from "../../src/sheet";
import { blad, leusdenBlad } from "./hulp";

const KOP_V = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
  "Opdracht versnelling",
  "Meetdatum",
];
const regio = () =>
  controleerBlad(
    blad([
      KOP_V,
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, "", ""],
      ["Leusden", "2022-2", 26, 24, 1, 33, "", 45, "22-11-2022"],
      ["IJsselstein", "2022-2", 21, 20, 0, "", "", 17, ""],
      ["Houten", "2022-2", 24, 30, -1, "", "", 35, ""],
      ["Baarn", "2022-2", -2, 20, 0, 12, "", "", "2022-09-01"],
    ]),
  );

describe("vergelijkGemeenten", () => {
  it("geeft niets voor onbekende gemeenten of een onzinnige periode", () => {
    const r = regio();
    expect(vergelijkGemeenten(r, ["Atlantis"])).toEqual([]);
    expect(vergelijkGemeenten(r, ["Leusden"], { periode: "2022-3" })).toEqual([]);
    expect(vergelijkGemeenten(controleerBlad(leusdenBlad()), ["Leusden"])).toEqual([]);
  });

  it("vergelijkt Leusden en IJsselstein: 1,73 en 0,81", () => {
    const v = vergelijkGemeenten(regio(), ["leusden", " IJsselstein"]);
    expect(v.map((x) => [x.gemeente, x.opdracht, x.achterstand])).toEqual([
      ["Leusden", 45, 26],
      ["IJsselstein", 17, 21],
    ]);
    expect(v[0].opdrachtPerAchterstand).toBe(45 / 26);
    expect(v[1].opdrachtPerAchterstand).toBe(17 / 21);
  });

  it("gebruikt met gecorrigeerd de gecorrigeerde achterstand: Leusden 18 -> 2,50", () => {
    const v = vergelijkGemeenten(regio(), ["Leusden", "IJsselstein", "Houten"], { gecorrigeerd: true });
    expect(v[0]).toMatchObject({ gemeente: "Leusden", achterstand: 18, opdrachtPerAchterstand: 2.5 });
  });

  it("telt een gemeente zonder opdracht mee met 0 en zegt dat", () => {
    const v = vergelijkGemeenten(regio(), ["Leusden", "Baarn"]);
    expect(v[1]).toMatchObject({
      gemeente: "Baarn",
      opdracht: 0,
      achterstand: -2,
      opdrachtPerAchterstand: null,
    });
    expect(v[1].opmerking).toContain("Baarn heeft geen opdracht versnelling in 2022-2; gerekend met 0.");
    expect(v[1].opmerking).toContain("geen achterstand");
  });
});

describe("brieftabelVoor", () => {
  it("geeft null voor een onbekende gemeente, periode of een lopende periode", () => {
    const r = controleerBlad(leusdenBlad());
    expect(brieftabelVoor(r, "Atlantis", "2022-1")).toBeNull();
    expect(brieftabelVoor(r, "Leusden", "2022-5")).toBeNull();
    expect(brieftabelVoor(r, "Leusden", "2022-2")).toBeNull();
  });

  it("geeft de brieftabel van Leusden 2022-1 met de nieuwe periode uit de volgende rij", () => {
    const regels = brieftabelVoor(controleerBlad(leusdenBlad([3, 1, 0, 2])), "leusden", "eerste helft 2022")!;
    expect(regels.map((r) => r.waarde)).toEqual([
      "21 vergunninghouders achterstand",
      "18",
      "39",
      "13",
      "72%",
      "33%",
      "26 vergunninghouders achterstand",
      "18 vergunninghouders achterstand",
      "24",
      "26 vergunninghouders achterstand",
      "+1",
      "51",
    ]);
    const blad = maakBrieftabelBlad("Leusden", "2022-1", regels);
    expect(blad.naam).toBe("IBT Brief Leusden 2022-1");
    expect(blad.waarden[0][0]).toBe("Cijfers toezichtbrief Leusden, 2022-1");
    expect(blad.waarden[1]).toEqual(["Onderdeel", "Waarde"]);
    expect(blad.waarden[2]).toEqual([regels[0].label, "21 vergunninghouders achterstand"]);
    expect(blad.waarden).toHaveLength(2 + regels.length);
    expect(blad.formaten).toHaveLength(blad.waarden.length);
  });

  it("maakt een geldige bladnaam van een lange gemeentenaam", () => {
    expect(maakBrieftabelBlad("Wijk bij Duurstede / Utrechtse Heuvelrug", "2022-1", []).naam).toBe(
      "IBT Brief Wijk bij Duurstede -",
    );
  });
});

describe("prognosesVoor", () => {
  it("geeft niets voor een ongeldige datum of een periode zonder rijen", () => {
    expect(prognosesVoor(regio(), new Date(Number.NaN))).toEqual([]);
    expect(prognosesVoor(regio(), new Date(Date.UTC(2023, 2, 1)))).toEqual([]);
  });

  it("geeft Leusden 2022-2 op 22 november 2022: 42, 9, trede 2", () => {
    const p = prognosesVoor(regio(), new Date(Date.UTC(2022, 10, 22)));
    expect(p.map((x) => x.gemeente)).toEqual(["Leusden", "Baarn"]);
    expect(p[0]).toMatchObject({
      gemeente: "Leusden",
      periode: "2022-2",
      totaalopgave: 51,
      gerealiseerd: 33,
      gerealiseerdPrognose: 42,
      achterstandPrognose: 9,
      tredePrognose: 2,
      opSchema: false,
      opmerking: null,
    });
    expect(p[0].benodigdPerMaand).toBeCloseTo(18 / (40 / (365.25 / 12)), 10);
  });

  it("gebruikt de meetdatum van de rij als het blad die heeft", () => {
    const p = prognosesVoor(regio(), new Date(Date.UTC(2022, 8, 1)));
    expect(p[0]).toMatchObject({ gemeente: "Leusden", gerealiseerdPrognose: 42 });
    expect(p[1]).toMatchObject({ gemeente: "Baarn", gerealiseerdPrognose: Math.floor((12 * 184) / 62) });
  });
});

describe("maakVergelijkingsblad", () => {
  it("maakt een blad met titel, koppen, formaten en een grafiek over opdracht per achterstand", () => {
    const v = vergelijkGemeenten(regio(), ["Leusden", "IJsselstein", "Houten"]);
    const b = maakVergelijkingsblad(v);
    expect(b.naam).toBe("IBT Vergelijking");
    expect(b.waarden[1].slice(0, 4)).toEqual([
      "Gemeente",
      "Opdracht per achterstand",
      "Achterstand",
      "Opdracht",
    ]);
    expect(b.waarden[2].slice(0, 4)).toEqual(["Leusden", 45 / 26, 26, 45]);
    expect(b.formaten[2][1]).toBe("0.00");
    expect(b.formaten[2][4]).toBe("0.0%");
    expect(b.grafieken?.[0]).toEqual({ titel: "Opdracht per achterstand", bereik: "A2:B5", soort: "staaf" });
    expect(b.grafieken?.[1]).toMatchObject({ bereik: "A8:C11", soort: "kolommenMetLijn", positie: "E7" });
    expect(b.kolombreedten).toHaveLength(b.waarden[1].length);
    expect(maakVergelijkingsblad([]).grafieken).toEqual([]);
  });
});
