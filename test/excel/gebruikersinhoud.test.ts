/**
 * "Nothing lost" through the Excel adapter (office-addin-mock) and the in-memory twin: the engine's plan
 * never writes into the user's cells (a column "IBT notitie", a merged header G1:H1, a formula that gives
 * "", a cell of one space), the adapter records the columns it wrote as hidden sheet names that Excel
 * moves with the cells, refuses merged target cells and a block past XFD, and writes text as text (a
 * gemeente "=HYPERLINK(...)" never becomes a formula, in IBT Opmerkingen or in the comparison sheet's A3).
 */
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { alsInerteWaarde } from "../../src/excel/schrijfOpdrachten";
import { WerkboekFout, kolomLetters } from "../../src/host/conflicten";
import type { WerkboekAdapter } from "../../src/host/werkboek";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import {
  controleerBlad,
  maakSchrijfPlan,
  maakVergelijkingsblad,
  type Blad,
  type CelWaarde,
  type Rapport,
  type SchrijfPlan,
} from "../../src/sheet";
import { naamVoorKop } from "../../src/sheet/eigenKolommen";
import { ExcelMock, type MockBladInvoer } from "./excelMock";

const KOP = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
];

function leusden(extra: CelWaarde[][] = []): CelWaarde[][] {
  return [
    [...KOP],
    ["Leusden", "2021-1", 1, 24, 0, 6, 0],
    ["Leusden", "2021-2", 19, 19, 0, 17, 6],
    ["Leusden", "2022-1", 21, 18, 0, 13, 8],
    ...extra,
  ];
}

function opzet(blad: Partial<MockBladInvoer> & { waarden: CelWaarde[][] }) {
  const excel = new ExcelMock([{ naam: "Overzicht", ...blad }]);
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
  return { excel, werkboek };
}

/** Read, check, plan and write, as the task pane does; `bevestig` answers the overwrite question. */
async function run(
  werkboek: WerkboekAdapter,
  bevestig = jest.fn().mockResolvedValue(false),
): Promise<{ blad: Blad; rapport: Rapport; plan: SchrijfPlan; bevestig: jest.Mock }> {
  const blad = await werkboek.leesActiefBlad();
  const rapport = controleerBlad(blad);
  const plan = maakSchrijfPlan(blad, rapport);
  await werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig });
  return { blad, rapport, plan, bevestig };
}

function kolomVan(plan: SchrijfPlan, kop: string): number {
  return plan.kolommen.find((k) => k.kop === kop)!.kolom;
}

