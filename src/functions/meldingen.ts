/**
 * Dutch messages that only the custom functions show (argument shapes, WAAR/ONWAAR, date range).
 * Every message about the rules themselves comes from the domain (`src/domain/berichten.ts`).
 */
import { beschrijfInvoer } from "../domain";

export const meldingen = {
  /** Prefix that tells the user which argument a message is about. */
  metArgument: (naam: string, bericht: string): string => `${naam}: ${bericht}`,
  legeCel: "Lege cel; vul een waarde in.",
  ongelijkeAfmetingen: (a: string, aVorm: string, b: string, bVorm: string): string =>
    `De bereiken zijn niet even groot: ${a} heeft ${aVorm}, ${b} heeft ${bVorm}. ` +
    "Gebruik kolommen van gelijke hoogte of een enkele cel.",
  vorm: (rijen: number, kolommen: number): string =>
    `${rijen} ${rijen === 1 ? "rij" : "rijen"}` + (kolommen === 1 ? "" : ` en ${kolommen} kolommen`),
  legeBereik: "Het bereik is leeg of niet rechthoekig.",
  excelFout: (code: string): string => `Excel-fout ${code} in de invoer.`,
  geenWaarOnwaar: (invoer: unknown): string => `${beschrijfInvoer(invoer)} is geen WAAR of ONWAAR.`,
  datumBuitenBereik: (invoer: unknown, iso: string): string =>
    `${beschrijfInvoer(invoer)} is als datum ${iso}; verwacht een datum tussen 1990 en 2099 ` +
    "(bedoelt u een periode, typ dan bijvoorbeeld 2022-1 als tekst).",
  reeksLeeg: (naam: string): string => `${naam}: de lijst bevat geen waarden.`,
  reeksOngelijk: (a: string, aantalA: number, b: string, aantalB: number): string =>
    `${a} (${aantalA} cellen) en ${b} (${aantalB} cellen) zijn niet even lang.`,
  reeksHalfLeeg: (rij: number): string =>
    `Rij ${rij} van de lijsten is maar half ingevuld: vul opdracht en achterstand allebei in of laat ze allebei leeg.`,
} as const;
