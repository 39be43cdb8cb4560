/**
 * Exact behaviour of the header recognition (src/sheet/kolommen.ts) at its edges: normalising and
 * keying header texts, what a single header means, header texts read from merged ranges and date cells,
 * two-row headers (which title goes with which cell), the search for the header row, the user's
 * assignments, and the resolution against the sheet's period. Written against the surviving mutants of
 * a Stryker run: each test states one behaviour with exact values.
 */
import type { Blad, CelWaarde, Veld } from "../../src/sheet";
import {
  dichtstbijzijndVeld,
  gezieneKoppen,
  herkenKop,
  isErgerDan,
  isKwalificatie,
  kopSleutel,
  kopTeksten,
  koppenNoemen,
  normaliseerKop,
  pasPeriodeToe,
  periodeUitKoppen,
  periodeUitTweeling,
  soortOnderrij,
  vindKopregel,
  type KopRegel,
} from "../../src/sheet/kolommen";
import { blad } from "./hulp";

/** The header row of a grid, which must be found. */
function kopregel(
  b: Blad,
  toewijzing?: Record<number, Veld | null>,
  kopToewijzing?: Record<string, Veld | null>,
): KopRegel {
  const kop = vindKopregel(b, toewijzing, kopToewijzing);
  if (!kop) throw new Error("geen kopregel gevonden");
  return kop;
}

/** The texts kopTeksten gives for row r, as [kolom, tekst, groepKop] in column order. */
function teksten(
  b: Blad,
  r: number,
  groep: boolean,
  kolommen: number[],
): [number, CelWaarde, string | undefined][] {
  return [...kopTeksten(b, r, groep, kolommen)].map(([k, t]) => [k, t.tekst, t.groepKop]);
}

const P2022_1 = { jaar: 2022, helft: 1 } as const;

describe("normaliseerKop", () => {
  it("laat geen spaties aan de randen, geen accenten en één spatie voor een reeks leestekens", () => {
    expect(normaliseerKop("  Één -- Twee!  ")).toBe("een twee");
    expect(normaliseerKop("Na-registratie")).toBe("na registratie");
  });
});

describe("kopSleutel", () => {
  it("laat tekst tussen haakjes weg, hoe lang ook", () => {
    expect(kopSleutel("Taakstelling (personen)")).toBe("taakstelling");
    expect(kopSleutel("Taakstelling (p)")).toBe("taakstelling");
    expect(kopSleutel("Gerealiseerd (aantal personen) totaal")).toBe("gerealiseerdtotaal");
  });

  it("gebruikt de hele tekst, zonder spaties, als de kop alleen uit haakjes-tekst bestaat", () => {
    expect(kopSleutel("(aantal personen)")).toBe("aantalpersonen");
    expect(kopSleutel("(TS)")).toBe("ts");
  });

  it("geeft een lege sleutel voor lege haakjes", () => {
    expect(kopSleutel("()")).toBe("");
  });
});

describe("herkenKop", () => {
  it("herkent niets in een ja/nee-cel", () => {
    expect(herkenKop(true)).toBeNull();
    expect(herkenKop(false)).toBeNull();
  });

  it("geeft de kop zonder spaties aan de randen", () => {
    expect(herkenKop("  Gemeente  ")).toStrictEqual({
      kop: "Gemeente",
      veld: "gemeente",
      eigen: false,
      conventie: "aantal",
    });
  });

  it("leest achterstand eind met de tekenconventie achterstand", () => {
    expect(herkenKop("Achterstand eind")).toStrictEqual({
      kop: "Achterstand eind",
      veld: "achterstandEindOpgegeven",
      eigen: false,
      conventie: "achterstand",
    });
  });

  it("leest een achterstand van de vorige periode met een datum niet als peildatum", () => {
    expect(herkenKop("Achterstand vorige periode 1-7-2022")).toStrictEqual({
      kop: "Achterstand vorige periode 1-7-2022",
      veld: null,
      eigen: false,
      conventie: "achterstand",
      nietGebruikt: "vorigePeriode",
    });
  });

  it("leest een voorsprong van de vorige periode niet als achterstand begin", () => {
    expect(herkenKop("Voorsprong vorige periode")).toStrictEqual({
      kop: "Voorsprong vorige periode",
      veld: null,
      eigen: false,
      conventie: "voorsprong",
      nietGebruikt: "vorigePeriode",
    });
  });

  it("geeft een achterstand zonder datum de conventie van haar woorden", () => {
    expect(herkenKop("Achterstand")).toStrictEqual({
      kop: "Achterstand",
      veld: null,
      eigen: false,
      conventie: "achterstand",
      nietGebruikt: "achterstandZonderDatum",
    });
    expect(herkenKop("Saldo")).toStrictEqual({
      kop: "Saldo",
      veld: null,
      eigen: false,
      conventie: "saldo",
      nietGebruikt: "achterstandZonderDatum",
    });
  });

  it("leest een achterstand van de volgende periode als niet gebruikt (vorigePeriode)", () => {
    expect(herkenKop("Achterstand volgende periode")).toStrictEqual({
      kop: "Achterstand volgende periode",
      veld: null,
      eigen: false,
      conventie: "achterstand",
      nietGebruikt: "vorigePeriode",
    });
  });

  it("geeft alleen een realisatie een kopDatum, geen taakstelling met een datum", () => {
    expect(herkenKop("Taakstelling 1-7-2022")).toStrictEqual({
      kop: "Taakstelling 1-7-2022",
      veld: "taakstelling",
      eigen: false,
      conventie: "aantal",
    });
    expect(herkenKop("Gerealiseerd 1-7-2022")).toStrictEqual({
      kop: "Gerealiseerd 1-7-2022",
      veld: "gerealiseerd",
      eigen: false,
      conventie: "aantal",
      kopDatum: { dag: 1, maand: 7, jaar: 2022 },
    });
  });
});

