/**
 * Excel custom functions in namespace IBT (the manifest sets the namespace).
 *
 * Each function takes single cells or equal-height column ranges and returns a matrix that Excel
 * spills; the checking, broadcasting and error mapping live in ./argumenten.ts, the rules in
 * src/domain. functions.json is generated from the JSDoc below by custom-functions-metadata-plugin,
 * which also appends `CustomFunctions.associate("ID", functie)` for every function to this file in the
 * webpack build (as in Microsoft's Excel-Custom-Functions template). This module must not import
 * anything outside src/domain and src/functions: it is a bundle of its own.
 */
import {
  beginPeildatum,
  bepaalEscalatie,
  bepaalTrede,
  benodigdTempo,
  berekenAchterstandEind,
  berekenRealisatie,
  berekenTotaalopgave,
  berekenTotaalopgaveInclExtra,
  berekenWettelijkeTaakstelling,
  eindPeildatum,
  formatPeriode,
  gelukt,
  maakVerhouding,
  mislukt,
  prognoseGerealiseerd,
  tredeNaam,
  type Resultaat,
} from "../domain";
import {
  leesAantal,
  leesAantalNietNegatief,
  leesAchterstand,
  leesDatum,
  leesLijsten,
  leesPeriode,
  leesTaakstelling,
  leesTrede,
  leesWaarOnwaar,
  naarExcelDatum,
  optioneel,
  perCel,
  vast,
  verplicht,
} from "./argumenten";
import { meldingen } from "./meldingen";

/**
 * The runtime global the metadata plugin's appended `CustomFunctions.associate(...)` calls use. Declared
 * here, for this module only, because the project does not ship @types/custom-functions-runtime.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
declare const CustomFunctions: { associate(id: string, functie: (...args: never[]) => unknown): void };

/**
 * Totaalopgave van een periode: taakstelling + achterstand op de begin-peildatum + herverdeling (+ extra opgave).
 * @customfunction TOTAALOPGAVE
 * @helpurl https://localhost:3000/help/totaalopgave.html
 * @param taakstelling Taakstelling van de periode (aantal personen, 0 of meer). Een cel of een kolom.
 * @param achterstand Achterstand op de begin-peildatum (negatief = voorsprong). Een cel of een kolom.
 * @param [herverdeling] Herverdeling in deze periode: + overgenomen, - overgedragen. Leeg = 0.
 * @param [extra_opgave] Vrijwillige extra opgave bovenop de totaalopgave (0 of meer). Leeg = 0.
 * @returns Totaalopgave in personen.
 */
export function totaalopgave(
  taakstelling: unknown[][],
  achterstand: unknown[][],
  herverdeling?: unknown[][],
  extra_opgave?: unknown[][],
): unknown[][] {
  return perCel(
    [
      verplicht("taakstelling", taakstelling, leesTaakstelling),
      verplicht("achterstand", achterstand, leesAchterstand),
      optioneel("herverdeling", herverdeling, leesAantal, 0),
      optioneel("extra_opgave", extra_opgave, leesAantalNietNegatief, 0),
    ],
    (ts, a, h, e) => gelukt(berekenTotaalopgaveInclExtra(berekenTotaalopgave(ts, a, h), e)),
    { uitkomst: "aantal" },
  );
}

/**
 * Achterstand op de eind-peildatum: totaalopgave - gerealiseerd (- na-registratie). Negatief = voorsprong.
 * @customfunction ACHTERSTAND
 * @helpurl https://localhost:3000/help/achterstand.html
 * @param totaalopgave Totaalopgave van de periode. Een cel of een kolom.
 * @param gerealiseerd Gehuisveste personen in de periode, zoals geregistreerd in TVS (0 of meer).
 * @param [na_registratie] Personen gehuisvest in de periode maar pas na de peildatum geregistreerd. Leeg = 0.
 * @returns Achterstand in personen (negatief = voorsprong).
 */
export function achterstand(
  totaalopgave: unknown[][],
  gerealiseerd: unknown[][],
  na_registratie?: unknown[][],
): unknown[][] {
  return perCel(
    [
      verplicht("totaalopgave", totaalopgave, leesAantal),
      verplicht("gerealiseerd", gerealiseerd, leesAantalNietNegatief),
      optioneel("na_registratie", na_registratie, leesAantalNietNegatief, 0),
    ],
    (to, r, n) => gelukt(berekenAchterstandEind(to, r, n)),
    { uitkomst: "aantal" },
  );
}

/**
 * Realisatie als breuk: gerealiseerd / opgave (0,25 = 25%; kan boven 1 uitkomen). Maak de cel op als percentage.
 * @customfunction REALISATIE_PCT
 * @helpurl https://localhost:3000/help/realisatie_pct.html
 * @param gerealiseerd Gehuisveste personen in de periode, zoals geregistreerd in TVS (0 of meer).
 * @param opgave Taakstelling, totaalopgave of totaalopgave inclusief extra opgave (groter dan 0).
 * @returns Realisatie als breuk; #DEEL/0! bij een opgave van 0 of minder.
 */
