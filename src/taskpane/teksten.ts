/**
 * Every text the task pane shows, in one module so that the wording is consistent and reviewable.
 * Messages of the domain and the engine (remarks, opmerkingen) come from src/domain/berichten.ts.
 */
import { formatGetal } from "../domain/afronding";
import { MAANDEN } from "../domain/berichten";
import type { CijferVeld } from "../sheet/vergelijk";
import type { DossierVeld } from "../sheet/dossier";
import type { Afdruk, Ernst, Grafiek } from "../sheet/types";

/** How the preview names a native chart of a new sheet. */
const GRAFIEK_SOORTEN: Record<Grafiek["soort"], string> = {
  staaf: "Staafdiagram",
  kolommenMetLijn: "Kolomdiagram met lijn",
  kolommenMetLijnRechts: "Kolomdiagram met lijn op een tweede as rechts",
};

export const teksten = {
  appTitel: "IBT Huisvesting",
  tabsLabel: "Onderdelen van IBT Huisvesting",
  tabs: {
    controleren: "Controleren",
    terugschrijven: "Terugschrijven",
    vergelijken: "Vergelijken",
    brieftabel: "Brieftabel",
    prognose: "Prognose",
    dossier: "Dossier",
    rapportage: "Rapportage",
  },

  // algemeen
  controleerBlad: "Controleer blad",
  bezigLezen: "Blad lezen en controleren…",
  bezigSchrijven: "Resultaten schrijven…",
  bezigNieuwBlad: "Werkblad maken…",
  foutTitel: "Er ging iets mis",
  sluitMelding: "Melding sluiten",
  gelukt: "Gelukt",
  onbekendeFout: "Onbekende fout.",
  officeNietGeladen:
    "De Office-bibliotheek (office.js) kon niet worden geladen. Controleer de internetverbinding en open het taakvenster opnieuw.",
  /** Spinner while a part of the pane loads on demand (src/taskpane/weergaven.ts). */
  weergaveLaden: (onderdeel: string): string => `${onderdeel} laden…`,
  onderdeelNietGeladen:
    "Dit onderdeel van IBT Huisvesting kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.",
  opnieuwProberen: "Opnieuw proberen",
  eerstControleren: "Controleer eerst het blad; daarna is dit onderdeel te gebruiken.",
  naarWerkblad: "Naar werkblad",
  nieuwBladGeschreven: (naam: string): string => `Werkblad "${naam}" gemaakt.`,

  // Controleren
  samenvattingTitel: "Samenvatting",
  blad: (naam: string): string => `Blad: ${naam}`,
  gemeenten: "Gemeenten",
  metAchterstand: "Met achterstand",
  opgeschaald: "Opgeschaald",
  afgeschaald: "Afgeschaald",
  perTrede: "Aantal per trede",
  periodenSamenvatting: (perioden: string[]): string =>
    `Laatste periode per gemeente: ${perioden.join(", ")}`,
  grootsteAchterstanden: "Grootste achterstanden",
  achterstandRegel: (gemeente: string, periode: string, achterstand: string): string =>
    `${gemeente} (${periode}): ${achterstand}`,
  /** Sub-group of remarks with the same code, e.g. "tussenstand" -> "Tussenstand (26)". */
  codeGroep: (code: string, aantal: string): string =>
    `${code.charAt(0).toUpperCase()}${code.slice(1).replace(/-/g, " ")} (${aantal})`,
  tredeTelling: (aantal: number): string => `${formatGetal(aantal, 0)}×`,
  opmerkingenTitel: "Opmerkingen",
  enMeer: (n: string): string => `en nog ${n} opmerkingen.`,
  geenOpmerkingen: "Geen opmerkingen: het blad is in orde.",
  ernstKop: { fout: "Fouten", waarschuwing: "Waarschuwingen", info: "Informatie" } as Record<Ernst, string>,
  kolommenTitel: "Kolommen",
  kolommenUitleg:
    "Zo zijn de koppen van het blad begrepen. Wijs een niet herkende kolom zelf toe; de keuze wordt in de werkmap bewaard.",
  kolomKop: "Kop",
  kolomVeld: "Veld",
  kolomLetter: "Kolom",
  nietHerkend: "niet herkend",
  eigenKolom: "uitvoer van IBT Huisvesting (niet toe te wijzen)",
  /** A column named after a peildatum: read per row as the backlog at the start or end of its period. */
  peildatumKolom: (dag: number, maand: number, jaar: number | null): string =>
    `Achterstand op peildatum ${dag} ${MAANDEN[maand - 1] ?? maand}${jaar === null ? "" : ` ${jaar}`} (begin of eind per periode)`,
  negeren: "(negeren)",
  toewijzingLabel: (kop: string): string => `Veld voor kolom "${kop}"`,
  geenKopRij: "Geen koprij gevonden op dit blad.",

  // Terugschrijven
  schrijfResultaten: "Schrijf resultaten",
  voorbeeldTitel: "Wat wordt geschreven",
  teSchrijvenKolommen: "Kolommen",
  aantalCellen: (n: string): string => `${n} cellen`,
  conflictenTitel: "Cellen met eigen inhoud die overschreven worden",
  geenConflicten: "Geen cellen met eigen inhoud in de weg.",
  teWissen: "Oude IBT-kolommen die gewist worden",
  schrijven: "Schrijven",
  annuleren: "Annuleren",
  cellenGeschreven: (n: string): string => `${n} cellen geschreven.`,
  syncs: (n: string): string => `${n} keer gesynchroniseerd met Excel.`,
  eenOngedaanStap: "Met één keer Ongedaan maken (Ctrl+Z) is alles terug te draaien.",
  bevestigTitel: "Cellen overschrijven?",
  bevestigTekst: (n: number): string =>
    n === 1
      ? "Deze cel heeft inhoud die niet van IBT Huisvesting is. Overschrijven?"
      : `Deze ${n} cellen hebben inhoud die niet van IBT Huisvesting is. Overschrijven?`,
  overschrijven: "Overschrijven",
  nietOverschrijven: "Niet overschrijven",

  // Vergelijken
  kiesGemeenten: "Gemeenten met een opdracht versnelling",
  kiesMinstensTwee: "Kies minstens twee gemeenten.",
  gecorrigeerd: "Gecorrigeerde achterstand",
  vergelijkingTabel: "Vergelijking opdracht versnelling en achterstand",
  maatstaf: "Maatstaf",
  achterstandGeregistreerd: "Achterstand (geregistreerd)",
  achterstandGecorrigeerd: "Achterstand (gecorrigeerd)",
  opdracht: "Opdracht",
  opdrachtPerAchterstand: "Opdracht per achterstand",
  aandeelOpdracht: "Aandeel opdracht",
  aandeelAchterstand: "Aandeel achterstand",
  verhouding: "Verhouding",
  evenredigeOpdracht: "Evenredige opdracht",
  verschil: "Verschil",
  grafiekTitel: "Opdracht per achterstand",
  grafiekBeschrijving: (delen: string[]): string =>
    `Staafdiagram van de opdracht per achterstand: ${delen.join("; ")}.`,
  geenRatio: "geen achterstand",
  /** Vergelijken on a sheet without an opdracht versnelling column: the figures it has. */
  geenOpdrachtKolom:
    "Dit blad heeft geen kolom met een opdracht versnelling. Hieronder staan de cijfers die het blad wel " +
    "heeft, per periode naast elkaar.",
  opdrachtKolomLeeg:
    "De kolom opdracht versnelling van dit blad is leeg. Hieronder staan de cijfers die het blad wel " +
    "heeft, per periode naast elkaar.",
  opdrachtOpBlad: (blad: string): string => `Opdracht staat op blad ${blad}: daar vergelijken`,
  opdrachtBladen: "Bladen met een opdracht versnelling",
  bezigAnderBlad: (blad: string): string => `Blad ${blad} openen en controleren…`,
  kiesGemeentenCijfers: "Gemeenten",
  cijfersTabel: (periode: string | null): string => `Cijfers ${periode ?? "zonder periode"}`,
  cijferPeriode: (periode: string | null): string => periode ?? "Zonder periode",
  cijferLabels: {
    taakstelling: "Taakstelling",
    totaalopgave: "Totaalopgave",
    gerealiseerd: "Gerealiseerd",
    achterstandEind: "Achterstand eind (geregistreerd)",
    achterstandEindGecorrigeerd: "Achterstand eind (gecorrigeerd)",
    realisatieTaakstelling: "Realisatie taakstelling",
    realisatieTotaalopgave: "Realisatie totaalopgave",
    trede: "Trede",
  } as Record<CijferVeld, string>,
  geenRijInPeriode: "geen rij",
  tussenstandOp: (gemeente: string, datum: string): string =>
    `${gemeente}: tussenstand gemeten op ${datum} (nog geen achterstand eind en trede).`,
  nietOpBlad: (namen: string[]): string => `Niet op dit blad: ${namen.join(", ")}.`,
  grondslag: (gecorrigeerd: boolean): string =>
    gecorrigeerd
      ? "Verhoudingen berekend op de gecorrigeerde achterstand (met na-registratie)."
      : "Verhoudingen berekend op de geregistreerde achterstand.",

  // Brieftabel
  gemeente: "Gemeente",
  periode: "Periode",
  brieftabelTitel: (gemeente: string, periode: string): string => `Brieftabel ${gemeente} ${periode}`,
  geenBrieftabel: "Voor deze gemeente en periode is geen brieftabel te maken (ontbrekende cijfers).",
  label: "Omschrijving",
  waarde: "Waarde",
  kopieer: "Kopieer",
  gekopieerd: "Brieftabel gekopieerd; plak hem in de brief.",
  kopierenMislukt: "Kopiëren is niet gelukt. Selecteer de tabel en kopieer met Ctrl+C.",

  // Prognose
  meetdatum: "Meetdatum",
  meetdatumOngeldig: "Vul een geldige meetdatum in.",
  alleenAchter: "Alleen achter op schema",
  prognoseTabel: "Prognose per gemeente",
  /** Column header with soft hyphens, so that the six columns fit the 350 px pane. */
  gerealiseerdKop: "Gerea\u00adli\u00adseerd",
  prognoseRealisatie: "Prognose realisatie",
  prognoseTrede: "Prognose trede",
  benodigdPerMaand: "Nodig per maand",
  opSchema: "Op schema",
  ja: "ja",
  nee: "nee",
  geenPrognoses:
    "Geen prognoses voor deze meetdatum: kies een datum binnen de periode van een tussenstand op het blad.",
  allesOpSchema: "Alle gemeenten liggen op schema.",
  gemetenOp: (periode: string, datums: string[]): string =>
    `${periode}: gemeten op ${datums.join(", ")} (uit het blad).`,
  andereDatum: (gekozen: string, periode: string): string =>
    `De gekozen datum ${gekozen} kiest alleen de periode ${periode}; de prognose rekent met de cijfers en ` +
    "de meetdatum van het blad.",

  // Rapportage
  rapportage: {
    bron: (blad: string): string => `Bron: werkblad ${blad}.`,
    kopieer: "Kopieer als tabel",
    gekopieerd: "Rapportage gekopieerd als tabel; plak hem in een document of werkblad.",
    afdrukUitleg:
      "Naar werkblad maakt een blad dat klaar is om af te drukken: A4 liggend, één pagina breed, de titel op elke pagina, een voettekst met het bronblad en de datum.",
  },

  // Dossier
  dossier: {
    titel: (gemeente: string): string => `Dossier ${gemeente}`,
    tabel: (gemeente: string): string => `Cijfers per periode van ${gemeente}`,
    labels: {
      achterstandBegin: "Achterstand begin",
      taakstelling: "Taakstelling",
      herverdeling: "Herverdeling",
      totaalopgave: "Totaalopgave",
      gerealiseerd: "Gerealiseerd",
      naRegistratie: "Na-registratie",
      achterstandEind: "Achterstand eind (geregistreerd)",
      achterstandEindGecorrigeerd: "Achterstand eind (gecorrigeerd)",
      realisatieTaakstelling: "Realisatie taakstelling",
      realisatieTotaalopgave: "Realisatie totaalopgave",
      trede: "Trede (berekend)",
      vastgesteldeTrede: "Trede (vastgesteld)",
    } as Record<DossierVeld, string>,
    reden: "Reden besluit",
    escalatie: "Escalatie",
    zonderPeriode: "Zonder periode",
    tussenstand: (periode: string, datum: string): string =>
      `${periode}: tussenstand gemeten op ${datum} (nog geen achterstand eind en trede).`,
    zonderCorrectie: (periode: string, trede: number): string =>
      `${periode}: zonder correctie voor na-registratie zou het trede ${trede} zijn.`,
    grafiekTitel: "Trede en achterstand per periode",
    grafiekLegenda:
      "Trede: trap, schaal links (1 tot 6). Achterstand (gecorrigeerd): lijn met punten, schaal rechts.",
    grafiekBeschrijving: (delen: string[]): string =>
      `Trapgrafiek van de trede met de gecorrigeerde achterstand als lijn: ${delen.join("; ")}.`,
    grafiekDeel: (periode: string, trede: string, achterstand: string): string =>
      `${periode} trede ${trede}, achterstand ${achterstand}`,
    onbekend: "onbekend",
    geenGrafiek: "Nog geen periode met een trede of een achterstand: geen grafiek.",
    brieftabellen: "Brieftabellen",
    geenBrieftabellen: "Geen periode met een volledige brieftabel (een tussenstand heeft er nog geen).",
    brieftabelKnop: (periode: string): string => `Brieftabel ${periode}`,
    openInBrieftabel: "Openen in Brieftabel",
    opmerkingen: "Opmerkingen",
    geenOpmerkingen: "Geen opmerkingen bij de rijen van deze gemeente.",
  },

  // Trede
  trede: (t: number): string => `Trede ${t}`,
  scrollTabel: (titel: string): string => `${titel} (schuifbaar)`,

  // Besluit vastleggen (regel 11), in Controleren
  besluit: {
    titel: "Besluit vastleggen",
    uitleg:
      "Leg de trede vast die de toezichthouders besloten, met de reden. Ze komen in de kolommen " +
      "Vastgestelde trede en Reden besluit van het blad (zo nodig nieuw, rechts van de kopregel); een " +
      "gevulde cel wordt pas na bevestiging overschreven.",
    rij: "Gemeente en periode",
    rijOptie: (gemeente: string, periode: string | null, rij: number): string =>
      `${gemeente}${periode ? ` ${periode}` : ""} (rij ${rij})`,
    berekend: (trede: number | null, vastgesteld: number | null): string =>
      (trede === null ? "Geen berekende trede" : `Berekend: trede ${trede}`) +
      (vastgesteld === null ? "." : `; nu vastgesteld: trede ${vastgesteld}.`),
    trede: "Vastgestelde trede",
    tredeOptie: (t: number, naam: string): string => `${t} ${naam}`,
    reden: "Reden besluit",
    redenNodig: "Geef de reden van het besluit.",
    vastleggen: "Besluit vastleggen",
    bezig: "Besluit vastleggen…",
    vastgelegd: (cellen: string[]): string =>
      `Besluit vastgelegd in ${cellen.length === 1 ? "cel" : "de cellen"} ${cellen.join(", ")}.`,
    nieuweKolommen: (koppen: string[]): string => ` Nieuwe kolommen: ${koppen.join(", ")}.`,
  },

  // Voorbeeld buiten Excel (src/preview)
  voorbeeld: {
    banner:
      "Dit is een voorbeeld van het taakvenster met het meegeleverde voorbeeldwerkboek, zonder Excel. " +
      "De cijfers zijn verzonnen, behalve die van Leusden.",
    laden: "Voorbeeldwerkboek laden…",
    laadFout: (reden: string): string => `Het voorbeeldwerkboek kon niet worden geladen: ${reden}`,
    geenBladen: "Het voorbeeldwerkboek bevat geen werkbladen.",
    http: (url: string, status: number): string => `${url}: HTTP ${status}`,
    geenLijst: (url: string): string => `${url}: geen lijst met werkbladen.`,
    werkbladen: "Werkbladen",
    raster: (blad: string): string => `Werkblad ${blad} (alleen lezen)`,
    leegBlad: "Dit werkblad is leeg.",
    grafiek: (titel: string, bereik: string, soort: Grafiek["soort"]): string =>
      `${GRAFIEK_SOORTEN[soort]} "${titel}" over ${bereik} (in Excel een echte grafiek).`,
    geselecteerd: (adres: string): string => `Geselecteerde cel: ${adres}`,
    afdruk: (a: Afdruk): string =>
      `Afdrukken: ${a.papier} ${a.stand}, ${a.paginasBreed === 1 ? "één pagina" : `${a.paginasBreed} pagina's`} breed` +
      (a.kopRijenHerhalen
        ? `, rij ${a.kopRijenHerhalen.van} tot en met ${a.kopRijenHerhalen.tot} op elke pagina`
        : "") +
      `; voettekst "${a.voettekst}"${a.paginanummers ? " en paginanummers" : ""} (in Excel de pagina-instelling).`,
  },
} as const;

/** The settings key under which the column assignment of a sheet is kept. */
export const toewijzingSleutel = (blad: string): string => `kolomToewijzing:${blad}`;