describe("Excel: eigen kolommen zijn precies de geschreven kolommen", () => {
  it("laat 'IBT notitie' staan, legt de geschreven kolommen vast in verborgen namen en verandert bij een tweede run niets", async () => {
    const { excel, werkboek } = opzet({
      waarden: leusden().map((r, i) => [...r, i === 0 ? "IBT notitie" : `notitie ${i}`]),
    });
    const een = await run(werkboek);
    expect(een.plan.beginKolom).toBe(8);
    expect(excel.lees("Overzicht", "H1:I4")).toEqual([
      ["IBT notitie", "IBT Totaalopgave"],
      ["notitie 1", 25],
      ["notitie 2", 38],
      ["notitie 3", 39],
    ]);
    expect(excel.blad("Overzicht").namen).toContainEqual({
      naam: "_IBT_Trede",
      formule: "=Overzicht!$P$1",
      zichtbaar: false,
    });
    expect(excel.blad("Overzicht").namen).toHaveLength(een.plan.kolommen.length);
    const voor = excel.lees("Overzicht", "A1:T4");
    const tweede = await run(werkboek);
    expect(tweede.blad.eigenKolommen).toHaveLength(een.plan.kolommen.length);
    expect(tweede.bevestig).not.toHaveBeenCalled();
    expect(tweede.plan.kolommen).toEqual(een.plan.kolommen);
    expect(excel.lees("Overzicht", "A1:T4")).toEqual(voor);
    expect(excel.blad("Overzicht").namen).toHaveLength(een.plan.kolommen.length);
  });

  it("laat een eigen naam '_IBT_mijn' van de gebruiker staan, ook bij een tweede run", async () => {
    const { excel, werkboek } = opzet({ waarden: leusden(), namen: { _IBT_mijn: "=Overzicht!$A$1" } });
    const een = await run(werkboek);
    await run(werkboek);
    const namen = excel.blad("Overzicht").namen;
    expect(namen).toContainEqual({ naam: "_IBT_mijn", formule: "=Overzicht!$A$1", zichtbaar: false });
    expect(namen.filter((n) => n.naam !== "_IBT_mijn").map((n) => n.naam)).toEqual(
      een.plan.kolommen.map((k) => naamVoorKop(k.kop)),
    );
  });

  it("vraagt het eerst als 'IBT notitie' na het lezen in de doelkolommen verschijnt; bij nee blijft alles staan", async () => {
    const { excel, werkboek } = opzet({ waarden: leusden() });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    excel.blad("Overzicht").waarden[0][7] = "IBT notitie";
    excel.blad("Overzicht").waarden[2][7] = "mijn notitie";
    const bevestig = jest.fn().mockResolvedValue(false);
    const fout = await werkboek
      .schrijfPlan(plan, { bevestigOverschrijven: bevestig })
      .catch((e: unknown) => e);
    expect(bevestig).toHaveBeenCalledWith(["H1", "H3"]);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect((fout as WerkboekFout).code).toBe("overschrijven-geweigerd");
    expect(excel.lees("Overzicht", "H1:H3")).toEqual([["IBT notitie"], [""], ["mijn notitie"]]);
    expect(excel.blad("Overzicht").namen).toEqual([]);
  });

  it("kent een hernoemde eigen kolom aan haar naam, ook nadat de gebruiker een kolom invoegde", async () => {
    const { excel, werkboek } = opzet({ waarden: leusden() });
    const een = await run(werkboek);
    const trede = kolomVan(een.plan, "IBT Trede");
    const L = kolomLetters(trede);
    const treden = excel.lees("Overzicht", `${L}2:${L}4`).map((r) => r[0]);
    expect(treden.every((t) => /^\d [A-Z]/.test(String(t)))).toBe(true);
    // The user inserts a column of notes before the trede column and renames the trede header.
    excel.voegKolomIn("Overzicht", trede);
    const b = excel.blad("Overzicht");
    b.waarden[0][trede] = "IBT notitie";
    b.waarden[2][trede] = "let op";
    b.waarden[0][trede + 1] = "Trede volgens ons";
    expect(b.namen.find((n) => n.naam === "_IBT_Trede")!.formule).toBe(
      `=Overzicht!$${kolomLetters(trede + 1)}$1`,
    );
    const tweede = await run(werkboek);
    expect(tweede.bevestig).not.toHaveBeenCalled();
    expect(kolomVan(tweede.plan, "IBT Trede")).toBe(trede + 1);
    expect(tweede.plan.kolommen.map((k) => k.kolom)).not.toContain(trede);
    expect(excel.lees("Overzicht", `${kolomLetters(trede)}1:${kolomLetters(trede + 1)}4`)).toEqual([
      ["IBT notitie", "Trede volgens ons"],
      ["", treden[0]],
      ["let op", treden[1]],
      ["", treden[2]],
    ]);
  });
});

