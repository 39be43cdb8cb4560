/**
 * The header grammar (kopgrammatica.ts): field words plus period, date and relative qualifiers, in every
 * form the supervisors' documents use, and what a dated column means for a row of a period (datumRol).
 */
import { datumRol, ontleedKop } from "../../src/sheet/kopgrammatica";
import { dichtstbijzijndVeld, herkenKop } from "../../src/sheet/kolommen";

const P = (jaar: number, helft: 1 | 2) => ({ jaar, helft });
const D = (dag: number, maand: number, jaar: number | null = null) => ({ dag, maand, jaar });

describe("ontleedKop: periodes in de kop", () => {
  it.each([
    ["TS 2022-1", "taakstelling", P(2022, 1)],
    ["TO 2022-I", "totaalopgave", P(2022, 1)],
    ["Taakstelling 2022-II", "taakstelling", P(2022, 2)],
    ["TS 2022/1", "taakstelling", P(2022, 1)],
    ["Totaalopgave 1e helft 2022", "totaalopgave", P(2022, 1)],
    ["TS eerste helft 2022", "taakstelling", P(2022, 1)],
    ["TS 2e helft 2022", "taakstelling", P(2022, 2)],
    ["TS tweede helft 2021", "taakstelling", P(2021, 2)],
    ["TS H1 2022", "taakstelling", P(2022, 1)],
    ["TS h2 2023", "taakstelling", P(2023, 2)],
    ["TS 2022 H2", "taakstelling", P(2022, 2)],
    ["TO januari-juni 2022", "totaalopgave", P(2022, 1)],
    ["TO jan - jun 2022", "totaalopgave", P(2022, 1)],
    ["TO juli-december 2022", "totaalopgave", P(2022, 2)],
    ["TO jul t/m dec 2022", "totaalopgave", P(2022, 2)],
    ["Herverdeling 2022–2", "herverdeling", P(2022, 2)],
    ["TS (2022-1)", "taakstelling", P(2022, 1)],
    ["Taakstelling vergunninghouders 2022-1", "taakstelling", P(2022, 1)],
  ])("%s", (kop, basis, periode) => {
    const o = ontleedKop(kop);
    expect(o.basis).toBe(basis);
    expect(o.periode).toEqual(periode);
    expect(o.datum).toBeNull();
    expect(o.relatief).toBeNull();
  });

  it("leest een maandbereik dat geen halfjaar is niet als periode", () => {
    expect(ontleedKop("TO januari-december 2022").periode).toBeNull();
    expect(ontleedKop("TO juli-juni 2022").periode).toBeNull();
  });

  it("leest een los jaartal en een jaar buiten 1900-2999 niet als periode", () => {
    expect(ontleedKop("Achterstand 2022")).toMatchObject({
      basis: "achterstand",
      periode: null,
      datum: null,
    });
    expect(ontleedKop("TS 1899-1")).toMatchObject({ periode: null });
    expect(ontleedKop("TS 3000-2")).toMatchObject({ periode: null });
    expect(ontleedKop("TS 2999-2").periode).toEqual(P(2999, 2));
    expect(ontleedKop("TS 1900-1").periode).toEqual(P(1900, 1));
  });
});

describe("ontleedKop: data in de kop", () => {
  it.each([
    ["Achterstand 1/1", "achterstand", D(1, 1)],
    ["Achterstand 1-7", "achterstand", D(1, 7)],
    ["Achterstand op 1/7", "achterstand", D(1, 7)],
    ["Achterstand per 1-1-2022", "achterstand", D(1, 1, 2022)],
    ["Stand van zaken 1 juli 2022", "achterstand", D(1, 7, 2022)],
    ["Gerealiseerd t/m 30-6-2022", "gerealiseerd", D(30, 6, 2022)],
    ["Gerealiseerd tot en met 31 december 2022", "gerealiseerd", D(31, 12, 2022)],
    ["Saldo 31-12-2021", "achterstand", D(31, 12, 2021)],
    ["Achterstand per 1 jan. 2023", "achterstand", D(1, 1, 2023)],
    ["Achterstand (op 1/7)", "achterstand", D(1, 7)],
    ["Stand per 01.07.22", "achterstand", D(1, 7, 2022)],
    ["Achterstand op 1-10", "achterstand", D(1, 10)],
    ["Geplaatst per 1 november", "gerealiseerd", D(1, 11)],
    ["Achterstand peildatum 1 feb 2022", "achterstand", D(1, 2, 2022)],
  ])("%s", (kop, basis, datum) => {
    const o = ontleedKop(kop);
    expect(o.basis).toBe(basis);
    expect(o.datum).toEqual(datum);
    expect(o.periode).toBeNull();
  });

  it("leest geen datum die niet bestaat", () => {
    expect(ontleedKop("Achterstand 31-2-2022").datum).toBeNull();
    expect(ontleedKop("Achterstand 1-13").datum).toBeNull();
    expect(ontleedKop("Achterstand 0-7").datum).toBeNull();
    expect(ontleedKop("Achterstand 30 februari").datum).toBeNull();
    expect(ontleedKop("Achterstand 29-2").datum).toEqual(D(29, 2));
  });
});

