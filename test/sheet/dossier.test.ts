/**
 * The dossier of one gemeente (dossierVan) and its sheet (maakDossierBlad), on the example workbook
 * assets/voorbeeld.xlsx: Leusden's figures on Overzicht are the golden cases of docs/rekenregels.md ("Leusden").
 */
import { VOORBEELD_PAD } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { controleerBlad, type Rapport, type RijResultaat } from "../../src/sheet";
import { dossierVan, grafiekPerioden, maakDossierBlad, type Dossier } from "../../src/sheet/dossier";

let overzicht: Rapport;

beforeAll(async () => {
  const werkmap = await readWerkmap(VOORBEELD_PAD);
  overzicht = controleerBlad(sheetToBlad(werkmap.getWorksheet("Overzicht")!));
});

/** The texts per period, as the pane shows them. */
function teksten(d: Dossier): Record<string, Record<string, string>> {
  return Object.fromEntries(d.perioden.map((p) => [p.periode ?? "", p.teksten]));
}

describe("dossierVan op het voorbeeld (Overzicht)", () => {
  it("geeft Leusden 2021-1 tot en met 2022-2 met de gouden cijfers uit de rekenregels", () => {
    const d = dossierVan(overzicht, "Leusden")!;
    expect(d.gemeente).toBe("Leusden");
    expect(d.blad).toBe("Overzicht");
    expect(d.perioden.map((p) => p.periode)).toEqual(["2021-1", "2021-2", "2022-1", "2022-2"]);
    expect(teksten(d)).toEqual({
      "2021-1": {
        achterstandBegin: "1",
        taakstelling: "24",
        herverdeling: "0",
        totaalopgave: "25",
        gerealiseerd: "6",
        naRegistratie: "0",
        achterstandEind: "19",
        achterstandEindGecorrigeerd: "19",
        realisatieTaakstelling: "25%",
        realisatieTotaalopgave: "24%",
        trede: "2",
        vastgesteldeTrede: "",
      },
      "2021-2": {
        achterstandBegin: "19",
        taakstelling: "19",
        herverdeling: "0",
        totaalopgave: "38",
        gerealiseerd: "17",
        naRegistratie: "6",
        achterstandEind: "21",
        achterstandEindGecorrigeerd: "15",
        realisatieTaakstelling: "89%",
        realisatieTotaalopgave: "45%",
        trede: "2",
        vastgesteldeTrede: "",
      },
      "2022-1": {
        achterstandBegin: "21",
        taakstelling: "18",
        herverdeling: "0",
        totaalopgave: "39",
        gerealiseerd: "13",
        naRegistratie: "8",
        achterstandEind: "26",
        achterstandEindGecorrigeerd: "18",
        realisatieTaakstelling: "72%",
        realisatieTotaalopgave: "33%",
        trede: "3",
        vastgesteldeTrede: "",
      },
      // The interim of 22 November 2022: R 33 of TS 24 (138%) and TO 51 (65%), no backlog or trede yet.
      "2022-2": {
        achterstandBegin: "26",
        taakstelling: "24",
        herverdeling: "+1",
        totaalopgave: "51",
        gerealiseerd: "33",
        naRegistratie: "0",
        achterstandEind: "",
        achterstandEindGecorrigeerd: "",
        realisatieTaakstelling: "138%",
        realisatieTotaalopgave: "65%",
        trede: "",
        vastgesteldeTrede: "",
      },
    });
    expect(
      d.perioden.map((p) => [p.vorigeTrede, p.geldendeTrede, p.escalatie, p.tredeOngecorrigeerd]),
    ).toEqual([
      [1, 2, "Opschalen", null],
      [2, 2, "Gelijk", 3],
      [2, 3, "Opschalen", null],
      [3, null, null, null],
    ]);
    expect(d.perioden.map((p) => [p.meetdatum, p.correctiedatum])).toEqual([
      [null, null],
      [null, "2022-02-01"],
      [null, "2022-08-01"],
      ["2022-11-22", null],
    ]);
    expect(d.perioden[2].getallen).toMatchObject({ realisatieTaakstelling: 13 / 18, trede: 3 });
  });

  it("weet welke perioden een brieftabel hebben: de afgesloten, niet de tussenstand", () => {
    const d = dossierVan(overzicht, "Leusden")!;
    expect(d.perioden.map((p) => p.brieftabel)).toEqual([true, true, true, false]);
  });

  it("geeft de opmerkingen van Leusdens rijen, met cel", () => {
    const d = dossierVan(overzicht, "Leusden")!;
    const rijen = new Set(d.perioden.map((p) => p.rij));
    expect(d.opmerkingen.length).toBeGreaterThan(0);
    expect(d.opmerkingen.every((o) => rijen.has(o.rij))).toBe(true);
    expect(d.opmerkingen.map((o) => [o.cel, o.code])).toEqual([
      ["H43", "trede-correctie-verschil"],
      ["K45", "tussenstand"],
    ]);
    expect(d.opmerkingen).toEqual(overzicht.opmerkingen.filter((o) => rijen.has(o.rij)));
  });

  it("vindt elke schrijfwijze van de naam, en geeft null voor een gemeente die niet op het blad staat", () => {
    expect(dossierVan(overzicht, "gemeente leusden")?.gemeente).toBe("Leusden");
    expect(dossierVan(overzicht, " LEUSDEN ")?.perioden).toHaveLength(4);
    expect(dossierVan(overzicht, "Ijsselstein")?.gemeente).toBe("IJsselstein");
    expect(dossierVan(overzicht, "Atlantis")).toBeNull();
  });

  it("leest alles uit de rijresultaten: een IJsselstein-periode is wat de controle voor die rij gaf", () => {
    const d = dossierVan(overzicht, "IJsselstein")!;
    for (const p of d.perioden) {
      const rij = overzicht.rijen.find((r) => r.row === p.rij)!;
      expect(p.getallen).toMatchObject({
        taakstelling: rij.taakstelling,
        achterstandEind: rij.achterstandEind,
        realisatieTotaalopgave: rij.realisatieTotaalopgave,
        trede: rij.trede,
      });
      expect(p.escalatie).toBe(rij.escalatie);
    }
  });
});