describe("Excel: wat van de gebruiker is", () => {
  it("schrijft niet in de samengevoegde kopcel G1:H1 en houdt de na-registratie bij een tweede run", async () => {
    const { excel, werkboek } = opzet({ waarden: leusden(), samenvoegingen: ["G1:H1"] });
    const een = await run(werkboek);
    expect(een.blad.samengevoegd).toEqual([{ rij: 1, kolom: 6, rijen: 1, kolommen: 2 }]);
    expect(een.plan.beginKolom).toBe(8);
    expect(excel.lees("Overzicht", "H1:I1")).toEqual([["", "IBT Totaalopgave"]]);
    const tweede = await run(werkboek);
    expect(tweede.rapport.rijen.map((r) => r.naRegistratie)).toEqual([0, 6, 8]);
    expect(tweede.rapport.rijen.map((r) => r.totaalopgave)).toEqual([25, 38, 39]);
    expect(tweede.plan.kolommen).toEqual(een.plan.kolommen);
  });

  it("weigert te schrijven als de gebruiker na het lezen doelcellen samenvoegde, en schrijft niets", async () => {
    const { excel, werkboek } = opzet({ waarden: leusden() });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    excel.blad("Overzicht").samengevoegd.push({ rij: 3, kolom: 8, rijen: 1, kolommen: 2 });
    const fout = (await werkboek.schrijfPlan(plan).catch((e: unknown) => e)) as WerkboekFout;
    expect(fout.code).toBe("samengevoegd");
    expect(fout.message).toBe(
      "Er is niets geschreven: op werkblad 'Overzicht' liggen 2 doelcellen in samengevoegde cellen (I3 en J3). Daarin schrijft IBT Huisvesting nooit; controleer het blad opnieuw.",
    );
    expect(excel.lees("Overzicht", "H1:J1")).toEqual([["", "", ""]]);
  });

  it("leest een blad met meer dan 512 samenvoegingen opnieuw zonder, en weigert dan bij het schrijven de samengevoegde doelcel", async () => {
    const veel = Array.from({ length: 600 }, (_, i) => `A${i + 10}:B${i + 10}`);
    const waarden = leusden();
    waarden[699] = ["Bron: COA"]; // the used range reaches row 700, over the merged notes
    const { excel, werkboek } = opzet({ waarden, samenvoegingen: ["G1:H1", ...veel] });
    const blad = await werkboek.leesActiefBlad();
    expect(werkboek.laatsteLeesSyncs).toBe(2);
    expect(blad.samengevoegd).toBeUndefined();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    expect(plan.beginKolom).toBe(7);
    const fout = (await werkboek.schrijfPlan(plan).catch((e: unknown) => e)) as WerkboekFout;
    expect(fout.code).toBe("samengevoegd");
    expect(fout.cellen).toEqual(["H1"]);
    expect(excel.lees("Overzicht", "H1:I2")).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("ziet een formule die '' geeft als inhoud: het blok schuift erlangs, en zij blijft", async () => {
    const waarden = leusden();
    waarden[2][8] = "";
    const { excel, werkboek } = opzet({ waarden, formules: { I3: '=IF(F3>100;"veel";"")' } });
    const een = await run(werkboek);
    expect(een.blad.formulesZonderWaarde).toEqual([{ rij: 3, kolom: 8 }]);
    expect(een.plan.beginKolom).toBe(9);
    expect(excel.formule("Overzicht", "I3")).toBe('=IF(F3>100;"veel";"")');
  });

  it("vraagt bevestiging voor een formule die na het lezen in een doelcel kwam", async () => {
    const { excel, werkboek } = opzet({ waarden: leusden() });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    excel.blad("Overzicht").formules[3] = [];
    excel.blad("Overzicht").formules[3][9] = '=""';
    const bevestig = jest.fn().mockResolvedValue(false);
    await expect(werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig })).rejects.toThrow(
      WerkboekFout,
    );
    expect(bevestig).toHaveBeenCalledWith(["J4"]);
  });

  it("ziet een cel met alleen een spatie als inhoud", async () => {
    const waarden = leusden();
    waarden[2][7] = " ";
    const { excel, werkboek } = opzet({ waarden });
    const een = await run(werkboek);
    expect(een.plan.beginKolom).toBe(8);
    expect(excel.lees("Overzicht", "H3:I3")).toEqual([[" ", 38]]);
  });
});

