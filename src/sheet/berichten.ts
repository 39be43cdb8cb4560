/**
 * Every Dutch message of the sheet engine (remarks, output headers, new sheets), in one place so that
 * the wording stays consistent and reviewable. Values are written in Dutch notation.
 */
import { formatGetal, formatPeildatum, formatProcent } from "../domain";

/** A whole number in Dutch notation ("1.234", "-3"). */
const g = (n: number): string => formatGetal(n, 0);

/** "taakstelling 24 + achterstand 26 + herverdeling 1", "taakstelling 24 - voorsprong 3". */
export function somTekst(taakstelling: number, achterstand: number, herverdeling: number): string {
  let tekst = `taakstelling ${g(taakstelling)}`;
  tekst += achterstand < 0 ? ` - voorsprong ${g(-achterstand)}` : ` + achterstand ${g(achterstand)}`;
  if (herverdeling > 0) tekst += ` + herverdeling ${g(herverdeling)}`;
  if (herverdeling < 0) tekst += ` - herverdeling ${g(-herverdeling)}`;
  return tekst;
}

/**
 * A message that follows a field prefix ("Periode in B20: ...") continues the sentence, so its first
 * letter is lower case: "onbekende periode ...". Names keep their capital: "Excel-fout", "TVS", "COA".
 */
function alsZinsdeel(bericht: string): string {
  if (/^(Excel|[A-Z]{2})/.test(bericht)) return bericht;
  return bericht.charAt(0).toLowerCase() + bericht.slice(1);
}