describe("isKwalificatie", () => {
  it("is waar voor een tekst met alleen een periode, een datum of begin/eind", () => {
    expect(isKwalificatie("2022-1")).toBe(true);
    expect(isKwalificatie("1 juli 2022")).toBe(true);
    expect(isKwalificatie("begin")).toBe(true);
    expect(isKwalificatie("Nieuwe")).toBe(true);
  });

  it("is onwaar voor een tekst met woorden, ook met een periode erbij", () => {
    expect(isKwalificatie("TS 2022-1")).toBe(false);
    expect(isKwalificatie("Foo 2022-1")).toBe(false);
    expect(isKwalificatie("Gemeente")).toBe(false);
  });

  it("is onwaar voor een tekst zonder woorden en zonder kwalificatie", () => {
    expect(isKwalificatie("---")).toBe(false);
    expect(isKwalificatie("")).toBe(false);
  });
});

describe("isErgerDan", () => {
  it("is onwaar als de onderste cel alleen al niets herkent", () => {
    expect(isErgerDan("Opmerkingen Foo", "Foo")).toBe(false);
    expect(isErgerDan("Aantal ", "")).toBe(false);
  });

  it("is waar als een titel een veld of een peildatum onherkenbaar maakt", () => {
    expect(isErgerDan("Overzicht Gemeente", "Gemeente")).toBe(true);
    expect(isErgerDan("Overzicht Achterstand 1-7-2022", "Achterstand 1-7-2022")).toBe(true);
  });

  it("is onwaar als de samenvoeging even goed herkend wordt", () => {
    expect(isErgerDan("Aantal TS", "TS")).toBe(false);
    expect(isErgerDan("Stand van zaken 1 juli 2022", "Achterstand 1 juli 2022")).toBe(false);
  });
});

describe("de koptekst van een cel (kopTeksten op één rij)", () => {
  const kop = ["Gemeente", "TS", "TO"];

  it("leest een tabel-plaatshouder als lege kop, ook met spaties eromheen", () => {
    expect(teksten(blad([[...kop, " Kolom1 ", "Column 2"]]), 0, false, [3, 4])).toEqual([
      [3, "", undefined],
      [4, "", undefined],
    ]);
  });

  it("leest een getal in datumopmaak als datumtekst, binnen Excels datumbereik", () => {
    const b = blad([[...kop, 44743, 1, 0.5, 2_958_465, 2_958_466, 44743]], {
      formaten: [
        ["General", "General", "General", "d-m-yyyy", "d-m-yyyy", "d-m-yyyy", "d-m-yyyy", "d-m-yyyy"],
      ],
    });
    expect(teksten(b, 0, false, [3, 4, 5, 6, 7, 8])).toEqual([
      [3, "1-7-2022", undefined],
      [4, "1-1-1900", undefined],
      [5, 0.5, undefined],
      [6, "31-12-9999", undefined],
      [7, 2_958_466, undefined],
      // No date format: the number itself.
      [8, 44743, undefined],
    ]);
  });

  it("leest een lege kopcel in een samengevoegd gebied van de eigen kolom als de waarde linksboven", () => {
    // B2:C3 merged ("Aantal" over two rows and two columns); D1 and D4 are merges of other rows over D.
    // The header row itself: only the merge's first column reads its value (one header, in B), also in
    // the second row of a vertical merge; C is empty, not a second "Aantal".
    const b = blad(
      [
        ["Titel", "", "", "Boven"],
        ["Gemeente", "Aantal", "", ""],
        ["x", "", "", ""],
        ["", "", "", "Onder"],
      ],
      {
        samengevoegd: [
          { rij: 2, kolom: 1, rijen: 2, kolommen: 2 },
          { rij: 1, kolom: 3, rijen: 1, kolommen: 1 },
          { rij: 4, kolom: 3, rijen: 1, kolommen: 1 },
        ],
      },
    );
    expect(teksten(b, 1, false, [1, 2, 3])).toEqual([
      [1, "Aantal", undefined],
      [2, "", undefined],
      [3, "", undefined],
    ]);
    expect(teksten(b, 2, false, [0, 1, 2, 3])).toEqual([
      [0, "x", undefined],
      [1, "Aantal", undefined],
      [2, "", undefined],
      [3, "", undefined],
    ]);
  });

  it("spreidt een samengevoegde groepstitel in de rij erboven over al haar kolommen", () => {
    const b = blad(
      [
        ["Gemeente", "Achterstand", ""],
        ["", "1/1", "1/7"],
      ],
      { samengevoegd: [{ rij: 1, kolom: 1, rijen: 1, kolommen: 2 }] },
    );
    expect(teksten(b, 1, true, [1, 2])).toEqual([
      [1, "Achterstand 1/1", "Achterstand"],
      [2, "Achterstand 1/7", "Achterstand"],
    ]);
  });

  it("leest een gevulde cel binnen een samengevoegd gebied als haar eigen waarde", () => {
    const b = blad([[...kop, "Herverdeling"]], {
      samengevoegd: [{ rij: 1, kolom: 2, rijen: 1, kolommen: 2 }],
    });
    expect(teksten(b, 0, false, [2, 3])).toEqual([
      [2, "TO", undefined],
      [3, "Herverdeling", undefined],
    ]);
  });

  it("negeert de rij erboven als de kop niet uit twee rijen bestaat", () => {
    expect(teksten(blad([["2022-1"], ["TS"]]), 1, false, [0])).toEqual([[0, "TS", undefined]]);
  });
});

