/**
 * What the Excel adapter tells the engine about a sheet's layout, through office-addin-mock: hidden
 * columns (`verborgenKolommen`, ExcelApi 1.9 getColumnProperties in the read's one sync; before 1.9 the
 * used range's columnHidden, and one more sync only when some columns are hidden), merged cells
 * (`samengevoegd`) of a two-row header that the engine then reads, and an Excel table (ListObject) with
 * title rows above it: read whole, and written next to without touching the table or the user's cells.
 */
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { controleerBlad, maakSchrijfPlan } from "../../src/sheet";
import type { CelWaarde } from "../../src/sheet/types";
import { ExcelMock, type ExcelMockOpties, type MockBladInvoer } from "./excelMock";

function opzet(blad: MockBladInvoer, opties: ExcelMockOpties = {}) {
  const excel = new ExcelMock([blad], opties);
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
  return { excel, werkboek };
}

/**
 * The two-row header of the brief: "Gemeente" A1:A2, "Taakstelling 2022-1" B1:B2 and "Gerealiseerd"
 * E1:E2 merged vertically, "Stand van zaken" C1:D1 over "1 januari 2022" and "1 juli 2022".
 */
function tweeRijKop(): MockBladInvoer {
  return {
    naam: "2022-1",
    waarden: [
      ["Gemeente", "Taakstelling 2022-1", "Stand van zaken", "", "Gerealiseerd"],
      ["", "", "1 januari 2022", "1 juli 2022", ""],
      ["Leusden", 18, 21, 26, 13],
    ],
    samenvoegingen: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
  };
}

describe("verborgen kolommen", () => {
  const blad: MockBladInvoer = {
    naam: "Overzicht",
    waarden: [
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
      ["Leusden", "2022-1", 21, 18, 13],
    ],
    beginKolom: 1,
    // C (Periode) and E (Taakstelling) hidden; J is hidden too but outside the used range B:F.
    verborgenKolommen: [2, 4, 9],
  };

  it("geeft de verborgen kolommen van het gebruikte bereik, in dezelfde ene sync (ExcelApi 1.9)", async () => {
    const { excel, werkboek } = opzet(blad);
    const gelezen = await werkboek.leesActiefBlad();
    expect(gelezen.verborgenKolommen).toEqual([2, 4]);
    expect(gelezen.beginKolom).toBe(1);
    expect(excel.syncs).toBe(1);
    expect(werkboek.laatsteLeesSyncs).toBe(1);

    const rapport = controleerBlad(gelezen);
    expect(rapport.kolommen.filter((k) => k.verborgen).map((k) => k.kop)).toEqual([
      "Periode",
      "Taakstelling",
    ]);
    expect(
      rapport.opmerkingen.filter((o) => o.code === "kolom-verborgen").map((o) => [o.cel, o.ernst]),
    ).toEqual([
      ["C1", "info"],
      ["E1", "info"],
    ]);
    // Read all the same.
    expect(rapport.rijen[0]).toMatchObject({ periode: "2022-1", taakstelling: 18, achterstandEind: 26 });
  });

  it("laat verborgenKolommen weg zonder verborgen kolommen, nog steeds in één sync", async () => {
    const { excel, werkboek } = opzet({ ...blad, verborgenKolommen: [9] });
    const gelezen = await werkboek.leesActiefBlad();
    expect(gelezen).not.toHaveProperty("verborgenKolommen");
    expect(excel.syncs).toBe(1);
  });

  it("vraagt zonder ExcelApi 1.9 alleen bij deels verborgen kolommen één sync extra, per kolom", async () => {
    const { excel, werkboek } = opzet(blad, { apiVersie: "1.8" });
    const gelezen = await werkboek.leesActiefBlad();
    expect(gelezen.verborgenKolommen).toEqual([2, 4]);
    expect(excel.syncs).toBe(2);
    expect(werkboek.laatsteLeesSyncs).toBe(2);

    const zonder = opzet({ ...blad, verborgenKolommen: [] }, { apiVersie: "1.8" });
    expect(await zonder.werkboek.leesActiefBlad()).not.toHaveProperty("verborgenKolommen");
    expect(zonder.excel.syncs).toBe(1);

    const alles = opzet({ ...blad, verborgenKolommen: [1, 2, 3, 4, 5] }, { apiVersie: "1.8" });
    expect((await alles.werkboek.leesActiefBlad()).verborgenKolommen).toEqual([1, 2, 3, 4, 5]);
    expect(alles.excel.syncs).toBe(1);
  });

  it("geeft in een tabel alleen de verborgen kolommen van de gelezen rechthoek", async () => {
    const { excel, werkboek } = opzet(
      {
        naam: "Overzicht",
        waarden: [
          ["Gemeente", "Periode", "Taakstelling", "", "Notitie"],
          ["Leusden", "2022-1", 18, "", "zie mail"],
        ],
        tabellen: [{ naam: "Tabel1", adres: "A1:C2" }],
        verborgenKolommen: [1, 4],
      },
      { actieveCel: "A2" },
    );
    const gelezen = await werkboek.leesActiefBlad();
    expect(gelezen.waarden[0]).toEqual(["Gemeente", "Periode", "Taakstelling"]);
    expect(gelezen.verborgenKolommen).toEqual([1]);
    expect(excel.syncs).toBe(1);
  });
});