export function realisatiePct(gerealiseerd: unknown[][], opgave: unknown[][]): unknown[][] {
  return perCel(
    [
      verplicht("gerealiseerd", gerealiseerd, leesAantalNietNegatief),
      verplicht("opgave", opgave, leesAantal),
    ],
    (r, o) => berekenRealisatie(r, o),
  );
}

/**
 * Trede op de IBT-interventieladder (1-6) na een periode, uit de achterstand aan het eind en de taakstelling.
 * @customfunction TREDE
 * @helpurl https://localhost:3000/help/trede.html
 * @param achterstand Achterstand op de eind-peildatum; gebruik de gecorrigeerde als die er is.
 * @param taakstelling Taakstelling van dezelfde periode (zonder herverdeling en extra opgave).
 * @param [vorige_trede] Trede na de vorige periode (1-6). Leeg = onbekend.
 * @returns Trede 1 tot en met 6.
 */
export function trede(
  achterstand: unknown[][],
  taakstelling: unknown[][],
  vorige_trede?: unknown[][],
): unknown[][] {
  return perCel(
    [
      verplicht("achterstand", achterstand, leesAchterstand),
      verplicht("taakstelling", taakstelling, leesTaakstelling),
      optioneel("vorige_trede", vorige_trede, leesTrede, null),
    ],
    (a, ts, vorige) => gelukt(bepaalTrede(a, ts, vorige)),
  );
}

/**
 * Naam van een trede van de interventieladder, bijvoorbeeld 3 = Actief toezicht.
 * @customfunction TREDE_NAAM
 * @helpurl https://localhost:3000/help/trede_naam.html
 * @param trede Trede 1 tot en met 6.
 * @returns Naam van de trede.
 */
export function tredeNaamFunctie(trede: unknown[][]): unknown[][] {
  return perCel([verplicht("trede", trede, leesTrede)], (t) => gelukt(tredeNaam(t)));
}

/**
 * Vergelijkt een trede met de vorige: Opschalen, Afschalen of Gelijk.
 * @customfunction ESCALATIE
 * @helpurl https://localhost:3000/help/escalatie.html
 * @param vorige_trede Trede na de vorige periode (1-6).
 * @param trede Trede na deze periode (1-6).
 * @returns Opschalen, Afschalen of Gelijk.
 */
export function escalatie(vorige_trede: unknown[][], trede: unknown[][]): unknown[][] {
  return perCel(
    [verplicht("vorige_trede", vorige_trede, leesTrede), verplicht("trede", trede, leesTrede)],
    (vorige, t) => gelukt(bepaalEscalatie(vorige, t)),
  );
}

/**
 * Periode (halfjaar) als standaardlabel zoals 2022-1, uit een datum of een label als 2022-I of 1e helft 2022.
 * @customfunction PERIODE
 * @helpurl https://localhost:3000/help/periode.html
 * @param datum_of_label Een datum binnen de periode of een periodelabel.
 * @returns Periodelabel jjjj-1 of jjjj-2.
 */
export function periode(datum_of_label: unknown[][]): unknown[][] {
  return perCel([verplicht("datum_of_label", datum_of_label, leesPeriode)], (p) => gelukt(formatPeriode(p)));
}

/**
 * Peildatum van een periode als Excel-datum: begin (1 januari of 1 juli) of, met einde = WAAR, het einde.
 * @customfunction PEILDATUM
 * @helpurl https://localhost:3000/help/peildatum.html
 * @param periode Periodelabel (2022-1, 2e helft 2021, ...) of een datum binnen de periode.
 * @param [einde] WAAR voor de eind-peildatum. Leeg = ONWAAR (begin-peildatum).
 * @returns Excel-datum (serieel getal).
 */
export function peildatum(periode: unknown[][], einde?: unknown[][]): unknown[][] {
  return perCel(
    [verplicht("periode", periode, leesPeriode), optioneel("einde", einde, leesWaarOnwaar, false)],
    (p, eind) => gelukt(naarExcelDatum(eind ? eindPeildatum(p) : beginPeildatum(p))),
  );
}

/**
 * Prognose van het aantal gehuisveste personen aan het eind van de periode bij gelijkblijvend tempo.
 * @customfunction PROGNOSE
 * @helpurl https://localhost:3000/help/prognose.html
 * @param gerealiseerd Gehuisveste personen in de periode tot de meetdatum (0 of meer).
 * @param periode Periodelabel (2022-2, ...) of een datum binnen de periode.
 * @param meetdatum Datum van de meting, na het begin en voor het einde van de periode.
 * @returns Verwacht aantal gehuisveste personen aan het eind van de periode.
 */