describe("kopTeksten over twee rijen", () => {
  it("zet een samengevoegde titel boven elke cel eronder", () => {
    const b = blad(
      [
        ["Aantal", ""],
        ["TS", "TO"],
      ],
      { samengevoegd: [{ rij: 1, kolom: 0, rijen: 1, kolommen: 2 }] },
    );
    expect(teksten(b, 1, true, [0, 1])).toEqual([
      [0, "Aantal TS", "Aantal"],
      [1, "Aantal TO", "Aantal"],
    ]);
  });

  it("neemt een samengevoegde titel zonder spaties aan de randen", () => {
    const b = blad(
      [
        [" Aantal ", ""],
        ["TS", "TO"],
      ],
      { samengevoegd: [{ rij: 1, kolom: 0, rijen: 1, kolommen: 2 }] },
    );
    expect(teksten(b, 1, true, [0, 1])).toEqual([
      [0, "Aantal TS", "Aantal"],
      [1, "Aantal TO", "Aantal"],
    ]);
  });

  it("gebruikt geen ja/nee-cel als titel, ook niet samengevoegd", () => {
    const los = blad([
      [true, ""],
      ["2022-1", "Foo"],
    ]);
    expect(teksten(los, 1, true, [0, 1])).toEqual([
      [0, "2022-1", undefined],
      [1, "Foo", undefined],
    ]);
    const samen = blad(
      [
        [true, ""],
        ["Foo", "Bar"],
      ],
      { samengevoegd: [{ rij: 1, kolom: 0, rijen: 1, kolommen: 2 }] },
    );
    expect(teksten(samen, 1, true, [0, 1])).toEqual([
      [0, "Foo", undefined],
      [1, "Bar", undefined],
    ]);
  });

  it("spreidt een titel die alleen een periode is over alle lege cellen rechts ervan", () => {
    const b = blad([
      ["2022-1", "", ""],
      ["TS", "TO", "Foo"],
    ]);
    expect(teksten(b, 1, true, [0, 1, 2])).toEqual([
      [0, "2022-1 TS", "2022-1"],
      [1, "2022-1 TO", "2022-1"],
      [2, "2022-1 Foo", "2022-1"],
    ]);
  });

  it("spreidt een periode-titel zonder de spaties eromheen", () => {
    const b = blad([
      [" 2022-1 ", ""],
      ["TS", "TO"],
    ]);
    expect(teksten(b, 1, true, [0, 1])).toEqual([
      [0, "2022-1 TS", "2022-1"],
      [1, "2022-1 TO", "2022-1"],
    ]);
  });

  it("stopt een titel met veldwoorden bij de eerste eigen kop eronder", () => {
    const b = blad([
      ["Aantal", "", ""],
      ["TS", "TO", "Foo"],
    ]);
    expect(teksten(b, 1, true, [0, 1, 2])).toEqual([
      [0, "Aantal TS", "Aantal"],
      [1, "TO", undefined],
      [2, "Foo", undefined],
    ]);
  });

  it("stopt een titel bij een cel zonder kop", () => {
    const b = blad([
      ["2022-1", "", ""],
      ["TS", "", "TO"],
    ]);
    expect(teksten(b, 1, true, [0, 1, 2])).toEqual([
      [0, "2022-1 TS", "2022-1"],
      [1, "", undefined],
      [2, "TO", undefined],
    ]);
  });

  it("leest een ja/nee-titel als lege cel: een periode-titel links ervan loopt door", () => {
    const b = blad([
      ["2022-1", true, ""],
      ["TS", "TO", "Foo"],
    ]);
    expect(teksten(b, 1, true, [0, 1, 2])).toEqual([
      [0, "2022-1 TS", "2022-1"],
      [1, "2022-1 TO", "2022-1"],
      [2, "2022-1 Foo", "2022-1"],
    ]);
  });

  it("houdt een titel vast over een samengevoegd gebied zonder waarde", () => {
    // B1:C1 is merged but empty: no title of its own, and the period title of A1 does not spread into it.
    const b = blad(
      [
        ["2022-1", "", ""],
        ["TS", "TO", "Herverdeling"],
      ],
      { samengevoegd: [{ rij: 1, kolom: 1, rijen: 1, kolommen: 2 }] },
    );
    expect(teksten(b, 1, true, [0, 1, 2])).toEqual([
      [0, "2022-1 TS", "2022-1"],
      [1, "TO", undefined],
      [2, "Herverdeling", undefined],
    ]);
  });

  it("geeft een titel boven een ja/nee-cel of een lege cel als kop zonder groepKop", () => {
    expect(teksten(blad([["Aantal"], [true]]), 1, true, [0])).toEqual([[0, "Aantal", undefined]]);
    expect(teksten(blad([["Aantal"], [""]]), 1, true, [0])).toEqual([[0, "Aantal", undefined]]);
  });

  it("zet de titel voor de onderste tekst zonder de spaties eromheen", () => {
    expect(teksten(blad([["Aantal"], [" TS "]]), 1, true, [0])).toEqual([[0, "Aantal TS", "Aantal"]]);
  });

  it("telt een titel gelijk aan de kop eronder één keer", () => {
    expect(teksten(blad([["Opmerking"], ["Opmerking"]]), 1, true, [0])).toEqual([
      [0, "Opmerking", undefined],
    ]);
  });

  it("voegt een titel bij een onbekende kop, maar niet als hij een veld onherkenbaar maakt", () => {
    expect(teksten(blad([["Opmerkingen"], ["Foo"]]), 1, true, [0])).toEqual([
      [0, "Opmerkingen Foo", "Opmerkingen"],
    ]);
    expect(teksten(blad([["Overzicht"], ["Gemeente"]]), 1, true, [0])).toEqual([[0, "Gemeente", undefined]]);
  });
});