describe("Excel: slechte waarden en grenzen", () => {
  it("meldt een datum als taakstelling met de cel, in plaats van 44.593 personen", async () => {
    const waarden = leusden();
    waarden[3][3] = 44593;
    const formaten = waarden.map((r) => r.map(() => "General"));
    formaten[3][3] = "d-m-yyyy";
    const { werkboek } = opzet({ waarden, formaten });
    const { rapport } = await run(werkboek);
    expect(rapport.opmerkingen).toContainEqual(
      expect.objectContaining({ cel: "D4", code: "datum-in-aantal", ernst: "fout" }),
    );
    expect(rapport.rijen[2].taakstelling).toBeNull();
  });

  it("meldt 1e308 als geen aantal en schrijft de rest", async () => {
    const waarden = leusden();
    waarden[2][3] = 1e308;
    const { excel, werkboek } = opzet({ waarden });
    const { rapport, plan } = await run(werkboek);
    expect(rapport.opmerkingen).toContainEqual(expect.objectContaining({ cel: "D3", code: "geen-aantal" }));
    const opm = kolomVan(plan, "IBT Opmerkingen");
    expect(String(excel.blad("Overzicht").waarden[2][opm])).toContain("1e+308 is geen aantal personen");
  });

  it("crasht niet op een kopregel tot XFD: het schrijven wordt met een Nederlandse melding geweigerd", async () => {
    const kop: CelWaarde[] = [...KOP, ...Array.from({ length: 16_384 - KOP.length }, (_, i) => `Kolom ${i}`)];
    const { excel, werkboek } = opzet({ waarden: [kop, ["Leusden", "2022-1", 21, 18, 0, 13, 8]] });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    const fout = (await werkboek.schrijfPlan(plan).catch((e: unknown) => e)) as WerkboekFout;
    expect(fout.code).toBe("geen-ruimte");
    expect(fout.message).toMatch(
      /^Er is niets geschreven: op werkblad 'Overzicht' is rechts van de gegevens geen ruimte voor de 11 kolommen/,
    );
    expect(excel.syncs).toBe(1);
  });

  it("schrijft 50 opmerkingen op één rij binnen 32.767 tekens", async () => {
    const kop: CelWaarde[] = [...KOP, ...Array.from({ length: 50 }, () => "Taakstelling")];
    const { excel, werkboek } = opzet({ waarden: [kop, ["Leusden", "2022-1", 21, 18, 0, 13, 8]] });
    const { plan } = await run(werkboek);
    const tekst = String(excel.blad("Overzicht").waarden[1][kolomVan(plan, "IBT Opmerkingen")]);
    expect(tekst.split("staat er twee keer in")).toHaveLength(51);
    expect(tekst.length).toBeLessThanOrEqual(32_767);
  });
});

describe("Excel en het geheugen: tekst uit het blad blijft tekst", () => {
  const formule = '=HYPERLINK("https://example.org";"klik")';
  const vreemd = "Leus\u001b[31mden\u0007";

  it("maakt van risicovolle tekst een tekst met Excels apostrof-voorvoegsel", () => {
    expect(alsInerteWaarde(formule)).toBe(`'${formule}`);
    for (const t of ["+31 6", "-26 personen", "@gemeente", "'s-Hertogenbosch"])
      expect(alsInerteWaarde(t)).toBe(`'${t}`);
    expect(alsInerteWaarde("Leusden")).toBe("Leusden");
    expect(alsInerteWaarde("72%", "@")).toBe("'72%");
    expect(alsInerteWaarde(-26)).toBe(-26);
    expect(alsInerteWaarde("")).toBe("");
  });

  it.each([
    ["Excel", (b: MockBladInvoer) => opzet(b)],
    ["het geheugen", (b: MockBladInvoer) => ({ excel: null, werkboek: new GeheugenWerkboek([b]) })],
  ] as const)(
    "schrijft in %s een gemeente =HYPERLINK(...), 's-Hertogenbosch en stuurtekens letterlijk, in IBT Opmerkingen en in A3 van de vergelijking",
    async (_host, maak) => {
      const waarden = leusden([
        [formule, "2022-1", 21, 18, 0, 13, 8],
        [formule, "2022-1", 21, 18, 0, 13, 8],
        ["'s-Hertogenbosch", "2022-1", 21, 18, 0, 13, 8],
        ["'s-Hertogenbosch", "2022-1", 21, 18, 0, 13, 8],
        [vreemd, "2022-1", 21, 18, 0, 13, 8],
        [vreemd, "2022-1", 21, 18, 0, 13, 8],
      ]);
      const { excel, werkboek } = maak({ naam: "Overzicht", waarden });
      const { plan } = await run(werkboek);
      const opm = kolomVan(plan, "IBT Opmerkingen") - plan.beginKolom;
      const geschreven = (await werkboek.leesActiefBlad()).waarden;
      const opmerking = (rij: number) => String(geschreven[rij - 1][opm + plan.beginKolom]);
      expect(opmerking(6).startsWith(`${formule} 2022-1 staat er twee keer in`)).toBe(true);
      expect(opmerking(8).startsWith("'s-Hertogenbosch 2022-1 staat er twee keer in")).toBe(true);
      expect(opmerking(10).startsWith(`${vreemd} 2022-1 staat er twee keer in`)).toBe(true);
      if (excel) {
        const b = excel.blad("Overzicht");
        expect(b.formules.flat().filter((f) => f !== undefined)).toEqual([]);
      }
      await werkboek.schrijfNieuwBlad(
        maakVergelijkingsblad([
          {
            gemeente: formule,
            opdracht: 45,
            achterstand: 26,
            opdrachtPerAchterstand: 45 / 26,
            aandeelOpdracht: 1,
            aandeelAchterstand: 1,
            verhouding: 1,
            evenredigeOpdracht: 45,
            verschil: 0,
            opmerking: null,
          },
        ]),
      );
      const a3 = (await werkboek.leesActiefBlad()).waarden[2][0];
      expect(a3).toBe(formule);
      if (excel) expect(excel.formule("IBT Vergelijking", "A3")).toBeNull();
    },
  );

  it("zou zonder voorvoegsel een formule worden: de mock doet wat Excel doet", async () => {
    const { excel, werkboek } = opzet({ waarden: [["x"]] });
    await (
      werkboek as unknown as { voerUit: (f: (c: Excel.RequestContext) => Promise<void>) => Promise<void> }
    ).voerUit(async (context) => {
      const r = context.workbook.worksheets.getItem("Overzicht").getRange("A1:C1");
      r.values = [[formule, `'${formule}`, "'s-Hertogenbosch"]];
      await context.sync();
    });
    expect(excel.formule("Overzicht", "A1")).toBe(formule);
    expect(excel.lees("Overzicht", "A1:C1")).toEqual([["#NAME?", formule, "s-Hertogenbosch"]]);
    expect(excel.formule("Overzicht", "B1")).toBeNull();
  });
});

