/**
 * Browser test of the Rapportage view in the built preview: the example's Overzicht (latest period
 * 2022-2, a tussenstand; treden after 2022-1), the figures on screen, an axe-core scan, and "Naar
 * werkblad" making the sheet "Rapportage 2022-2" whose print settings the preview describes.
 */
import type { Locator } from "playwright-core";
import { controleer, ernstigeAxeFouten, kiesBlad, metVoorbeeld, schermafdruk } from "./browser";

jest.setTimeout(120_000);

const voorbeeld = metVoorbeeld();

async function zichtbaar(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: 10_000 });
}

const rijTekst = async (tabel: Locator, eerste: string): Promise<string[]> =>
  tabel
    .getByRole("row")
    .filter({ has: tabel.page().getByRole("rowheader", { name: eerste, exact: true }) })
    .first()
    .locator("th, td")
    .allTextContents();

describe("Rapportage in het voorbeeld", () => {
  it("toont de rapportage van Overzicht met de cijfers, zonder ernstige axe-problemen, en maakt het afdrukblad", async () => {
    const p = await voorbeeld.open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    await page.getByRole("tab", { name: "Rapportage", exact: true }).click();
    await zichtbaar(
      page.getByRole("heading", {
        name: "Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-2",
      }),
    );
    await zichtbaar(
      page.getByText("Tussenstand 2022-2 op 22 november 2022; treden na 2022-1 (peildatum 1 juli 2022)"),
    );
    const treden = page.getByRole("table", { name: "Aantal gemeenten per trede na 2022-1" });
    expect(await rijTekst(treden, "2")).toEqual(["2", "Informatie opvragen en valideren", "17", "17"]);
    const op = page.getByRole("table", { name: "Opgeschaald" });
    expect((await rijTekst(op, "Leusden")).slice(0, 3)).toEqual(["Leusden", "2", "3"]);
    const achterstanden = page.getByRole("table", { name: "Grootste achterstanden eind 2022-1" });
    expect(await rijTekst(achterstanden, "Utrecht")).toEqual(["Utrecht", "207", "195", "214", "2"]);
    const prognose = page.getByRole("table", { name: /^Prognose 2022-2/ });
    expect((await rijTekst(prognose, "Leusden")).slice(3, 6)).toEqual(["42", "9", "2"]);
    const totalen = page.getByRole("table", { name: "Provinciale totalen" });
    expect((await rijTekst(totalen, "2022-1")).slice(-2)).toEqual(["99%", "63%"]);
    await schermafdruk(page, "rapportage");
    const fouten = await ernstigeAxeFouten(page, 'main[aria-label="IBT Huisvesting"]');
    expect(fouten).toEqual([]);

    // "Naar werkblad" by keyboard: the sheet, its figures and the description of its print settings.
    await page.getByRole("button", { name: "Naar werkblad" }).focus();
    await page.keyboard.press("Enter");
    await zichtbaar(page.getByText('Werkblad "Rapportage 2022-2" gemaakt.'));
    const tab = page
      .getByRole("tablist", { name: "Werkbladen" })
      .getByRole("tab", { name: "Rapportage 2022-2" });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    await zichtbaar(
      page.getByText(/^Afdrukken: A4 liggend, één pagina breed, rij 1 tot en met 3 op elke pagina/),
    );
    const raster = page.getByRole("grid", { name: "Werkblad Rapportage 2022-2 (alleen lezen)" });
    await zichtbaar(raster.getByRole("gridcell", { name: "Utrecht" }));
    await schermafdruk(page, "rapportage-werkblad");
  });
});
