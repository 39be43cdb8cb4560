/** The bundled example: its data file, the generated workbook, and what the check says about it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { VOORBEELD_PAD } from "../../src/cli/main";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { brieftabelVoor, controleerBlad, naarJsonRapport, vergelijkGemeenten } from "../../src/sheet";
import type { Rapport } from "../../src/sheet/types";
import {
  controleerGegevens,
  maakVoorbeeldWerkmap,
  writeDeterministisch,
  type Voorbeeldgegevens,
} from "../../scripts/make-example";
import { maakTempMap } from "./helpers";
import { JSON_RIJ_SLEUTELS } from "../jsonVorm";

const WORTEL = path.resolve(__dirname, "..", "..");
const gegevens = JSON.parse(
  readFileSync(path.join(WORTEL, "data", "voorbeeld.json"), "utf8"),
) as Voorbeeldgegevens;
const REGISTER_1_JULI_2022: Record<string, number> = {
  Utrecht: 207,
  Amersfoort: 53,
  "Stichtse Vecht": 32,
  Leusden: 26,
  Houten: 24,
  IJsselstein: 21,
  "Utrechtse Heuvelrug": 18,
};
const GEMEENTEN_UTRECHT =
  "Amersfoort, Baarn, De Bilt, Bunnik, Bunschoten, Eemnes, Houten, IJsselstein, Leusden, Lopik, Montfoort, Nieuwegein, Oudewater, Renswoude, Rhenen, De Ronde Venen, Soest, Stichtse Vecht, Utrecht, Utrechtse Heuvelrug, Veenendaal, Vijfheerenlanden, Wijk bij Duurstede, Woerden, Woudenberg, Zeist".split(
    ", ",
  );

const eind = (c: {
  achterstandBegin: number;
  taakstelling: number;
  herverdeling: number;
  gerealiseerd: number | null;
}) => c.taakstelling + c.achterstandBegin + c.herverdeling - (c.gerealiseerd ?? NaN);

describe("data/voorbeeld.json", () => {
  it("heeft de 26 gemeenten van de provincie Utrecht in 2022", () => {
    expect(gegevens.gemeenten.map((g) => g.gemeente).sort()).toEqual([...GEMEENTEN_UTRECHT].sort());
    expect(gegevens.perioden).toEqual(["2021-1", "2021-2", "2022-1", "2022-2"]);
  });

  it("gebruikt de cijfers van Leusden exact zoals de gouden gevallen ze geven", () => {
    const l = gegevens.gemeenten.find((g) => g.gemeente === "Leusden")!;
    expect(l.vorigeTrede).toBe(1);
    expect(l.opdrachtVersnelling).toBe(45);
    expect(l.perioden).toEqual({
      "2021-1": { achterstandBegin: 1, taakstelling: 24, herverdeling: 0, gerealiseerd: 6, naRegistratie: 0 },
      "2021-2": {
        achterstandBegin: 19,
        taakstelling: 19,
        herverdeling: 0,
        gerealiseerd: 17,
        naRegistratie: 6,
        correctiedatum: "2022-02-01",
      },
      "2022-1": {
        achterstandBegin: 21,
        taakstelling: 18,
        herverdeling: 0,
        gerealiseerd: 13,
        naRegistratie: 8,
        correctiedatum: "2022-08-01",
      },
      "2022-2": {
        achterstandBegin: 26,
        taakstelling: 24,
        herverdeling: 1,
        extraOpgave: 11,
        gerealiseerd: 33,
        naRegistratie: 0,
        tussenstand: true,
      },
    });
    expect(l.echteCijfers).toBe(true);
    expect(gegevens.gemeenten.filter((g) => g.echteCijfers).map((g) => g.gemeente)).toEqual(["Leusden"]);
  });

  it("heeft de geregistreerde achterstanden van 1 juli 2022: de top 7 exact, 19 van 26 met achterstand", () => {
    const opEen = Object.fromEntries(gegevens.gemeenten.map((g) => [g.gemeente, eind(g.perioden["2022-1"])]));
    for (const [gemeente, a] of Object.entries(REGISTER_1_JULI_2022)) expect(opEen[gemeente]).toBe(a);
    const anderen = Object.entries(opEen).filter(([g]) => !(g in REGISTER_1_JULI_2022));
    expect(anderen.filter(([, a]) => a > 0).length).toBe(12);
    for (const [, a] of anderen) expect(a).toBeLessThan(18);
    expect(Object.values(opEen).filter((a) => a > 0).length).toBe(19);
    for (const g of gegevens.gemeenten) expect(g.perioden["2022-2"].achterstandBegin).toBe(opEen[g.gemeente]);
  });

  it("heeft sluitende ketens en herverdelingen die per periode op 0 uitkomen", () => {
    for (const g of gegevens.gemeenten) {
      for (let i = 0; i + 1 < gegevens.perioden.length; i++) {
        expect(eind(g.perioden[gegevens.perioden[i]])).toBe(
          g.perioden[gegevens.perioden[i + 1]].achterstandBegin,
        );
      }
    }
    for (const p of gegevens.perioden) {
      expect(gegevens.gemeenten.reduce((s, g) => s + g.perioden[p].herverdeling, 0)).toBe(0);
    }
    const l = gegevens.gemeenten.find((g) => g.gemeente === "Leusden")!;
    const uh = gegevens.gemeenten.find((g) => g.gemeente === "Utrechtse Heuvelrug")!;
    expect([l.perioden["2022-2"].herverdeling, uh.perioden["2022-2"].herverdeling]).toEqual([1, -1]);
  });
});

describe("controleerGegevens (npm run make-example) bewaakt de gouden cijfers", () => {
  const kopie = (): Voorbeeldgegevens => JSON.parse(JSON.stringify(gegevens)) as Voorbeeldgegevens;
  const gemeente = (d: Voorbeeldgegevens, naam: string) => d.gemeenten.find((g) => g.gemeente === naam)!;
  /** Changes the registered backlog on 1 jul 2022 by `delta` and keeps the chain into 2022-2 closed. */
  const verschuif = (d: Voorbeeldgegevens, naam: string, delta: number): void => {
    const g = gemeente(d, naam);
    g.perioden["2022-1"].gerealiseerd! -= delta;
    g.perioden["2022-2"].achterstandBegin += delta;
  };

  it("keurt data/voorbeeld.json goed", () => {
    expect(() => controleerGegevens(gegevens)).not.toThrow();
  });

  it("weigert een ander cijfer van Leusden in elk van de vier perioden", () => {
    const gevallen: [string, keyof Voorbeeldgegevens["gemeenten"][0]["perioden"][string], number, RegExp][] =
      [
        ["2021-1", "gerealiseerd", 7, /Leusden 2021-1: gerealiseerd 7, gouden geval 6/],
        ["2021-2", "naRegistratie", 5, /Leusden 2021-2: naRegistratie 5, gouden geval 6/],
        ["2022-1", "naRegistratie", 7, /Leusden 2022-1: naRegistratie 7, gouden geval 8/],
        ["2022-2", "gerealiseerd", 32, /Leusden 2022-2: gerealiseerd 32, gouden geval 33/],
        ["2022-2", "extraOpgave", 12, /Leusden 2022-2: extraOpgave 12, gouden geval 11/],
      ];
    for (const [periode, veld, waarde, melding] of gevallen) {
      const d = kopie();
      (gemeente(d, "Leusden").perioden[periode] as unknown as Record<string, number>)[veld] = waarde;
      expect(() => controleerGegevens(d)).toThrow(melding);
    }
    const zonderExtra = kopie();
    delete gemeente(zonderExtra, "Leusden").perioden["2022-2"].extraOpgave;
    expect(() => controleerGegevens(zonderExtra)).toThrow(
      /Leusden 2022-2: extraOpgave undefined, gouden geval 11/,
    );
    const trede = kopie();
    gemeente(trede, "Leusden").vorigeTrede = 2;
    expect(() => controleerGegevens(trede)).toThrow(/Leusden: vorige trede 2, verwacht 1/);
  });

  it("weigert een andere achterstand van de top 7 op 1 juli 2022", () => {
    const d = kopie();
    verschuif(d, "Utrecht", -1);
    expect(() => controleerGegevens(d)).toThrow(/Utrecht: achterstand 1 juli 2022 206, gouden geval 207/);
  });

  it("weigert een verzonnen achterstand die in de top 7 zou komen", () => {
    const d = kopie();
    const naam = "Veenendaal";
    const huidig = eind(gemeente(d, naam).perioden["2022-1"]);
    expect(huidig).toBeGreaterThan(0);
    verschuif(d, naam, 25 - huidig);
    expect(() => controleerGegevens(d)).toThrow(
      /Veenendaal: achterstand 1 juli 2022 25 hoort niet in de top 7/,
    );
  });

  it("weigert iets anders dan 19 van de 26 gemeenten met achterstand op 1 juli 2022", () => {
    const d = kopie();
    const naam = "Veenendaal";
    verschuif(d, naam, -eind(gemeente(d, naam).perioden["2022-1"]));
    expect(() => controleerGegevens(d)).toThrow(
      /18 gemeenten met achterstand op 1 juli 2022, gouden geval 19/,
    );
  });

  it("weigert een andere opdracht versnelling van Leusden, IJsselstein of Houten", () => {
    for (const [naam, opdracht] of [
      ["Leusden", 45],
      ["IJsselstein", 17],
      ["Houten", 35],
    ] as const) {
      const d = kopie();
      gemeente(d, naam).opdrachtVersnelling = opdracht + 1;
      expect(() => controleerGegevens(d)).toThrow(
        `${naam}: opdracht versnelling ${opdracht + 1}, gouden geval ${opdracht}`,
      );
    }
  });

  it("weigert een andere correctiedatum van Leusden (1 februari 2022, 1 augustus 2022)", () => {
    const andere = kopie();
    gemeente(andere, "Leusden").perioden["2022-1"].correctiedatum = "2022-09-01";
    expect(() => controleerGegevens(andere)).toThrow(
      /Leusden 2022-1: correctiedatum 2022-09-01, gouden geval 2022-08-01/,
    );
    const zonder = kopie();
    delete gemeente(zonder, "Leusden").perioden["2021-2"].correctiedatum;
    expect(() => controleerGegevens(zonder)).toThrow(
      /Leusden 2021-2: correctiedatum undefined, gouden geval 2022-02-01/,
    );
  });

  it("weigert een correctiedatum die geen datum is, te vroeg is of geen na-registratie heeft", () => {
    const geenDatum = kopie();
    gemeente(geenDatum, "Houten").perioden["2022-1"].correctiedatum = "2022-02-30";
    expect(() => controleerGegevens(geenDatum)).toThrow(
      /Houten 2022-1: correctiedatum 2022-02-30 is geen datum/,
    );
    const vroeg = kopie();
    gemeente(vroeg, "Houten").perioden["2022-1"].correctiedatum = "2022-07-01";
    expect(() => controleerGegevens(vroeg)).toThrow(
      /Houten 2022-1: correctiedatum 2022-07-01 niet na de peildatum 2022-07-01/,
    );
    const zonderN = kopie();
    gemeente(zonderN, "Zeist").perioden["2022-1"].correctiedatum = "2022-08-01";
    expect(() => controleerGegevens(zonderN)).toThrow(/Zeist 2022-1: correctiedatum zonder na-registratie/);
  });

  it("weigert een extra opgave vóór 2022-2 en een ontbrekende gemeente", () => {
    const extra = kopie();
    gemeente(extra, "Zeist").perioden["2022-1"].extraOpgave = 3;
    expect(() => controleerGegevens(extra)).toThrow(/Zeist 2022-1: extra opgave vóór 2022-2/);
    const minder = kopie();
    minder.gemeenten = minder.gemeenten.filter((g) => g.gemeente !== "Eemnes");
    expect(() => controleerGegevens(minder)).toThrow(/ontbreekt: Eemnes/);
  });
});