describe("ontleedKop: woorden", () => {
  it.each([
    ["Gemeente", "gemeente"],
    ["Naam gemeente", "gemeente"],
    ["Periode", "periode"],
    ["Halfjaar", "periode"],
    ["TS", "taakstelling"],
    ["Taakstelling (personen)", "taakstelling"],
    ["TO", "totaalopgave"],
    ["Gehuisvest", "gerealiseerd"],
    ["Geplaatst", "gerealiseerd"],
    ["Vergunninghouders gehuisvest", "gerealiseerd"],
    ["Aantal statushouders gehuisvest", "gerealiseerd"],
    ["Extra opgave", "extraOpgave"],
    ["Na-registratie", "naRegistratie"],
    ["Na registratie", "naRegistratie"],
    ["Correctie", "naRegistratie"],
    ["Stand van zaken", "achterstand"],
    ["% TS", "realisatieTaakstelling"],
    ["Realisatie TO", "realisatieTotaalopgave"],
    ["Trede IBT", "trede"],
    ["Opdracht VRU", "opdrachtVersnelling"],
    ["Versnelde uitstroom", "opdrachtVersnelling"],
    ["Aantal versneld te plaatsen statushouders", "opdrachtVersnelling"],
    ["Aantal versneld te plaatsen vergunninghouders", "opdrachtVersnelling"],
    ["Meetdatum", "meetdatum"],
    ["Datum na-registratie", "correctiedatum"],
    ["Correctiedatum (na-registratie)", "correctiedatum"],
  ])("%s", (kop, basis) => {
    expect(ontleedKop(kop).basis).toBe(basis);
  });

  it("kent de tekenconventie van saldo en voorsprong", () => {
    expect(ontleedKop("Saldo begin")).toMatchObject({
      basis: "achterstand",
      conventie: "saldo",
      relatief: "begin",
    });
    expect(ontleedKop("Voorsprong eind")).toMatchObject({ conventie: "voorsprong", relatief: "eind" });
    expect(ontleedKop("Achterstand").conventie).toBeUndefined();
  });

  it("leest de relatieve woorden", () => {
    expect(ontleedKop("Nieuwe TS 2022-2")).toMatchObject({
      basis: "taakstelling",
      relatief: "volgende",
      periode: P(2022, 2),
    });
    expect(ontleedKop("Volgende TO")).toMatchObject({ basis: "totaalopgave", relatief: "volgende" });
    expect(ontleedKop("Trede vorige periode")).toMatchObject({ basis: "trede", relatief: "vorige" });
    expect(ontleedKop("Achterstand aan het begin")).toMatchObject({
      basis: "achterstand",
      relatief: "begin",
    });
    expect(ontleedKop("Stand einde periode")).toMatchObject({ basis: "achterstand", relatief: "eind" });
  });

  it("herkent tekst zonder veldwoorden niet, en geeft de woorden terug", () => {
    expect(ontleedKop("Realisatie")).toMatchObject({ basis: null, woorden: "realisatie" });
    expect(ontleedKop("Wethouder")).toMatchObject({ basis: null, woorden: "wethouder" });
    expect(ontleedKop("")).toMatchObject({ basis: null, woorden: "" });
  });
});

