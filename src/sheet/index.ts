/** The pure whole-sheet engine: grid of cell values in, report and write plan out. */
export * from "./types";
export { adres, inGebied, kolomLetters } from "./adres";
export {
  KOLOMNAMEN,
  VELD_LABELS,
  EIGEN_PREFIX,
  herkenKop,
  kopSleutel,
  normaliseerKop,
  vindKopregel,
  pasPeriodeToe,
  periodeUitKoppen,
  type KolomNaam,
  type KopRegel,
} from "./kolommen";
export {
  EIGEN_KOPPEN,
  EIGEN_KOP_LIJST,
  EIGEN_NAAM_PREFIX,
  eigenKopVan,
  isEigenKopTekst,
  naamVoorKop,
  kopVoorNaam,
  naamVerwijzing,
  leesNaamVerwijzing,
  leesEigenKolommen,
  eigenNamenVoorPlan,
  eigenDoelKolommen,
  vindDoelConflicten,
  samengevoegdeDoelcellen,
  doelInhoudVanBlad,
  type DoelInhoud,
  type GedefinieerdeNaam,
} from "./eigenKolommen";
export {
  ontleedKop,
  normaliseerKopTekst,
  type KopOntleding,
  type KopDatum,
  type Basis,
} from "./kopgrammatica";
export { leesPercentage, isTotaalTekst, zoekPeriodeInTekst, gemeenteSleutel } from "./lezen";
export { controleerBlad } from "./controle";
export { achterstandVoorVersnelling } from "./versnellingBlad";
export { CONTROLES, maakOpmerking, ernstVan, type ControleCode } from "./controles";
export {
  maakSchrijfPlan,
  UITVOER_KOLOMMEN,
  KOLOM_TOTAALOPGAVE_INCL_EXTRA,
  KOLOM_TREDE_GELDEND,
  geldendeTredeTekst,
  uitvoerKolommenVoor,
  uitvoerKolommenVanSoort,
  VERSNELLING_KOLOMMEN,
  VERHOUDING_KLEUREN,
  type UitvoerSoort,
  opmerkingenTekst,
  beperkTekst,
  MAX_CEL_TEKENS,
  TREDE_KLEUREN,
  tredeTekst,
  type SchrijfPlanOpties,
} from "./schrijfplan";
export { naarJsonRapport, type JsonRapport, type JsonRij, type JsonOpmerking } from "./json";
export {
  vergelijkGemeenten,
  brieftabelVoor,
  prognosesVoor,
  maakVergelijkingsblad,
  maakBrieftabelBlad,
  bladNaam,
  heeftOpdrachtKolom,
  KOP_LEESRIJEN,
  vergelijkCijfers,
  verhoudingenAflopend,
  CIJFER_VELDEN,
  type CijferVeld,
  type CijferPeriode,
  type CijferVergelijking,
  type GemeenteCijfers,
} from "./vergelijk";
export { maakSynthetischBlad, SYNTHETISCHE_KOPPEN } from "./synthetisch";
export { meldingen, uitvoerTeksten } from "./berichten";
