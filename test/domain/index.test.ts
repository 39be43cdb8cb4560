import * as domein from "../../src/domain";

describe("src/domain/index.ts", () => {
  it("exporteert de hele API van docs/contracts.md", () => {
    const namen = [
      "TREDE_NAMEN",
      "MAATREGELEN",
      "berichten",
      "parsePeriode",
      "formatPeriode",
      "periodeVanDatum",
      "beginPeildatum",
      "eindPeildatum",
      "volgendePeriode",
      "vorigePeriode",
      "vergelijkPerioden",
      "formatPeildatum",
      "formatPeriodeLang",
      "parseAantal",
      "berekenTotaalopgave",
      "berekenTotaalopgaveInclExtra",
      "berekenAchterstandEind",
      "berekenRealisatie",
      "isTaakstellingGehaald",
      "isTotaalopgaveGehaald",
      "valideerTaakstelling",
      "rondProcentAf",
      "formatProcent",
      "formatGetal",
      "formatAantalMetTeken",
      "bepaalTrede",
      "bepaalTredeHistorie",
      "isTrede",
      "parseTrede",
      "tredeNaam",
      "maatregel",
      "bepaalEscalatie",
      "vergelijkVersnelling",
      "berekenVerhouding",
      "berekenPrognose",
      "prognoseGerealiseerd",
      "benodigdTempo",
      "maakBrieftabel",
      "berekenWettelijkeTaakstelling",
      "excelSerieNaarDatum",
      "datumNaarExcelSerie",
      "parseDatum",
      "gelukt",
      "mislukt",
    ];
    const ontbrekend = namen.filter((n) => !(n in domein));
    expect(ontbrekend).toEqual([]);
    expect(typeof domein.parsePeriode).toBe("function");
  });
});
