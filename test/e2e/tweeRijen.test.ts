/**
 * Browser test of the built preview on a sheet with a two-row header: a group title row ("Stand van
 * zaken" merged over the dates "1 januari 2022" and "1 juli 2022"; "Gemeente" and the other headers
 * merged over both rows) under a title row. The bundled example workbook stays as it is: the test adds
 * the sheet to the workbook the page fetches (voorbeeld.json), in the browser only.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import type { Blad } from "../../src/sheet/types";
import { controleer, kiesBlad, ROOT, schermafdruk, startChromium } from "./browser";
import { serveer, type Server } from "./server";

jest.setTimeout(120_000);

const BLAD = "Twee rijen";

/**
 * Leusden 2022-1 as in the golden cases (achterstand 21 on 1 januari, TS 18, gehuisvest 13, na-registratie
 * 8: TO 39, achterstand 26 on 1 juli); IJsselstein and Houten made up and consistent.
 */
const tweeRijen: Blad = {
  naam: BLAD,
  waarden: [
    ["Huisvesting vergunninghouders, eerste helft 2022", "", "", "", "", "", ""],
    ["Gemeente", "Stand van zaken", "", "Taakstelling", "Herverdeling", "Gehuisvest", "Na-registratie"],
    ["", "1 januari 2022", "1 juli 2022", "", "", "", ""],
    ["Leusden", 21, 26, 18, 0, 13, 8],
    ["IJsselstein", 10, 5, 20, 0, 25, 0],
    ["Houten", -4, 6, 30, 0, 20, 1],
  ],
  // 1-based rows, 0-based columns: Gemeente A2:A3, Stand van zaken B2:C2, the others over rows 2 and 3.
  samengevoegd: [
    { rij: 2, kolom: 0, rijen: 2, kolommen: 1 },
    { rij: 2, kolom: 1, rijen: 1, kolommen: 2 },
    { rij: 2, kolom: 3, rijen: 2, kolommen: 1 },
    { rij: 2, kolom: 4, rijen: 2, kolommen: 1 },
    { rij: 2, kolom: 5, rijen: 2, kolommen: 1 },
    { rij: 2, kolom: 6, rijen: 2, kolommen: 1 },
  ],
};

let browser: Browser;
let server: Server;

beforeAll(async () => {
  server = await serveer(path.join(ROOT, "dist"));
  browser = await startChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.sluit();
});

/**
 * Opens the preview with `extra` added to the workbook it loads. Every request outside the server is
 * blocked and recorded, like openVoorbeeld does; so are console and page errors.
 */
async function openMet(
  extra: Blad,
): Promise<{ page: Page; problemen: string[]; sluit: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  const problemen: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url + "/") || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    problemen.push(`netwerk buiten de eigen oorsprong: ${url}`);
    return route.abort();
  });
  // Registered last, so it answers first: the example workbook as served, plus the extra sheet.
  await page.route(`${server.url}/voorbeeld.json`, async (route) => {
    const antwoord = await route.fetch();
    const bladen = (await antwoord.json()) as Blad[];
    await route.fulfill({ response: antwoord, json: [...bladen, extra] });
  });
  page.on("console", (m) => {
    if (m.type() === "error") problemen.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problemen.push(`pagina: ${e.message}`));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("button", { name: "Controleer blad" }).waitFor({ state: "visible" });
  return { page, problemen, sluit: () => context.close() };
}

describe("kop over twee rijen in het voorbeeld", () => {
  it("herkent de kolommen onder de groepstitel en rekent Leusden 2022-1 uit", async () => {
    const { page, problemen, sluit } = await openMet(tweeRijen);
    try {
      await kiesBlad(page, BLAD);
      // The grid shows the sheet as it is: the group title once, the dates in the row below.
      const raster = page.getByRole("grid", { name: `Werkblad ${BLAD} (alleen lezen)` });
      await raster.getByRole("gridcell", { name: "Stand van zaken", exact: true }).waitFor();
      await raster.getByRole("gridcell", { name: "1 januari 2022", exact: true }).waitFor();

      await controleer(page);
      const gemeenten = await page
        .locator("dt", { hasText: /^Gemeenten$/ })
        .locator("xpath=following-sibling::dd[1]")
        .textContent();
      expect(gemeenten).toBe("3");

      // The recognised columns: group title and date read as one header, each a peildatum column.
      const kolommen = page.getByRole("table", { name: "Kolommen" });
      const koppen = await kolommen.locator("tbody tr td:nth-child(2)").allTextContents();
      expect(koppen).toEqual([
        "Gemeente",
        "Stand van zaken 1 januari 2022",
        "Stand van zaken 1 juli 2022",
        "Taakstelling",
        "Herverdeling",
        "Gehuisvest",
        "Na-registratie",
      ]);
      const januari = kolommen.getByRole("row", { name: /Stand van zaken 1 januari 2022/ });
      expect(await januari.textContent()).toContain("Achterstand op peildatum 1 januari 2022");
      const juli = kolommen.getByRole("row", { name: /Stand van zaken 1 juli 2022/ });
      expect(await juli.textContent()).toContain("Achterstand op peildatum 1 juli 2022");
      // Every column is recognised: nothing is left to assign.
      expect(await kolommen.getByRole("combobox").count()).toBe(0);
      // The header is row 3 (the lower row): the one remark, the sheet's period from the dates, is there.
      // Read alone, row 2 would have left row 3 as a data row with an empty gemeente.
      const opmerkingen = await page
        .getByRole("tabpanel")
        .getByRole("button", { name: /^[A-Z]+\d+: / })
        .allTextContents();
      expect(opmerkingen).toHaveLength(1);
      expect(opmerkingen[0]).toMatch(/^A3: .*2022-1/);
      await schermafdruk(page, "twee-rijen-controleren");

      // Leusden 2022-1 in the letter's table: TO 39, achterstand eind 26, 72% of the taakstelling.
      await page.getByRole("tab", { name: "Brieftabel" }).click();
      await page.getByRole("combobox", { name: "Gemeente" }).click();
      await page.getByRole("option", { name: "Leusden", exact: true }).click();
      await page.getByRole("combobox", { name: "Periode" }).click();
      await page.getByRole("option", { name: "2022-1", exact: true }).click();
      const tabel = page.getByRole("table", { name: "Brieftabel Leusden 2022-1" });
      await tabel.waitFor();
      const regels = await tabel
        .locator("tbody tr")
        .evaluateAll((rijen) => rijen.map((r) => [...r.children].map((c) => c.textContent ?? "")));
      const waarde = (label: RegExp): string | undefined => regels.find(([l]) => label.test(l))?.[1];
      expect(waarde(/^Totaalopgave/)).toMatch(/^39\b/);
      expect(waarde(/1 juli 2022/)).toMatch(/^26\b/);
      expect(regels.map(([, w]) => w)).toContain("72%");
      await schermafdruk(page, "twee-rijen-brieftabel");
    } finally {
      await sluit();
    }
    expect(problemen).toEqual([]);
  });
});
