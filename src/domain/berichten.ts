/**
 * Every Dutch user-facing message and label of the domain rules, in one place so that the wording is
 * consistent and reviewable. Constants for fixed texts, small functions for texts with a value.
 */
import type { Trede } from "./types";

/** Names of the treden of the IBT interventieladder (beleidskader IBT 2021-2024). */
export const TREDE_NAMEN: Readonly<Record<Trede, string>> = {
  1: "Signaleren",
  2: "Informatie opvragen en valideren",
  3: "Actief toezicht",
  4: "Vooraankondiging juridische interventie",
  5: "Besluit tot indeplaatsstelling",
  6: "Sanctie uitvoeren",
};

/** Maatregelen per trede (rule 7, docs/rekenregels.md), for the flag text. */
export const MAATREGELEN: Readonly<Record<Trede, string>> = {
  1: "Geen maatregel: volgen.",
  2: "Informatie opvragen bij COA en gemeente; ambtelijke gesprekken.",
  3: "Verbeterplan vragen en bestuurlijk overleg plannen; actief monitoren.",
  4: "Vooraankondiging juridische interventie aan de gemeenteraad (openbaar); nieuw verbeterplan.",
  5: "Besluit tot indeplaatsstelling met laatste termijn.",
  6: "Indeplaatsstelling uitvoeren.",
};

/** Dutch month names, index 0 = januari. */
export const MAANDEN: readonly string[] = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** Text shown where a percentage cannot be computed (divisor <= 0). */
export const NIET_VAN_TOEPASSING = "n.v.t.";

const VOORBEELD_PERIODE = "gebruik bijvoorbeeld 2022-1 of 2022-2 (eerste of tweede helft).";

/**
 * Short description of a raw input value for a message: text in quotes, Excel booleans as WAAR/ONWAAR,
 * numbers in Dutch notation.
 */
export function beschrijfInvoer(invoer: unknown): string {
  if (typeof invoer === "string") return `"${invoer}"`;
  if (typeof invoer === "boolean") return invoer ? "WAAR" : "ONWAAR";
  if (typeof invoer === "number")
    return Number.isFinite(invoer) ? String(invoer).replace(".", ",") : String(invoer);
  if (invoer instanceof Date) {
    return Number.isNaN(invoer.getTime())
      ? "een ongeldige datum"
      : `de datum ${invoer.toISOString().slice(0, 10)}`;
  }
  if (invoer === null || invoer === undefined) return "een lege waarde";
  if (Array.isArray(invoer)) return "een lijst";
  return "een onbekende waarde";
}