describe("dossierVan op een eigen blad", () => {
  const rapport = (): Rapport =>
    controleerBlad({
      naam: "Los",
      waarden: [
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Houten", "2022-1", 5, 20, 30],
        ["Houten", "2021-2", 10, 20, 25],
        ["Houten", "2022-1", 99, 99, 0],
        ["Houten", "", 2, 10, 4],
        ["Totaal", "2022-1", 26, 38, 43],
      ],
    });

  it("zet de perioden op volgorde, laat de eerste rij per periode tellen en een rij zonder periode achteraan", () => {
    const d = dossierVan(rapport(), "Houten")!;
    expect(d.perioden.map((p) => [p.periode, p.rij, p.teksten.totaalopgave])).toEqual([
      ["2021-2", 3, "30"],
      ["2022-1", 2, "25"],
      [null, 5, "12"],
    ]);
    expect(d.perioden[2].brieftabel).toBe(false);
  });

  it("toont een vastgestelde trede met reden wanneer de rij er een heeft", () => {
    const r = rapport();
    const rijen: RijResultaat[] = r.rijen.map((x) =>
      x.row === 3
        ? { ...x, vastgesteldeTrede: 1, redenBesluit: "Versnellingsactie geldt", geldendeTrede: 1 }
        : x,
    );
    const d = dossierVan({ ...r, rijen }, "Houten")!;
    expect(d.perioden[0]).toMatchObject({
      redenBesluit: "Versnellingsactie geldt",
      geldendeTrede: 1,
      getallen: { vastgesteldeTrede: 1 },
      teksten: { vastgesteldeTrede: "1" },
    });
  });
});

describe("dossierVan met een besluit van de toezichthouders (regel 11)", () => {
  it("toont de berekende en de vastgestelde trede met reden, en een bevroren stap als zodanig", () => {
    const r = controleerBlad({
      naam: "Besluiten",
      waarden: [
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Herverdeling",
          "Gerealiseerd",
          "Na-registratie",
          "Vorige trede",
          "Vastgestelde trede",
          "Reden besluit",
        ],
        ["Leusden", "2021-1", 1, 24, 0, 6, 0, 1, "", ""],
        ["Leusden", "2021-2", 19, 19, 0, 17, 6, "", "", ""],
        ["Leusden", "2022-1", 21, 18, 0, 13, 8, "", 2, "Versnellingsactie geldt als verbeterplan"],
      ],
    });
    const d = dossierVan(r, "Leusden")!;
    const p = d.perioden[2];
    expect(p).toMatchObject({
      periode: "2022-1",
      geldendeTrede: 2,
      tredeBevroren: true,
      redenBesluit: "Versnellingsactie geldt als verbeterplan",
      getallen: { trede: 3, vastgesteldeTrede: 2 },
      teksten: { trede: "3", vastgesteldeTrede: "2 (bevroren)" },
    });
    expect(d.perioden.slice(0, 2).map((x) => [x.tredeBevroren, x.teksten.vastgesteldeTrede])).toEqual([
      [false, ""],
      [false, ""],
    ]);
    const rij = maakDossierBlad(d).waarden[4];
    expect(rij[0]).toBe("2022-1");
    // Trede berekend, vastgesteld, reden, geldend, escalatie, brieftabel, toelichting.
    expect(rij.slice(11)).toEqual([
      3,
      2,
      "Versnellingsactie geldt als verbeterplan",
      2,
      p.escalatie,
      "ja",
      "Bevroren trede (regel 11).",
    ]);
    // The chart follows the step that counts.
    expect(maakDossierBlad(d).waarden.at(-1)!.slice(0, 3)).toEqual(["2022-1", 2, 18]);
  });
});

