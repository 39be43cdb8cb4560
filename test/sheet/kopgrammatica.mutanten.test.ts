/**
 * The header grammar (kopgrammatica.ts) in the details the main tests leave open: how the text is
 * normalised, how the field words are cut and joined (the `woorden` a diagnostic shows), text around and
 * between parentheses, a third date, hyphens, and the edges of a tussenstand.
 */
import { datumRol, normaliseerKopTekst, ontleedKop } from "../../src/sheet/kopgrammatica";

const P = (jaar: number, helft: 1 | 2) => ({ jaar, helft });
const D = (dag: number, maand: number, jaar: number | null = null) => ({ dag, maand, jaar });

describe("normaliseerKopTekst", () => {
  it("haalt spaties aan begin en eind weg", () => {
    expect(normaliseerKopTekst("  TS 2022-1\u00a0")).toBe("ts 2022-1");
  });

  it("maakt van een reeks spaties en harde spaties één spatie", () => {
    expect(normaliseerKopTekst("Stand  van\u00a0\u00a0 zaken")).toBe("stand van zaken");
  });

  it("maakt van leestekens en haakjes een spatie, ook tussen woord en datum", () => {
    expect(normaliseerKopTekst("Achterstand:1/7")).toBe("achterstand 1/7");
    expect(normaliseerKopTekst("TS(2022-1)")).toBe("ts 2022-1");
  });

  it("leest '22 als 2022, ook met tekst erna, maar niet als er een cijfer volgt", () => {
    expect(normaliseerKopTekst("H2 '23 totaal")).toBe("h2 2023 totaal");
    expect(normaliseerKopTekst("TS '22")).toBe("ts 2022");
    expect(normaliseerKopTekst("TS '223")).toBe("ts 223");
  });
});

describe("ontleedKop: normalisatie in de hele kop", () => {
  it("leest een datum die met een dubbele punt aan het woord vastzit", () => {
    expect(ontleedKop("Achterstand:1/7")).toMatchObject({ basis: "achterstand", datum: D(1, 7) });
  });

  it("leest een afgekort jaar midden in de kop", () => {
    expect(ontleedKop("TS H2 '23 totaal")).toMatchObject({ basis: "taakstelling", periode: P(2023, 2) });
  });
});

describe("ontleedKop: de woorden", () => {
  it("geeft meer woorden terug met een spatie ertussen", () => {
    expect(ontleedKop("Naam gemeente")).toMatchObject({ basis: "gemeente", woorden: "naam gemeente" });
  });

  it("leest statushouder en statushouders als vergunninghouders", () => {
    expect(ontleedKop("Taakstelling statushouder")).toMatchObject({
      basis: "taakstelling",
      woorden: "taakstelling vergunninghouders",
    });
    expect(ontleedKop("Statushouders")).toMatchObject({ basis: null, woorden: "vergunninghouders" });
    expect(ontleedKop("Vergunninghouder")).toMatchObject({ basis: null, woorden: "vergunninghouders" });
    expect(ontleedKop("Taakstelling vergunninghouder").woorden).toBe("taakstelling vergunninghouders");
  });

  it("maakt van een leesteken tussen twee woorden een woordgrens", () => {
    expect(ontleedKop("Aantal pers.gehuisvest")).toMatchObject({
      basis: "gerealiseerd",
      woorden: "aantal pers gehuisvest",
    });
  });

  it("laat t/m een woord, maar een losse schuine streep een woordgrens", () => {
    expect(ontleedKop("Gerealiseerd t/m")).toMatchObject({
      basis: "gerealiseerd",
      woorden: "gerealiseerd t/m",
    });
    expect(ontleedKop("/TS")).toMatchObject({ basis: "taakstelling", woorden: "ts" });
    expect(ontleedKop("TS/")).toMatchObject({ basis: "taakstelling", woorden: "ts" });
    expect(ontleedKop("TS%/aantal")).toMatchObject({
      basis: "realisatieTaakstelling",
      woorden: "ts% aantal",
    });
  });

  it("leest een kop van alleen vulwoorden als geen veld", () => {
    expect(ontleedKop("Aantal personen")).toMatchObject({ basis: null, woorden: "aantal personen" });
  });

  it("maakt van een los jaartal tussen tekens een woordgrens", () => {
    expect(ontleedKop("Gerealiseerd #2022#")).toMatchObject({
      basis: "gerealiseerd",
      woorden: "gerealiseerd # #",
    });
  });

  it("voegt na registratie samen tot één woord, ook met spaties en een streepje ertussen", () => {
    expect(ontleedKop("Na registratie")).toMatchObject({
      basis: "naRegistratie",
      woorden: "naregistratie",
    });
    expect(ontleedKop("Na - registratie")).toMatchObject({
      basis: "naRegistratie",
      woorden: "naregistratie",
    });
  });

  it("leest woorden met een streepje ertussen als losse woorden", () => {
    expect(ontleedKop("Achterstand-begin")).toMatchObject({
      basis: "achterstand",
      relatief: "begin",
      woorden: "achterstand",
    });
    expect(ontleedKop("Saldo-eind")).toMatchObject({
      basis: "achterstand",
      conventie: "saldo",
      relatief: "eind",
    });
  });
});