describe("herkenKop: velden uit woorden en bepalingen", () => {
  it("maakt van de volgende periode een eigen veld", () => {
    expect(herkenKop("Nieuwe TS 2022-2")).toMatchObject({
      veld: "volgendeTaakstelling",
      kopPeriode: P(2022, 2),
    });
    expect(herkenKop("Nieuwe TO")).toMatchObject({ veld: "volgendeTotaalopgave", conventie: "aantal" });
    expect(herkenKop("Volgende herverdeling")).toMatchObject({ veld: "volgendeHerverdeling" });
    expect(herkenKop("Nieuwe gerealiseerd")).toMatchObject({ veld: null, nietGebruikt: "vorigePeriode" });
    expect(herkenKop("Vorige TS")).toMatchObject({ veld: null, nietGebruikt: "vorigePeriode" });
  });

  it("leest een achterstand met begin, eind of datum, en zonder een van die niet", () => {
    expect(herkenKop("Achterstand begin")).toMatchObject({
      veld: "achterstandBegin",
      conventie: "achterstand",
    });
    expect(herkenKop("Saldo eind")).toMatchObject({ veld: "achterstandEindOpgegeven", conventie: "saldo" });
    expect(herkenKop("Achterstand op 1/7")).toMatchObject({ veld: null, peildatum: D(1, 7) });
    expect(herkenKop("Achterstand")).toMatchObject({ veld: null, nietGebruikt: "achterstandZonderDatum" });
    expect(herkenKop("Achterstand vorige periode")).toMatchObject({
      veld: null,
      nietGebruikt: "vorigePeriode",
    });
    expect(herkenKop("Voorsprong")).toMatchObject({ veld: "achterstandBegin", conventie: "voorsprong" });
    expect(herkenKop("Vorige trede")).toMatchObject({ veld: "vorigeTrede" });
  });

  it("bewaart de datum van een realisatiekolom", () => {
    expect(herkenKop("Gerealiseerd op 1/7")).toMatchObject({ veld: "gerealiseerd", kopDatum: D(1, 7) });
    expect(herkenKop("Gerealiseerd")?.kopDatum).toBeUndefined();
  });
});

describe("datumRol: wat een datum in de kop betekent voor een rij", () => {
  it("begin, eind en de dag ervoor", () => {
    expect(datumRol(D(1, 1), P(2022, 1))).toEqual({ rol: "begin" });
    expect(datumRol(D(31, 12, 2021), P(2022, 1))).toEqual({ rol: "begin" });
    expect(datumRol(D(31, 12), P(2022, 1))).toEqual({ rol: "begin" });
    expect(datumRol(D(1, 7), P(2022, 1))).toEqual({ rol: "eind" });
    expect(datumRol(D(30, 6, 2022), P(2022, 1))).toEqual({ rol: "eind" });
    expect(datumRol(D(1, 7, 2022), P(2022, 2))).toEqual({ rol: "begin" });
    expect(datumRol(D(1, 1, 2023), P(2022, 2))).toEqual({ rol: "eind" });
    expect(datumRol(D(31, 12, 2022), P(2022, 2))).toEqual({ rol: "eind" });
  });

  it("een jaar dat niet past is geen begin of eind", () => {
    expect(datumRol(D(1, 1, 2023), P(2022, 1))).toBeNull();
    expect(datumRol(D(1, 7, 2021), P(2022, 1))).toBeNull();
  });

  it("een datum in de periode is een tussenstand, ook zonder jaar", () => {
    expect(datumRol(D(1, 10), P(2022, 2))).toEqual({
      rol: "tussenstand",
      datum: new Date(Date.UTC(2022, 9, 1)),
    });
    expect(datumRol(D(22, 11, 2022), P(2022, 2))).toEqual({
      rol: "tussenstand",
      datum: new Date(Date.UTC(2022, 10, 22)),
    });
    expect(datumRol(D(2, 1), P(2022, 1))).toEqual({
      rol: "tussenstand",
      datum: new Date(Date.UTC(2022, 0, 2)),
    });
    expect(datumRol(D(29, 6), P(2022, 1))).toEqual({
      rol: "tussenstand",
      datum: new Date(Date.UTC(2022, 5, 29)),
    });
    expect(datumRol(D(1, 10), P(2022, 1))).toBeNull();
    expect(datumRol(D(1, 10, 2021), P(2022, 2))).toBeNull();
  });

  it("zonder bekend jaar alleen begin en eind, op dag en maand", () => {
    expect(datumRol(D(1, 1), { jaar: null, helft: 1 })).toEqual({ rol: "begin" });
    expect(datumRol(D(1, 7, 2022), { jaar: null, helft: 1 })).toEqual({ rol: "eind" });
    expect(datumRol(D(1, 7), { jaar: null, helft: 2 })).toEqual({ rol: "begin" });
    expect(datumRol(D(1, 10), { jaar: null, helft: 2 })).toBeNull();
  });
});

