import { controleerBlad, naarJsonRapport } from "../../src/sheet";
import { blad, KOP, leusdenBlad } from "./hulp";
import { JSON_RIJ_SLEUTELS } from "../jsonVorm";

describe("naarJsonRapport", () => {
  it("geeft voor een leeg blad een geldig, leeg rapport", () => {
    const json = naarJsonRapport(controleerBlad(blad([])));
    expect(json).toEqual({
      sheet: "Overzicht",
      rows: [],
      remarks: [{ cell: "A1", severity: "fout", code: "kopregel-ontbreekt", message: expect.any(String) }],
      summary: {
        gemeenten: 0,
        metAchterstand: 0,
        perTrede: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0 },
      },
    });
  });

  it("geeft onbekende waarden als null en laat totaalrijen weg", () => {
    const json = naarJsonRapport(
      controleerBlad(
        blad([KOP, ["Leusden", "2022-1", "abc", 18, "", 13, 8], ["Totaal", "", "", 18, "", 13, 8]]),
      ),
    );
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0]).toMatchObject({
      achterstandBegin: null,
      herverdeling: null,
      totaalopgave: null,
      trede: null,
    });
  });

  it("volgt de vaste vorm van issue 3, met de sleutels in volgorde", () => {
    const json = naarJsonRapport(controleerBlad(leusdenBlad()));
    expect(Object.keys(json)).toEqual(["sheet", "rows", "remarks", "summary"]);
    expect(Object.keys(json.rows[0])).toEqual(JSON_RIJ_SLEUTELS);
    expect(json.rows[2]).toEqual({
      row: 4,
      gemeente: "Leusden",
      periode: "2022-1",
      achterstandBegin: 21,
      taakstelling: 18,
      herverdeling: 0,
      extraOpgave: null,
      totaalopgave: 39,
      gerealiseerd: 13,
      naRegistratie: 8,
      achterstandEind: 26,
      achterstandEindGecorrigeerd: 18,
      realisatieTaakstelling: 13 / 18,
      realisatieTotaalopgave: 13 / 39,
      taakstellingGehaald: true,
      vorigeTrede: 2,
      trede: 3,
      escalatie: "Opschalen",
      gemeenteOpBlad: null,
      gemeentecode: "GM0327",
      volgendePeriode: null,
      opdrachtVersnelling: null,
      opdrachtPerAchterstand: null,
      aandeelOpdracht: null,
      aandeelAchterstand: null,
      verhouding: null,
      evenredigeOpdracht: null,
      verschil: null,
      versnellingAchterstand: null,
      vastgesteldeTrede: null,
      redenBesluit: null,
      geldendeTrede: 3,
    });
    expect(Object.keys(json.remarks[0])).toEqual(["cell", "severity", "code", "message"]);
    expect(json.remarks.map((r) => `${r.code}@${r.cell}:${r.severity}`)).toEqual([
      "herverdeling-niet-nul@E1:waarschuwing",
      "trede-correctie-verschil@H3:info",
    ]);
    expect(json.summary).toEqual({
      gemeenten: 1,
      metAchterstand: 1,
      perTrede: { "1": 0, "2": 0, "3": 1, "4": 0, "5": 0, "6": 0 },
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
