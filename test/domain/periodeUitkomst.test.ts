/** berekenPeriode: a period's figures from the single rules, with null wherever an input is unknown. */
import { berekenPeriode, type PeriodeInvoer } from "../../src/domain";

/** Leusden 2022-1 (golden case, docs/rekenregels.md): TS 18, A_begin 21, R 13, N 8, previous trede 2. */
const LEUSDEN_2022_1: PeriodeInvoer = {
  taakstelling: 18,
  achterstandBegin: 21,
  herverdeling: 0,
  extraOpgave: 0,
  gerealiseerd: 13,
  naRegistratie: 8,
  vorigeTrede: 2,
};

describe("berekenPeriode", () => {
  it("geeft null voor alles wat van een onbekende invoer afhangt, nooit 0", () => {
    const u = berekenPeriode({ ...LEUSDEN_2022_1, taakstelling: null });
    expect(u).toMatchObject({
      totaalopgaveBerekend: null,
      totaalopgave: null,
      achterstandEind: null,
      realisatieTaakstelling: null,
      taakstellingGehaald: null,
      trede: null,
      escalatie: null,
      maatregel: null,
    });
    expect(berekenPeriode({ ...LEUSDEN_2022_1, naRegistratie: null })).toMatchObject({
      achterstandEind: 26,
      achterstandEindGecorrigeerd: null,
      taakstellingGehaald: null,
      totaalopgaveGehaald: null,
      trede: null,
    });
  });

  it("neemt de opgegeven totaalopgave alleen als de delen onbekend zijn", () => {
    expect(berekenPeriode({ ...LEUSDEN_2022_1, totaalopgaveOpgegeven: 40 }).totaalopgave).toBe(39);
    const u = berekenPeriode({ ...LEUSDEN_2022_1, achterstandBegin: null, totaalopgaveOpgegeven: 40 });
    expect(u).toMatchObject({ totaalopgaveBerekend: null, totaalopgave: 40, achterstandEind: 27 });
  });

  it("rekent bij een tussenstand de percentages wel, achterstand eind, gehaald en trede niet", () => {
    const u = berekenPeriode({ ...LEUSDEN_2022_1, tussenstand: true });
    expect(u).toMatchObject({
      totaalopgave: 39,
      realisatieTaakstelling: 13 / 18,
      achterstandEind: null,
      achterstandEindGecorrigeerd: null,
      taakstellingGehaald: null,
      trede: null,
    });
  });

  it("geeft geen realisatie bij een deler van 0 of minder", () => {
    const u = berekenPeriode({ ...LEUSDEN_2022_1, taakstelling: 0, achterstandBegin: -3 });
    expect(u).toMatchObject({ totaalopgave: -3, realisatieTaakstelling: null, realisatieTotaalopgave: null });
  });

  it("rekent de extra opgave alleen in de totaalopgave incl. extra (Leusden 2022-2: 51 + 11 = 62)", () => {
    const u = berekenPeriode({
      ...LEUSDEN_2022_1,
      taakstelling: 24,
      achterstandBegin: 26,
      herverdeling: 1,
      extraOpgave: 11,
      gerealiseerd: null,
    });
    expect(u).toMatchObject({ totaalopgave: 51, totaalopgaveInclExtra: 62, achterstandEind: null });
    expect(berekenPeriode({ ...LEUSDEN_2022_1, extraOpgave: null }).totaalopgaveInclExtra).toBeNull();
  });

  it("geeft de gouden cijfers van Leusden 2022-1: 39, 26 (18), 72% en 33%, trede 3, opschalen", () => {
    expect(berekenPeriode(LEUSDEN_2022_1)).toEqual({
      totaalopgaveBerekend: 39,
      totaalopgave: 39,
      totaalopgaveInclExtra: 39,
      achterstandEind: 26,
      achterstandEindGecorrigeerd: 18,
      realisatieTaakstelling: 13 / 18,
      realisatieTotaalopgave: 13 / 39,
      taakstellingGehaald: true,
      totaalopgaveGehaald: false,
      trede: 3,
      tredeOngecorrigeerd: 3,
      escalatie: "Opschalen",
      maatregel: "Verbeterplan vragen en bestuurlijk overleg plannen; actief monitoren.",
    });
  });

  it("geeft met en zonder correctie een andere trede als de na-registratie onder de taakstelling brengt (Leusden 2021-2)", () => {
    // 2021-2: TS 19, A_begin 19, R 17, N 6: A 21 >= 19 gives trede 3, corrected 15 < 19 gives trede 2.
    const u = berekenPeriode({
      taakstelling: 19,
      achterstandBegin: 19,
      herverdeling: 0,
      extraOpgave: 0,
      gerealiseerd: 17,
      naRegistratie: 6,
      vorigeTrede: 1,
    });
    expect(u).toMatchObject({
      achterstandEind: 21,
      achterstandEindGecorrigeerd: 15,
      trede: 2,
      tredeOngecorrigeerd: 3,
    });
    expect(u.escalatie).toBe("Opschalen");
  });
});
