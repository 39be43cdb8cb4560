/**
 * Browser test of the Dossier view in the built preview (dist/preview.html, headless Chromium) on the
 * example workbook: Leusden 2021-1 to 2022-2 on Overzicht with the golden figures of docs/rekenregels.md, the step chart, a
 * letter table one click away, the remarks, "Naar werkblad" with its native chart described in the grid,
 * and an axe-core scan without serious violations.
 */
import type { Locator } from "playwright-core";
import { controleer, ernstigeAxeFouten, kiesBlad, metVoorbeeld, schermafdruk } from "./browser";

jest.setTimeout(120_000);

const voorbeeld = metVoorbeeld();

async function zichtbaar(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: 10_000 });
}

/** The texts of a row (by its header) of a table, the header excluded. */
async function rij(tabel: Locator, label: string): Promise<string[]> {
  const tr = tabel
    .locator("tbody tr")
    .filter({ has: tabel.page().getByRole("rowheader", { name: label, exact: true }) });
  return tr.locator("td").allTextContents();
}

describe("Dossier in het voorbeeld", () => {
  it("toont Leusden 2021-1 tot en met 2022-2 met de gouden cijfers, een brieftabel en het werkblad met grafiek", async () => {
    const p = await voorbeeld.open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    await page.getByRole("tab", { name: "Dossier" }).click();
    await page.getByRole("combobox", { name: "Gemeente" }).click();
    await page.getByRole("option", { name: "Leusden", exact: true }).click();
    await zichtbaar(page.getByRole("heading", { name: "Dossier Leusden" }));

    const tabel = page.getByRole("table", { name: "Cijfers per periode van Leusden" });
    await zichtbaar(tabel);
    expect(await tabel.locator("thead th").allTextContents()).toEqual([
      "Maatstaf",
      "2021-1",
      "2021-2",
      "2022-1",
      "2022-2",
    ]);
    expect(await rij(tabel, "Taakstelling")).toEqual(["24", "19", "18", "24"]);
    expect(await rij(tabel, "Herverdeling")).toEqual(["0", "0", "0", "+1"]);
    expect(await rij(tabel, "Totaalopgave")).toEqual(["25", "38", "39", "51"]);
    expect(await rij(tabel, "Gerealiseerd")).toEqual(["6", "17", "13", "33"]);
    expect(await rij(tabel, "Na-registratie")).toEqual(["0", "6", "8", "0"]);
    expect(await rij(tabel, "Achterstand eind (geregistreerd)")).toEqual(["19", "21", "26", "–"]);
    expect(await rij(tabel, "Achterstand eind (gecorrigeerd)")).toEqual(["19", "15", "18", "–"]);
    expect(await rij(tabel, "Realisatie taakstelling")).toEqual(["25%", "89%", "72%", "138%"]);
    expect(await rij(tabel, "Realisatie totaalopgave")).toEqual(["24%", "45%", "33%", "65%"]);
    expect(await rij(tabel, "Trede (berekend)")).toEqual(["2", "2", "3", "–"]);
    expect(await rij(tabel, "Escalatie")).toEqual(["Opschalen", "Gelijk", "Opschalen", "–"]);

    const grafiek = page.getByRole("img", { name: /^Trapgrafiek van de trede/ });
    expect(await grafiek.getAttribute("aria-label")).toBe(
      "Trapgrafiek van de trede met de gecorrigeerde achterstand als lijn: 2021-1 trede 2, achterstand 19; " +
        "2021-2 trede 2, achterstand 15; 2022-1 trede 3, achterstand 18.",
    );

    // The letter table of 2021-2, one click away, with the correction of 1 februari 2022.
    const knop = page.getByRole("button", { name: "Brieftabel 2021-2" });
    await knop.click();
    expect(await knop.getAttribute("aria-expanded")).toBe("true");
    const brief = page.getByRole("table", { name: "Brieftabel Leusden 2021-2" });
    await zichtbaar(brief);
    const waarden = await brief.locator("tbody tr td:last-child").allTextContents();
    expect(waarden).toContain("89%");
    expect(waarden).toContain("45%");
    await zichtbaar(page.getByRole("heading", { name: "Opmerkingen" }));
    await schermafdruk(page, "dossier");

    const fouten = await ernstigeAxeFouten(page, 'main[aria-label="IBT Huisvesting"]');
    if (fouten.length > 0)
      throw new Error(`axe-core vond ernstige problemen in Dossier:\n${fouten.join("\n")}`);
    // The 350 px pane does not scroll sideways as a whole.
    const maat = await page
      .getByRole("main", { name: "IBT Huisvesting" })
      .evaluate((el) => ({ inhoud: el.scrollWidth, zicht: el.clientWidth }));
    expect(maat.inhoud).toBeLessThanOrEqual(maat.zicht + 1);

    await page.getByRole("button", { name: "Naar werkblad" }).click();
    await zichtbaar(page.getByText('Werkblad "IBT Dossier Leusden" gemaakt.'));
    const raster = page.getByRole("grid", { name: "Werkblad IBT Dossier Leusden (alleen lezen)" });
    await zichtbaar(raster);
    await zichtbaar(raster.getByRole("gridcell", { name: "Dossier Leusden (blad Overzicht)" }));
    const kolomJ = await raster.locator('[role=gridcell][data-adres^="J"]').allTextContents();
    expect(kolomJ.filter(Boolean).slice(0, 5)).toEqual([
      "Realisatie taakstelling",
      "25%",
      "89%",
      "72%",
      "138%",
    ]);
    await zichtbaar(
      page.getByText(
        'Kolomdiagram met lijn op een tweede as rechts "Leusden: trede (kolommen, links) en achterstand ' +
          'gecorrigeerd (lijn, rechts)" over A14:C17 (in Excel een echte grafiek).',
      ),
    );
    await schermafdruk(page, "dossier-werkblad");
  });
});