describe("vindKopregel: welke kolommen de kopregel heeft", () => {
  /** Two-row header whose group reading wins: "Taakstelling" over two periods. */
  const tweeRijen = (extra: Partial<Blad> = {}, boven: CelWaarde[] = [], onder: CelWaarde[] = []): Blad =>
    blad(
      [["Overzicht"], ["", "Taakstelling", "", ...boven], ["Gemeente", "2022-1", "2022-2", ...onder]],
      extra,
    );

  it("neemt de kolommen van een samengevoegde titel in de titelrij mee, ook lege", () => {
    const b = tweeRijen(
      {
        samengevoegd: [
          { rij: 1, kolom: 0, rijen: 1, kolommen: 7 },
          { rij: 2, kolom: 3, rijen: 1, kolommen: 2 },
        ],
      },
      ["Opmerkingen"],
    );
    const kop = kopregel(b);
    expect([kop.index, kop.groepIndex]).toEqual([2, 1]);
    expect(kop.kolommen.map((k) => [k.kolom, k.kop, k.veld])).toEqual([
      [0, "Gemeente", "gemeente"],
      [1, "Taakstelling 2022-1", "taakstelling"],
      [2, "Taakstelling 2022-2", "taakstelling"],
      [3, "Opmerkingen", null],
      [4, "Opmerkingen", null],
    ]);
  });

  it("neemt geen kolommen mee van een samengevoegde titel boven een kopregel van één rij", () => {
    const b = blad([["Overzicht 2022"], ["Gemeente", "TS", "TO"]], {
      samengevoegd: [{ rij: 1, kolom: 0, rijen: 1, kolommen: 6 }],
    });
    const kop = kopregel(b);
    expect([kop.index, kop.groepIndex]).toEqual([1, null]);
    expect(kop.kolommen.map((k) => [k.kolom, k.kop])).toEqual([
      [0, "Gemeente"],
      [1, "TS"],
      [2, "TO"],
    ]);
  });

  it("geeft een kolom met titel groepKop, een eigen kolom en een kolom zonder titel niet", () => {
    const kop = kopregel(tweeRijen({}, ["IBT"], ["Opmerkingen"]));
    expect(kop.kolommen).toStrictEqual([
      { kolom: 0, kop: "Gemeente", veld: "gemeente", eigen: false, conventie: "aantal" },
      {
        kolom: 1,
        kop: "Taakstelling 2022-1",
        veld: "taakstelling",
        eigen: false,
        conventie: "aantal",
        kopPeriode: { jaar: 2022, helft: 1 },
        groepKop: "Taakstelling",
      },
      {
        kolom: 2,
        kop: "Taakstelling 2022-2",
        veld: "taakstelling",
        eigen: false,
        conventie: "aantal",
        kopPeriode: { jaar: 2022, helft: 2 },
        groepKop: "Taakstelling",
      },
      { kolom: 3, kop: "IBT Opmerkingen", veld: null, eigen: true, eigenKop: "IBT Opmerkingen" },
    ]);
  });

  it("neemt een vastgelegde eigen kolom alleen mee in haar eigen kopregel en met een geregistreerde kop", () => {
    const kop = ["Gemeente", "TS", "TO"];
    const anderRij = kopregel(blad([kop], { eigenKolommen: [{ rij: 5, kolom: 4, kop: "IBT Trede" }] }));
    expect(anderRij.kolommen.map((k) => k.kolom)).toEqual([0, 1, 2]);
    const onbekend = kopregel(blad([kop], { eigenKolommen: [{ rij: 1, kolom: 4, kop: "Trede" }] }));
    expect(onbekend.kolommen.map((k) => k.kolom)).toEqual([0, 1, 2]);
    const goed = kopregel(
      blad([kop], {
        eigenKolommen: [
          { rij: 1, kolom: 4, kop: "IBT Trede" },
          { rij: 1, kolom: 4, kop: "IBT Escalatie" },
        ],
      }),
    );
    expect(goed.kolommen[3]).toStrictEqual({
      kolom: 4,
      kop: "",
      veld: null,
      eigen: true,
      eigenKop: "IBT Trede",
    });
  });

  it("neemt een toegewezen lege kolom mee, maar geen kolom links van het raster of een gebroken nummer", () => {
    const b = blad([["", "Gemeente", "TS", "TO"]], { beginKolom: 2 });
    const kop = kopregel(b, { 0: "trede", 1.5: "trede", 2: "opdrachtVersnelling", 7: "herverdeling" });
    expect(kop.kolommen).toStrictEqual([
      { kolom: 2, kop: "", veld: "opdrachtVersnelling", eigen: false, conventie: "aantal" },
      { kolom: 3, kop: "Gemeente", veld: "gemeente", eigen: false, conventie: "aantal" },
      { kolom: 4, kop: "TS", veld: "taakstelling", eigen: false, conventie: "aantal" },
      { kolom: 5, kop: "TO", veld: "totaalopgave", eigen: false, conventie: "aantal" },
      { kolom: 7, kop: "", veld: "herverdeling", eigen: false, conventie: "aantal" },
    ]);
  });

  it("maakt een kolom die de gebruiker op 'geen veld' zet een gewone kolom zonder veld", () => {
    const kop = kopregel(blad([["Gemeente", "TS", "TO", "Herverdeling"]]), { 1: null });
    expect(kop.kolommen[1]).toStrictEqual({ kolom: 1, kop: "TS", veld: null, eigen: false });
  });

  it("houdt bij een toewijzing aan het herkende veld de conventie van de kop, anders die van het veld", () => {
    const kop = kopregel(blad([["Gemeente", "TS", "Saldo begin", "Foo"]]), {
      2: "achterstandBegin",
      3: "achterstandEindOpgegeven",
    });
    expect(kop.kolommen.slice(2)).toStrictEqual([
      { kolom: 2, kop: "Saldo begin", veld: "achterstandBegin", eigen: false, conventie: "saldo" },
      { kolom: 3, kop: "Foo", veld: "achterstandEindOpgegeven", eigen: false, conventie: "achterstand" },
    ]);
  });

  it("wijst toe op koptekst, maar nooit een kop die leeg is", () => {
    const b = blad([["Gemeente", "TS", "TO", "Kolom4", "opmerking"]]);
    const kop = kopregel(b, undefined, { "": "trede", "Opmerking (vrij)": "vorigeTrede" });
    expect(kop.kolommen.slice(3)).toStrictEqual([
      { kolom: 3, kop: "", veld: null, eigen: false },
      { kolom: 4, kop: "opmerking", veld: "vorigeTrede", eigen: false, conventie: "aantal" },
    ]);
  });

  it("markeert alleen een verborgen kolom als verborgen", () => {
    const kop = kopregel(blad([["Gemeente", "TS", "TO"]], { verborgenKolommen: [1] }));
    expect(kop.kolommen.map((k) => k.verborgen)).toEqual([undefined, true, undefined]);
    expect("verborgen" in kop.kolommen[0]).toBe(false);
  });
});

