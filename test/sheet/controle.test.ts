import { controleerBlad } from "../../src/sheet";
import { blad, codes, KOP, leusdenBlad, opmerking, rij } from "./hulp";

describe("controleerBlad: slechte invoer", () => {
  it("meldt een blad zonder kopregel en geeft een leeg rapport", () => {
    const r = controleerBlad(blad([["Overzicht"], ["iets", 1, 2]]));
    expect(r.kopRij).toBeNull();
    expect(codes(r)).toEqual(["kopregel-ontbreekt@A1"]);
    expect(r.opmerkingen[0].ernst).toBe("fout");
    expect(r.rijen).toEqual([]);
    expect(r.samenvatting.fouten).toBe(1);
  });

  it("meldt tekst in een getalcel met de waarde en rekent de andere rijen door", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, "abc", 0, 13, 8], ["Houten", "2022-1", 24, 30, 0, 25, 0]]),
    );
    expect(codes(r)).toEqual(["geen-aantal@D2"]);
    expect(opmerking(r, "geen-aantal").ernst).toBe("fout");
    expect(opmerking(r, "geen-aantal").bericht).toBe('Taakstelling in D2: "abc" is geen aantal personen.');
    expect(rij(r, "Leusden")).toMatchObject({
      taakstelling: null,
      totaalopgave: null,
      trede: null,
      achterstandBegin: 21,
    });
    expect(rij(r, "Houten")).toMatchObject({
      totaalopgave: 54,
      achterstandEind: 29,
      trede: 2,
      realisatieTaakstelling: 25 / 30,
    });
  });

  it("meldt #N/A en andere Excel-fouten, nooit stil 0", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, 18, 0, "#N/A", 8], ["Houten", "2022-1", "#VALUE!", 30, 0, 25, 0]]),
    );
    expect(codes(r)).toEqual(["geen-aantal@F2", "geen-aantal@C3"]);
    expect(opmerking(r, "geen-aantal", "F2").bericht).toContain("#N/A");
    expect(opmerking(r, "geen-aantal", "C3").bericht).toContain("#VALUE!");
    expect(rij(r, "Leusden")).toMatchObject({
      totaalopgave: 39,
      gerealiseerd: null,
      achterstandEind: null,
      trede: null,
    });
    expect(rij(r, "Houten")).toMatchObject({
      achterstandBegin: null,
      totaalopgave: null,
      realisatieTaakstelling: 25 / 30,
    });
  });

  it("meldt een lege verplichte cel als fout, een lege herverdeling of na-registratie telt als 0", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, "", "", 13, null],
        ["Houten", "2022-1", "", 30, 0, 25, 0],
        ["", "2022-1", 5, 10, 0, 10, 0],
        ["Zeist", "", 5, 10, "", 10, ""],
      ]),
    );
    expect(codes(r)).toEqual(["leeg@D2", "leeg@C3", "gemeente-leeg@A4", "leeg@B5"]);
    expect(r.opmerkingen.every((o) => o.ernst === "fout")).toBe(true);
    expect(opmerking(r, "leeg", "D2").bericht).toBe(
      "Taakstelling in D2 is leeg; de totaalopgave, de realisatie en de trede zijn niet te berekenen.",
    );
    expect(rij(r, "Leusden")).toMatchObject({
      taakstelling: null,
      herverdeling: null,
      naRegistratie: null,
      totaalopgave: null,
    });
    expect(rij(r, "Houten")).toMatchObject({ totaalopgave: null, realisatieTaakstelling: 25 / 30 });
    expect(rij(r, "Zeist")).toMatchObject({ periode: null, totaalopgave: 15, achterstandEind: 5, trede: 2 });
    expect(r.rijen.find((x) => x.gemeente === null)).toMatchObject({ row: 4, totaalopgave: 15 });
  });

  it("meldt een negatieve taakstelling", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 21, -18, 0, 13, 0], ["Houten", "2022-1", 2, 3, 0, 3, 0]]),
    );
    expect(codes(r)).toEqual(["taakstelling-negatief@D2"]);
    expect(opmerking(r, "taakstelling-negatief").bericht).toBe(
      "Taakstelling in D2 is -18; een taakstelling is 0 of meer personen.",
    );
    expect(rij(r, "Houten").trede).toBe(2);
  });

  it("meldt een onbekend periodelabel zoals 2022-3 en rekent de rij toch", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-3", 21, 18, 0, 13, 8], ["Houten", "2022 II", 24, 30, 0, 25, 0]]),
    );
    expect(codes(r)).toEqual(["periode-ongeldig@B2"]);
    expect(opmerking(r, "periode-ongeldig").bericht).toContain('"2022-3"');
    expect(rij(r, "Leusden")).toMatchObject({
      periode: null,
      totaalopgave: 39,
      achterstandEindGecorrigeerd: 18,
      trede: 3,
    });
    expect(rij(r, "Houten").periode).toBe("2022-2");
  });

  it("meldt een dubbele rij bij de tweede en noemt de eerste", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["leusden ", "eerste helft 2022", 21, 18, 0, 14, 8],
      ]),
    );
    // The duplicate itself is still computed: corrected 17 < 18 gives trede 2, registered 25 gives 3.
    expect(codes(r)).toEqual(["dubbele-rij@A4", "trede-correctie-verschil@G4"]);
    expect(opmerking(r, "dubbele-rij").bericht).toBe(
      "leusden 2022-1 staat er twee keer in (eerst in rij 2); alleen rij 2 telt mee in de historie en de samenvatting.",
    );
    expect(r.rijen[2]).toMatchObject({ row: 4, totaalopgave: 39, achterstandEind: 25 });
    expect(r.samenvatting.gemeenten).toBe(2);
  });

  it("meldt een ontbrekende verplichte kolom en zegt waar de kopregel staat", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Totaalopgave", "Gerealiseerd"],
        ["Leusden", "2022-1", 39, 13],
      ]),
    );
    expect(codes(r)).toEqual(["kolom-ontbreekt@A1"]);
    expect(opmerking(r, "kolom-ontbreekt").bericht).toBe(
      "Kolom Taakstelling ontbreekt in de kopregel (rij 1); de totaalopgave, de realisatie en de trede zijn niet te berekenen.",
    );
    expect(rij(r, "Leusden")).toMatchObject({
      totaalopgave: 39,
      achterstandEind: 26,
      realisatieTotaalopgave: 1 / 3,
      trede: null,
    });

    const zonderBegin = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling"],
        ["Leusden", "2022-1", 18],
      ]),
    );
    expect(codes(zonderBegin)).toEqual(["kolom-ontbreekt@A1"]);
    expect(zonderBegin.opmerkingen[0].bericht).toContain("Achterstand begin (of Totaalopgave)");
  });

  it("leest een kopregel op rij 5 onder titelregels en haalt de periode uit de titel", () => {
    const r = controleerBlad(
      blad([
        ["Overzicht eerste helft 2022"],
        ["Provincie Utrecht, cijfers TVS"],
        [],
        [],
        ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", 21, 18, 13],
        [],
        ["Houten", 24, 30, "x"],
        ["Bron: COA, taakstellingvolgsysteem"],
      ]),
    );
    expect(r.kopRij).toBe(5);
    expect(codes(r)).toEqual(["periode-uit-titel@A5", "geen-aantal@D8"]);
    expect(opmerking(r, "periode-uit-titel").ernst).toBe("info");
    expect(r.rijen.map((x) => [x.row, x.gemeente, x.periode])).toEqual([
      [6, "Leusden", "2022-1"],
      [8, "Houten", "2022-1"],
    ]);
    expect(rij(r, "Leusden").achterstandEind).toBe(26);
  });

  it("meldt een onbekende periode als kolom en titel ontbreken, en rekent toch", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
        ["Leusden", 21, 18, 13],
      ]),
    );
    expect(codes(r)).toEqual(["periode-onbekend@A1"]);
    expect(r.opmerkingen[0].ernst).toBe("waarschuwing");
    expect(rij(r, "Leusden")).toMatchObject({
      periode: null,
      achterstandEind: 26,
      trede: 3,
      vorigeTrede: null,
    });
  });

  it("leest kolommen in een vreemde volgorde en spelling", () => {
    const r = controleerBlad(
      blad([
        ["na registratie", "TS", "gemeente naam", "ACHTERSTAND  begin", "Halfjaar", "Gehuisvest"],
        [8, 18, "Leusden", 21, "1e helft 2022", 13],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden")).toMatchObject({
      periode: "2022-1",
      totaalopgave: 39,
      achterstandEind: 26,
      achterstandEindGecorrigeerd: 18,
      trede: 3,
    });
  });

  it("leest saldo- en voorsprongkolommen met het juiste teken", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Saldo begin", "Taakstelling", "Gerealiseerd", "Saldo eind"],
        ["Leusden", "2022-1", -21, 18, 13, -26],
        ["Baarn", "2022-1", 3, 15, 15, 3],
      ]),
    );
    expect(codes(r)).toEqual([]);
    expect(rij(r, "Leusden")).toMatchObject({ achterstandBegin: 21, achterstandEind: 26 });
    expect(rij(r, "Baarn")).toMatchObject({
      achterstandBegin: -3,
      totaalopgave: 12,
      achterstandEind: -3,
      trede: 1,
    });

    const v = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Voorsprong", "Taakstelling", "Gerealiseerd"],
        ["Baarn", "2022-1", 3, 15, 15],
      ]),
    );
    expect(rij(v, "Baarn")).toMatchObject({ achterstandBegin: -3, totaalopgave: 12 });
  });

  it("leest peildatumkolommen als begin of eind, afhankelijk van de periode van de rij", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand 1 januari",
          "Taakstelling",
          "Gerealiseerd",
          "Stand van zaken 1 juli",
        ],
        ["Leusden", "2022-1", 21, 18, 13, 26],
        ["Leusden", "2022-2", 18, 24, "", 26],
        ["Houten", "2022-1", 10, 20, 25, 4],
      ]),
    );
    expect(r.kolommen.map((k) => k.peildatum?.maand ?? null)).toEqual([null, null, 1, null, null, 7]);
    // 2022-1: begin = 1 januari (21), eind = 1 juli (26). 2022-2: begin = 1 juli (26), eind = 1 januari (18).
    expect(rij(r, "Leusden", "2022-1")).toMatchObject({ achterstandBegin: 21, achterstandEind: 26 });
    expect(rij(r, "Leusden", "2022-2")).toMatchObject({
      achterstandBegin: 26,
      totaalopgave: 50,
      gerealiseerd: 32,
      achterstandEind: 18,
    });
    // The derived realisation of 2022-2 came from its end backlog in "Achterstand 1 januari" (C).
    expect(codes(r)).toEqual(["gerealiseerd-afgeleid@C1", "achterstand-wijkt-af@F4"]);
    expect(opmerking(r, "achterstand-wijkt-af").bericht).toBe(
      "Achterstand eind is 4, berekend 5 (totaalopgave 30 - gerealiseerd 25).",
    );
  });

  it("leest peildatumkolommen met jaartal alleen bij de passende periode", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Taakstelling", "Achterstand 1 januari 2022", "Gerealiseerd", "Stand 1 juli 2022"],
        ["Leusden", 18, 21, 13, 26],
      ]),
    );
    expect(codes(r)).toEqual(["periode-uit-titel@A1"]);
    expect(rij(r, "Leusden")).toMatchObject({ periode: "2022-1", achterstandBegin: 21, achterstandEind: 26 });
  });

  it("controleert een totaalrij als som van de gemeenten erboven", () => {
    const goed = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Totaal", "2022-1", 45, 48, 0, 38, 8],
      ]),
    );
    expect(codes(goed)).toEqual([]);
    expect(rij(goed, "Totaal")).toMatchObject({
      isTotaalrij: true,
      totaalopgave: 93,
      achterstandEind: 55,
      trede: null,
    });
    expect(goed.samenvatting.gemeenten).toBe(2);

    const fout = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Provincie Utrecht", "", 45, 47, 0, "", 8],
      ]),
    );
    expect(codes(fout)).toEqual(["totaalrij-wijkt-af@D4"]);
    expect(opmerking(fout, "totaalrij-wijkt-af").bericht).toBe(
      "Totaal Taakstelling in D4 is 47, maar de som van de 2 gemeenten erboven is 48.",
    );
  });

  it("rekent een rij zonder realisatie (lopende periode) zonder fout", () => {
    const r = controleerBlad(leusdenBlad());
    const rij2022 = rij(r, "Leusden", "2022-2");
    expect(rij2022).toMatchObject({
      totaalopgave: 51,
      achterstandEind: null,
      trede: null,
      realisatieTaakstelling: null,
    });
    expect(r.opmerkingen.filter((o) => o.rij === 5 && o.ernst === "fout")).toEqual([]);
  });
});

