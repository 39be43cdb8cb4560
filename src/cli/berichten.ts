/**
 * Every Dutch text the command line shows (usage, errors, summary labels), in one place so the wording
 * stays consistent and reviewable. Messages of the rules and the engine live in src/domain/berichten.ts.
 */
import { formatAantal } from "../domain";

export const GEBRUIK = `ibt: controleer een overzicht huisvesting vergunninghouders (IBT) in een Excel-bestand

Gebruik:
  ibt check [bestand.xlsx] [--sheet NAAM] [--out UITVOER.xlsx] [--json] [--kolom "KOP=veld" ...]
            [--versnelling-achterstand geregistreerd|gecorrigeerd]
  ibt rapport [bestand.xlsx] [--sheet NAAM] [--out UITVOER.xlsx] [--json]
  ibt --help

Zonder bestand controleert ibt het meegeleverde voorbeeldwerkboek (provincie Utrecht, 2021-2022).

ibt rapport maakt de rapportage voor Gedeputeerde Staten over de laatste periode van het werkblad:
treden (berekend en geldend), wie op- en afschaalde en waarom, de grootste achterstanden, de prognose
bij een tussenstand en de provinciale totalen; met --out een kopie met het werkblad
"Rapportage <periode>", klaar om af te drukken (A4 liggend, één pagina breed).

Opties:
  --sheet NAAM, -s NAAM   controleer dit werkblad; anders het eerste zichtbare werkblad met een
                          herkenbare kopregel (Gemeente, Periode, Taakstelling, ...)
  --out BESTAND, -o       schrijf een kopie met de berekende IBT-kolommen (totaalopgave, achterstand,
                          realisatie, trede, escalatie, opmerkingen; met een kolom Opdracht versnelling
                          ook opdracht per achterstand, aandelen, verhouding, evenredige opdracht en
                          verschil); bij rapport een kopie met het werkblad Rapportage (een eerder
                          eigen Rapportage-blad wordt vervangen, een blad van de gebruiker met die
                          naam blijft staan); het invoerbestand blijft ongewijzigd
  --json                  druk het rapport af als JSON (alleen JSON op stdout)
  --kolom "KOP=veld"      lees de kolom met kop KOP (zoals op het blad; hoofdletters, spaties en
                          leestekens tellen niet) als dit veld: een veldcode (taakstelling) of de
                          Nederlandse naam (Taakstelling volgende periode), of negeren (of -) om de
                          kolom over te slaan; mag vaker, bijvoorbeeld
                          --kolom "Gem.=gemeente" --kolom "Taakst.=taakstelling"
  --versnelling-achterstand geregistreerd|gecorrigeerd
                          de achterstand waarmee regel 8 per gemeente de opdracht versnelling
                          vergelijkt: geregistreerd (standaard, zoals de opdrachten verdeeld zijn) of
                          gecorrigeerd voor na-registratie
  --help, -h              toon deze hulp

Afsluitcode:
  0  geen fouten gevonden (waarschuwingen en info kunnen er zijn)
  1  het blad bevat fouten (opmerkingen met ernst "fout")
  2  de invoer is onbruikbaar (bestand ontbreekt, geen .xlsx, geen herkenbaar blad, onbekende optie)
`;

const lijst = (namen: string[]): string => (namen.length ? namen.map((n) => `"${n}"`).join(", ") : "(geen)");