/** A remark as a sentence: ends with ".", "!" or "?" (adds "." otherwise). */
export function alsZin(bericht: string): string {
  const t = bericht.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** What a difference between a stated and a computed figure equals, when it explains it. */
export type VerschilOorzaak = "herverdeling-vergeten" | "extra-meegeteld" | null;

function oorzaakTekst(oorzaak: VerschilOorzaak): string {
  if (oorzaak === "herverdeling-vergeten")
    return " Het verschil is gelijk aan de herverdeling: die is waarschijnlijk vergeten.";
  if (oorzaak === "extra-meegeteld")
    return " Het verschil is gelijk aan de extra opgave: die is waarschijnlijk meegeteld, maar hoort niet in de totaalopgave.";
  return "";
}

function achterstandBasis(
  opgegeven: number,
  berekend: number,
  totaalopgave: number,
  gerealiseerd: number,
): string {
  return `Achterstand eind is ${g(opgegeven)}, berekend ${g(berekend)} (totaalopgave ${g(totaalopgave)} - gerealiseerd ${g(gerealiseerd)}).`;
}

/** One header seen where no header row was found, with the field it came closest to. */
export interface GezienKop {
  cel: string;
  kop: string;
  /** Dutch label of the closest field, or null when no field is close. */
  lijktOp: string | null;
}

export const meldingen = {
  kopregelOntbreekt: (gezien: GezienKop[]): string =>
    "Geen kopregel gevonden in de eerste 20 rijen: er is geen rij met een kolom Gemeente en ten minste twee andere herkende kolommen (zoals Periode, Taakstelling, Achterstand begin)." +
    (gezien.length === 0
      ? " De eerste rijen bevatten geen tekst."
      : ` Gezien: ${gezien
          .map((k) => `"${k.kop}" (${k.cel}${k.lijktOp ? `, lijkt op ${k.lijktOp}` : ", geen veld"})`)
          .join(
            "; ",
          )}. Geef de kolommen een herkenbare kop of wijs ze toe (in het taakvenster, of met --kolom "KOP=veld").`),
  kolomAnderePeriode: (kop: string, cel: string, periode: string, bladPeriode: string): string =>
    `Kolom "${kop}" (${cel}) hoort bij periode ${periode}; het blad gaat over ${bladPeriode}. De kolom wordt niet gelezen.`,
  kolomAchterstandZonderDatum: (kop: string, cel: string): string =>
    `Kolom "${kop}" (${cel}) noemt een achterstand zonder datum of begin/eind; de controle leest haar niet. Zet de peildatum in de kop ("Achterstand 1 juli 2022") of schrijf "begin" of "eind".`,
  kolomDatumBuitenPeriode: (kop: string, cel: string, periode: string): string =>
    `Kolom "${kop}" (${cel}) noemt een datum buiten periode ${periode}; voor die periode leest de controle deze kolom niet.`,
  kolomVerborgen: (kop: string, cel: string): string =>
    `Kolom "${kop}" (${cel}) is verborgen; de controle leest haar wel.`,
  versnellingsblad: (aantal: number): string =>
    `Dit blad is een lijst voor de versnelling (achterstand en opdracht, zonder taakstelling of realisatie): alleen de vergelijking van regel 8 wordt berekend, over ${aantal} ${aantal === 1 ? "gemeente" : "gemeenten"}.`,
  volgendeTotaalopgaveWijktAf: (
    cel: string,
    periode: string,
    opgegeven: number,
    berekend: number,
    som: string,
  ): string =>
    `Totaalopgave ${periode} in ${cel} is ${g(opgegeven)}, berekend ${g(berekend)} (${som}; de nieuwe periode begint met de achterstand eind van deze periode).`,
  geenRuimteRechts: (cel: string, nodig: number): string =>
    `De kopregel loopt tot ${cel}, bij de laatste kolom van Excel (XFD): rechts is geen plaats voor de ${nodig} IBT-kolommen. De controle werkt wel; om de uitkomsten terug te schrijven moeten er kolommen weg of naar links.`,
  kolomOntbreekt: (label: string, kopRij: number, gevolg: string): string =>
    `Kolom ${label} ontbreekt in de kopregel (rij ${kopRij}); ${gevolg}`,
  kolomDubbel: (label: string, eerste: string): string =>
    `Kolom ${label} staat er twee keer in (eerst in ${eerste}); alleen de eerste wordt gelezen.`,
  ongeldig: (label: string, cel: string, bericht: string): string =>
    `${label} in ${cel}: ${alsZinsdeel(bericht)}`,
  leeg: (label: string, cel: string, gevolg: string): string => `${label} in ${cel} is leeg; ${gevolg}`,
  gemeenteLeeg: (cel: string): string =>
    `Gemeente in ${cel} is leeg, terwijl de rij wel cijfers heeft; de rij wordt berekend maar telt niet mee in historie en samenvatting.`,
  datumInAantal: (label: string, cel: string, datum: string): string =>
    `${label} in ${cel} is een datum (${datum}), geen aantal personen; de cel telt niet mee. Typ het aantal als getal of geef de cel een getalnotatie.`,
  taakstellingNegatief: (cel: string, n: number): string =>
    `Taakstelling in ${cel} is ${g(n)}; een taakstelling is 0 of meer personen.`,
  dubbeleRij: (gemeente: string, periode: string | null, eersteRij: number, eersteNaam?: string): string =>
    `${gemeente}${periode ? ` ${periode}` : ""} staat er twee keer in (eerst in rij ${eersteRij}${eersteNaam !== undefined && eersteNaam !== gemeente ? ` als "${eersteNaam}", dezelfde gemeente` : ""}); alleen rij ${eersteRij} telt mee in de historie en de samenvatting.`,
  gemeenteOnbekend: (naam: string, cel: string, jaar: number, voorstellen: readonly string[]): string =>
    `Gemeente "${naam}" in ${cel} staat niet in de lijst van gemeenten van ${jaar}; ${
      voorstellen.length > 0
        ? `bedoelt u ${voorstellen.slice(0, -1).join(", ")}${voorstellen.length > 1 ? " of " : ""}${voorstellen[voorstellen.length - 1]}?`
        : "de rij wordt wel gecontroleerd."
    }`,
  periodeBladOnbekend:
    "Het blad heeft geen kolom Periode en de titelregels en de bladnaam noemen geen periode: de periode is onbekend. Ketens, peildatumkolommen en de vorige periode worden niet gebruikt.",
  periodeJaarOnbekend: (helft: 1 | 2, begin: string, eind: string): string =>
    `Het blad heeft geen kolom Periode en noemt geen jaar: ${begin} en ${eind} maken het een ${helft === 1 ? "eerste" : "tweede"} helft van een onbekend jaar. Alles wordt berekend, maar ketens en de vorige periode worden niet gebruikt.`,
  geenBeginPeildatum: (periode: string, peildatum: string): string =>
    `Geen achterstand begin voor ${periode}: het blad heeft geen kolom Achterstand begin of Totaalopgave en geen peildatumkolom voor ${peildatum}; de totaalopgave, de achterstand eind en de trede zijn niet te berekenen.`,
  periodeUitTitel: (periode: string, bron: string): string =>
    `Geen kolom Periode: het blad gaat over ${periode} (gelezen uit ${bron}).`,
  totaalopgaveWijktAf: (opgegeven: number, berekend: number, som: string, oorzaak: VerschilOorzaak): string =>
    `Totaalopgave is ${g(opgegeven)}, berekend ${g(berekend)} (${som}).${oorzaakTekst(oorzaak)}`,
  achterstandWijktAf: (
    opgegeven: number,
    berekend: number,
    totaalopgave: number,
    gerealiseerd: number,
    oorzaak: VerschilOorzaak,
  ): string => achterstandBasis(opgegeven, berekend, totaalopgave, gerealiseerd) + oorzaakTekst(oorzaak),
  achterstandIsGecorrigeerd: (
    opgegeven: number,
    berekend: number,
    totaalopgave: number,
    gerealiseerd: number,
    naRegistratie: number,
  ): string =>
    `${achterstandBasis(opgegeven, berekend, totaalopgave, gerealiseerd)} De opgegeven waarde is de achterstand na correctie voor na-registratie (${g(naRegistratie)}); de volgende periode begint bij de geregistreerde achterstand (regel 3).`,
  realisatieWijktAf: (
    label: string,
    opgegeven: number,
    berekend: number,
    teller: number,
    deler: string,
    n: number,
  ): string =>
    `${label} is ${formatProcent(opgegeven)}, berekend ${formatProcent(berekend)} (gerealiseerd ${g(teller)} / ${deler} ${g(n)}).`,
  tredeWijktAf: (opgegeven: number, berekend: number, reden: string): string =>
    `Trede is ${opgegeven}, berekend ${berekend} (${reden}).`,
  tredeVastgesteld: (berekend: number, vastgesteld: number, reden: string | null): string =>
    alsZin(
      `Trede berekend ${berekend}, vastgesteld ${vastgesteld}${reden === null ? " (zonder reden)" : `: ${reden}`}`,
    ),
  tredeBevroren: (
    vastgesteld: number,
    vorige: number | null,
    berekend: number | null,
    reden: string | null,
  ): string => {
    const kern =
      berekend !== null && berekend !== vastgesteld
        ? `Trede berekend ${berekend}, vastgesteld ${vastgesteld}, bevroren`
        : `Trede ${vastgesteld} bevroren`;
    const bij = vorige === null ? "" : ` (vorige periode ${vorige})`;
    return alsZin(`${kern}${bij}${reden === null ? "" : `: ${reden}`}`);
  },
  besluitZonderReden: (cel: string, vastgesteld: number, heeftKolom: boolean): string =>
    `Vastgestelde trede ${vastgesteld} in ${cel} heeft geen reden; ${
      heeftKolom ? "vul de reden van het besluit in" : "het blad heeft geen kolom Reden besluit"
    }.`,
  redenZonderBesluit: (cel: string): string =>
    `Reden besluit in ${cel} hoort bij geen vastgestelde trede (die cel is leeg); de reden wordt niet gebruikt.`,
  bevrorenZonderVorige: 'Alleen "bevroren", maar de trede van de vorige periode is niet bekend.',
  geenReden: (invoer: string): string => `${invoer} is geen tekst; een reden is een tekst.`,
  vorigeTredeWijktAf: (opgegeven: number, berekend: number, periode: string, rij: number): string =>
    `Vorige trede is ${opgegeven}, maar de trede van ${periode} (rij ${rij}) is ${berekend}; de opgegeven vorige trede wordt gebruikt.`,
  tredeReden: (achterstand: number, taakstelling: number, vorige: number | null): string => {
    if (achterstand <= 0) return `geen achterstand: ${g(achterstand)}`;
    if (achterstand < taakstelling)
      return `achterstand ${g(achterstand)} is kleiner dan de taakstelling ${g(taakstelling)}`;
    return `achterstand ${g(achterstand)} is minstens de taakstelling ${g(taakstelling)}, ${
      vorige === null ? "geen vorige trede bekend" : `vorige trede ${vorige}`
    }`;
  },
  ketenBreuk: (
    periode: string,
    begin: number,
    rij: number,
    vorige: string,
    eind: number,
    vorigeRij: number,
    isGecorrigeerd: boolean,
  ): string =>
    `Achterstand begin ${periode} is ${g(begin)} (rij ${rij}), maar de achterstand eind ${vorige} is ${g(eind)} (rij ${vorigeRij}).${
      isGecorrigeerd
        ? " Dat is de gecorrigeerde achterstand; de nieuwe periode begint bij de geregistreerde achterstand (regel 3)."
        : ""
    }`,
  herverdelingNietNul: (periode: string | null, som: number): string =>
    `De herverdelingen${periode ? ` in ${periode}` : ""} tellen op tot ${som > 0 ? "+" : ""}${g(som)} in plaats van 0. Wat de ene gemeente overneemt, geeft een andere af (Huisvestingswet art. 29 lid 2); controleer of alle betrokken gemeenten op het blad staan.`,
  tredeCorrectieVerschil: (trede: number, ongecorrigeerd: number, naRegistratie: number): string =>
    `Met de gecorrigeerde achterstand trede ${trede}, zonder correctie trede ${ongecorrigeerd} (na-registratie ${g(naRegistratie)}).`,
  delerNul: (deler: "taakstelling" | "totaalopgave", n: number): string =>
    deler === "taakstelling"
      ? `Realisatie taakstelling is niet te berekenen: de taakstelling is ${g(n)}.`
      : `Realisatie totaalopgave is niet te berekenen: de totaalopgave is ${g(n)} (niet groter dan 0).`,
  totaalrijWijktAf: (label: string, cel: string, waarde: number, som: number, aantal: number): string =>
    `Totaal ${label} in ${cel} is ${g(waarde)}, maar de som van de ${aantal} ${aantal === 1 ? "gemeente" : "gemeenten"} erboven is ${g(som)}.`,
  geenPercentage: (invoer: string): string => `${invoer} is geen percentage.`,
  gerealiseerdLeeg: (cel: string): string =>
    `Gerealiseerd in ${cel} is leeg, terwijl andere gemeenten in deze periode wel een realisatie hebben; alleen de totaalopgave is berekend.`,
  gerealiseerdAfgeleid: (aantal: number): string =>
    `Er is geen gerealiseerd aantal: voor ${aantal} ${aantal === 1 ? "rij" : "rijen"} is het afgeleid als totaalopgave - achterstand eind.`,
  tussenstand: (gerealiseerd: number, meetdatum: Date): string =>
    `Gerealiseerd ${g(gerealiseerd)} is een tussenstand op ${formatPeildatum(meetdatum)}: achterstand eind en trede volgen na de peildatum (zie de prognose).`,
  correctiedatumTeVroeg: (cel: string, datum: Date, periode: string, eind: string): string =>
    `Correctiedatum in ${cel} is ${formatPeildatum(datum)}, maar dat is niet na het einde van ${periode} (${eind}); de gecorrigeerde achterstand wordt na de peildatum gemeten. De brieftabel noemt deze datum niet.`,
  correctiedatumZonderNaRegistratie: (cel: string, datum: Date): string =>
    `Correctiedatum in ${cel} is ${formatPeildatum(datum)}, maar de rij heeft geen na-registratie: er is geen gecorrigeerde achterstand, de datum wordt niet gebruikt.`,
  geenOpdracht: (gemeente: string, periode: string): string =>
    `${gemeente} heeft geen opdracht versnelling in ${periode}; gerekend met 0.`,
  opdrachtZonderAchterstand: (
    gemeente: string,
    opdracht: number,
    achterstand: number,
    gecorrigeerd: boolean,
  ): string =>
    `${gemeente} heeft een opdracht versnelling van ${g(opdracht)}, maar de ${gecorrigeerd ? "gecorrigeerde" : "geregistreerde"} achterstand is ${
      achterstand < 0 ? `${g(achterstand)} (een voorsprong van ${g(-achterstand)})` : g(achterstand)
    }: zonder achterstand zijn aandeel en verhouding niet te berekenen (regel 8), en ${gemeente} telt niet mee in de verdeling.`,
  opdrachtAchterstandOnbekend: (gemeente: string, opdracht: number): string =>
    `${gemeente} heeft een opdracht versnelling van ${g(opdracht)}, maar de achterstand is onbekend: aandeel en verhouding zijn niet te berekenen (regel 8), en ${gemeente} telt niet mee in de verdeling.`,
} as const;

/** Texts of the write plan and the new sheets. */
export const uitvoerTeksten = {
  ja: "ja",
  nee: "nee",
  vergelijkingBlad: "IBT Vergelijking",
  vergelijkingTitel: (perioden: string): string =>
    `Vergelijking opdracht versnelling en achterstand${perioden}`,
  vergelijkingKoppen: [
    "Gemeente",
    "Opdracht per achterstand",
    "Achterstand",
    "Opdracht",
    "Aandeel opdracht",
    "Aandeel achterstand",
    "Verhouding",
    "Evenredige opdracht",
    "Verschil",
    "Opmerking",
  ],
  grafiekTitel: "Opdracht per achterstand",
  /** Header note of the versnelling columns of the write plan (which backlog rule 8 used). */
  versnellingNotitieTitel: "IBT Huisvesting",
  versnellingNotitie: (gecorrigeerd: boolean): string =>
    gecorrigeerd
      ? "Berekend met de gecorrigeerde achterstand (na na-registratie), over de gemeenten van dezelfde periode met een opdracht en een achterstand (regel 8)."
      : "Berekend met de geregistreerde achterstand, over de gemeenten van dezelfde periode met een opdracht en een achterstand (regel 8).",
  verhoudingTitel: "Verhouding per gemeente, van hoog naar laag (1 = evenredig met de achterstand)",
  verhoudingKoppen: ["Gemeente", "Verhouding", "Evenredig"],
  verhoudingGrafiekTitel: "Verhouding aandeel opdracht / aandeel achterstand (lijn: 1 = evenredig)",
  brieftabelBlad: (gemeente: string, periode: string): string => `IBT Brief ${gemeente} ${periode}`,
  brieftabelTitel: (gemeente: string, periode: string): string =>
    `Cijfers toezichtbrief ${gemeente}, ${periode}`,
  brieftabelKoppen: ["Onderdeel", "Waarde"],
} as const;
