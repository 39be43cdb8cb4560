/**
 * The engine's write plan through both adapters: the same sheet gives the same grid in Excel (mock)
 * and in memory, and a second run asks nothing and changes nothing.
 */
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { kolomLetters } from "../../src/host/conflicten";
import type { WerkboekAdapter } from "../../src/host/werkboek";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { controleerBlad, maakSchrijfPlan } from "../../src/sheet";
import { maakSynthetischBlad } from "../../src/sheet/synthetisch";
import { ExcelMock } from "./excelMock";

async function controleerEnSchrijf(werkboek: WerkboekAdapter, bevestig = jest.fn().mockResolvedValue(false)) {
  const blad = await werkboek.leesActiefBlad();
  const plan = maakSchrijfPlan(blad, controleerBlad(blad));
  const uitkomst = await werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig });
  return { blad, plan, uitkomst, bevestig };
}

describe("het schrijfplan van de motor door beide adapters", () => {
  const bron = maakSynthetischBlad(6, 4);

  it("geeft in Excel (mock) en in het geheugen hetzelfde blad, en een tweede run vraagt en wijzigt niets", async () => {
    const excel = new ExcelMock([{ naam: bron.naam, waarden: bron.waarden, formaten: bron.formaten }]);
    const excelWerkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt });
    const geheugen = new GeheugenWerkboek([bron]);

    const inExcel = await controleerEnSchrijf(excelWerkboek);
    const inGeheugen = await controleerEnSchrijf(geheugen);
    expect(inExcel.plan).toEqual(inGeheugen.plan);
    expect(inExcel.plan.kolommen.length).toBeGreaterThan(0);
    expect(inExcel.uitkomst).toMatchObject({ cellen: inGeheugen.uitkomst.cellen, syncs: 2 });
    expect(inExcel.uitkomst.cellen).toBeGreaterThan(0);

    const geheugenBlad = geheugen.leesBlad(bron.naam)!;
    const bereik = `A1:${kolomLetters(geheugenBlad.kolommen - 1)}${geheugenBlad.rijen}`;
    expect(excel.lees(bron.naam, bereik, "formaten")).toEqual(geheugenBlad.formaten);
    expect(excel.lees(bron.naam, bereik, "vet")).toEqual(geheugenBlad.vet);
    const excelWaarden = excel.lees(bron.naam, bereik);
    expect(excelWaarden).toEqual(geheugenBlad.waarden);
    const excelVullingen = excel.lees(bron.naam, bereik, "vullingen");
    expect(excelVullingen).toEqual(geheugenBlad.vullingen);

    excel.nulSyncs();
    const tweede = await controleerEnSchrijf(excelWerkboek);
    expect(tweede.bevestig).not.toHaveBeenCalled();
    expect(tweede.plan.beginKolom).toBe(inExcel.plan.beginKolom);
    expect(excel.syncs).toBe(3);
    expect(excel.lees(bron.naam, bereik)).toEqual(excelWaarden);

    const tweedeGeheugen = await controleerEnSchrijf(geheugen);
    expect(tweedeGeheugen.bevestig).not.toHaveBeenCalled();
    expect(geheugen.leesBlad(bron.naam)!.waarden).toEqual(geheugenBlad.waarden);
  });
});
