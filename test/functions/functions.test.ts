/**
 * The IBT custom functions through their wrappers, as Excel calls them: every argument a matrix
 * ([[v]] for one cell), results as a spilled matrix. Golden cases from docs/rekenregels.md (Leusden).
 */
import {
  achterstand,
  benodigdTempoFunctie,
  escalatie,
  peildatum,
  periode,
  prognose,
  realisatiePct,
  taakstelling,
  totaalopgave,
  trede,
  tredeNaamFunctie,
  versnellingVerhouding,
} from "../../src/functions/functions";
import fc from "fast-check";

/** One cell as Excel passes it. */
const c = (v: unknown): unknown[][] => [[v]];
/** A column as Excel passes it. */
const kol = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
/** The single result of a 1x1 call. */
const een = (m: unknown[][]): unknown => {
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
};
const waardeFout = (bericht: RegExp) =>
  expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(bericht) });
const ontbreekt = (bericht: RegExp) =>
  expect.objectContaining({ code: "#N/A", message: expect.stringMatching(bericht) });
const delingFout = { code: "#DIV/0!", message: undefined };

// Excel serials: 22-11-2022 = 44887, 1-1-2022 = 44562, 1-7-2022 = 44743, 1-1-2023 = 44927.
const NOV_22_2022 = 44887;

