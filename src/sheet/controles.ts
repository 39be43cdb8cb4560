/**
 * The check registry: every remark the engine can make, by its stable code, with its severity, its
 * message and a one-line explanation (listed for users in docs/controles.md, which a test compares
 * with this table). A new check is one entry here plus its test; `maakOpmerking` takes the severity
 * from the entry, so a code never has two severities.
 */
import { adres } from "./adres";
import { meldingen } from "./berichten";
import type { Ernst, Opmerking } from "./types";

interface ControleDefinitie {
  readonly ernst: Ernst;
  readonly bericht: (...args: never[]) => string;
  /** What the check means, for docs/controles.md. */
  readonly uitleg: string;
}

export const CONTROLES = {
  // The sheet as a whole.
  "kopregel-ontbreekt": {
    ernst: "fout",
    bericht: meldingen.kopregelOntbreekt,
    uitleg: "Geen kopregel met Gemeente en twee andere herkende kolommen in de eerste 20 rijen.",
  },
  "kolom-ontbreekt": {
    ernst: "fout",
    bericht: meldingen.kolomOntbreekt,
    uitleg: "Een verplichte kolom (Taakstelling, Achterstand begin of Totaalopgave) ontbreekt.",
  },
  "kolom-dubbel": {
    ernst: "waarschuwing",
    bericht: meldingen.kolomDubbel,
    uitleg: "Hetzelfde veld staat twee keer in de kopregel; de eerste kolom telt.",
  },
  "geen-ruimte-rechts": {
    ernst: "waarschuwing",
    bericht: meldingen.geenRuimteRechts,
    uitleg:
      "De kopregel loopt zo ver naar rechts dat de IBT-kolommen er niet meer naast passen (na kolom XFD).",
  },
  "periode-uit-titel": {
    ernst: "info",
    bericht: meldingen.periodeUitTitel,
    uitleg:
      "Geen kolom Periode: de periode van het blad komt uit de koppen (TS 2022-1, peildata), de titelregels of de bladnaam.",
  },
  "kolom-andere-periode": {
    ernst: "info",
    bericht: meldingen.kolomAnderePeriode,
    uitleg:
      "Een kop noemt een andere periode dan die van het blad (en niet de volgende): de kolom wordt niet gelezen.",
  },
  "kolom-achterstand-zonder-datum": {
    ernst: "waarschuwing",
    bericht: meldingen.kolomAchterstandZonderDatum,
    uitleg: "Een kolom Achterstand zonder peildatum of begin/eind: niet te zeggen welke achterstand het is.",
  },
  "kolom-datum-buiten-periode": {
    ernst: "info",
    bericht: meldingen.kolomDatumBuitenPeriode,
    uitleg:
      "Een kolom Gerealiseerd tot een datum buiten de periode van het blad: de kolom wordt niet gelezen.",
  },
  "kolom-verborgen": {
    ernst: "info",
    bericht: meldingen.kolomVerborgen,
    uitleg: "Een verborgen kolom met invoer: zij wordt gelezen en gecontroleerd als elke andere.",
  },
  versnellingsblad: {
    ernst: "info",
    bericht: meldingen.versnellingsblad,
    uitleg:
      "Een blad met alleen achterstand en opdracht versnelling: alleen regel 8, geen verplichte kolommen.",
  },
  "volgende-totaalopgave-wijkt-af": {
    ernst: "fout",
    bericht: meldingen.volgendeTotaalopgaveWijktAf,
    uitleg:
      "De totaalopgave van de volgende periode is niet taakstelling volgende periode + achterstand eind + herverdeling volgende periode (regel 10).",
  },
  "periode-onbekend": {
    ernst: "waarschuwing",
    bericht: () => meldingen.periodeBladOnbekend,
    uitleg: "Het blad noemt nergens een periode; ketens en vorige periode worden niet gebruikt.",
  },
  "periode-jaar-onbekend": {
    ernst: "waarschuwing",
    bericht: meldingen.periodeJaarOnbekend,
    uitleg: "De peildatumkolommen geven de helft van het jaar, maar nergens staat het jaar.",
  },
  "gerealiseerd-afgeleid": {
    ernst: "info",
    bericht: meldingen.gerealiseerdAfgeleid,
    uitleg: "Zonder kolom Gerealiseerd is de realisatie afgeleid als totaalopgave - achterstand eind.",
  },
  "herverdeling-niet-nul": {
    ernst: "waarschuwing",
    bericht: meldingen.herverdelingNietNul,
    uitleg: "De herverdelingen van een periode tellen niet op tot 0.",
  },
  // One cell as read.
  "gemeente-leeg": {
    ernst: "fout",
    bericht: meldingen.gemeenteLeeg,
    uitleg: "Een rij met cijfers heeft geen gemeente; zij telt niet mee in historie en samenvatting.",
  },
  "gemeente-onbekend": {
    ernst: "info",
    bericht: meldingen.gemeenteOnbekend,
    uitleg:
      "Een gemeentenaam staat niet in de CBS-lijst van gemeenten van het jaar; de rij wordt wel gecontroleerd.",
  },
  leeg: {
    ernst: "fout",
    bericht: meldingen.leeg,
    uitleg: "Een verplichte cel (Periode, Taakstelling, Achterstand begin of Totaalopgave) is leeg.",
  },
  "gerealiseerd-leeg": {
    ernst: "info",
    bericht: meldingen.gerealiseerdLeeg,
    uitleg: "Gerealiseerd is leeg terwijl andere gemeenten in die periode een realisatie hebben.",
  },
  "geen-achterstand-begin": {
    ernst: "fout",
    bericht: meldingen.geenBeginPeildatum,
    uitleg: "Geen kolom of peildatumkolom geeft de achterstand aan het begin van de periode van de rij.",
  },
  "geen-aantal": {
    ernst: "fout",
    bericht: meldingen.ongeldig,
    uitleg: "Een cel in een kolom met aantallen personen bevat geen geldig aantal.",
  },
  "datum-in-aantal": {
    ernst: "fout",
    bericht: meldingen.datumInAantal,
    uitleg:
      "Een cel in een kolom met aantallen personen is een datum (datumnotatie of datumcel), geen aantal.",
  },
  "taakstelling-negatief": {
    ernst: "fout",
    bericht: meldingen.taakstellingNegatief,
    uitleg: "Een taakstelling is kleiner dan 0.",
  },
  "geen-percentage": {
    ernst: "fout",
    bericht: meldingen.ongeldig,
    uitleg: "Een cel in een realisatiekolom bevat geen percentage.",
  },
  "geen-trede": {
    ernst: "fout",
    bericht: meldingen.ongeldig,
    uitleg: "Een cel in een tredekolom (ook Vastgestelde trede) bevat geen trede 1 tot en met 6.",
  },
  "reden-ongeldig": {
    ernst: "fout",
    bericht: meldingen.ongeldig,
    uitleg: "Een cel in de kolom Reden besluit is geen tekst (een getal, WAAR/ONWAAR of een Excel-fout).",
  },
  "geen-datum": {
    ernst: "fout",
    bericht: meldingen.ongeldig,
    uitleg: "Een cel in een datumkolom (Meetdatum, Correctiedatum) bevat geen datum.",
  },
  "periode-ongeldig": {
    ernst: "fout",
    bericht: meldingen.ongeldig,
    uitleg: "Een cel in de kolom Periode bevat geen herkenbare periode.",
  },
  // The rules per row.
  "totaalopgave-wijkt-af": {
    ernst: "fout",
    bericht: meldingen.totaalopgaveWijktAf,
    uitleg: "De opgegeven totaalopgave is niet taakstelling + achterstand begin + herverdeling (regel 1).",
  },
  "achterstand-wijkt-af": {
    ernst: "fout",
    bericht: meldingen.achterstandWijktAf,
    uitleg: "De opgegeven achterstand eind is niet totaalopgave - gerealiseerd (regel 2).",
  },
  "achterstand-is-gecorrigeerd": {
    ernst: "info",
    bericht: meldingen.achterstandIsGecorrigeerd,
    uitleg: "De opgegeven achterstand eind is de gecorrigeerde (na na-registratie), niet de geregistreerde.",
  },
  "realisatie-wijkt-af": {
    ernst: "fout",
    bericht: meldingen.realisatieWijktAf,
    uitleg: "Een opgegeven realisatiepercentage rondt niet af op het berekende (regel 4).",
  },
  "deler-nul": {
    ernst: "info",
    bericht: meldingen.delerNul,
    uitleg:
      "Een realisatiepercentage is niet te berekenen omdat de taakstelling of totaalopgave niet groter is dan 0.",
  },
  tussenstand: {
    ernst: "info",
    bericht: meldingen.tussenstand,
    uitleg: "De realisatie is gemeten vóór het einde van de periode; achterstand eind en trede volgen later.",
  },
  "correctiedatum-te-vroeg": {
    ernst: "waarschuwing",
    bericht: meldingen.correctiedatumTeVroeg,
    uitleg: "De correctiedatum ligt niet na het einde van de periode.",
  },
  "correctiedatum-zonder-na-registratie": {
    ernst: "info",
    bericht: meldingen.correctiedatumZonderNaRegistratie,
    uitleg: "Er is een correctiedatum maar geen na-registratie; de datum wordt niet gebruikt.",
  },
  // Rule 8 per row.
  "opdracht-zonder-achterstand": {
    ernst: "waarschuwing",
    bericht: meldingen.opdrachtZonderAchterstand,
    uitleg:
      "Een gemeente heeft een opdracht versnelling maar geen achterstand (0 of een voorsprong): geen aandeel of verhouding, en zij telt niet mee in de verdeling (regel 8).",
  },
  "opdracht-achterstand-onbekend": {
    ernst: "info",
    bericht: meldingen.opdrachtAchterstandOnbekend,
    uitleg:
      "Een gemeente heeft een opdracht versnelling maar de achterstand is niet te lezen of ontbreekt: geen aandeel of verhouding, en zij telt niet mee in de verdeling (regel 8).",
  },
  // Along a gemeente's history.
  "dubbele-rij": {
    ernst: "fout",
    bericht: meldingen.dubbeleRij,
    uitleg:
      "Dezelfde gemeente (ook anders gespeld) staat twee keer in dezelfde periode; alleen de eerste rij telt.",
  },
  "vorige-trede-wijkt-af": {
    ernst: "waarschuwing",
    bericht: meldingen.vorigeTredeWijktAf,
    uitleg: "De opgegeven vorige trede is niet de trede van de vorige periode op het blad.",
  },
  "keten-breuk": {
    ernst: "waarschuwing",
    bericht: meldingen.ketenBreuk,
    uitleg:
      "De achterstand begin is niet de geregistreerde achterstand eind van de vorige periode (regel 3).",
  },
  "trede-correctie-verschil": {
    ernst: "info",
    bericht: meldingen.tredeCorrectieVerschil,
    uitleg: "Met en zonder correctie voor na-registratie komt een andere trede uit (regel 6).",
  },
  "trede-wijkt-af": {
    ernst: "waarschuwing",
    bericht: meldingen.tredeWijktAf,
    uitleg: "De opgegeven trede is niet de berekende (regel 6).",
  },
  "trede-vastgesteld": {
    ernst: "info",
    bericht: meldingen.tredeVastgesteld,
    uitleg:
      "De vastgestelde trede wijkt af van de berekende; de ladder gaat verder vanaf de vastgestelde (regel 11).",
  },
  "trede-bevroren": {
    ernst: "info",
    bericht: meldingen.tredeBevroren,
    uitleg:
      'Een bevroren trede: de cel of de reden zegt "bevroren", of de vastgestelde trede is die van de vorige periode terwijl regel 6 zou opschalen (regel 11).',
  },
  "besluit-zonder-reden": {
    ernst: "waarschuwing",
    bericht: meldingen.besluitZonderReden,
    uitleg: "Een vastgestelde trede zonder reden van het besluit.",
  },
  "reden-zonder-besluit": {
    ernst: "info",
    bericht: meldingen.redenZonderBesluit,
    uitleg: "Een reden van een besluit in een rij zonder vastgestelde trede; zij wordt niet gebruikt.",
  },
  // Totals rows.
  "totaalrij-wijkt-af": {
    ernst: "fout",
    bericht: meldingen.totaalrijWijktAf,
    uitleg: "Een totaalrij is niet de som van de gemeenterijen die zij afsluit.",
  },
} as const satisfies Record<string, ControleDefinitie>;

/** Every check code, e.g. `kolom-ontbreekt`, `totaalopgave-wijkt-af`. */
export type ControleCode = keyof typeof CONTROLES;

/** The message arguments of a check. */
export type BerichtArgumenten<C extends ControleCode> = Parameters<(typeof CONTROLES)[C]["bericht"]>;

/** Severity of a check. */
export function ernstVan(code: ControleCode): Ernst {
  return CONTROLES[code].ernst;
}

/**
 * A remark of check `code` about the cell at 1-based sheet row `rij` and 0-based column `kolom`; the
 * severity comes from the registry and the message from the check's message with `args`.
 */
export function maakOpmerking<C extends ControleCode>(
  code: C,
  rij: number,
  kolom: number,
  ...args: BerichtArgumenten<C>
): Opmerking {
  const bericht = (CONTROLES[code].bericht as (...a: BerichtArgumenten<C>) => string)(...args);
  return { cel: adres(rij, kolom), ernst: CONTROLES[code].ernst, code, bericht, rij, kolom };
}
