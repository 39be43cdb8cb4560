/** The CLI's summary formats ratios through the domain: half up, Dutch comma (rule 4). */
import { formatSamenvatting } from "../../src/cli/uitvoer";
import { controleerBlad } from "../../src/sheet";

describe("formatSamenvatting: de versnellingstabel", () => {
  it("schrijft een opdracht per achterstand van 2,675 als 2,68 (half naar boven, zoals het taakvenster)", () => {
    // Opdracht 107 op een achterstand van 40: 2,675 per persoon achterstand.
    const rapport = controleerBlad({
      naam: "2022-1",
      waarden: [
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Opdracht versnelling"],
        ["Leusden", "2022-1", 40, 18, 107],
        ["Houten", "2022-1", 20, 30, 20],
      ],
    });
    const tekst = formatSamenvatting(rapport, { bestand: "x.xlsx", automatisch: false });
    const regel = tekst.split("\n").find((r) => r.includes("Leusden") && r.includes("107"));
    expect(regel).toBeDefined();
    expect(regel).toContain("2,68");
    expect(regel).not.toContain("2,67");
  });
});

describe("formatSamenvatting: een versnellingsblad", () => {
  it("toont alleen het aantal gemeenten en regel 8, geen treden of achterstanden aan het eind", () => {
    const rapport = controleerBlad({
      naam: "Bijlage B",
      waarden: [
        ["Gemeente", "Achterstand per 1 juli 2022", "Aantal versneld te plaatsen statushouders"],
        ["Leusden", 26, 45],
        ["IJsselstein", 21, 17],
        ["Houten", 24, 35],
      ],
    });
    expect(rapport.versnellingsblad).toBe(true);
    const tekst = formatSamenvatting(rapport, { bestand: "vru.xlsx", automatisch: false });
    expect(tekst).toContain("Samenvatting\n  Gemeenten       3\n");
    expect(tekst).not.toContain("Trede");
    expect(tekst).not.toContain("Grootste achterstanden");
    expect(tekst).toContain("  Leusden            45           26             1,73        1,27\n");
    expect(tekst).toContain("  IJsselstein        17           21             0,81        0,59\n");
  });
});
