import { parseAanroep } from "../../src/cli/main";

describe("parseAanroep: de opdrachtregel van ibt", () => {
  it("leest check met bestand en alle opties", () => {
    expect(parseAanroep(["check", "a.xlsx", "--sheet", "Overzicht", "--out", "b.xlsx", "--json"])).toEqual({
      soort: "check",
      argumenten: { bestand: "a.xlsx", blad: "Overzicht", uitvoer: "b.xlsx", json: true },
    });
  });
  it("leest check zonder bestand (het voorbeeldwerkboek) en korte opties", () => {
    expect(parseAanroep(["check", "-s", "2022-1", "-o", "uit.xlsx"])).toEqual({
      soort: "check",
      argumenten: { bestand: null, blad: "2022-1", uitvoer: "uit.xlsx", json: false },
    });
  });
  it("geeft hulp bij --help en -h, ook na een opdracht", () => {
    expect(parseAanroep(["--help"])).toEqual({ soort: "help" });
    expect(parseAanroep(["check", "-h"])).toEqual({ soort: "help" });
  });
  it("weigert een onbekende optie met een Nederlandse melding", () => {
    expect(parseAanroep(["check", "--blad", "x"])).toEqual({
      soort: "fout",
      bericht: "Ongeldige aanroep: onbekende optie --blad (zie `ibt --help`).",
    });
  });
  it("weigert --sheet zonder naam", () => {
    expect(parseAanroep(["check", "--sheet"])).toEqual({
      soort: "fout",
      bericht: "Ongeldige aanroep: optie --sheet verwacht een waarde (zie `ibt --help`).",
    });
  });
  it("weigert een aanroep zonder opdracht, een onbekende opdracht en twee bestanden", () => {
    expect(parseAanroep([])).toEqual({
      soort: "fout",
      bericht: "Geen opdracht gegeven: gebruik `ibt check [bestand.xlsx]` (zie `ibt --help`).",
    });
    expect(parseAanroep(["controleer"])).toEqual({
      soort: "fout",
      bericht: 'Onbekende opdracht "controleer": kies `check` of `rapport` (zie `ibt --help`).',
    });
    expect(parseAanroep(["check", "a.xlsx", "b.xlsx"])).toEqual({
      soort: "fout",
      bericht: "Geef één bestand op, niet 2 (zie `ibt --help`).",
    });
  });
});