describe("controleerBlad: vergelijkingen met opgegeven cijfers", () => {
  it("meldt een totaalopgave zonder herverdeling (50 in plaats van 51)", () => {
    const r = controleerBlad(leusdenBlad([0, 1, 2, 3], 50));
    const o = opmerking(r, "totaalopgave-wijkt-af");
    expect(o).toMatchObject({ cel: "F5", ernst: "fout", rij: 5, kolom: 5 });
    expect(o.bericht).toBe(
      "Totaalopgave is 50, berekend 51 (taakstelling 24 + achterstand 26 + herverdeling 1). Het verschil is gelijk aan de herverdeling: die is waarschijnlijk vergeten.",
    );
    expect(rij(r, "Leusden", "2022-2").totaalopgave).toBe(51);
  });

  it("meldt een totaalopgave waarin de extra opgave is meegeteld", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Herverdeling",
          "Extra opgave",
          "Totaalopgave",
        ],
        ["Leusden", "2022-2", 26, 24, 1, 11, 62],
      ]),
    );
    expect(opmerking(r, "totaalopgave-wijkt-af", "G2").bericht).toBe(
      "Totaalopgave is 62, berekend 51 (taakstelling 24 + achterstand 26 + herverdeling 1). Het verschil is gelijk aan de extra opgave: die is waarschijnlijk meegeteld, maar hoort niet in de totaalopgave.",
    );
    expect(rij(r, "Leusden")).toMatchObject({ totaalopgave: 51, totaalopgaveInclExtra: 62, extraOpgave: 11 });
  });

  it("meldt een achterstand eind die de gecorrigeerde is als info, een andere als fout", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Gerealiseerd",
          "Na-registratie",
          "Achterstand eind",
        ],
        ["Leusden", "2022-1", 21, 18, 13, 8, 18],
        ["Houten", "2022-1", 24, 30, 25, 0, 30],
      ]),
    );
    expect(codes(r)).toEqual(["achterstand-is-gecorrigeerd@G2", "achterstand-wijkt-af@G3"]);
    expect(opmerking(r, "achterstand-is-gecorrigeerd", "G2").ernst).toBe("info");
    expect(opmerking(r, "achterstand-is-gecorrigeerd", "G2").bericht).toContain(
      "na correctie voor na-registratie (8)",
    );
    expect(opmerking(r, "achterstand-wijkt-af", "G3")).toMatchObject({ ernst: "fout" });
    expect(opmerking(r, "achterstand-wijkt-af", "G3").bericht).toBe(
      "Achterstand eind is 30, berekend 29 (totaalopgave 54 - gerealiseerd 25).",
    );
  });

  it("vergelijkt percentages op hele procenten, als breuk, getal of tekst", () => {
    const r = controleerBlad(
      blad(
        [
          [
            "Gemeente",
            "Periode",
            "Achterstand begin",
            "Taakstelling",
            "Gerealiseerd",
            "Realisatie taakstelling",
            "Realisatie totaalopgave",
          ],
          ["Leusden", "2022-1", 21, 18, 13, 0.72, "33%"],
          ["Houten", "2022-1", 0, 100, 98, 0.99, 98],
          ["Zeist", "2022-1", 0, 100, 1, 1, "1"],
          ["Baarn", "2022-1", 0, 10, 15, 150, "abc"],
        ],
        {
          formaten: [
            [],
            ["General", "General", "0", "0", "0", "0%", "General"],
            ["", "", "", "", "", "0%", "General"],
          ],
        },
      ),
    );
    expect(codes(r)).toEqual(["realisatie-wijkt-af@F3", "geen-percentage@G5"]);
    expect(opmerking(r, "realisatie-wijkt-af").bericht).toBe(
      "Realisatie taakstelling is 99%, berekend 98% (gerealiseerd 98 / taakstelling 100).",
    );
    expect(rij(r, "Baarn").realisatieTaakstelling).toBe(1.5);
  });

  it("meldt een opgegeven trede die afwijkt van de berekende", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Vorige trede", "Trede"],
        ["Leusden", "2022-1", 21, 18, 13, 2, "2 Informatie opvragen en valideren"],
      ]),
    );
    expect(codes(r)).toEqual(["trede-wijkt-af@G2"]);
    expect(opmerking(r, "trede-wijkt-af")).toMatchObject({ ernst: "waarschuwing" });
    expect(opmerking(r, "trede-wijkt-af").bericht).toBe(
      "Trede is 2, berekend 3 (achterstand 26 is minstens de taakstelling 18, vorige trede 2).",
    );
    const onzin = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Trede"],
        ["Leusden", "2022-1", 21, 18, 13, 7],
      ]),
    );
    expect(codes(onzin)).toEqual(["geen-trede@F2"]);
    expect(rij(onzin, "Leusden").trede).toBe(3);
  });

  it("meldt een ketenbreuk met beide waarden en rijen, ook bij de gecorrigeerde stand", () => {
    const r = controleerBlad(
      blad([KOP, ["Leusden", "2022-1", 15, 18, 0, 13, 8], ["Leusden", "2021-2", 19, 19, 0, 17, 6]]),
    );
    expect(codes(r)).toEqual([
      "keten-breuk@C2",
      "trede-correctie-verschil@G2",
      "trede-correctie-verschil@G3",
    ]);
    expect(opmerking(r, "keten-breuk")).toMatchObject({ ernst: "waarschuwing" });
    expect(opmerking(r, "keten-breuk").bericht).toBe(
      "Achterstand begin 2022-1 is 15 (rij 2), maar de achterstand eind 2021-2 is 21 (rij 3). Dat is de gecorrigeerde achterstand; de nieuwe periode begint bij de geregistreerde achterstand (regel 3).",
    );
  });

  it("meldt herverdelingen die per periode niet op 0 uitkomen, op de kopcel", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-2", 26, 24, 1, "", ""],
        ["Utrechtse Heuvelrug", "2022-2", 18, 20, -1, "", ""],
        ["Leusden", "2022-1", 21, 18, 2, 15, 8],
        ["Houten", "2022-1", 24, 30, "", 25, 0],
      ]),
    );
    expect(codes(r)).toEqual(["herverdeling-niet-nul@E1"]);
    expect(rij(r, "Leusden", "2022-1")).toMatchObject({ totaalopgave: 41, achterstandEind: 26 });
    expect(opmerking(r, "herverdeling-niet-nul")).toMatchObject({ ernst: "waarschuwing", rij: 1, kolom: 4 });
    expect(opmerking(r, "herverdeling-niet-nul").bericht).toContain(
      "De herverdelingen in 2022-1 tellen op tot +2 in plaats van 0",
    );
    expect(opmerking(r, "herverdeling-niet-nul").bericht).toContain("art. 29 lid 2");
  });

  it("meldt een deler 0 en laat het percentage leeg", () => {
    const r = controleerBlad(blad([KOP, ["Renswoude", "2022-1", -5, 0, 0, 2, 0]]));
    expect(codes(r)).toEqual(["deler-nul@C2", "deler-nul@D2"]);
    expect(rij(r, "Renswoude")).toMatchObject({
      realisatieTaakstelling: null,
      realisatieTotaalopgave: null,
      totaalopgave: -5,
      trede: 1,
    });
  });
});