describe("samengevoegde cellen van een kop van twee rijen", () => {
  it("geeft samengevoegd, en de motor leest de kop: kopRij 2, periode 2022-1, Leusden", async () => {
    const { excel, werkboek } = opzet(tweeRijKop());
    const blad = await werkboek.leesActiefBlad();
    expect(excel.syncs).toBe(1);
    expect(werkboek.laatsteLeesSyncs).toBe(1);
    expect(blad.samengevoegd).toEqual([
      { rij: 1, kolom: 0, rijen: 2, kolommen: 1 },
      { rij: 1, kolom: 1, rijen: 2, kolommen: 1 },
      { rij: 1, kolom: 2, rijen: 1, kolommen: 2 },
      { rij: 1, kolom: 4, rijen: 2, kolommen: 1 },
    ]);
    expect(blad).not.toHaveProperty("verborgenKolommen");

    const rapport = controleerBlad(blad);
    expect(rapport.kopRij).toBe(2);
    expect(rapport.bladPeriode?.periode).toBe("2022-1");
    expect(rapport.kolommen.map((k) => [k.kop, k.groepKop ?? null])).toEqual([
      ["Gemeente", null],
      ["Taakstelling 2022-1", null],
      ["Stand van zaken 1 januari 2022", "Stand van zaken"],
      ["Stand van zaken 1 juli 2022", "Stand van zaken"],
      ["Gerealiseerd", null],
    ]);
    expect(rapport.rijen).toHaveLength(1);
    expect(rapport.rijen[0]).toMatchObject({
      row: 3,
      gemeente: "Leusden",
      periode: "2022-1",
      achterstandBegin: 21,
      taakstelling: 18,
      totaalopgave: 39,
      gerealiseerd: 13,
      achterstandEind: 26,
    });
    expect(rapport.opmerkingen.filter((o) => o.ernst !== "info")).toEqual([]);
  });

  it("met de kolom 1 juli 2022 verborgen: dezelfde cijfers en de info-opmerking kolom-verborgen op D2", async () => {
    const { excel, werkboek } = opzet({ ...tweeRijKop(), verborgenKolommen: [3] });
    const blad = await werkboek.leesActiefBlad();
    expect(blad.verborgenKolommen).toEqual([3]);
    expect(blad.samengevoegd).toHaveLength(4);
    expect(excel.syncs).toBe(1);
    const rapport = controleerBlad(blad);
    expect(rapport.rijen[0]).toMatchObject({ achterstandBegin: 21, totaalopgave: 39, achterstandEind: 26 });
    const verborgen = rapport.opmerkingen.filter((o) => o.code === "kolom-verborgen");
    expect(verborgen.map((o) => [o.cel, o.ernst, o.bericht])).toEqual([
      ["D2", "info", 'Kolom "Stand van zaken 1 juli 2022" (D2) is verborgen; de controle leest haar wel.'],
    ]);
  });

  it("schrijft de eigen kolommen rechts van de kop op rij 2 en laat de samengevoegde kop staan", async () => {
    const { excel, werkboek } = opzet(tweeRijKop());
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    expect(plan.beginRij).toBe(2);
    expect(plan.beginKolom).toBe(5);
    const uitkomst = await werkboek.schrijfPlan(plan);
    expect(uitkomst.syncs).toBe(2);
    expect(excel.lees("2022-1", "A1:E3")).toEqual(tweeRijKop().waarden);
    expect(excel.blad("2022-1").samengevoegd).toEqual([
      { rij: 1, kolom: 0, rijen: 2, kolommen: 1 },
      { rij: 1, kolom: 1, rijen: 2, kolommen: 1 },
      { rij: 1, kolom: 2, rijen: 1, kolommen: 2 },
      { rij: 1, kolom: 4, rijen: 2, kolommen: 1 },
    ]);
    expect(excel.lees("2022-1", "F1:G3")).toEqual([
      ["", ""],
      ["IBT Totaalopgave", "IBT Achterstand eind"],
      [39, 26],
    ]);
  });
});

