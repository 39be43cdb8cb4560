/**
 * Dutch messages that only the custom functions show (argument shapes, WAAR/ONWAAR, date range).
 * Every message about the rules themselves comes from the domain (`src/domain/berichten.ts`).
 */
import { beschrijfInvoer } from "../domain";

/** `a`, `a en b`, `a, b en c`. */
function opsomming(namen: readonly string[]): string {
  return namen.length <= 1
    ? (namen[0] ?? "")
    : `${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}`;
}

/**
 * Excel's error codes with the Dutch name that Dutch Excel shows and what they mean, so that a message
 * about an error in the input names it the way the user sees it in either language.
 */
const EXCEL_FOUTEN: Readonly<Record<string, { readonly nl: string; readonly betekenis: string }>> = {
  "#N/A": { nl: "#N/B", betekenis: "niet beschikbaar" },
  "#VALUE!": { nl: "#WAARDE!", betekenis: "ongeldige waarde" },
  "#DIV/0!": { nl: "#DEEL/0!", betekenis: "deling door 0" },
  "#REF!": { nl: "#VERW!", betekenis: "ongeldige verwijzing" },
  "#NAME?": { nl: "#NAAM?", betekenis: "onbekende naam" },
  "#NUM!": { nl: "#GETAL!", betekenis: "ongeldig getal" },
  "#NULL!": { nl: "#LEEG!", betekenis: "bereiken zonder overlap" },
};

export const meldingen = {
  /** Prefix that tells the user which argument a message is about. */
  metArgument: (naam: string, bericht: string): string => `${naam}: ${bericht}`,
  legeCel: "Lege cel; vul een waarde in.",
  /** A required argument left out of the formula (`=IBT.VERSNELLING_VERHOUDING(45;26;;B2:B4)`). */
  weggelaten: "Dit argument ontbreekt in de formule; vul het in.",
  /** A count result beyond MAX_AANTAL (#NUM!; Excel shows no message for #NUM!, the help page explains it). */
  getalTeGroot: "getal te groot voor een aantal personen (meer dan 1.000.000.000).",
  /** A result that is no finite number (Infinity or NaN from extreme input): #NUM!. */
  geenEindigGetal: "De uitkomst is geen eindig getal; controleer de invoer op extreem grote getallen.",
  ongelijkeAfmetingen: (a: string, aVorm: string, b: string, bVorm: string): string =>
    `De bereiken zijn niet even groot: ${a} heeft ${aVorm}, ${b} heeft ${bVorm}. ` +
    "Gebruik kolommen van gelijke hoogte of een enkele cel.",
  vorm: (rijen: number, kolommen: number): string =>
    `${rijen} ${rijen === 1 ? "rij" : "rijen"}` + (kolommen === 1 ? "" : ` en ${kolommen} kolommen`),
  legeBereik: "Het bereik is leeg of niet rechthoekig.",
  /** Every range argument is empty from top to bottom (e.g. whole columns of an empty sheet). */
  bereikenLeeg: (namen: readonly string[]): string =>
    namen.length === 1
      ? `${namen[0]} is helemaal leeg; vul ten minste één rij in.`
      : `${opsomming(namen)} zijn helemaal leeg; vul ten minste één rij in.`,
  /** An Excel error that came in as input, by its code (`#REF!`), with the Dutch name and meaning. */
  excelFout: (code: string): string => {
    const bekend = EXCEL_FOUTEN[code];
    return bekend
      ? `Excel-fout ${bekend.nl} (${code}, ${bekend.betekenis}) in de invoer; herstel eerst die cel.`
      : `Excel-fout ${code} in de invoer; herstel eerst die cel.`;
  },
  geenWaarOnwaar: (invoer: unknown): string => `${beschrijfInvoer(invoer)} is geen WAAR of ONWAAR.`,
  datumBuitenBereik: (invoer: unknown, iso: string): string =>
    `${beschrijfInvoer(invoer)} is als datum ${iso}; verwacht een datum tussen 1990 en 2099 ` +
    "(bedoelt u een periode, typ dan bijvoorbeeld 2022-1 als tekst).",
  reeksLeeg: (naam: string): string => `${naam}: de lijst bevat geen waarden.`,
  reeksOngelijk: (a: string, aantalA: number, b: string, aantalB: number): string =>
    `${a} (${aantalA} cellen) en ${b} (${aantalB} cellen) zijn niet even lang.`,
  /** Position `rij` is filled in some of the parallel lists `namen` and empty in `leeg`. */
  reeksHalfLeeg: (rij: number, namen: readonly string[], leeg: readonly string[]): string => {
    const alle = namen.length === 2 ? "allebei" : "allemaal";
    return (
      `Rij ${rij} van de lijsten is maar half ingevuld: ${opsomming(leeg)} ${leeg.length === 1 ? "is" : "zijn"} leeg. ` +
      `Vul ${opsomming(namen)} ${alle} in of laat ze ${alle} leeg.`
    );
  },
  /** VERSNELLING_VERHOUDING for a gemeente whose achterstand is 0 or less (shown after `achterstand: `). */
  geenAchterstandVoorVerhouding: (achterstand: number): string =>
    `${beschrijfInvoer(achterstand)} is geen achterstand; zonder achterstand is een verhouding niet te berekenen.`,
} as const;