describe("TOTAALOPGAVE", () => {
  it("geeft #VALUE! met de parameternaam bij tekst die geen aantal is", () => {
    expect(een(totaalopgave(c("abc"), c(21)))).toEqual(waardeFout(/^taakstelling: .*"abc".*geen aantal/));
  });
  it("geeft #VALUE! met een Nederlandse uitleg bij een aantal boven een miljard, nooit Infinity", () => {
    expect(een(totaalopgave(c(1e308), c(1e308)))).toEqual(
      waardeFout(/^taakstelling: 1e\+308 is geen aantal personen: het valt buiten -1\.000\.000\.000/),
    );
    expect(een(achterstand(c(39), c("2000000000")))).toEqual(waardeFout(/^gerealiseerd: .*valt buiten/));
    expect(een(trede(c(-1e308), c(18)))).toEqual(waardeFout(/^achterstand: .*valt buiten/));
  });
  it("geeft #N/A (nooit 0) bij een lege verplichte cel", () => {
    expect(een(totaalopgave(c(""), c(21)))).toEqual(ontbreekt(/^taakstelling: Lege cel/));
    expect(een(totaalopgave(c(18), c(null)))).toEqual(ontbreekt(/^achterstand: Lege cel/));
  });
  it("weigert een negatieve taakstelling en een negatieve extra opgave", () => {
    expect(een(totaalopgave(c(-1), c(21)))).toEqual(waardeFout(/^taakstelling: .*negatief/));
    expect(een(totaalopgave(c(24), c(26), c(1), c(-11)))).toEqual(waardeFout(/^extra_opgave: .*negatief/));
  });
  it("behandelt weggelaten optionele argumenten (null en undefined) als 0", () => {
    expect(
      totaalopgave(c(18), c(21), null as unknown as unknown[][], null as unknown as unknown[][]),
    ).toEqual([[39]]);
    expect(totaalopgave(c(18), c(21), undefined, undefined)).toEqual([[39]]);
    expect(totaalopgave(c(18), c(21))).toEqual([[39]]);
  });
  it("leest aantallen als tekst, met eenheid en unicode-minteken", () => {
    expect(totaalopgave(c("18"), c("21 vergunninghouders"), c("\u22121"))).toEqual([[38]]);
  });
  it("telt een voorsprong (negatieve achterstand) af", () => {
    expect(totaalopgave(c(24), c(-3))).toEqual([[21]]);
  });
  it("reproduceert Leusden: 25, 38, 39, 51 en 62 met extra opgave", () => {
    expect(totaalopgave(c(24), c(1))).toEqual([[25]]);
    expect(totaalopgave(c(19), c(19))).toEqual([[38]]);
    expect(totaalopgave(c(18), c(21))).toEqual([[39]]);
    expect(totaalopgave(c(24), c(26), c(1))).toEqual([[51]]);
    expect(totaalopgave(c(24), c(26), c(1), c(11))).toEqual([[62]]);
  });
  it("geeft voor kolommen een gelijk hoge gemorste kolom", () => {
    expect(totaalopgave(kol(24, 19, 18, 24), kol(1, 19, 21, 26), kol(0, 0, 0, 1))).toEqual([
      [25],
      [38],
      [39],
      [51],
    ]);
  });
  it("rekent 7.000 rijen in één aanroep", () => {
    const n = 7000;
    const ts = Array.from({ length: n }, (_, i) => [i % 30]);
    const a = Array.from({ length: n }, (_, i) => [(i % 11) - 5]);
    const uit = totaalopgave(ts, a, c(1));
    expect(uit).toHaveLength(n);
    expect(uit.every((rij, i) => rij.length === 1 && rij[0] === (i % 30) + (i % 11) - 5 + 1)).toBe(true);
  });
  it("morst bij hele kolommen (B:B; C:C) alleen tot de laatste ingevulde rij", () => {
    const heleKolom = (...gevuld: unknown[]): unknown[][] => {
      const kolom: unknown[][] = new Array<unknown[]>(1_048_576).fill([""]);
      gevuld.forEach((v, i) => (kolom[i] = [v]));
      return kolom;
    };
    // The time this takes is measured by `npm run bench`, not asserted here.
    const uit = totaalopgave(heleKolom(24, 19, 18), heleKolom(1, 19, 21), heleKolom(), heleKolom());
    expect(uit).toHaveLength(3);
    expect(uit).toEqual([[25], [38], [39]]);
    expect(een(totaalopgave(heleKolom(), heleKolom()))).toEqual(
      ontbreekt(/^taakstelling en achterstand zijn helemaal leeg/),
    );
  });
  it("past een enkele cel toe op elke rij van een kolom", () => {
    expect(totaalopgave(kol(24, 19, 18), c(10))).toEqual([[34], [29], [28]]);
  });
  it("gebruikt 0 voor lege cellen in een optionele kolom", () => {
    expect(totaalopgave(kol(24, 24), kol(26, 26), kol("", 1), kol(null, 11))).toEqual([[50], [62]]);
  });
  it("geeft een fout alleen in de cel met slechte invoer", () => {
    const uit = totaalopgave(kol(24, "abc", 18, ""), kol(1, 19, 21, 5));
    expect(uit).toHaveLength(4);
    expect(uit[0]).toEqual([25]);
    expect(uit[1][0]).toEqual(waardeFout(/taakstelling/));
    expect(uit[2]).toEqual([39]);
    expect(uit[3][0]).toEqual(ontbreekt(/Lege cel/));
  });
  it("geeft één #VALUE! met uitleg bij kolommen van ongelijke hoogte", () => {
    expect(een(totaalopgave(kol(24, 19, 18), kol(1, 19)))).toEqual(
      waardeFout(/niet even groot: taakstelling heeft 3 rijen, achterstand heeft 2 rijen/),
    );
  });
  it("geeft een Excel-fout in de invoer door", () => {
    expect(een(totaalopgave(c({ code: "#N/A" }), c(1)))).toEqual(
      ontbreekt(/^taakstelling: Excel-fout #N\/B \(#N\/A, niet beschikbaar\)/),
    );
    expect(een(totaalopgave(c({ code: "#REF!" }), c(1)))).toEqual(waardeFout(/#REF!/));
  });
});

describe("ACHTERSTAND", () => {
  it("weigert een negatief aantal gerealiseerd en tekst", () => {
    expect(een(achterstand(c(25), c(-6)))).toEqual(waardeFout(/^gerealiseerd: .*negatief/));
    expect(een(achterstand(c(25), c("zes")))).toEqual(waardeFout(/^gerealiseerd:/));
    expect(een(achterstand(c(25), c(6), c(2.5)))).toEqual(waardeFout(/^na_registratie: .*geen geheel/));
  });
  it("geeft #N/A bij een lege totaalopgave", () => {
    expect(een(achterstand(c(null), c(6)))).toEqual(ontbreekt(/^totaalopgave: Lege cel/));
  });
  it("reproduceert Leusden geregistreerd: 19, 21, 26", () => {
    expect(achterstand(kol(25, 38, 39), kol(6, 17, 13))).toEqual([[19], [21], [26]]);
  });
  it("reproduceert Leusden gecorrigeerd voor na-registratie: 15 en 18", () => {
    expect(achterstand(c(38), c(17), c(6))).toEqual([[15]]);
    expect(achterstand(c(39), c(13), c(8))).toEqual([[18]]);
    expect(achterstand(kol(25, 38, 39), kol(6, 17, 13), kol(null, 6, 8))).toEqual([[19], [15], [18]]);
  });
  it("behandelt na_registratie null en undefined als 0", () => {
    expect(achterstand(c(38), c(17), null as unknown as unknown[][])).toEqual([[21]]);
    expect(achterstand(c(38), c(17), undefined)).toEqual([[21]]);
  });
  it("geeft een negatieve uitkomst bij een voorsprong", () => {
    expect(achterstand(c(20), c(23))).toEqual([[-3]]);
  });
});

describe("REALISATIE_PCT", () => {
  it("geeft #DIV/0! zonder bericht bij een opgave van 0 of minder", () => {
    expect(een(realisatiePct(c(5), c(0)))).toEqual(delingFout);
    expect(een(realisatiePct(c(5), c(-2)))).toEqual(delingFout);
  });
  it("geeft #N/A bij een lege opgave en #VALUE! bij tekst", () => {
    expect(een(realisatiePct(c(5), c("")))).toEqual(ontbreekt(/^opgave: Lege cel/));
    expect(een(realisatiePct(c("veel"), c(24)))).toEqual(waardeFout(/^gerealiseerd:/));
  });
  it("geeft de exacte breuk: 6/24 = 0,25; 13/18; 33/24 = 1,375; 33/50 = 0,66", () => {
    expect(realisatiePct(c(6), c(24))).toEqual([[0.25]]);
    expect(realisatiePct(c(13), c(18))).toEqual([[13 / 18]]);
    expect(realisatiePct(c(33), c(24))).toEqual([[1.375]]);
    expect(realisatiePct(c(33), c(50))).toEqual([[0.66]]);
  });
  it("rekent een kolom per rij uit, met #DIV/0! alleen in de rij met opgave 0", () => {
    const uit = realisatiePct(kol(6, 17, 13, 4), kol(25, 38, 39, 0));
    expect(uit.slice(0, 3)).toEqual([[6 / 25], [17 / 38], [13 / 39]]);
    expect(uit[3][0]).toEqual(delingFout);
  });
});

describe("TREDE", () => {
  it("weigert een ongeldige vorige trede en een lege achterstand", () => {
    expect(een(trede(c(19), c(24), c(7)))).toEqual(waardeFout(/^vorige_trede: 7 is geen trede/));
    expect(een(trede(c(""), c(24)))).toEqual(ontbreekt(/^achterstand: Lege cel/));
  });
  it("geeft trede 1 zonder achterstand en 2 bij een achterstand kleiner dan de taakstelling", () => {
    expect(trede(kol(0, -4, 5), c(18))).toEqual([[1], [1], [2]]);
  });
  it("geeft trede 3 als de achterstand gelijk is aan de taakstelling en er geen vorige trede is", () => {
    expect(trede(c(18), c(18))).toEqual([[3]]);
  });
  it("behandelt een weggelaten vorige trede (null, undefined, lege cel) als onbekend", () => {
    expect(trede(c(21), c(19), null as unknown as unknown[][])).toEqual([[3]]);
    expect(trede(c(21), c(19), undefined)).toEqual([[3]]);
    expect(trede(c(21), c(19), c(""))).toEqual([[3]]);
  });
  it("schaalt op vanaf de vorige trede bij een blijvende achterstand", () => {
    expect(trede(kol(30, 30, 30, 30), c(18), kol(3, 4, 5, 6))).toEqual([[4], [5], [6], [6]]);
  });
  it("reproduceert Leusden: 2 (vorige 1), 2 (vorige 2, gecorrigeerd), 3 (vorige 2)", () => {
    expect(trede(c(19), c(24), c(1))).toEqual([[2]]);
    expect(trede(c(15), c(19), c(2))).toEqual([[2]]);
    expect(trede(c(18), c(18), c(2))).toEqual([[3]]);
    expect(trede(kol(19, 15, 18), kol(24, 19, 18), kol(1, 2, 2))).toEqual([[2], [2], [3]]);
  });
  it("reproduceert Leusden 2021-2 zonder correctie: trede 3", () => {
    expect(trede(c(21), c(19))).toEqual([[3]]);
  });
});

describe("TREDE_NAAM en ESCALATIE", () => {
  it("weigert een trede buiten 1-6", () => {
    expect(een(tredeNaamFunctie(c(0)))).toEqual(waardeFout(/^trede: 0 is geen trede/));
    expect(een(escalatie(c(2), c("zeven")))).toEqual(waardeFout(/^trede:/));
  });
  it("geeft de namen van de treden", () => {
    expect(tredeNaamFunctie(kol(1, 2, 3, 4, 5, 6))).toEqual([
      ["Signaleren"],
      ["Informatie opvragen en valideren"],
      ["Actief toezicht"],
      ["Vooraankondiging juridische interventie"],
      ["Besluit tot indeplaatsstelling"],
      ["Sanctie uitvoeren"],
    ]);
  });
  it("reproduceert Leusden: Opschalen 1 -> 2, Gelijk 2 -> 2, Opschalen 2 -> 3; en Afschalen", () => {
    expect(escalatie(kol(1, 2, 2, 4), kol(2, 2, 3, 2))).toEqual([
      ["Opschalen"],
      ["Gelijk"],
      ["Opschalen"],
      ["Afschalen"],
    ]);
  });
});

describe("PERIODE en PEILDATUM", () => {
  it("weigert een onbekend label en een jaartal als getal", () => {
    expect(een(periode(c("2022-3")))).toEqual(waardeFout(/^datum_of_label: Onbekende periode/));
    expect(een(periode(c(2022)))).toEqual(waardeFout(/^datum_of_label: 2022 is als datum 1905-07-14/));
    expect(een(periode(c(null)))).toEqual(ontbreekt(/Lege cel/));
  });
  it("geeft het standaardlabel voor elke variant uit de rekenregels", () => {
    const labels = ["2022-1", "2022-I", "2022 I", "2022/1", "2022-H1", "1e helft 2022", "eerste helft 2022"];
    expect(periode(kol(...labels))).toEqual(labels.map(() => ["2022-1"]));
    const tweede = ["2021-II", "2021-2", "2e helft 2021", "tweede helft 2021"];
    expect(periode(kol(...tweede))).toEqual(tweede.map(() => ["2021-2"]));
  });
  it("geeft de periode van een Excel-datum en van een datumtekst", () => {
    expect(periode(kol(NOV_22_2022, 44562, 44743, "22-11-2022"))).toEqual([
      ["2022-2"],
      ["2022-1"],
      ["2022-2"],
      ["2022-2"],
    ]);
  });
  it("geeft de begin-peildatum als Excel-datum; einde weggelaten of ONWAAR = begin", () => {
    expect(peildatum(c("2022-1"))).toEqual([[44562]]);
    expect(peildatum(c("2022-1"), null as unknown as unknown[][])).toEqual([[44562]]);
    expect(peildatum(c("2022-2"), c(false))).toEqual([[44743]]);
  });
  it("geeft met einde = WAAR de eind-peildatum (1 juli of 1 januari van het volgende jaar)", () => {
    expect(peildatum(kol("2022-1", "2022-2"), c(true))).toEqual([[44743], [44927]]);
  });
  it("weigert een einde dat geen WAAR of ONWAAR is", () => {
    expect(een(peildatum(c("2022-1"), c("ja")))).toEqual(waardeFout(/^einde: "ja" is geen WAAR of ONWAAR/));
  });
});

describe("PROGNOSE en BENODIGD_TEMPO", () => {
  it("geeft #N/A met uitleg als de meetdatum buiten de periode ligt", () => {
    expect(een(prognose(c(33), c("2022-2"), c(44743)))).toEqual(ontbreekt(/niet binnen de periode/));
    expect(een(benodigdTempoFunctie(c(51), c(33), c("2022-1"), c(NOV_22_2022)))).toEqual(
      ontbreekt(/niet binnen/),
    );
  });
  it("geeft #VALUE! bij een meetdatum die geen datum is en #N/A bij een lege", () => {
    expect(een(prognose(c(33), c("2022-2"), c("gisteren")))).toEqual(waardeFout(/^meetdatum: .*geen datum/));
    expect(een(prognose(c(33), c("2022-2"), c("")))).toEqual(ontbreekt(/^meetdatum: Lege cel/));
  });
  it("reproduceert Leusden 2022-2 op 22 november 2022 met 33 gerealiseerd: prognose 42", () => {
    expect(prognose(c(33), c("2022-2"), c(NOV_22_2022))).toEqual([[42]]);
    expect(prognose(c(33), c("2e helft 2022"), c("22-11-2022"))).toEqual([[42]]);
  });
  it("geeft het benodigde tempo: (51 - 33) / (40 dagen / 30,4375) personen per maand", () => {
    expect(benodigdTempoFunctie(c(51), c(33), c("2022-2"), c(NOV_22_2022))).toEqual([
      [18 / (40 / (365.25 / 12))],
    ]);
  });
  it("geeft tempo 0 als de opgave al gehaald is", () => {
    expect(benodigdTempoFunctie(c(30), c(33), c("2022-2"), c(NOV_22_2022))).toEqual([[0]]);
  });
  it("rekent een kolom gemeenten met één meetdatum en periode", () => {
    expect(prognose(kol(33, 0, 10), c("2022-2"), c(NOV_22_2022))).toEqual([
      [42],
      [0],
      [Math.floor((10 * 184) / 144)],
    ]);
  });
});

describe("VERSNELLING_VERHOUDING", () => {
  const opdrachten = kol(45, 17, 35);
  const achterstanden = kol(26, 21, 24);
  const rond2 = (x: unknown): number => Math.round((x as number) * 100) / 100;

  it("geeft #N/A met uitleg voor een gemeente zonder achterstand", () => {
    expect(een(versnellingVerhouding(c(10), c(0), opdrachten, achterstanden))).toEqual(
      ontbreekt(
        /^achterstand: 0 is geen achterstand; zonder achterstand is een verhouding niet te berekenen\.$/,
      ),
    );
    expect(een(versnellingVerhouding(c(10), c(-3), opdrachten, achterstanden))).toEqual(
      ontbreekt(/^achterstand: -3 is geen achterstand/),
    );
  });
  it("geeft #VALUE! bij lijsten van ongelijke lengte en een slechte cel in de lijst", () => {
    expect(een(versnellingVerhouding(c(45), c(26), kol(45, 17), achterstanden))).toEqual(
      waardeFout(/opdrachten \(2 cellen\) en achterstanden \(3 cellen\)/),
    );
    expect(een(versnellingVerhouding(c(45), c(26), kol(45, "x", 35), achterstanden))).toEqual(
      waardeFout(/^opdrachten:/),
    );
  });
  it("geeft #N/A bij een half ingevulde rij in de lijsten en #DIV/0! als de opdrachten 0 zijn", () => {
    expect(een(versnellingVerhouding(c(45), c(26), kol(45, 17, ""), achterstanden))).toEqual(
      ontbreekt(
        /^Rij 3 van de lijsten is maar half ingevuld: opdrachten is leeg\. Vul opdrachten en achterstanden allebei in/,
      ),
    );
    expect(een(versnellingVerhouding(c(0), c(26), kol(0, 0, 0), achterstanden))).toEqual(delingFout);
  });
  it("slaat rijen over die in beide lijsten leeg zijn", () => {
    expect(versnellingVerhouding(c(45), c(26), kol(45, 17, 35, "", null), kol(26, 21, 24, null, ""))).toEqual(
      versnellingVerhouding(c(45), c(26), opdrachten, achterstanden),
    );
  });
  it("reproduceert de zomer 2022: Leusden 1,27, IJsselstein 0,59, Houten 1,07 (gemorste kolom)", () => {
    const uit = versnellingVerhouding(opdrachten, achterstanden, opdrachten, achterstanden);
    expect(uit).toEqual([[45 / 97 / (26 / 71)], [17 / 97 / (21 / 71)], [35 / 97 / (24 / 71)]]);
    expect(uit.map((r) => rond2(r[0]))).toEqual([1.27, 0.59, 1.07]);
  });
  it("geeft bij een lege achterstand in de kolom de fout alleen in die rij", () => {
    const uit = versnellingVerhouding(kol(45, 17), kol(26, ""), opdrachten, achterstanden);
    expect(rond2(uit[0][0])).toBe(1.27);
    expect(uit[1][0]).toEqual(ontbreekt(/^achterstand: Lege cel/));
  });
});

describe("TAAKSTELLING", () => {
  it("weigert negatieve en niet-gehele invoer, en geeft #DIV/0! bij 0 inwoners van Nederland", () => {
    expect(een(taakstelling(c(-13500), c(50000), c(17500000)))).toEqual(waardeFout(/-13500/));
    expect(een(taakstelling(c(13500), c(500.5), c(17500000)))).toEqual(waardeFout(/^inwoners_gemeente:/));
    expect(een(taakstelling(c(13500), c(0), c(0)))).toEqual(delingFout);
  });
  it("rondt naar boven af op een heel getal (13.500 x 50.000 / 17.500.000 = 38,57 -> 39)", () => {
    expect(taakstelling(c(13500), c(50000), c(17500000))).toEqual([[39]]);
  });
  it("rondt een exacte uitkomst niet op (1.000 x 1.750 / 17.500 = 100)", () => {
    expect(taakstelling(c(1000), c(1750), c(17500))).toEqual([[100]]);
  });
  it("leest inwonertallen met punten als duizendtallen en rekent een kolom gemeenten", () => {
    expect(taakstelling(c("13.500"), kol("50.000", 35000), c("17.500.000"))).toEqual([[39], [27]]);
  });
});

describe("eigenschappen (fast-check)", () => {
  const aantal = fc.integer({ min: -500, max: 500 });
  const rij = fc.record({ ts: fc.nat(500), a: aantal, r: fc.nat(500), h: fc.integer({ min: -5, max: 5 }) });

  it("een kolom geeft per rij hetzelfde als de losse cellen", () => {
    fc.assert(
      fc.property(fc.array(rij, { minLength: 1, maxLength: 40 }), (rijen) => {
        const kolom = totaalopgave(
          rijen.map((x) => [x.ts]),
          rijen.map((x) => [x.a]),
          rijen.map((x) => [x.h]),
        );
        expect(kolom).toEqual(rijen.map((x) => totaalopgave(c(x.ts), c(x.a), c(x.h))[0]));
      }),
    );
  });

  it("totaalopgave - gerealiseerd = achterstand, en achterstand + gerealiseerd = totaalopgave", () => {
    fc.assert(
      fc.property(rij, (x) => {
        const to = een(totaalopgave(c(x.ts), c(x.a), c(x.h))) as number;
        const a = een(achterstand(c(to), c(x.r))) as number;
        expect(a).toBe(to - x.r);
        expect(a + x.r).toBe(x.ts + x.a + x.h);
      }),
    );
  });

  it("de trede daalt nooit als alleen de achterstand groeit", () => {
    fc.assert(
      fc.property(
        aantal,
        fc.nat(50),
        fc.nat(500),
        fc.constantFrom(null, 1, 2, 3, 4, 5, 6),
        (a, extra, ts, vorige) => {
          const laag = een(trede(c(a), c(ts), c(vorige))) as number;
          const hoog = een(trede(c(a + extra), c(ts), c(vorige))) as number;
          expect(hoog).toBeGreaterThanOrEqual(laag);
        },
      ),
    );
  });
});