describe("assets/voorbeeld.xlsx", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  let overzicht: Rapport;
  let periodeblad: Rapport;

  beforeAll(async () => {
    const werkmap = await readWerkmap(VOORBEELD_PAD);
    overzicht = controleerBlad(sheetToBlad(werkmap.getWorksheet("Overzicht")!));
    periodeblad = controleerBlad(sheetToBlad(werkmap.getWorksheet("2022-1")!));
  });

  it("is gelijk aan wat npm run make-example uit data/voorbeeld.json maakt (byte voor byte)", async () => {
    const pad = path.join(tmp.map, "voorbeeld.xlsx");
    const nieuw = await writeDeterministisch(maakVoorbeeldWerkmap(gegevens), pad);
    expect(nieuw.equals(readFileSync(VOORBEELD_PAD))).toBe(true);
  });

  it("zegt op de eerste rijen dat de cijfers buiten Leusden en 1 juli 2022 verzonnen zijn", async () => {
    const werkmap = await readWerkmap(VOORBEELD_PAD);
    for (const naam of ["Overzicht", "2022-1"]) {
      const tekst = sheetToBlad(werkmap.getWorksheet(naam)!).waarden.slice(0, 3).flat().join(" ");
      expect(tekst).toMatch(
        /behalve de cijfers van Leusden, de geregistreerde achterstanden op 1 juli 2022 .* verzonnen/,
      );
    }
  });

  it("geeft op Overzicht geen fouten of waarschuwingen, 26 gemeenten en 19 met achterstand", () => {
    expect(overzicht.kopRij).toBe(5);
    expect(overzicht.opmerkingen.filter((o) => o.ernst !== "info")).toEqual([]);
    expect(overzicht.samenvatting.gemeenten).toBe(26);
    expect(overzicht.samenvatting.metAchterstand).toBe(19);
    expect(overzicht.samenvatting.grootsteAchterstanden.slice(0, 7)).toEqual(
      Object.entries(REGISTER_1_JULI_2022).map(([gemeente, achterstand]) => ({
        gemeente,
        periode: "2022-1",
        achterstand,
      })),
    );
    expect(overzicht.rijen.length).toBe(26 * 4);
  });

  it("berekent Leusden op Overzicht zoals de gouden gevallen, met 2022-2 als tussenstand", () => {
    const l = overzicht.rijen.filter((r) => r.gemeente === "Leusden");
    expect(l.map((r) => r.totaalopgave)).toEqual([25, 38, 39, 51]);
    expect(l.map((r) => r.achterstandEind)).toEqual([19, 21, 26, null]);
    expect(l.map((r) => r.achterstandEindGecorrigeerd)).toEqual([19, 15, 18, null]);
    expect(l.map((r) => r.trede)).toEqual([2, 2, 3, null]);
    expect(l.map((r) => r.escalatie)).toEqual(["Opschalen", "Gelijk", "Opschalen", null]);
    expect(l[3].gerealiseerd).toBe(33);
    expect(l[3].realisatieTaakstelling).toBe(33 / 24);
    expect(l[3].meetdatum).toBe("2022-11-22");
    const info = overzicht.opmerkingen.filter((o) => o.code === "trede-correctie-verschil").map((o) => o.cel);
    expect(info).toEqual(["H43"]);
  });

  it("heeft op Overzicht een kolom Extra opgave, alleen gevuld in 2022-2; Leusden 11, incl. extra 62", () => {
    const metExtra = overzicht.rijen.filter((r) => r.extraOpgave !== null);
    expect(metExtra.length).toBe(26);
    expect(new Set(metExtra.map((r) => r.periode))).toEqual(new Set(["2022-2"]));
    const leusden = overzicht.rijen.find((r) => r.gemeente === "Leusden" && r.periode === "2022-2")!;
    expect(leusden).toMatchObject({ extraOpgave: 11, totaalopgave: 51, totaalopgaveInclExtra: 62 });
    for (const g of gegevens.gemeenten) {
      const r = overzicht.rijen.find((x) => x.gemeente === g.gemeente && x.periode === "2022-2")!;
      expect(r.extraOpgave).toBe(g.perioden["2022-2"].extraOpgave);
    }
  });

  it("heeft op Overzicht als laatste kolom Correctiedatum, gevuld bij elke rij met na-registratie", () => {
    const kolom = overzicht.kolommen.find((k) => k.veld === "correctiedatum")!;
    expect(kolom).toMatchObject({ kop: "Correctiedatum", kolom: 12 }); // M: Extra opgave stays in L
    expect(Math.max(...overzicht.kolommen.filter((k) => !k.eigen).map((k) => k.kolom))).toBe(12);
    const leusden = overzicht.rijen.filter((r) => r.gemeente === "Leusden").map((r) => r.correctiedatum);
    expect(leusden).toEqual([null, "2022-02-01", "2022-08-01", null]);
    for (const r of overzicht.rijen) {
      expect(r.correctiedatum !== null).toBe((r.naRegistratie ?? 0) > 0);
      const c = gegevens.gemeenten.find((g) => g.gemeente === r.gemeente)!.perioden[r.periode!];
      expect(r.correctiedatum).toBe(c.correctiedatum ?? null);
    }
    expect(overzicht.opmerkingen.filter((o) => o.code.startsWith("correctiedatum"))).toEqual([]);
  });

  it("geeft de brieftabel van Leusden 2022-1 uit het voorbeeld met Stand van zaken 1 augustus 2022", () => {
    const regels = brieftabelVoor(overzicht, "Leusden", "2022-1")!;
    expect(regels.map((r) => [r.label, r.waarde])).toEqual([
      ["Stand van zaken 1 januari 2022", "21 vergunninghouders achterstand"],
      ["Taakstelling eerste helft 2022", "18"],
      expect.arrayContaining(["39"]),
      expect.arrayContaining(["13"]),
      ["Realisatie taakstelling in percentage", "72%"],
      ["Realisatie totaalopgave in percentage", "33%"],
      ["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand"],
      ["Stand van zaken 1 augustus 2022", "18 vergunninghouders achterstand"],
      expect.arrayContaining(["24"]),
      ["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand"],
      expect.arrayContaining(["+1"]),
      expect.arrayContaining(["51"]),
    ]);
    const vorige = brieftabelVoor(overzicht, "Leusden", "2021-2")!;
    expect(vorige.map((r) => [r.label, r.waarde])).toContainEqual([
      "Stand van zaken 1 februari 2022",
      "15 vergunninghouders achterstand",
    ]);
    // The one-period sheet 2022-1 has no Correctiedatum column: there the letter keeps the old label.
    expect(brieftabelVoor(periodeblad, "Leusden", "2022-1")!.map((r) => r.label)).toContain(
      "Stand van zaken na correctie voor na-registratie",
    );
  });

  it("houdt de --json-sleutels van een rij gelijk (geen correctiedatum)", () => {
    const json = naarJsonRapport(overzicht);
    for (const r of json.rows) {
      expect(Object.keys(r)).toEqual(JSON_RIJ_SLEUTELS);
    }
    expect(Object.keys(json)).toEqual(["sheet", "rows", "remarks", "summary"]);
  });

  it("geeft op het blad 2022-1 de versnelling van de gouden gevallen: 1,73, 0,81 en 1,46", () => {
    expect(periodeblad.opmerkingen.filter((o) => o.ernst !== "info")).toEqual([]);
    const rijen = vergelijkGemeenten(periodeblad, ["Leusden", "IJsselstein", "Houten"]);
    const per = Object.fromEntries(rijen.map((r) => [r.gemeente, r]));
    expect([per.Leusden.achterstand, per.IJsselstein.achterstand, per.Houten.achterstand]).toEqual([
      26, 21, 24,
    ]);
    expect([per.Leusden.opdracht, per.IJsselstein.opdracht, per.Houten.opdracht]).toEqual([45, 17, 35]);
    const r2 = (x: number | null) => Math.round((x ?? NaN) * 100) / 100;
    expect([per.Leusden, per.IJsselstein, per.Houten].map((r) => r2(r.opdrachtPerAchterstand))).toEqual([
      1.73, 0.81, 1.46,
    ]);
    expect([per.Leusden, per.IJsselstein, per.Houten].map((r) => r2(r.verhouding))).toEqual([
      1.27, 0.59, 1.07,
    ]);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    expect([per.Leusden, per.IJsselstein, per.Houten].map((r) => r1(r.evenredigeOpdracht))).toEqual([
      35.5, 28.7, 32.8,
    ]);
    expect([per.Leusden, per.IJsselstein, per.Houten].map((r) => r1(r.verschil))).toEqual([9.5, -11.7, 2.2]);
    const gecorrigeerd = vergelijkGemeenten(periodeblad, ["Leusden", "IJsselstein", "Houten"], {
      gecorrigeerd: true,
    });
    expect(r2(gecorrigeerd.find((r) => r.gemeente === "Leusden")!.opdrachtPerAchterstand)).toBe(2.5);
  });
});
