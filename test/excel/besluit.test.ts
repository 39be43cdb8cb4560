/**
 * Recording a decision (rule 11) through the Excel adapter (office-addin-mock) and the in-memory preview:
 * planBesluit puts the decided step and reason in the sheet's own columns or in new "Vastgestelde trede"
 * / "Reden besluit" columns right of the header row; schrijfCellen writes them in one read and one write
 * sync, asks before it overwrites a filled cell (a second run: 1 + 2 syncs), never writes a merged cell,
 * and keeps text text.
 */
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { WerkboekFout } from "../../src/host/conflicten";
import type { WerkboekAdapter } from "../../src/host/werkboek";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { controleerBlad, maakSchrijfPlan, type CelWaarde } from "../../src/sheet";
import { planBesluit } from "../../src/sheet/besluit";
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
const LEUSDEN: CelWaarde[][] = [
  [...KOP],
  ["Leusden", "2021-1", 1, 24, 0, 6, 0],
  ["Leusden", "2021-2", 19, 19, 0, 17, 6],
  ["Leusden", "2022-1", 21, 18, 0, 13, 8],
];
const REDEN = "Versnellingsactie geldt als verbeterplan";

function excelMet(invoer: Partial<MockBladInvoer> = {}): { excel: ExcelMock; werkboek: ExcelWerkboek } {
  const excel = new ExcelMock([{ naam: "Overzicht", waarden: LEUSDEN.map((r) => [...r]), ...invoer }]);
  return { excel, werkboek: new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt }) };
}

/** Reads and checks the active sheet, plans the decision for sheet row `rij` and writes it. */
async function leg(
  werkboek: WerkboekAdapter,
  rij: number,
  trede: 1 | 2 | 3 | 4 | 5 | 6,
  reden: string,
  bevestig?: (cellen: string[]) => Promise<boolean>,
) {
  const blad = await werkboek.leesActiefBlad();
  const plan = planBesluit(blad, controleerBlad(blad), rij, trede, reden);
  const uitkomst = await werkboek.schrijfCellen(plan.blad, plan.cellen, { bevestigOverschrijven: bevestig });
  return { plan, uitkomst };
}

