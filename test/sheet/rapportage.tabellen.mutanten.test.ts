/**
 * The rapportage as tables and as a sheet (rapportage.ts, `rapportageTabellen` and `maakRapportageBlad`),
 * on hand-made rapportages: every cell (value, text, format, alignment), every header and empty-table
 * text, and the sheet's grid, formats, column widths and print settings. Computed inside each test:
 * mutation testing credits a test only with the code it runs itself.
 */
import {
  maakRapportageBlad,
  rapportageTabellen,
  type Rapportage,
  type RapportCel,
} from "../../src/sheet/rapportage";

/** A closed period 2022-1 without prognose, no decisions, every gemeente with a trede. */
function afgesloten(extra: Partial<Rapportage> = {}): Rapportage {
  return {
    blad: "Overzicht",
    periode: "2022-1",
    tussenstand: false,
    peildatum: "2022-07-01",
    afgeslotenPeriode: "2022-1",
    afgeslotenPeildatum: "2022-07-01",
    treden: [{ trede: 1, naam: "Op koers", berekend: 2, geldend: 2 }],
    zonderTrede: 0,
    opgeschaald: [],
    afgeschaald: [],
    besluiten: [],
    grootsteAchterstanden: [],
    prognose: null,
    geenPrognose: null,
    totalen: [],
    ...extra,
  };
}

const tekst = (s: string): RapportCel => ({ waarde: s, tekst: s, formaat: null, rechts: false });
const getal = (n: number, s: string): RapportCel => ({ waarde: n, tekst: s, formaat: "#,##0", rechts: true });
const trede = (n: number): RapportCel => ({ waarde: n, tekst: String(n), formaat: "0", rechts: true });
const LEEG: RapportCel = { waarde: "", tekst: "", formaat: null, rechts: true };