describe("het geheugenwerkboek (preview) volgt dezelfde regels", () => {
  it("laat 'IBT notitie', een samengevoegde kopcel en een formule zonder waarde staan en kent zijn eigen kolommen", async () => {
    const waarden = leusden().map((r, i) => [...r, i === 0 ? "IBT notitie" : `notitie ${i}`]);
    const werkboek = new GeheugenWerkboek([
      {
        naam: "Overzicht",
        waarden,
        samengevoegd: [{ rij: 1, kolom: 8, rijen: 1, kolommen: 2 }],
        formulesZonderWaarde: [{ rij: 3, kolom: 10 }],
      },
    ]);
    const een = await run(werkboek);
    expect(een.blad.samengevoegd).toEqual([{ rij: 1, kolom: 8, rijen: 1, kolommen: 2 }]);
    expect(een.plan.beginKolom).toBe(11);
    const tweede = await run(werkboek);
    expect(tweede.bevestig).not.toHaveBeenCalled();
    expect(tweede.blad.eigenKolommen).toHaveLength(een.plan.kolommen.length);
    expect(tweede.plan.kolommen).toEqual(een.plan.kolommen);
    expect(werkboek.leesBlad("Overzicht")!.waarden.map((r) => r[7])).toEqual(waarden.map((r) => r[7]));
  });

  it("weigert samengevoegde doelcellen en een blok voorbij XFD met dezelfde meldingen als Excel", async () => {
    const werkboek = new GeheugenWerkboek([{ naam: "Overzicht", waarden: leusden() }]);
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    const samengevoegd = new GeheugenWerkboek([
      { naam: "Overzicht", waarden: leusden(), samengevoegd: [{ rij: 2, kolom: 7, rijen: 2, kolommen: 1 }] },
    ]);
    await expect(samengevoegd.schrijfPlan(plan)).rejects.toMatchObject({
      code: "samengevoegd",
      cellen: ["H2", "H3"],
    });
    const ver = { ...plan, kolommen: plan.kolommen.map((k) => ({ ...k, kolom: k.kolom + 16_380 })) };
    await expect(werkboek.schrijfPlan(ver)).rejects.toMatchObject({ code: "geen-ruimte" });
  });
});