describe("ontleedKop: data", () => {
  it("leest een maand buiten 1 tot 12 en dag 0 niet als datum", () => {
    expect(ontleedKop("Achterstand 1-13")).toMatchObject({ datum: null });
    expect(ontleedKop("Achterstand 1-0")).toMatchObject({ datum: null });
    expect(ontleedKop("Achterstand 0-7")).toMatchObject({ datum: null });
    expect(ontleedKop("Achterstand 31-12")).toMatchObject({ basis: "achterstand", datum: D(31, 12) });
    expect(ontleedKop("Achterstand 31-1")).toMatchObject({ basis: "achterstand", datum: D(31, 1) });
  });

  it("leest hoogstens twee data (een bereik); een derde blijft als woord staan", () => {
    expect(ontleedKop("Gerealiseerd 1/1 t/m 30/6 op 1/7")).toMatchObject({
      basis: null,
      datum: D(30, 6),
      woorden: "gerealiseerd op 1/7",
    });
  });
});

describe("ontleedKop: haakjes", () => {
  it("leest 'Trede (besluit)' als de vastgestelde trede, maar 'Trede (personen)' als de berekende trede met alleen haar eigen woorden", () => {
    expect(ontleedKop("Trede (besluit)")).toMatchObject({
      basis: "vastgesteldeTrede",
      woorden: "trede besluit",
    });
    expect(ontleedKop("Trede (personen)")).toMatchObject({ basis: "trede", woorden: "trede" });
    expect(ontleedKop("Trede (IBT)")).toMatchObject({ basis: "trede", woorden: "trede" });
  });

  it("leest tekst direct na een haakje als een eigen woord", () => {
    expect(ontleedKop("Gehuisvest(incl. correcties)op 1/7")).toMatchObject({
      basis: "gerealiseerd",
      datum: D(1, 7),
    });
  });

  it("leest een kop met de veldwoorden tussen haakjes als geheel", () => {
    expect(ontleedKop("(Taakstelling 2022-1)")).toMatchObject({
      basis: "taakstelling",
      periode: P(2022, 1),
    });
    expect(ontleedKop("Realisatie (TS)")).toMatchObject({
      basis: "realisatieTaakstelling",
      woorden: "realisatie ts",
    });
  });

  it("voegt de tekst van meer haakjes samen met een spatie", () => {
    expect(ontleedKop("Taakstelling (1e helft)(2022)")).toMatchObject({
      basis: "taakstelling",
      periode: P(2022, 1),
    });
    expect(ontleedKop("Achterstand (op)(1/7)")).toMatchObject({ basis: "achterstand", datum: D(1, 7) });
  });
});

describe("datumRol: de randen van een tussenstand", () => {
  it("de eerste dag van de periode is het begin, de dag erna een tussenstand", () => {
    expect(datumRol(D(1, 7, 2022), P(2022, 2))).toEqual({ rol: "begin" });
    expect(datumRol(D(1, 7), P(2022, 2))).toEqual({ rol: "begin" });
    expect(datumRol(D(2, 7), P(2022, 2))).toEqual({
      rol: "tussenstand",
      datum: new Date(Date.UTC(2022, 6, 2)),
    });
  });

  it("de laatste dag van de periode is het eind, de dag ervoor een tussenstand", () => {
    expect(datumRol(D(31, 12, 2022), P(2022, 2))).toEqual({ rol: "eind" });
    expect(datumRol(D(31, 12), P(2022, 2))).toEqual({ rol: "eind" });
    expect(datumRol(D(30, 12), P(2022, 2))).toEqual({
      rol: "tussenstand",
      datum: new Date(Date.UTC(2022, 11, 30)),
    });
    expect(datumRol(D(30, 6), P(2022, 1))).toEqual({ rol: "eind" });
  });

  it("na het eind of voor het begin is de datum niets", () => {
    expect(datumRol(D(2, 1, 2023), P(2022, 2))).toBeNull();
    expect(datumRol(D(29, 6, 2022), P(2022, 2))).toBeNull();
    expect(datumRol(D(2, 7, 2022), P(2022, 1))).toBeNull();
  });

  it("zonder bekend jaar is een datum in de periode geen tussenstand", () => {
    expect(datumRol(D(2, 7), { jaar: null, helft: 2 })).toBeNull();
    expect(datumRol(D(2, 1), { jaar: null, helft: 1 })).toBeNull();
    expect(datumRol(D(31, 12), { jaar: null, helft: 2 })).toEqual({ rol: "eind" });
  });
});