export function prognose(
  gerealiseerd: unknown[][],
  periode: unknown[][],
  meetdatum: unknown[][],
): unknown[][] {
  return perCel(
    [
      verplicht("gerealiseerd", gerealiseerd, leesAantalNietNegatief),
      verplicht("periode", periode, leesPeriode),
      verplicht("meetdatum", meetdatum, leesDatum),
    ],
    // Remembered per (gerealiseerd, periode, meetdatum): an overview measures every gemeente on one date,
    // so a column repeats the same few combinations and the date arithmetic runs once for each.
    (r, p, d) => prognoseGerealiseerd(r, p, d),
    { uitkomst: "aantal", onthoud: true },
  );
}

/**
 * Benodigd tempo: personen per maand die nog gehuisvest moeten worden om de opgave op tijd te halen.
 * @customfunction BENODIGD_TEMPO
 * @helpurl https://localhost:3000/help/benodigd_tempo.html
 * @param opgave Opgave voor de periode, meestal de totaalopgave.
 * @param gerealiseerd Gehuisveste personen in de periode tot de meetdatum (0 of meer).
 * @param periode Periodelabel (2022-2, ...) of een datum binnen de periode.
 * @param meetdatum Datum van de meting, na het begin en voor het einde van de periode.
 * @returns Personen per maand (niet afgerond).
 */
export function benodigdTempoFunctie(
  opgave: unknown[][],
  gerealiseerd: unknown[][],
  periode: unknown[][],
  meetdatum: unknown[][],
): unknown[][] {
  return perCel(
    [
      verplicht("opgave", opgave, leesAantal),
      verplicht("gerealiseerd", gerealiseerd, leesAantalNietNegatief),
      verplicht("periode", periode, leesPeriode),
      verplicht("meetdatum", meetdatum, leesDatum),
    ],
    (o, r, p, d) => benodigdTempo(o, r, p, d),
  );
}

/**
 * Versnelling: aandeel van de gemeente in de opdrachten gedeeld door haar aandeel in de achterstanden (1 = evenredig).
 * @customfunction VERSNELLING_VERHOUDING
 * @helpurl https://localhost:3000/help/versnelling_verhouding.html
 * @param opdracht Opdracht versnelling van de gemeente (personen, 0 of meer). Een cel of een kolom.
 * @param achterstand Achterstand van de gemeente (groter dan 0). Een cel of een kolom.
 * @param opdrachten Opdrachten van alle gemeenten in de groep (hele kolom, inclusief deze gemeente).
 * @param achterstanden Achterstanden van dezelfde gemeenten, in dezelfde volgorde.
 * @returns Verhouding aandeel opdracht / aandeel achterstand.
 */
export function versnellingVerhouding(
  opdracht: unknown[][],
  achterstand: unknown[][],
  opdrachten: unknown[][],
  achterstanden: unknown[][],
): unknown[][] {
  const lijsten = leesLijsten<number>(
    [
      { naam: "opdrachten", waarde: opdrachten },
      { naam: "achterstanden", waarde: achterstanden },
    ],
    (cel) => leesAantal(cel),
  );
  // Rule 8's sums once per call, not once per row: linear in the number of rows.
  const groep = lijsten.ok ? gelukt(maakVerhouding(lijsten.waarde[0], lijsten.waarde[1])) : lijsten;
  return perCel(
    [
      verplicht("opdracht", opdracht, leesAantalNietNegatief),
      verplicht("achterstand", achterstand, leesAchterstand),
      vast("groep", groep),
    ],
    (v, a, verhouding) => zonderAchterstandNietVanToepassing(verhouding(v, a), a),
  );
}

/**
 * A gemeente without backlog has no ratio: #N/A with a message about the `achterstand` argument,
 * prefixed like every other argument error (not a bare #DIV/0!, which cannot show a message).
 */
function zonderAchterstandNietVanToepassing(r: Resultaat<number>, achterstand: number): Resultaat<number> {
  if (r.ok || r.fout.code !== "geen-achterstand") return r;
  return mislukt({
    ...r.fout,
    soort: "ontbreekt",
    bericht: meldingen.metArgument("achterstand", meldingen.geenAchterstandVoorVerhouding(achterstand)),
  });
}

/**
 * Wettelijke taakstelling (Huisvestingswet art. 29): landelijk x inwoners gemeente / inwoners Nederland, naar boven afgerond.
 * @customfunction TAAKSTELLING
 * @helpurl https://localhost:3000/help/taakstelling.html
 * @param landelijk Landelijk aantal te huisvesten vergunninghouders in de periode.
 * @param inwoners_gemeente Aantal inwoners van de gemeente.
 * @param inwoners_nederland Aantal inwoners van Nederland.
 * @returns Taakstelling in personen.
 */
export function taakstelling(
  landelijk: unknown[][],
  inwoners_gemeente: unknown[][],
  inwoners_nederland: unknown[][],
): unknown[][] {
  return perCel(
    [
      verplicht("landelijk", landelijk, leesAantal),
      verplicht("inwoners_gemeente", inwoners_gemeente, leesAantal),
      verplicht("inwoners_nederland", inwoners_nederland, leesAantal),
    ],
    (l, g, nl) => berekenWettelijkeTaakstelling(l, g, nl),
    { uitkomst: "aantal" },
  );
}