export const berichten = {
  // periode
  periodeOnbekend: (label: unknown): string =>
    typeof label === "string"
      ? `Onbekende periode ${beschrijfInvoer(label)}: ${VOORBEELD_PERIODE}`
      : `Onbekende periode: ${beschrijfInvoer(label)} is geen periodelabel; ${VOORBEELD_PERIODE}`,
  periodeLeeg: `Geen periode ingevuld: ${VOORBEELD_PERIODE}`,
  periodeDatum: (invoer: unknown): string =>
    `Onbekende periode: ${beschrijfInvoer(invoer)} is een getal of datum, geen periodelabel; ${VOORBEELD_PERIODE}`,
  periodeJaarBuitenBereik: (label: string): string =>
    `Onbekende periode "${label}": het jaar moet tussen 1900 en 2999 liggen.`,

  // datum
  datumLeeg: "Geen datum ingevuld.",
  datumOnbekend: (invoer: unknown): string =>
    `${beschrijfInvoer(invoer)} is geen datum: gebruik bijvoorbeeld 22-11-2022, 22 november 2022 of 2022-11-22.`,
  datumBestaatNiet: (invoer: unknown): string => `${beschrijfInvoer(invoer)} is geen bestaande datum.`,
  datumSchrikkelfout1900: "Excel-datum 60 (29 februari 1900) bestaat niet: 1900 was geen schrikkeljaar.",
  datumOngeldig: "De datum is ongeldig.",

  // aantal
  aantalLeeg: "Geen aantal ingevuld.",
  aantalExcelFout: (fout: string): string => `Excel-fout ${fout} in plaats van een aantal personen.`,
  aantalGeenGetal: (invoer: unknown): string => `${beschrijfInvoer(invoer)} is geen aantal personen.`,
  aantalGeenGeheelGetal: (invoer: unknown): string =>
    `${beschrijfInvoer(invoer)} is geen geheel aantal personen.`,
  aantalNegatief: (invoer: unknown): string =>
    `${beschrijfInvoer(invoer)} is negatief; verwacht 0 of meer personen.`,
  aantalTeGroot: (invoer: unknown): string =>
    `${beschrijfInvoer(invoer)} is geen aantal personen: het valt buiten -1.000.000.000 tot en met 1.000.000.000.`,

  // opgave
  delerNul: (deler: number): string =>
    `Deling door ${beschrijfInvoer(deler)}: een percentage is alleen te berekenen bij een opgave groter dan 0.`,
  taakstellingNegatief: (n: number): string =>
    `Taakstelling ${beschrijfInvoer(n)} is negatief; een taakstelling is 0 of meer personen.`,

  // trede
  tredeLeeg: "Geen trede ingevuld.",
  tredeOnbekend: (invoer: unknown): string =>
    `${beschrijfInvoer(invoer)} is geen trede: gebruik een getal van 1 tot en met 6.`,
  tredeInvoerOngeldig: (wat: string, waarde: number): string =>
    `${wat} ${beschrijfInvoer(waarde)} is geen getal; de trede is niet te bepalen.`,

  // versnelling
  geenAchterstand: (gemeente: string): string =>
    `${gemeente} heeft geen achterstand; een verhouding is niet te berekenen.`,
  opdrachtenNul: "De opdrachten tellen op tot 0; een verhouding is niet te berekenen.",
  lengteVerschilt: (opdrachten: number, achterstanden: number): string =>
    `De lijst met opdrachten (${opdrachten}) en de lijst met achterstanden (${achterstanden}) zijn niet even lang.`,
  verhoudingGeenAchterstand: (achterstand: number): string =>
    `Achterstand ${beschrijfInvoer(achterstand)}: zonder achterstand is een verhouding niet te berekenen.`,
  verhoudingSomNul:
    "De achterstanden in de lijst tellen niet op tot meer dan 0; een verhouding is niet te berekenen.",
  verhoudingOpdrachtenNul: "De opdrachten in de lijst tellen op tot 0; een verhouding is niet te berekenen.",
  geenGetal: (wat: string, invoer: unknown): string => `${wat} ${beschrijfInvoer(invoer)} is geen getal.`,
  geenGetalInLijst: (lijst: string, positie: number, invoer: unknown): string =>
    `Waarde ${positie} in de lijst ${lijst} (${beschrijfInvoer(invoer)}) is geen getal.`,

  // prognose
  prognoseBuitenPeriode: (meetdatum: string, periode: string): string =>
    `Meetdatum ${meetdatum} ligt niet binnen de periode ${periode} (na het begin en voor het einde); er is geen prognose.`,
  prognoseTotaalopgaveOngeldig: (invoer: unknown): string =>
    `Totaalopgave ${beschrijfInvoer(invoer)} is geen geheel aantal personen.`,

  // wettelijke taakstelling
  taakstellingInvoerOngeldig: (wat: string, invoer: unknown): string =>
    `${wat} ${beschrijfInvoer(invoer)} is geen geheel getal van 0 of meer.`,
  inwonersNederlandNul: "Het aantal inwoners van Nederland moet groter zijn dan 0.",
  inwonersTeGroot: (gemeente: number, nederland: number): string =>
    `De gemeente (${beschrijfInvoer(gemeente)} inwoners) kan niet meer inwoners hebben dan Nederland (${beschrijfInvoer(nederland)}).`,
} as const;

/** Labels of the letter table (toezichtbrief), docs/rekenregels.md, "De brieftabel". */
export const brieflabels = {
  standVanZaken: (moment: string): string => `Stand van zaken ${moment}`,
  naCorrectie: "na correctie voor na-registratie",
  taakstelling: (periodeLang: string): string => `Taakstelling ${periodeLang}`,
  totaalopgave: (peildatum: string, metHerverdeling: boolean, voorsprong: boolean): string =>
    `Totaalopgave: taakstelling ${voorsprong ? "- voorsprong" : "+ achterstand"} zoals gemeten op ${peildatum}` +
    (metHerverdeling ? " + herverdeling" : ""),
  gerealiseerd: (periodeLang: string): string => `Taakstelling ${periodeLang} gerealiseerd`,
  realisatieTaakstelling: "Realisatie taakstelling in percentage",
  realisatieTotaalopgave: "Realisatie totaalopgave in percentage",
  herverdeling: "Herverdeling",
  totaalopgaveNieuw: "Totaalopgave",
  /** `21 vergunninghouders achterstand`, `1 vergunninghouder achterstand`, `3 vergunninghouders voorsprong`. */
  stand: (achterstand: number, getal: string): string => {
    const aantal = Math.abs(achterstand);
    const woord = aantal === 1 ? "vergunninghouder" : "vergunninghouders";
    return `${getal} ${woord} ${achterstand < 0 ? "voorsprong" : "achterstand"}`;
  },
} as const;

/** Half-year names for `formatPeriodeLang`. */
export const HELFT_NAMEN = { 1: "eerste helft", 2: "tweede helft" } as const;