describe("vindKopregel: welke rij de kopregel is", () => {
  it("telt een achterstand zonder datum als veld en als aantal", () => {
    expect(kopregel(blad([["Gemeente", "Achterstand", "TS"]])).kolommen.map((k) => k.kop)).toEqual([
      "Gemeente",
      "Achterstand",
      "TS",
    ]);
    expect(vindKopregel(blad([["Gemeente", "Achterstand", "Trede"]]))?.index).toBe(0);
  });

  it("vindt geen kopregel zonder kolom met aantallen", () => {
    expect(vindKopregel(blad([["Gemeente", "Periode", "Trede"]]))).toBeNull();
    expect(vindKopregel(blad([["Gemeente", "TS", "Trede"]]))?.index).toBe(0);
  });

  it("slaat gaten in het raster over", () => {
    const waarden: CelWaarde[][] = [];
    waarden[1] = ["Gemeente", "TS", "TO"];
    waarden[3] = ["Leusden", 18, 39];
    const kop = kopregel(blad(waarden));
    expect([kop.index, kop.rij, kop.groepIndex]).toEqual([1, 2, null]);
  });

  it("vindt een kopregel in de laatste rij van het raster", () => {
    const kop = kopregel(blad([["Gemeente", "TS", "TO"]]));
    expect([kop.index, kop.rij, kop.groepIndex]).toEqual([0, 1, null]);
  });

  it("vindt een kopregel van twee rijen met de titels erboven, ook zonder rijen eronder", () => {
    const kop = kopregel(
      blad([
        ["", "Taakstelling", ""],
        ["Gemeente", "2022-1", "2022-2"],
      ]),
    );
    expect([kop.index, kop.rij, kop.groepIndex]).toEqual([1, 2, 0]);
    expect(kop.kolommen.map((k) => k.kop)).toEqual([
      "Gemeente",
      "Taakstelling 2022-1",
      "Taakstelling 2022-2",
    ]);
  });

  it("leest een kopregel van één rij zonder de titel erboven als die niets toevoegt", () => {
    const kop = kopregel(
      blad([
        ["", "", "", "Toelichting"],
        ["Gemeente", "TS", "TO", "Foo"],
      ]),
    );
    expect([kop.index, kop.groepIndex]).toEqual([1, null]);
    expect(kop.kolommen.map((k) => k.kop)).toEqual(["Gemeente", "TS", "TO", "Foo"]);
  });

  it("vindt een kopregel van twee rijen met de kwalificaties eronder", () => {
    const kop = kopregel(
      blad([
        ["Gemeente", "Taakstelling", "Taakstelling"],
        ["", "2022-1", "2022-2"],
        ["Leusden", 18, 20],
      ]),
    );
    expect([kop.index, kop.rij, kop.groepIndex]).toEqual([1, 2, 0]);
    expect(kop.kolommen.map((k) => k.kop)).toEqual([
      "Gemeente",
      "Taakstelling 2022-1",
      "Taakstelling 2022-2",
    ]);
  });

  it("zoekt geen derde kopregel-rij onder een kopregel van twee rijen", () => {
    const kop = kopregel(
      blad([
        ["", "", "", "Totaalopgave"],
        ["Gemeente", "Taakstelling", "", "2022-1"],
        ["", "2022-1", "2022-2", ""],
      ]),
    );
    expect([kop.index, kop.groepIndex]).toEqual([1, 0]);
    expect(kop.kolommen.map((k) => k.kop)).toEqual(["Gemeente", "Taakstelling", "Totaalopgave 2022-1"]);
  });

  it("leest een rij met iets onder de gemeente-kop als gegevens, ook als de gemeente niet vooraan staat", () => {
    const kop = kopregel(
      blad([
        ["Nr", "Regio", "Gemeente", "TS", "TO"],
        ["", "", "2022-1", "", ""],
      ]),
    );
    expect([kop.index, kop.groepIndex]).toEqual([0, null]);
  });

  it("neemt een rij onder de kop die de gemeente-kop herhaalt niet als tweede kopregel-rij", () => {
    const kop = kopregel(
      blad([
        ["Gemeente", "Taakstelling", "", "Trede"],
        ["Gemeente", "2022-1", "2022-2", ""],
      ]),
    );
    expect([kop.index, kop.groepIndex]).toEqual([0, null]);
    expect(kop.kolommen.map((k) => k.kop)).toEqual(["Gemeente", "Taakstelling", "Trede"]);
  });
});