describe("een besluit vastleggen door de Excel-adapter", () => {
  it("maakt de kolommen naast de kopregel en schrijft trede en reden in 1 + 1 syncs", async () => {
    const { excel, werkboek } = excelMet();
    const { plan, uitkomst } = await leg(werkboek, 4, 2, REDEN);
    expect(plan.nieuweKolommen).toEqual([
      { cel: "H1", kop: "Vastgestelde trede" },
      { cel: "I1", kop: "Reden besluit" },
    ]);
    expect(uitkomst).toEqual({ cellen: 4, syncs: 2, eenOngedaanStap: false });
    const w = excel.blad("Overzicht").waarden;
    expect([w[0][7], w[0][8], w[3][7], w[3][8]]).toEqual(["Vastgestelde trede", "Reden besluit", 2, REDEN]);
    // The check reads the decision back.
    const rapport = controleerBlad(await werkboek.leesActiefBlad());
    const r = rapport.rijen.find((x) => x.periode === "2022-1")!;
    expect([r.trede, r.vastgesteldeTrede, r.geldendeTrede, r.redenBesluit]).toEqual([3, 2, 2, REDEN]);
  });

  it("gebruikt de bestaande kolommen, ook rechts van de IBT-kolommen, en vraagt niets bij een lege cel", async () => {
    const { excel, werkboek } = excelMet();
    await leg(werkboek, 4, 2, REDEN);
    const blad = await werkboek.leesActiefBlad();
    await werkboek.schrijfPlan(maakSchrijfPlan(blad, controleerBlad(blad)));
    const bevestig = jest.fn(async () => true);
    const { plan, uitkomst } = await leg(werkboek, 3, 3, "Zonder correctie", bevestig);
    expect(plan.nieuweKolommen).toEqual([]);
    expect(plan.cellen).toEqual([
      { rij: 3, kolom: 7, waarde: 3 },
      { rij: 3, kolom: 8, waarde: "Zonder correctie" },
    ]);
    expect(bevestig).not.toHaveBeenCalled();
    expect(uitkomst.syncs).toBe(2);
    expect(excel.blad("Overzicht").waarden[2].slice(7, 9)).toEqual([3, "Zonder correctie"]);
  });

  it("overschrijft een gevulde cel alleen na bevestiging (1 + 2 syncs); bij nee blijft alles staan", async () => {
    const { excel, werkboek } = excelMet();
    await leg(werkboek, 4, 2, REDEN);
    const nee = jest.fn(async () => false);
    await expect(leg(werkboek, 4, 3, "Anders", nee)).rejects.toMatchObject({
      code: "overschrijven-geweigerd",
    });
    expect(nee).toHaveBeenCalledWith(["H4", "I4"]);
    expect(excel.blad("Overzicht").waarden[3].slice(7, 9)).toEqual([2, REDEN]);
    await expect(leg(werkboek, 4, 3, "Anders")).rejects.toBeInstanceOf(WerkboekFout);

    const ja = jest.fn(async () => true);
    excel.nulSyncs();
    const { uitkomst } = await leg(werkboek, 4, 3, REDEN, ja);
    // Only the step changes: the same reason again asks nothing.
    expect(ja).toHaveBeenCalledWith(["H4"]);
    expect(uitkomst.syncs).toBe(3);
    expect(excel.syncs).toBe(1 + 3);
    expect(excel.blad("Overzicht").waarden[3].slice(7, 9)).toEqual([3, REDEN]);
  });

  it("vraagt het ook bij een formule of een cel met een spatie, en schrijft nooit in een samengevoegde cel", async () => {
    const { excel, werkboek } = excelMet();
    await leg(werkboek, 4, 2, REDEN);
    const mock = excel.blad("Overzicht");
    mock.waarden[2][7] = " ";
    (mock.formules[1] ??= [])[7] = '=""';
    mock.waarden[1][7] = "";
    const bevestig = jest.fn(async () => false);
    await expect(
      werkboek.schrijfCellen(
        "Overzicht",
        [
          { rij: 2, kolom: 7, waarde: 2 },
          { rij: 3, kolom: 7, waarde: 2 },
        ],
        { bevestigOverschrijven: bevestig },
      ),
    ).rejects.toMatchObject({ code: "overschrijven-geweigerd" });
    expect(bevestig).toHaveBeenCalledWith(["H2", "H3"]);
    expect(mock.waarden[2][7]).toBe(" ");

    const samengevoegd = excelMet({ samenvoegingen: ["H4:I4"] });
    await expect(
      samengevoegd.werkboek.schrijfCellen("Overzicht", [{ rij: 4, kolom: 7, waarde: 2 }]),
    ).rejects.toMatchObject({ code: "samengevoegd" });
    expect(samengevoegd.excel.blad("Overzicht").waarden[3][7] ?? "").toBe("");
  });

  it("schrijft een reden die met = begint als tekst", async () => {
    const { excel, werkboek } = excelMet();
    await leg(werkboek, 4, 2, '=HYPERLINK("x")');
    expect(excel.blad("Overzicht").waarden[3][8]).toBe('=HYPERLINK("x")');
  });
});

describe("een besluit vastleggen in de preview", () => {
  it("geeft hetzelfde raster als Excel en vraagt op dezelfde cellen", async () => {
    const geheugen = new GeheugenWerkboek([{ naam: "Overzicht", waarden: LEUSDEN.map((r) => [...r]) }]);
    const { excel, werkboek } = excelMet();
    for (const w of [geheugen, werkboek] as WerkboekAdapter[]) await leg(w, 4, 2, REDEN);
    const weergave = geheugen.leesBlad("Overzicht")!;
    expect(weergave.waarden.slice(0, 4).map((r) => r.slice(0, 9))).toEqual(
      excel
        .blad("Overzicht")
        .waarden.slice(0, 4)
        .map((r) => Array.from({ length: 9 }, (_, k) => r[k] ?? "")),
    );
    const vraag = jest.fn(async () => false);
    await expect(leg(geheugen, 4, 5, REDEN, vraag)).rejects.toMatchObject({
      code: "overschrijven-geweigerd",
    });
    expect(vraag).toHaveBeenCalledWith(["H4"]);
    const { uitkomst } = await leg(geheugen, 4, 5, REDEN, async () => true);
    expect(uitkomst).toEqual({ cellen: 2, syncs: 0, eenOngedaanStap: false });
    expect(geheugen.leesBlad("Overzicht")!.waarden[3][7]).toBe(5);
  });
});