export const cliBerichten = {
  geenOpdracht: "Geen opdracht gegeven: gebruik `ibt check [bestand.xlsx]` (zie `ibt --help`).",
  onbekendeOpdracht: (opdracht: string): string =>
    `Onbekende opdracht "${opdracht}": kies \`check\` of \`rapport\` (zie \`ibt --help\`).`,
  teVeelBestanden: (aantal: number): string => `Geef één bestand op, niet ${aantal} (zie \`ibt --help\`).`,
  ongeldigeOptie: (melding: string): string => `Ongeldige aanroep: ${melding} (zie \`ibt --help\`).`,
  kolomVorm: (waarde: string): string => `--kolom "${waarde}" is niet van de vorm "KOP=veld"`,
  versnellingAchterstandOngeldig: (waarde: string): string =>
    `--versnelling-achterstand "${waarde}" is geen keuze; kies geregistreerd of gecorrigeerd`,
  onbekendVeld: (naam: string, waarde: string, velden: string[]): string =>
    `Ongeldige aanroep: onbekend veld "${naam}" in --kolom "${waarde}". Geldige velden: ${velden.join(", ")} ` +
    `(of hun Nederlandse naam, zoals "Taakstelling volgende periode"), of negeren (of -) om de kolom over ` +
    `te slaan (zie \`ibt --help\`).`,
  kolomTweeKeer: (eerste: string, tweede: string): string =>
    `Ongeldige aanroep: --kolom wijst de kop "${eerste}"${eerste === tweede ? "" : ` (en "${tweede}")`} twee ` +
    `verschillende velden toe (zie \`ibt --help\`).`,
  kopNietGevonden: (kop: string, blad: string): string =>
    `Waarschuwing: --kolom "${kop}=...": geen kopcel "${kop}" gevonden in de eerste 20 rijen van werkblad ` +
    `"${blad}"; deze toewijzing is niet gebruikt.`,
  bestandOntbreekt: (pad: string): string => `Bestand niet gevonden: ${pad}`,
  geenBestand: (pad: string): string => `${pad} is geen bestand (maar een map of iets anders).`,
  onleesbaar: (pad: string, reden: string): string => `Kan ${pad} niet lezen: ${reden}`,
  leegBestand: (pad: string): string => `${pad} is leeg (0 bytes); verwacht een Excel-werkmap (.xlsx).`,
  oudXls: (pad: string): string =>
    `${pad} is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligde werkmap; ` +
    `sla het in Excel op als Excel-werkmap (.xlsx) zonder wachtwoord en probeer het opnieuw.`,
  geenXlsx: (pad: string): string =>
    `${pad} is geen Excel-werkmap (.xlsx): de inhoud is geen .xlsx-bestand` +
    `${/\.xlsx$/i.test(pad) ? " (ook al heet het zo)" : ""}. ` +
    `Sla het bestand in Excel op als Excel-werkmap (.xlsx).`,
  beschadigd: (pad: string, reden: string): string =>
    `${pad} is geen leesbare Excel-werkmap (.xlsx): ${reden}`,
  geenWerkbladen: (pad: string): string => `${pad} bevat geen werkbladen.`,
  binaireWerkmap: (pad: string): string =>
    `${pad} is een binaire Excel-werkmap (.xlsb); sla het bestand in Excel op als Excel-werkmap (.xlsx).`,
  macroWerkmap: (pad: string): string =>
    `${pad} bevat macro's (VBA, een .xlsm-werkmap): daarvan schrijft ibt geen kopie, want een .xlsx mag geen ` +
    `macro's bevatten en zonder macro's is het niet meer dezelfde werkmap. Controleren zonder --out kan wel; ` +
    `of sla de werkmap in Excel op als Excel-werkmap (.xlsx) zonder macro's.`,
  geenGewoneWerkmap: (pad: string, inhoudstype: string): string =>
    `${pad} is geen gewone Excel-werkmap (${/template/i.test(inhoudstype) ? "maar een sjabloon, .xltx" : `inhoudstype "${inhoudstype || "onbekend"}"`}); ` +
    `ibt schrijft daarvan geen .xlsx-kopie. Sla het in Excel op als Excel-werkmap (.xlsx), of controleer zonder --out.`,
  geenRuimte: (pad: string, blad: string, kolommen: number): string =>
    `Geen ruimte voor de ${kolommen} IBT-kolommen op werkblad "${blad}" van ${pad}: ze zouden voorbij de laatste ` +
    `kolom van Excel (XFD) komen. Maak rechts van de kopregel ${kolommen} kolommen vrij, of controleer zonder --out.`,
  formuleInDeWeg: (pad: string, cel: string, bereik: string): string =>
    `Kan geen kopie van ${pad} schrijven: cel ${cel} bevat een gedeelde of matrixformule voor ${bereik}, en die ` +
    `zou gedeeltelijk overschreven worden (Excel noemt de kopie dan beschadigd). Zet de formule in Excel om of ` +
    `verplaats haar, en probeer het opnieuw.`,
  kopieOnmogelijk: (pad: string, reden: string): string => `Kan geen kopie van ${pad} schrijven: ${reden}.`,
  voorbeeldOntbreekt: (pad: string): string =>
    `Het voorbeeldwerkboek ontbreekt (${pad}); maak het met \`npm run make-example\`.`,
  bladOnbekend: (naam: string, namen: string[]): string =>
    `Werkblad "${naam}" bestaat niet. Werkbladen in dit bestand: ${lijst(namen)}.`,
  geenKopregelInBlad: (naam: string): string =>
    `Op werkblad "${naam}" staat geen herkenbare kopregel (in de eerste 20 rijen): ` +
    `verwacht kolommen als Gemeente, Periode, Taakstelling, Gerealiseerd.`,
  geenHerkenbaarBlad: (namen: string[]): string =>
    `Geen werkblad met een herkenbare kopregel gevonden (gezocht in ${lijst(namen)}): ` +
    `verwacht in de eerste 20 rijen kolommen als Gemeente, Periode, Taakstelling, Gerealiseerd. ` +
    `Kies een blad met --sheet NAAM.`,
  bladDiagnose: (naam: string, bericht: string): string => `Werkblad "${naam}": ${bericht}`,
  uitvoerGelijkAanInvoer: (pad: string): string =>
    `--out ${pad} is het invoerbestand zelf; ibt wijzigt het invoerbestand nooit. Kies een andere naam.`,
  uitvoerGeenXlsx: (pad: string): string => `--out ${pad}: de uitvoer moet een .xlsx-bestand zijn.`,
  uitvoerMapOntbreekt: (map: string): string => `--out: de map ${map} bestaat niet.`,
  uitvoerMislukt: (pad: string, reden: string): string => `Kan ${pad} niet schrijven: ${reden}`,
  rapportGeschreven: (pad: string, blad: string): string =>
    `Kopie met werkblad "${blad}" (afdrukklaar: A4 liggend) geschreven naar ${pad}.`,
  geschreven: (pad: string, cellen: number, kolommen: number): string =>
    `Kopie met resultaten geschreven naar ${pad} (${formatAantal(cellen)} cellen in ${kolommen} IBT-kolommen).`,
  doelcellenBezet: (pad: string, blad: string, cellen: string): string =>
    `Geen kopie geschreven naar ${pad}: op werkblad "${blad}" staan gegevens van de gebruiker waar de ` +
    `IBT-kolommen zouden komen (${cellen}); ibt overschrijft die nooit. Maak die cellen leeg of verplaats ` +
    `ze, en probeer het opnieuw.`,
  doelcellenSamengevoegd: (pad: string, blad: string, cellen: string): string =>
    `Geen kopie geschreven naar ${pad}: op werkblad "${blad}" liggen doelcellen van de IBT-kolommen in ` +
    `samengevoegde cellen (${cellen}); daarin schrijft ibt nooit. Maak de samenvoeging ongedaan of ` +
    `verplaats haar, en probeer het opnieuw.`,
  tabelkopGeraakt: (pad: string, blad: string, tabel: string, cellen: string): string =>
    `Geen kopie geschreven naar ${pad}: op werkblad "${blad}" zouden de IBT-kolommen de kopregel van tabel ` +
    `"${tabel}" veranderen (${cellen}), en dan noemt Excel de kopie beschadigd. Verklein de tabel in Excel ` +
    `(Tabelontwerp > Tabelgrootte wijzigen) tot de eigen kolommen, of controleer zonder --out.`,
  onverwacht: (melding: string): string =>
    `Onverwachte fout in ibt: ${melding}. Dit is een fout in het programma, niet in uw bestand; ` +
    `meld het graag (met IBT_DEBUG=1 toont ibt de details).`,
  // voortgang (stderr)
  voortgangLezen: (pad: string, megabytes: string): string => `Inlezen van ${pad} (${megabytes} MB) ...`,
  voortgangControleren: (rijen: number, blad: string): string =>
    `Controleren van ${formatAantal(rijen)} rijen op werkblad "${blad}" ...`,
  voortgangSchrijven: (pad: string): string => `Schrijven van ${pad} ...`,
  voortgangKlaar: (seconden: string): string => `Klaar in ${seconden} s.`,
} as const;