describe("soortOnderrij", () => {
  it("ziet kwalificaties ook rechts van de eerste kolom", () => {
    expect(soortOnderrij(blad([["", "2022-1"]]), 0, 0)).toBe("kwalificaties");
    expect(soortOnderrij(blad([["", "", "begin"]], { beginKolom: 3 }), 0, 3)).toBe("kwalificaties");
  });

  it("ziet een rij met alleen eigen koppen als leeg", () => {
    expect(soortOnderrij(blad([["", " IBT Trede "]]), 0, 0)).toBe("leeg");
  });

  it("ziet een veldwoord met een periode als kop, niet als kwalificatie", () => {
    expect(soortOnderrij(blad([["", "TS 2022-1"]]), 0, 0)).toBe("koppen");
  });

  it("kijkt alleen naar gevulde cellen, niet naar de lege rest van een samengevoegd gebied", () => {
    const b = blad([["", "2022-1", ""]], { samengevoegd: [{ rij: 1, kolom: 1, rijen: 1, kolommen: 2 }] });
    expect(soortOnderrij(b, 0, 2)).toBe("kwalificaties");
  });

  it("ziet een gevulde cel onder de gemeente-kop als gegevens", () => {
    expect(soortOnderrij(blad([["", "2022-1"]]), 0, 1)).toBe("anders");
    expect(soortOnderrij(blad([["", "2022-1"]]), 0, undefined)).toBe("kwalificaties");
  });
});