describe("dichtstbijzijndVeld", () => {
  it.each([
    ["Gem.", "Gemeente"],
    ["Taakst.", "Taakstelling"],
    ["Taaksteling", "Taakstelling"],
    ["Totaal opgave", "Totaalopgave"],
    ["Achterstand", "Achterstand (met peildatum, begin of eind)"],
    ["Herverdelng", "Herverdeling"],
  ])("%s lijkt op %s", (kop, veld) => {
    expect(dichtstbijzijndVeld(kop)).toBe(veld);
  });

  it("noemt niets bij een kop die op geen veld lijkt", () => {
    expect(dichtstbijzijndVeld("Wethouder")).toBeNull();
    expect(dichtstbijzijndVeld("X")).toBeNull();
    expect(dichtstbijzijndVeld("2022")).toBeNull();
  });
});

describe("ontleedKop: meer schrijfwijzen uit echte werkmappen", () => {
  it.each([
    ["TS 1e halfjaar 2022", P(2022, 1)],
    ["TS eerste halfjaar 2022", P(2022, 1)],
    ["TS HJ1 2022", P(2022, 1)],
    ["TS 2022H1", P(2022, 1)],
    ["TS H1-2022", P(2022, 1)],
    ["TS 2022 1e helft", P(2022, 1)],
    ["TS 2022 tweede halfjaar", P(2022, 2)],
    ["TS 2022.I", P(2022, 1)],
    ["TS 1e helft '22", P(2022, 1)],
    ["TS H2 '23", P(2023, 2)],
  ])("%s", (kop, periode) => {
    expect(ontleedKop(kop)).toMatchObject({ basis: "taakstelling", periode });
  });

  it.each([
    ["Achterstand 1-7-'22", D(1, 7, 2022)],
    ["Achterstand 1 juli '22", D(1, 7, 2022)],
    ["Achterstand 1-juli-2022", D(1, 7, 2022)],
    ["Achterstand 1-jul-22", D(1, 7, 2022)],
    ["Achterstand 2022-07-01", D(1, 7, 2022)],
  ])("%s", (kop, datum) => {
    expect(ontleedKop(kop)).toMatchObject({ basis: "achterstand", datum });
  });

  it("leest een kop met een datum die niet bestaat niet (geen stille andere betekenis)", () => {
    expect(ontleedKop("Achterstand 2022-02-30")).toMatchObject({ basis: null, datum: null });
  });

  it("leest een datumbereik als zijn einde, en 'tot' als voorzetsel", () => {
    expect(ontleedKop("Gerealiseerd 1-1 t/m 30-6-2022")).toMatchObject({
      basis: "gerealiseerd",
      datum: D(30, 6, 2022),
    });
    expect(ontleedKop("Gehuisvest 1/1 t/m 30/6").datum).toEqual(D(30, 6));
    expect(ontleedKop("TS 1 jan - 30 jun 2022")).toMatchObject({
      basis: "taakstelling",
      datum: D(30, 6, 2022),
    });
    expect(ontleedKop("Gerealiseerd tot 1-7-2022")).toMatchObject({
      basis: "gerealiseerd",
      datum: D(1, 7, 2022),
    });
  });

  it("kent nog enkele woorden", () => {
    expect(ontleedKop("Gemeentes").basis).toBe("gemeente");
    expect(ontleedKop("Realisatie aantal").basis).toBe("gerealiseerd");
    expect(ontleedKop("Taakstelling %").basis).toBe("realisatieTaakstelling");
    expect(ontleedKop("Totaalopgave %").basis).toBe("realisatieTotaalopgave");
    expect(ontleedKop("TS volgend halfjaar")).toMatchObject({ basis: "taakstelling", relatief: "volgende" });
  });
});