describe("controleerBlad: gouden gevallen (docs/rekenregels.md)", () => {
  const verwacht = {
    "2021-1": {
      achterstandBegin: 1,
      taakstelling: 24,
      herverdeling: 0,
      totaalopgave: 25,
      gerealiseerd: 6,
      naRegistratie: 0,
      achterstandEind: 19,
      achterstandEindGecorrigeerd: 19,
      realisatieTaakstelling: 6 / 24,
      realisatieTotaalopgave: 6 / 25,
      taakstellingGehaald: false,
      totaalopgaveGehaald: false,
      vorigeTrede: 1,
      trede: 2,
      tredeOngecorrigeerd: null,
      escalatie: "Opschalen",
    },
    "2021-2": {
      achterstandBegin: 19,
      taakstelling: 19,
      totaalopgave: 38,
      gerealiseerd: 17,
      naRegistratie: 6,
      achterstandEind: 21,
      achterstandEindGecorrigeerd: 15,
      realisatieTaakstelling: 17 / 19,
      realisatieTotaalopgave: 17 / 38,
      taakstellingGehaald: true,
      vorigeTrede: 2,
      trede: 2,
      tredeOngecorrigeerd: 3,
      escalatie: "Gelijk",
    },
    "2022-1": {
      achterstandBegin: 21,
      taakstelling: 18,
      totaalopgave: 39,
      gerealiseerd: 13,
      naRegistratie: 8,
      achterstandEind: 26,
      achterstandEindGecorrigeerd: 18,
      realisatieTaakstelling: 13 / 18,
      realisatieTotaalopgave: 13 / 39,
      taakstellingGehaald: true,
      vorigeTrede: 2,
      trede: 3,
      tredeOngecorrigeerd: null,
      escalatie: "Opschalen",
    },
    "2022-2": {
      achterstandBegin: 26,
      taakstelling: 24,
      herverdeling: 1,
      totaalopgave: 51,
      gerealiseerd: null,
      achterstandEind: null,
      achterstandEindGecorrigeerd: null,
      realisatieTaakstelling: null,
      realisatieTotaalopgave: null,
      taakstellingGehaald: null,
      vorigeTrede: 3,
      trede: null,
      escalatie: null,
      maatregel: null,
    },
  };

  it.each([
    ["in periodevolgorde", [0, 1, 2, 3]],
    ["in willekeurige volgorde", [2, 0, 3, 1]],
    ["omgekeerd", [3, 2, 1, 0]],
  ])("geeft Leusden 2021-1 tot en met 2022-2 exact zoals de gouden gevallen (%s)", (_naam, volgorde) => {
    const r = controleerBlad(leusdenBlad(volgorde));
    for (const [periode, waarden] of Object.entries(verwacht))
      expect(rij(r, "Leusden", periode)).toMatchObject(waarden);
    expect(rij(r, "Leusden", "2021-1").realisatieTaakstelling).toBe(0.25);
    expect(rij(r, "Leusden", "2022-1").maatregel).toBe(
      "Verbeterplan vragen en bestuurlijk overleg plannen; actief monitoren.",
    );
    const correctie = opmerking(r, "trede-correctie-verschil");
    expect(correctie.rij).toBe(2 + volgorde.indexOf(1));
    expect(correctie.ernst).toBe("info");
    expect(correctie.bericht).toBe(
      "Met de gecorrigeerde achterstand trede 2, zonder correctie trede 3 (na-registratie 6).",
    );
    expect(r.opmerkingen.filter((o) => o.ernst === "fout")).toEqual([]);
    expect(r.samenvatting).toMatchObject({
      gemeenten: 1,
      metAchterstand: 1,
      perTrede: { "1": 0, "2": 0, "3": 1, "4": 0, "5": 0, "6": 0 },
      opgeschaald: 1,
      afgeschaald: 0,
      grootsteAchterstanden: [{ gemeente: "Leusden", periode: "2022-1", achterstand: 26 }],
      fouten: 0,
      waarschuwingen: 1,
    });
  });

  it("rekent de treden door over de historie zonder vorige trede: 3, 4, 5, 6, 6", () => {
    const rijen = ["2020-1", "2020-2", "2021-1", "2021-2", "2022-1"].map((p, i) => [
      "Lopik",
      p,
      10 + i,
      10,
      0,
      9,
      0,
    ]);
    const r = controleerBlad(blad([KOP, ...rijen.reverse()]));
    expect(["2020-1", "2020-2", "2021-1", "2021-2", "2022-1"].map((p) => rij(r, "Lopik", p).trede)).toEqual([
      3, 4, 5, 6, 6,
    ]);
    expect(
      ["2020-1", "2020-2", "2021-1", "2021-2", "2022-1"].map((p) => rij(r, "Lopik", p).escalatie),
    ).toEqual([null, "Opschalen", "Opschalen", "Opschalen", "Gelijk"]);
  });

  it("geeft de versnelling van Leusden, IJsselstein en Houten (1,73 / 0,81 / 1,46)", () => {
    const r = controleerBlad(
      blad([
        [
          "Gemeente",
          "Periode",
          "Achterstand begin",
          "Taakstelling",
          "Gerealiseerd",
          "Na-registratie",
          "Opdracht versnelling",
        ],
        ["Leusden", "2022-1", 21, 18, 13, 8, ""],
        ["Leusden", "2022-2", 26, 24, "", "", 45],
        ["IJsselstein", "2022-2", 21, 20, "", "", 17],
        ["Houten", "2022-2", 24, 30, "", "", 35],
        ["Baarn", "2022-2", 4, 20, "", "", ""],
      ]),
    );
    const v = r.versnelling!;
    expect(v.map((x) => [x.gemeente, x.opdracht, x.achterstand])).toEqual([
      ["Leusden", 45, 26],
      ["IJsselstein", 17, 21],
      ["Houten", 35, 24],
    ]);
    expect(v.map((x) => Math.round(x.opdrachtPerAchterstand! * 100) / 100)).toEqual([1.73, 0.81, 1.46]);
    expect(v[0].opdrachtPerAchterstand).toBe(45 / 26);
    expect(v.map((x) => Math.round(x.verhouding! * 100) / 100)).toEqual([1.27, 0.59, 1.07]);
    expect(v.map((x) => Math.round(x.verschil * 10) / 10)).toEqual([9.5, -11.7, 2.2]);
  });

  it("geeft de aandelen, verhouding en evenredige opdracht van de gouden gevallen (46,4% / 36,6%, 1,27, 35,5)", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Opdracht versnelling"],
        ["Leusden", "2022-2", 26, 24, 45],
        ["IJsselstein", "2022-2", 21, 20, 17],
        ["Houten", "2022-2", 24, 30, 35],
      ]),
    );
    const v = r.versnelling!;
    const procent = (x: number | null) => Math.round(x! * 1000) / 10;
    expect(v.map((x) => procent(x.aandeelOpdracht))).toEqual([46.4, 17.5, 36.1]);
    expect(v.map((x) => procent(x.aandeelAchterstand))).toEqual([36.6, 29.6, 33.8]);
    expect(v.map((x) => Math.round(x.evenredigeOpdracht * 10) / 10)).toEqual([35.5, 28.7, 32.8]);
  });

  it("geeft 2022-2 met extra opgave 11 een totaalopgave incl. extra van 62", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Extra opgave"],
        ["Leusden", "2022-2", 26, 24, 1, 11],
      ]),
    );
    expect(rij(r, "Leusden")).toMatchObject({ totaalopgave: 51, extraOpgave: 11, totaalopgaveInclExtra: 62 });
  });

  it("geeft de tussenstand van 22 november 2022: 138% en, tegen een opgegeven totaalopgave 50, 66%", () => {
    const r = controleerBlad(
      blad([
        ["Gemeente", "Periode", "Taakstelling", "Totaalopgave", "Gerealiseerd", "Meetdatum"],
        ["Leusden", "2022-2", 24, 50, 33, "22-11-2022"],
      ]),
    );
    const leusden = rij(r, "Leusden");
    expect(leusden).toMatchObject({
      totaalopgave: 50,
      realisatieTaakstelling: 33 / 24,
      realisatieTotaalopgave: 0.66,
    });
    expect(codes(r)).toEqual(["tussenstand@F2"]);
  });

  it("neemt bij een afgesloten periode (eenperiodeblad 2022-1) de achterstand eind voor de versnelling", () => {
    const r = controleerBlad(
      blad([
        ["Provinciaal overzicht 2022-1"],
        [
          "Gemeente",
          "Achterstand begin",
          "Taakstelling",
          "Gerealiseerd",
          "Na-registratie",
          "Opdracht versnelling",
        ],
        ["Leusden", 21, 18, 13, 8, 45],
        ["IJsselstein", 20, 20, 19, 0, 17],
      ]),
    );
    expect(r.versnelling!.map((x) => [x.gemeente, x.achterstand])).toEqual([
      ["Leusden", 26],
      ["IJsselstein", 21],
    ]);
  });

  it("geeft null als versnelling zonder opdrachtkolom", () => {
    expect(controleerBlad(leusdenBlad()).versnelling).toBeNull();
  });
});