describe("pasPeriodeToe op een versnellingsblad", () => {
  const velden = (kop: KopRegel): (Veld | null)[] => kop.kolommen.map((k) => k.veld);

  it("laat de achterstand eind staan als het geen versnellingsblad is (de standaard)", () => {
    const kop = kopregel(blad([["Gemeente", "Achterstand eind", "TS"]]));
    expect(velden(pasPeriodeToe(kop, P2022_1))).toEqual([
      "gemeente",
      "achterstandEindOpgegeven",
      "taakstelling",
    ]);
  });

  it("leest de achterstand eind als achterstand begin en laat een andere achterstand begin weg", () => {
    const kop = kopregel(blad([["Gemeente", "Achterstand begin", "Achterstand eind", "Opdracht"]]));
    expect(velden(pasPeriodeToe(kop, null, true))).toEqual([
      "gemeente",
      null,
      "achterstandBegin",
      "opdrachtVersnelling",
    ]);
  });

  it("houdt een achterstand begin en laat dan de peildatumkolommen ongemoeid", () => {
    const kop = kopregel(blad([["Gemeente", "Achterstand begin", "Achterstand 1-7-2022", "Opdracht"]]));
    const uit = pasPeriodeToe(kop, null, true);
    expect(velden(uit)).toEqual(["gemeente", "achterstandBegin", null, "opdrachtVersnelling"]);
    expect(uit.kolommen[2].peildatum).toEqual({ dag: 1, maand: 7, jaar: 2022 });
  });

  it("kiest zonder achterstand begin of eind de peildatum met de laatste datum", () => {
    const kop = kopregel(
      blad([
        ["Gemeente", "Achterstand 1-7-2022", "Achterstand 15-7-2022", "Achterstand 15-6-2022", "Opdracht"],
      ]),
    );
    const uit = pasPeriodeToe(kop, null, true);
    expect(velden(uit)).toEqual(["gemeente", null, "achterstandBegin", null, "opdrachtVersnelling"]);
    expect(uit.kolommen[2]).toStrictEqual({
      kolom: 2,
      kop: "Achterstand 15-7-2022",
      veld: "achterstandBegin",
      eigen: false,
      conventie: "achterstand",
    });
  });

  it("kiest de eerste peildatum in de maand als die de laatste is, ook na een latere dag van een eerdere maand", () => {
    const kop = kopregel(blad([["Gemeente", "Achterstand 15-6-2022", "Achterstand 1-7-2022", "Opdracht"]]));
    expect(velden(pasPeriodeToe(kop, null, true))).toEqual([
      "gemeente",
      null,
      "achterstandBegin",
      "opdrachtVersnelling",
    ]);
  });

  it("weegt bij de laatste peildatum eerst het jaar; een peildatum zonder jaar telt als de vroegste", () => {
    const kop = kopregel(
      blad([["Gemeente", "Achterstand 1 juli", "Achterstand 1-7-2021", "Achterstand 1-1-2022", "Opdracht"]]),
    );
    expect(velden(pasPeriodeToe(kop, null, true))).toEqual([
      "gemeente",
      null,
      null,
      "achterstandBegin",
      "opdrachtVersnelling",
    ]);
  });

  it("kiest bij twee kolommen met dezelfde peildatum de eerste", () => {
    const kop = kopregel(blad([["Gemeente", "Achterstand 1-7-2022", "Stand 1-7-2022", "Opdracht"]]));
    expect(velden(pasPeriodeToe(kop, null, true))).toEqual([
      "gemeente",
      "achterstandBegin",
      null,
      "opdrachtVersnelling",
    ]);
  });

  it("neemt anders de achterstand zonder datum", () => {
    const kop = kopregel(blad([["Gemeente", "Opdracht", "Achterstand"]]));
    const uit = pasPeriodeToe(kop, null, true);
    expect(velden(uit)).toEqual(["gemeente", "opdrachtVersnelling", "achterstandBegin"]);
    expect(uit.kolommen[2]).toStrictEqual({
      kolom: 2,
      kop: "Achterstand",
      veld: "achterstandBegin",
      eigen: false,
      conventie: "achterstand",
    });
  });

  it("verandert niets zonder enige achterstandkolom", () => {
    const kop = kopregel(blad([["Gemeente", "Opdracht", "TS"]]));
    expect(pasPeriodeToe(kop, null, true).kolommen).toStrictEqual(kop.kolommen);
  });
});

describe("pasPeriodeToe: perioden en datums in koppen", () => {
  const velden = (kop: KopRegel): (Veld | null)[] => kop.kolommen.map((k) => k.veld);

  it("leest een realisatie tot de begindatum van de periode niet", () => {
    const kop = kopregel(
      blad([["Gemeente", "TS", "Gerealiseerd op 1-1-2022", "Gerealiseerd op 31-12-2022"]]),
    );
    const uit = pasPeriodeToe(kop, P2022_1);
    expect(velden(uit)).toEqual(["gemeente", "taakstelling", null, null]);
    expect(uit.kolommen.map((k) => k.nietGebruikt)).toEqual([
      undefined,
      undefined,
      "datumBuitenPeriode",
      "datumBuitenPeriode",
    ]);
  });

  it("leest een realisatie tot een datum in de periode als realisatie", () => {
    const kop = kopregel(blad([["Gemeente", "TS", "Gerealiseerd op 1-7-2022"]]));
    expect(velden(pasPeriodeToe(kop, P2022_1))).toEqual(["gemeente", "taakstelling", "gerealiseerd"]);
  });

  it("laat een realisatie met datum staan als de periode per rij in een kolom staat", () => {
    const kop = kopregel(blad([["Gemeente", "Periode", "TS", "Gerealiseerd op 1-1-2022"]]));
    const uit = pasPeriodeToe(kop, null);
    expect(velden(uit)).toEqual(["gemeente", "periode", "taakstelling", "gerealiseerd"]);
    expect(uit.kolommen[3].kopDatum).toEqual({ dag: 1, maand: 1, jaar: 2022 });
  });

  it("leest de vorige trede van de vorige of de eigen periode, niet van een eerdere", () => {
    for (const [kop, veld] of [
      ["Vorige trede 2021-2", "vorigeTrede"],
      ["Vorige trede 2022-1", "vorigeTrede"],
      ["Vorige trede 2020-1", null],
    ] as const) {
      const k = kopregel(blad([["Gemeente", "TS", kop]]));
      expect([kop, velden(pasPeriodeToe(k, P2022_1))[2]]).toEqual([kop, veld]);
    }
  });
});