describe("rapportageTabellen: cellen, koppen en lege tabellen", () => {
  it("geeft een tussenstand met prognose, besluit, gemeenten zonder trede en lege cijfers cel voor cel", () => {
    const r = afgesloten({
      periode: "2022-2",
      tussenstand: true,
      peildatum: "2022-11-22",
      treden: [{ trede: 2, naam: "Aandacht", berekend: 3, geldend: 4 }],
      zonderTrede: 2,
      opgeschaald: [
        {
          gemeente: "Leusden",
          richting: "Opschalen",
          van: 2,
          naar: 3,
          berekend: 3,
          vastgesteld: null,
          waarom: "omdat",
        },
      ],
      afgeschaald: [
        {
          gemeente: "Lopik",
          richting: "Afschalen",
          van: 2,
          naar: 1,
          berekend: 1,
          vastgesteld: null,
          waarom: "daarom",
        },
      ],
      besluiten: [{ gemeente: "Houten", berekend: null, vastgesteld: 4, reden: "overleg" }],
      grootsteAchterstanden: [
        {
          gemeente: "Utrecht",
          achterstand: 1207,
          gecorrigeerd: null,
          taakstelling: 300,
          geldendeTrede: null,
        },
      ],
      prognose: {
        periode: "2022-2",
        meetdatum: "2022-11-22",
        opSchema: 1,
        nietOpSchema: 1,
        rijen: [
          {
            gemeente: "Baarn",
            periode: "2022-2",
            totaalopgave: 40,
            gerealiseerd: 30,
            gerealiseerdPrognose: null,
            achterstandPrognose: null,
            tredePrognose: null,
            benodigdPerMaand: null,
            opSchema: null,
            opmerking: "geen meetdatum",
          },
          {
            gemeente: "Eemnes",
            periode: "2022-2",
            totaalopgave: 10,
            gerealiseerd: 9,
            gerealiseerdPrognose: 11,
            achterstandPrognose: -1,
            tredePrognose: 1,
            benodigdPerMaand: 1.25,
            opSchema: true,
            opmerking: null,
          },
          {
            gemeente: "Zeist",
            periode: "2022-2",
            totaalopgave: 50,
            gerealiseerd: 10,
            gerealiseerdPrognose: 20,
            achterstandPrognose: 30,
            tredePrognose: 3,
            benodigdPerMaand: 12,
            opSchema: false,
            opmerking: null,
          },
          {
            gemeente: "Woudenberg",
            periode: "2022-2",
            totaalopgave: 5,
            gerealiseerd: 5,
            gerealiseerdPrognose: null,
            achterstandPrognose: null,
            tredePrognose: null,
            benodigdPerMaand: null,
            opSchema: null,
            opmerking: null,
          },
        ],
      },
      totalen: [
        {
          periode: "2022-2",
          tussenstand: true,
          gemeenten: 3,
          taakstelling: 0,
          herverdeling: 0,
          totaalopgave: 2000,
          gerealiseerd: 1500,
          naRegistratie: 0,
          achterstandEind: null,
          achterstandEindGecorrigeerd: null,
          realisatieTaakstelling: null,
          realisatieTotaalopgave: 0.75,
          onvolledig: 0,
        },
      ],
    });

    expect(rapportageTabellen(r)).toEqual([
      {
        titel: "Provinciale totalen",
        koppen: [
          "Periode",
          "Gemeenten",
          "Taakstelling",
          "Herverdeling",
          "Totaalopgave",
          "Gerealiseerd",
          "Na-registratie",
          "Achterstand eind",
          "Achterstand gecorrigeerd",
          "Realisatie taakstelling",
          "Realisatie totaalopgave",
        ],
        rijen: [
          [
            tekst("2022-2 (tussenstand 22 november 2022)"),
            getal(3, "3"),
            getal(0, "0"),
            getal(0, "0"),
            getal(2000, "2.000"),
            getal(1500, "1.500"),
            getal(0, "0"),
            LEEG,
            LEEG,
            LEEG,
            { waarde: 0.75, tekst: "75%", formaat: "0%", rechts: true },
          ],
        ],
        leegTekst: "Geen.",
      },
      {
        titel: "Aantal gemeenten per trede na 2022-1",
        koppen: ["Trede", "Naam", "Berekend", "Geldend"],
        rijen: [
          [trede(2), tekst("Aandacht"), getal(3, "3"), getal(4, "4")],
          [tekst(""), tekst("Zonder trede"), getal(2, "2"), getal(2, "2")],
        ],
      },
      {
        titel: "Opgeschaald",
        koppen: ["Gemeente", "Van", "Naar", "Waarom"],
        rijen: [[tekst("Leusden"), trede(2), trede(3), tekst("omdat")]],
        leegTekst: "Geen.",
      },
      {
        titel: "Afgeschaald",
        koppen: ["Gemeente", "Van", "Naar", "Waarom"],
        rijen: [[tekst("Lopik"), trede(2), trede(1), tekst("daarom")]],
        leegTekst: "Geen.",
      },
      {
        titel: "Vastgestelde treden die afwijken van de berekende",
        koppen: ["Gemeente", "Berekend", "Vastgesteld", "Reden"],
        rijen: [[tekst("Houten"), LEEG, trede(4), tekst("overleg")]],
      },
      {
        titel: "Grootste achterstanden eind 2022-1",
        koppen: ["Gemeente", "Achterstand", "Gecorrigeerd", "Taakstelling", "Trede"],
        rijen: [[tekst("Utrecht"), getal(1207, "1.207"), LEEG, getal(300, "300"), LEEG]],
        leegTekst: "Geen.",
      },
      {
        titel: "Prognose 2022-2 (regel 9, meetdatum 22 november 2022): 1 op schema, 1 niet",
        koppen: [
          "Gemeente",
          "Totaalopgave",
          "Gerealiseerd",
          "Prognose gerealiseerd",
          "Prognose achterstand",
          "Prognose trede",
          "Benodigd per maand",
          "Op schema",
        ],
        rijen: [
          [tekst("Baarn"), getal(40, "40"), getal(30, "30"), LEEG, LEEG, LEEG, LEEG, tekst("geen meetdatum")],
          [
            tekst("Eemnes"),
            getal(10, "10"),
            getal(9, "9"),
            getal(11, "11"),
            getal(-1, "-1"),
            trede(1),
            { waarde: 1.25, tekst: "1,3", formaat: "0.0", rechts: true },
            tekst("ja"),
          ],
          [
            tekst("Zeist"),
            getal(50, "50"),
            getal(10, "10"),
            getal(20, "20"),
            getal(30, "30"),
            trede(3),
            { waarde: 12, tekst: "12,0", formaat: "0.0", rechts: true },
            tekst("nee"),
          ],
          [tekst("Woudenberg"), getal(5, "5"), getal(5, "5"), LEEG, LEEG, LEEG, LEEG, tekst("")],
        ],
        leegTekst: "Geen.",
      },
    ]);
  });

  it("laat zonder besluiten en zonder gemeenten zonder trede die tabel en die rij weg", () => {
    const tabellen = rapportageTabellen(afgesloten({ geenPrognose: "Geen prognose: afgesloten." }));
    expect(tabellen.map((x) => x.titel)).toEqual([
      "Provinciale totalen",
      "Aantal gemeenten per trede na 2022-1",
      "Opgeschaald",
      "Afgeschaald",
      "Grootste achterstanden eind 2022-1",
      "Prognose",
    ]);
    expect(tabellen[1].rijen).toEqual([[trede(1), tekst("Op koers"), getal(2, "2"), getal(2, "2")]]);
    expect(tabellen[5]).toEqual({
      titel: "Prognose",
      koppen: [],
      rijen: [],
      leegTekst: "Geen prognose: afgesloten.",
    });
  });

  it("geeft zonder prognose en zonder reden daarvoor een lege tekst", () => {
    const tabellen = rapportageTabellen(afgesloten({ geenPrognose: null }));
    expect(tabellen[tabellen.length - 1]).toEqual({
      titel: "Prognose",
      koppen: [],
      rijen: [],
      leegTekst: "",
    });
  });
});

