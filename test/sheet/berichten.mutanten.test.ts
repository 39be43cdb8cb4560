/**
 * The wording helpers of berichten.ts: the sum behind a totaalopgave ("taakstelling 24 + achterstand
 * 26 + herverdeling 1"), a message after a field prefix ("Periode in B20: onbekende periode") and a
 * remark as a sentence. Exact texts; computed inside each test (mutation testing credits a test only
 * with the code it runs itself).
 */
import { alsZin, meldingen, somTekst } from "../../src/sheet/berichten";

describe("somTekst: de som achter een totaalopgave", () => {
  it("telt achterstand en herverdeling op (Leusden 2022-2: 24 + 26 + 1)", () => {
    expect(somTekst(24, 26, 1)).toBe("taakstelling 24 + achterstand 26 + herverdeling 1");
  });

  it("trekt een voorsprong af en noemt haar als positief getal", () => {
    expect(somTekst(24, -3, 0)).toBe("taakstelling 24 - voorsprong 3");
  });

  it("noemt een achterstand van 0 als achterstand en een herverdeling van 0 niet", () => {
    expect(somTekst(24, 0, 0)).toBe("taakstelling 24 + achterstand 0");
  });

  it("trekt een negatieve herverdeling af en noemt haar als positief getal", () => {
    expect(somTekst(24, 5, -2)).toBe("taakstelling 24 + achterstand 5 - herverdeling 2");
    expect(somTekst(10, -1, -4)).toBe("taakstelling 10 - voorsprong 1 - herverdeling 4");
  });

  it("schrijft de getallen in Nederlandse notatie", () => {
    expect(somTekst(1200, 1234, 1001)).toBe("taakstelling 1.200 + achterstand 1.234 + herverdeling 1.001");
  });
});

describe("een melding na een veld: het bericht loopt als zinsdeel door", () => {
  it("begint een gewoon bericht met een kleine letter", () => {
    expect(meldingen.ongeldig("Periode", "B20", 'Onbekende periode "2022-3"')).toBe(
      'Periode in B20: onbekende periode "2022-3"',
    );
  });

  it("laat Excel en een afkorting van twee of meer hoofdletters hun hoofdletter houden", () => {
    expect(meldingen.ongeldig("Taakstelling", "D4", "Excel-fout #N/B")).toBe(
      "Taakstelling in D4: Excel-fout #N/B",
    );
    expect(meldingen.ongeldig("Gerealiseerd", "F4", "TVS ontbreekt")).toBe(
      "Gerealiseerd in F4: TVS ontbreekt",
    );
    expect(meldingen.ongeldig("Gerealiseerd", "F4", "COA meldt 3")).toBe("Gerealiseerd in F4: COA meldt 3");
  });

  it("kijkt alleen naar het begin van het bericht", () => {
    expect(meldingen.ongeldig("Taakstelling", "D4", "Tekst uit COA")).toBe(
      "Taakstelling in D4: tekst uit COA",
    );
    expect(meldingen.ongeldig("Taakstelling", "D4", "Geen getal volgens Excel")).toBe(
      "Taakstelling in D4: geen getal volgens Excel",
    );
  });
});

describe("alsZin: een opmerking als zin", () => {
  it("zet een punt achter een zin zonder slotteken", () => {
    expect(alsZin("Trede 3 bevroren")).toBe("Trede 3 bevroren.");
  });

  it("laat een zin met een punt, uitroepteken of vraagteken zoals hij is", () => {
    expect(alsZin("Klaar.")).toBe("Klaar.");
    expect(alsZin("Let op!")).toBe("Let op!");
    expect(alsZin("Bedoelt u Leusden?")).toBe("Bedoelt u Leusden?");
  });

  it("haalt spaties aan begin en eind weg voor het de zin afmaakt", () => {
    expect(alsZin("  Klaar.  ")).toBe("Klaar.");
    expect(alsZin(" Trede 3 bevroren ")).toBe("Trede 3 bevroren.");
  });
});