describe("periodes uit de koppen", () => {
  it("koppenNoemen is onwaar als geen kop een periode noemt", () => {
    const kop = kopregel(blad([["Gemeente", "TS", "TO"]]));
    expect(koppenNoemen(kop, P2022_1)).toBe(false);
  });

  it("periodeUitTweeling telt kolommen die niet gelezen worden niet als tweeling", () => {
    const kop = kopregel(blad([["Gemeente", "Opmerking", "TS 2020-1", "TO"]]));
    const toegepast = pasPeriodeToe(kop, P2022_1);
    expect(toegepast.kolommen.map((k) => k.veld)).toEqual(["gemeente", null, null, "totaalopgave"]);
    expect(periodeUitTweeling(toegepast)).toBeNull();
  });

  it("periodeUitKoppen kiest de periode die de meeste koppen noemen, bij gelijkspel de eerste", () => {
    const meeste = kopregel(blad([["Gemeente", "TS 2022-1", "TO 2022-2", "Herverdeling 2022-2"]]));
    expect(periodeUitKoppen(meeste)?.periode).toEqual({ jaar: 2022, helft: 2 });
    expect(periodeUitKoppen(meeste)?.kolom.kop).toBe("TO 2022-2");
    const gelijk = kopregel(blad([["Gemeente", "TS 2022-2", "TO 2022-1"]]));
    expect(periodeUitKoppen(gelijk)?.periode).toEqual({ jaar: 2022, helft: 1 });
  });
});

describe("dichtstbijzijndVeld", () => {
  it("noemt een achterstand op een peildatum zo", () => {
    expect(dichtstbijzijndVeld("Achterstand 1-7-2022")).toBe("Achterstand op een peildatum");
  });

  it("voegt de woorden van een onbekende kop samen voor de vergelijking", () => {
    expect(dichtstbijzijndVeld("Taak stel")).toBe("Taakstelling");
  });

  it("noemt niets bij één letter, wel bij twee letters die één bewerking van een veldwoord zijn", () => {
    expect(dichtstbijzijndVeld("t")).toBeNull();
    expect(dichtstbijzijndVeld("as")).toBe("Taakstelling");
    expect(dichtstbijzijndVeld("ao")).toBe("Totaalopgave");
  });

  it("zoekt begin-overeenkomsten alleen met minstens drie letters aan beide kanten", () => {
    expect(dichtstbijzijndVeld("ac")).toBeNull();
    expect(dichtstbijzijndVeld("co")).toBe("Totaalopgave");
    expect(dichtstbijzijndVeld("tsxyz")).toBeNull();
    expect(dichtstbijzijndVeld("%tsxyz")).toBe("Realisatie taakstelling");
  });

  it("herkent een kop die met een veldwoord begint, niet een die ermee eindigt", () => {
    expect(dichtstbijzijndVeld("gemeentexyz")).toBe("Gemeente");
    expect(dichtstbijzijndVeld("xyzgemeenten")).toBeNull();
  });

  it("kiest het veldwoord met de kleinste afstand, bij gelijke afstand het eerste", () => {
    expect(dichtstbijzijndVeld("%takstelling")).toBe("Realisatie taakstelling");
    expect(dichtstbijzijndVeld("ta")).toBe("Taakstelling");
  });
});

describe("gezieneKoppen", () => {
  it("toont de tekstcellen van de rij met de meeste, met het veld waar elk op lijkt", () => {
    const b = blad(
      [
        [1, 2, 3, 4, 5, 6],
        ["Titel"],
        ["Gemeente", "Taaksteling", "  ", 5, " Foo "],
        ["  ", "  ", "  ", "  ", "x"],
        ["p", "q", "r"],
      ],
      { beginRij: 2, beginKolom: 1 },
    );
    expect(gezieneKoppen(b)).toEqual([
      { cel: "B5", kop: "Gemeente", lijktOp: "Gemeente" },
      { cel: "C5", kop: "Taaksteling", lijktOp: "Taakstelling" },
      { cel: "F5", kop: "Foo", lijktOp: null },
    ]);
  });

  it("toont niets voor een blad zonder tekst", () => {
    expect(gezieneKoppen(blad([]))).toEqual([]);
    expect(gezieneKoppen(blad([[1, 2], [], [true]]))).toEqual([]);
  });

  it("slaat gaten in het raster over", () => {
    const waarden: CelWaarde[][] = [];
    waarden[1] = ["Gemeente"];
    expect(gezieneKoppen(blad(waarden))).toEqual([{ cel: "A2", kop: "Gemeente", lijktOp: "Gemeente" }]);
  });

  it("toont hoogstens twaalf koppen", () => {
    const rij = Array.from({ length: 14 }, (_, i) => `Kop ${i + 1}`);
    const uit = gezieneKoppen(blad([rij]));
    expect(uit.map((k) => k.cel)).toEqual([
      "A1",
      "B1",
      "C1",
      "D1",
      "E1",
      "F1",
      "G1",
      "H1",
      "I1",
      "J1",
      "K1",
      "L1",
    ]);
  });

  it("kijkt alleen in de eerste twintig rijen", () => {
    const rijen: CelWaarde[][] = Array.from({ length: 25 }, () => ["a"]);
    rijen[3] = ["a", "b"];
    rijen[20] = ["a", "b", "c"];
    rijen[22] = ["a", "b", "c", "d"];
    expect(gezieneKoppen(blad(rijen)).map((k) => k.cel)).toEqual(["A4", "B4"]);
  });
});
