/**
 * The `--json` row keys in the order issue 3 fixes them: written out once here as the expectation that
 * the engine's JSON report, the CLI and the example workbook are tested against.
 */
export const JSON_RIJ_SLEUTELS = [
  "row",
  "gemeente",
  "periode",
  "achterstandBegin",
  "taakstelling",
  "herverdeling",
  "extraOpgave",
  "totaalopgave",
  "gerealiseerd",
  "naRegistratie",
  "achterstandEind",
  "achterstandEindGecorrigeerd",
  "realisatieTaakstelling",
  "realisatieTotaalopgave",
  "taakstellingGehaald",
  "vorigeTrede",
  "trede",
  "escalatie",
  // Added with the official gemeente names (after issue 3's keys, so their order stays).
  "gemeenteOpBlad",
  "gemeentecode",
  // Added with the header grammar: the next period's TS and TO ("Nieuwe TS 2022-2"), null without them.
  "volgendePeriode",
  // Added with rule 8 per row (issue 10): unrounded, null when not applicable.
  "opdrachtVersnelling",
  "opdrachtPerAchterstand",
  "aandeelOpdracht",
  "aandeelAchterstand",
  "verhouding",
  "evenredigeOpdracht",
  "verschil",
  "versnellingAchterstand",
  // Added with the decided trede (rule 11): null without a decision; geldendeTrede = decided ?? trede.
  "vastgesteldeTrede",
  "redenBesluit",
  "geldendeTrede",
];
