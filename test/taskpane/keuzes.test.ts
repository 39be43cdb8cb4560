/**
 * The task pane shows gemeenten by their official name (CBS): the choices of the views come from the
 * report, which gives every spelling of a gemeente its official name.
 */
import { controleerBlad } from "../../src/sheet";
import { gemeentenMetOpdracht, gemeentenVan, periodenVan, standaardKeuze } from "../../src/taskpane/keuzes";

const KOP = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
  "Opdracht versnelling",
];

const rapport = () =>
  controleerBlad({
    naam: "Overzicht",
    waarden: [
      KOP,
      ["Gemeente Leusden", "2021-2", 19, 19, 0, 17, 6, ""],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, 45],
      ["Ijsselstein", "2022-1", 21, 20, 0, 20, 0, 17],
      ["Houten", "2022-1", 24, 30, 0, 25, 0, ""],
    ],
  });

describe("de keuzes van het taakvenster", () => {
  it("noemen elke gemeente één keer, bij haar officiële naam, welke schrijfwijze het blad ook heeft", () => {
    expect(gemeentenVan(rapport())).toEqual(["Leusden", "IJsselstein", "Houten"]);
    expect(gemeentenMetOpdracht(rapport())).toEqual(["Leusden", "IJsselstein"]);
  });

  it("kiezen Leusden en IJsselstein voor, ook als het blad ze anders schrijft", () => {
    expect(standaardKeuze(gemeentenMetOpdracht(rapport()))).toEqual(["Leusden", "IJsselstein"]);
  });

  it("geven de perioden van een gemeente over haar schrijfwijzen heen", () => {
    expect(periodenVan(rapport(), "Leusden")).toEqual(["2021-2", "2022-1"]);
  });
});