describe("maakDossierBlad", () => {
  it("zet Leusdens perioden als getallen met opmaak, de opmerkingen en het blok achter de grafiek", () => {
    const d = dossierVan(overzicht, "Leusden")!;
    const b = maakDossierBlad(d);
    expect(b.naam).toBe("IBT Dossier Leusden");
    expect(b.waarden[0][0]).toBe("Dossier Leusden (blad Overzicht)");
    expect(b.waarden[1].slice(0, 3)).toEqual(["Periode", "Achterstand begin", "Taakstelling"]);
    const breedte = b.waarden[1].length;
    expect(b.waarden.every((r) => r.length === breedte)).toBe(true);
    expect(b.formaten.every((r) => r.length === breedte)).toBe(true);
    expect(b.kolombreedten).toHaveLength(breedte);
    expect(b.waarden.slice(2, 6).map((r) => r.slice(0, 13))).toEqual([
      ["2021-1", 1, 24, 0, 25, 6, 0, 19, 19, 0.25, 0.24, 2, ""],
      ["2021-2", 19, 19, 0, 38, 17, 6, 21, 15, 17 / 19, 17 / 38, 2, ""],
      ["2022-1", 21, 18, 0, 39, 13, 8, 26, 18, 13 / 18, 13 / 39, 3, ""],
      ["2022-2", 26, 24, 1, 51, 33, 0, "", "", 33 / 24, 33 / 51, "", ""],
    ]);
    // Reden, geldend, escalatie, brieftabel, toelichting.
    expect(b.waarden.slice(2, 6).map((r) => r.slice(13))).toEqual([
      ["", 2, "Opschalen", "ja", ""],
      ["", 2, "Gelijk", "ja", "Zonder correctie voor na-registratie trede 3."],
      ["", 3, "Opschalen", "ja", ""],
      ["", "", "", "nee", "Tussenstand op 22-11-2022: nog geen achterstand eind en trede."],
    ]);
    expect(b.formaten[2].slice(0, 13)).toEqual([
      "@",
      "0",
      "0",
      "+0;-0;0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0%",
      "0%",
      "0",
      "0",
    ]);
    expect(b.formaten[0].every((f) => f === null)).toBe(true);
    // Remarks: title on row 8 (after an empty row 7), header, two remarks.
    expect(b.waarden.slice(6, 11).map((r) => r.slice(0, 3))).toEqual([
      ["", "", ""],
      ["Opmerkingen van de controle", "", ""],
      ["Cel", "Soort", "Opmerking"],
      ["H43", "info", d.opmerkingen[0].bericht],
      ["K45", "info", d.opmerkingen[1].bericht],
    ]);
    // Chart block: title on row 13, header on row 14, the three closed periods (the interim has neither).
    expect(b.waarden.slice(11).map((r) => r.slice(0, 3))).toEqual([
      ["", "", ""],
      ["Trede en achterstand per periode", "", ""],
      ["Periode", "Trede (geldend)", "Achterstand gecorrigeerd"],
      ["2021-1", 2, 19],
      ["2021-2", 2, 15],
      ["2022-1", 3, 18],
    ]);
    expect(b.formaten[14].slice(0, 3)).toEqual(["@", "0", "0"]);
    expect(b.grafieken).toEqual([
      {
        titel: "Leusden: trede (kolommen, links) en achterstand gecorrigeerd (lijn, rechts)",
        bereik: "A14:C17",
        soort: "kolommenMetLijnRechts",
        schaal: { minimum: 0, maximum: 6, eenheid: 1 },
        positie: "E13",
      },
    ]);
    expect(grafiekPerioden(d).map((p) => p.periode)).toEqual(["2021-1", "2021-2", "2022-1"]);
  });

  it("zegt 'Geen opmerkingen' en maakt geen grafiek zonder trede of achterstand", () => {
    const r = controleerBlad({
      naam: "Tussenstand",
      waarden: [
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Herverdeling",
          "Gerealiseerd",
          "Meetdatum",
        ],
        ["Houten", "2022-2", 10, 20, 0, 8, "2022-09-01"],
      ],
    });
    const d = { ...dossierVan(r, "Houten")!, opmerkingen: [] };
    const b = maakDossierBlad(d);
    expect(b.waarden.slice(3).map((w) => w[0])).toEqual([
      "",
      "Opmerkingen van de controle",
      "Geen opmerkingen.",
    ]);
    expect(b.grafieken).toEqual([]);
  });

  it("maakt van een lange naam een geldige bladnaam", () => {
    const d: Dossier = {
      gemeente: "Gemeente met een heel erg lange naam: A/B",
      blad: "X",
      perioden: [],
      opmerkingen: [],
    };
    const naam = maakDossierBlad(d).naam;
    expect(naam.length).toBeLessThanOrEqual(31);
    expect(naam).not.toMatch(/[[\]:*?/\\]/);
  });
});