describe("een Excel-tabel met titelregels erboven", () => {
  const TABEL: CelWaarde[][] = [
    ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd"],
    ["Leusden", "2022-1", 21, 18, 13],
    ["IJsselstein", "2022-1", 10, 20, 15],
  ];
  /** Title A1, subtitle A2, the table A4:E6 (ListObject "Overzicht2022"), a note of the user in G4:G5. */
  function bladMetTabel(): MockBladInvoer {
    return {
      naam: "Overzicht",
      waarden: [
        ["Huisvesting vergunninghouders", "", "", "", "", "", ""],
        ["Provincie Utrecht, stand 1 juli 2022", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        [...TABEL[0], "", "Notitie"],
        [...TABEL[1], "", "bellen"],
        [...TABEL[2], "", ""],
      ],
      tabellen: [{ naam: "Overzicht2022", adres: "A4:E6" }],
      samenvoegingen: ["A1:E1"],
    };
  }

  it("leest het gebruikte bereik met de tabel als de celwijzer buiten de tabel staat; kopregel 4", async () => {
    const { excel, werkboek } = opzet(bladMetTabel(), { actieveCel: "A1" });
    const blad = await werkboek.leesActiefBlad();
    expect(excel.syncs).toBe(1);
    expect(blad.beginRij).toBe(0);
    expect(blad.waarden.slice(3).map((r) => r.slice(0, 5))).toEqual(TABEL);
    expect(blad.samengevoegd).toEqual([{ rij: 1, kolom: 0, rijen: 1, kolommen: 5 }]);
    const rapport = controleerBlad(blad);
    expect(rapport.kopRij).toBe(4);
    expect(rapport.rijen.map((r) => [r.row, r.gemeente, r.totaalopgave, r.achterstandEind])).toEqual([
      [5, "Leusden", 39, 26],
      [6, "IJsselstein", 30, 15],
    ]);
  });

  it("leest alleen de tabel als de celwijzer erin staat, met dezelfde rijen", async () => {
    const { excel, werkboek } = opzet(bladMetTabel(), { actieveCel: "C5" });
    const blad = await werkboek.leesActiefBlad();
    expect(excel.syncs).toBe(1);
    expect(blad.beginRij).toBe(3);
    expect(blad.waarden).toEqual(TABEL);
    const rapport = controleerBlad(blad);
    expect(rapport.kopRij).toBe(4);
    expect(rapport.rijen.map((r) => [r.row, r.gemeente, r.totaalopgave])).toEqual([
      [5, "Leusden", 39],
      [6, "IJsselstein", 30],
    ]);
  });

  it("schrijft naast de tabel zonder een cel van de tabel te raken; de notitie van de gebruiker wordt gevraagd", async () => {
    // Read from inside the table: the note in G lies outside the rectangle read, so the plan does not
    // know it. The write's own check (sync 1) finds it in the target cells and asks.
    const { excel, werkboek } = opzet(bladMetTabel(), { actieveCel: "B5" });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    expect(plan.beginRij).toBe(4);
    expect(plan.beginKolom).toBe(5);
    expect(plan.conflicten).toEqual([]);

    const bevestig = jest.fn().mockResolvedValue(false);
    await expect(werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig })).rejects.toMatchObject({
      code: "overschrijven-geweigerd",
    });
    expect(bevestig).toHaveBeenCalledWith(["G4", "G5"]);
    // Refused: nothing written at all, the table and the note as they were.
    expect(excel.lees("Overzicht", "A4:G6")).toEqual(bladMetTabel().waarden.slice(3));
    expect(excel.blad("Overzicht").tabellen).toEqual([
      { naam: "Overzicht2022", r: { rij: 4, kolom: 0, rijen: 3, kolommen: 5 } },
    ]);
  });

  it("vraagt het als de gebruiker na de controle een tabelkolom toevoegde waar het plan wil schrijven", async () => {
    const invoer = bladMetTabel();
    for (const rij of invoer.waarden) rij.length = 5;
    const { excel, werkboek } = opzet(invoer, { actieveCel: "B5" });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    // The user adds the table column "Opmerking" (F4, the table grows to A4:F6) and types in F6.
    const mockBlad = excel.blad("Overzicht");
    mockBlad.waarden[3][5] = "Opmerking";
    mockBlad.waarden[5][5] = "nagaan";
    mockBlad.tabellen[0].r.kolommen = 6;

    const bevestig = jest.fn().mockResolvedValue(false);
    await expect(werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig })).rejects.toMatchObject({
      code: "overschrijven-geweigerd",
    });
    expect(bevestig).toHaveBeenCalledWith(["F4", "F6"]);
    expect(excel.lees("Overzicht", "F4:G6")).toEqual([
      ["Opmerking", ""],
      ["", ""],
      ["nagaan", ""],
    ]);
  });

  it("schrijft zonder notitie de eigen kolommen direct rechts van de tabel; de tabel blijft gelijk", async () => {
    const invoer = bladMetTabel();
    for (const rij of invoer.waarden) rij.length = 5;
    const { excel, werkboek } = opzet(invoer, { actieveCel: "B5" });
    const blad = await werkboek.leesActiefBlad();
    const plan = maakSchrijfPlan(blad, controleerBlad(blad));
    const bevestig = jest.fn().mockResolvedValue(false);
    const uitkomst = await werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig });
    expect(bevestig).not.toHaveBeenCalled();
    expect(uitkomst.syncs).toBe(2);
    expect(excel.lees("Overzicht", "A4:E6")).toEqual(TABEL);
    expect(excel.lees("Overzicht", "F4:G6")).toEqual([
      ["IBT Totaalopgave", "IBT Achterstand eind"],
      [39, 26],
      [30, 15],
    ]);
    // The title rows above the own columns stay empty.
    expect(excel.lees("Overzicht", "F1:F3")).toEqual([[""], [""], [""]]);
  });
});
