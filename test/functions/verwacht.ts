/** The custom functions of issue 2 with their Dutch parameters in order; `[naam]` is optional. */
export const VERWACHTE_FUNCTIES: Readonly<Record<string, readonly string[]>> = {
  TOTAALOPGAVE: ["taakstelling", "achterstand", "[herverdeling]", "[extra_opgave]"],
  ACHTERSTAND: ["totaalopgave", "gerealiseerd", "[na_registratie]"],
  REALISATIE_PCT: ["gerealiseerd", "opgave"],
  TREDE: ["achterstand", "taakstelling", "[vorige_trede]"],
  TREDE_NAAM: ["trede"],
  ESCALATIE: ["vorige_trede", "trede"],
  PERIODE: ["datum_of_label"],
  PEILDATUM: ["periode", "[einde]"],
  PROGNOSE: ["gerealiseerd", "periode", "meetdatum"],
  BENODIGD_TEMPO: ["opgave", "gerealiseerd", "periode", "meetdatum"],
  VERSNELLING_VERHOUDING: ["opdracht", "achterstand", "opdrachten", "achterstanden"],
  TAAKSTELLING: ["landelijk", "inwoners_gemeente", "inwoners_nederland"],
};