/** Labels of the printed summary. */
export const labels = {
  titel: (blad: string, bestand: string): string => `IBT-controle van werkblad "${blad}" in ${bestand}`,
  kopregel: (rij: number | null, automatisch: boolean): string =>
    `Kopregel op rij ${rij ?? "?"}${automatisch ? " (werkblad automatisch gekozen; kies een ander met --sheet)" : ""}`,
  samenvatting: "Samenvatting",
  gemeenten: "Gemeenten",
  metAchterstand: "Met achterstand (eind laatste periode)",
  trede: (t: string, naam: string): string => `Trede ${t} ${naam}`,
  opgeschaald: "Opgeschaald",
  afgeschaald: "Afgeschaald",
  grootsteAchterstanden: "Grootste achterstanden",
  kolomGemeente: "Gemeente",
  kolomPeriode: "Periode",
  kolomAchterstand: "Achterstand",
  geenAchterstanden: "  (geen gemeenten met achterstand)",
  opmerkingen: (fouten: number, waarschuwingen: number, info: number): string =>
    `Opmerkingen: ${fouten} ${fouten === 1 ? "fout" : "fouten"}, ${waarschuwingen} ` +
    `${waarschuwingen === 1 ? "waarschuwing" : "waarschuwingen"}, ${info} info`,
  ernstKop: { fout: "Fouten", waarschuwing: "Waarschuwingen", info: "Info" } as const,
  meerOpmerkingen: (aantal: number): string =>
    `  ... en ${formatAantal(aantal)} meer (alle opmerkingen met --json)`,
  meerVanCode: (aantal: number, code: string): string =>
    `  ... en ${formatAantal(aantal)} meer van dezelfde soort [${code}] (alle opmerkingen met --json)`,
  geenOpmerkingen: "Geen opmerkingen: het blad is in orde.",
  versnelling: "Versnelling (regel 8, opdracht per achterstand)",
  versnellingGecorrigeerd: "Versnelling (regel 8, opdracht per gecorrigeerde achterstand)",
  geenRatio: "geen achterstand",
} as const;

export { formatAantal };