describe("maakRapportageBlad: het blad, zijn opmaak en de afdruk", () => {
  it("zet titelblok, kop, rijen en lege tabellen op het blad, elf kolommen breed", () => {
    const r = afgesloten({
      geenPrognose: "Geen prognose.",
      opgeschaald: [
        {
          gemeente: "Leusden",
          richting: "Opschalen",
          van: 2,
          naar: 3,
          berekend: 3,
          vastgesteld: null,
          waarom: "omdat",
        },
      ],
    });
    const blad = maakRapportageBlad(r, { blad: "Overzicht", datum: new Date("2024-03-05") });
    const rij = (...w: (string | number)[]): (string | number)[] => [
      ...w,
      ...new Array(11 - w.length).fill(""),
    ];
    expect(blad.naam).toBe("Rapportage 2022-1");
    expect(blad.waarden).toEqual([
      rij("Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-1"),
      rij("Peildatum 1 juli 2022"),
      rij("Bron: werkblad Overzicht; opgesteld 5 maart 2024"),
      rij(),
      rij("Provinciale totalen"),
      rij("Geen."),
      rij(),
      rij("Aantal gemeenten per trede na 2022-1"),
      rij("Trede", "Naam", "Berekend", "Geldend"),
      rij(1, "Op koers", 2, 2),
      rij(),
      rij("Opgeschaald"),
      rij("Gemeente", "Van", "Naar", "Waarom"),
      rij("Leusden", 2, 3, "omdat"),
      rij(),
      rij("Afgeschaald"),
      rij("Geen."),
      rij(),
      rij("Grootste achterstanden eind 2022-1"),
      rij("Geen."),
      rij(),
      rij("Prognose"),
      rij("Geen prognose."),
    ]);
    const fmt = (...f: (string | null)[]): (string | null)[] => [
      ...f,
      ...new Array(11 - f.length).fill(null),
    ];
    expect(blad.formaten).toEqual([
      ...new Array(9).fill(fmt()),
      fmt("0", null, "#,##0", "#,##0"),
      fmt(),
      fmt(),
      fmt(),
      fmt(null, "0", "0", null),
      ...new Array(9).fill(fmt()),
    ]);
    expect(blad.kolombreedten).toEqual([24, 12, 12, 14, 13, 13, 13, 14, 14, 13, 13]);
    expect(blad.afdruk).toEqual({
      stand: "liggend",
      papier: "A4",
      paginasBreed: 1,
      voettekst: "IBT Huisvesting, werkblad Overzicht, 5 maart 2024",
      paginanummers: true,
      kopRijenHerhalen: { van: 1, tot: 3 },
    });
  });

  it("noemt het blad zonder periode Rapportage en laat een prognosetabel zonder tekst helemaal leeg", () => {
    const r = afgesloten({ periode: null, peildatum: null, afgeslotenPeriode: null, geenPrognose: null });
    const blad = maakRapportageBlad(r, { blad: "Blad1", datum: new Date("2024-03-05") });
    expect(blad.naam).toBe("Rapportage");
    expect(blad.waarden.slice(-2).map((w) => w[0])).toEqual(["", "Prognose"]);
    expect(blad.waarden).toHaveLength(21);
  });
});
