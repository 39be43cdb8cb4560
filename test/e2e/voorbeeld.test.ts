/**
 * Browser tests of the built preview (dist/preview.html) in headless Chromium: the task pane against
 * the in-memory example workbook, beside the read-only grid. Screenshots of each view go to
 * test-output/screenshots/; each view gets an axe-core scan.
 */
import * as fs from "fs";
import * as path from "path";
import {
  controleer,
  ernstigeAxeFouten,
  kiesBlad,
  metVoorbeeld,
  ROOT,
  schermafdruk,
  type Pagina,
} from "./browser";

jest.setTimeout(120_000);

const TAAKVENSTER = 'main[aria-label="IBT Huisvesting"]';
const voorbeeld = metVoorbeeld();
const open = (breedte?: number, kleurenschema?: "light" | "dark"): Promise<Pagina> =>
  voorbeeld.open(breedte, kleurenschema);

/**
 * After "Naar werkblad": the sheet `naam` is the grid's selected sheet tab and its grid is in view.
 * Returns the grid.
 */
async function verwachtNieuwBlad(page: Pagina["page"], naam: string) {
  const tab = page.getByRole("tablist", { name: "Werkbladen" }).getByRole("tab", { name: naam, exact: true });
  await expectAttribuut(tab, "aria-selected", "true");
  const raster = page.getByRole("grid", { name: `Werkblad ${naam} (alleen lezen)` });
  await expectZichtbaar(raster);
  return raster;
}

/** The 350 px task pane never scrolls sideways as a whole (wide tables scroll inside their own region). */
async function verwachtPastIn350(p: Pagina, view: string): Promise<void> {
  const maat = await p.page.getByRole("main", { name: "IBT Huisvesting" }).evaluate((el) => ({
    breedte: el.getBoundingClientRect().width,
    inhoud: el.scrollWidth,
    zicht: el.clientWidth,
  }));
  if (maat.breedte > 350 || maat.inhoud > maat.zicht + 1) {
    throw new Error(`${view} past niet in 350 px: ${JSON.stringify(maat)}`);
  }
}

/** axe-core scan of the task pane (the view); the whole page is scanned once in the first test. */
async function verwachtToegankelijk(
  p: Pagina,
  view: string,
  binnen: string | undefined = TAAKVENSTER,
): Promise<void> {
  const fouten = await ernstigeAxeFouten(p.page, binnen);
  if (fouten.length > 0)
    throw new Error(`axe-core vond ernstige problemen in ${view}:\n${fouten.join("\n")}`);
}

describe("voorbeeld buiten Excel", () => {
  it("toont de banner, het taakvenster en het raster van het voorbeeldwerkboek", async () => {
    const p = await open();
    const { page } = p;
    await expectZichtbaar(
      page.getByText(/voorbeeld van het taakvenster met het meegeleverde voorbeeldwerkboek/),
    );
    const raster = page.getByRole("grid");
    await expectZichtbaar(raster);
    expect(
      await page.getByRole("tablist", { name: "Werkbladen" }).getByRole("tab").count(),
    ).toBeGreaterThanOrEqual(2);
    expect(await raster.getByRole("columnheader", { name: "A", exact: true }).count()).toBe(1);
    await verwachtToegankelijk(p, "de hele pagina", undefined);
  });

  it("bereikt en bedient Controleer blad met Tab en Enter", async () => {
    const { page } = await open();
    let gevonden = false;
    for (let i = 0; i < 15 && !gevonden; i++) {
      await page.keyboard.press("Tab");
      gevonden = await page.evaluate(() => document.activeElement?.textContent === "Controleer blad");
    }
    expect(gevonden).toBe(true);
    const focusZichtbaar = await page.evaluate(
      () => document.activeElement?.matches(":focus-visible") ?? false,
    );
    expect(focusZichtbaar).toBe(true);
    await page.keyboard.press("Enter");
    await expectZichtbaar(page.getByRole("heading", { name: "Samenvatting" }));
  });

  it("gaat met de pijltjestoetsen van tabblad naar tabblad en kiest met Enter", async () => {
    const { page } = await open();
    await page.getByRole("tab", { name: "Controleren", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    const heeftFocus = (naam: string) =>
      page.getByRole("tab", { name: naam, exact: true }).evaluate((tab) => tab === document.activeElement);
    expect(await heeftFocus("Terugschrijven")).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Terugschrijven" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await heeftFocus("Rapportage")).toBe(true);
  });

  it("controleert het voorbeeldblad; een klik op een opmerking selecteert haar cel in het raster", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    const gemeenten = await page
      .locator("dt", { hasText: /^Gemeenten$/ })
      .locator("xpath=following-sibling::dd[1]")
      .textContent();
    expect(gemeenten).toBe("26");
    await schermafdruk(page, "controleren");
    const docs = path.join(ROOT, "docs", "screenshot-taakvenster.png");
    if (!fs.existsSync(docs) || process.env.IBT_SCREENSHOTS === "1") {
      fs.copyFileSync(path.join(ROOT, "test-output", "screenshots", "controleren.png"), docs);
    }
    await verwachtPastIn350(p, "Controleren");
    await verwachtToegankelijk(p, "Controleren");

    const opmerking = page
      .getByRole("tabpanel")
      .getByRole("button", { name: /^[A-Z]+\d+: / })
      .first();
    const naam = (await opmerking.textContent()) ?? "";
    const cel = /^([A-Z]+\d+):/.exec(naam)?.[1];
    expect(cel).toBeDefined();
    await opmerking.click();
    const gekozen = page.locator(`[role=gridcell][data-adres="${cel}"]`);
    await expectAttribuut(gekozen, "aria-selected", "true");
    expect(await page.locator("[role=gridcell][aria-selected=true]").count()).toBe(1);
    await expectZichtbaar(gekozen);
  });

  it("schrijft de resultaten terug en toont de nieuwe IBT-kolommen in het raster", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    await page.getByRole("tab", { name: "Terugschrijven" }).click();
    await page.getByRole("button", { name: "Schrijf resultaten" }).click();
    await expectZichtbaar(page.getByRole("region", { name: "Wat wordt geschreven" }));
    await verwachtToegankelijk(p, "Terugschrijven (voorbeeld)");
    const voorHeaders = await page.locator("[role=gridcell]", { hasText: /^IBT / }).count();
    expect(voorHeaders).toBe(0);
    expect(await page.locator('[role=gridcell][style*="background-color"]').count()).toBe(0);
    // The example has no cells with the user's own content in the way: the preview says so, and
    // Schrijven writes at once, without a confirmation dialog.
    await expectZichtbaar(page.getByText("Geen cellen met eigen inhoud in de weg."));
    await page.getByRole("button", { name: "Schrijven", exact: true }).click();
    await expectZichtbaar(page.getByText(/cellen geschreven\.$/));
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    // The preview (and the Schrijven button) is gone: focus moves to the result message, not to <body>.
    const focus = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      tekst: document.activeElement?.textContent ?? "",
    }));
    expect(focus.tag).not.toBe("BODY");
    expect(focus.tekst).toMatch(/^Gelukt.*cellen geschreven\./);
    const koppen = await page.locator("[role=gridcell]", { hasText: /^IBT / }).allTextContents();
    expect(koppen.length).toBeGreaterThanOrEqual(3);
    expect(koppen.some((k) => /trede/i.test(k))).toBe(true);
    // Trede fills, always with the trede's text in the cell.
    const gevuld = page.locator('[role=gridcell][style*="background-color"]');
    expect(await gevuld.count()).toBeGreaterThan(0);
    expect(await gevuld.first().textContent()).toMatch(/^[1-6] \S/);
    await page
      .locator("[role=gridcell]", { hasText: /^IBT Trede$/ })
      .first()
      .scrollIntoViewIfNeeded();
    await schermafdruk(page, "terugschrijven");
    await verwachtPastIn350(p, "Terugschrijven");
    await verwachtToegankelijk(p, "Terugschrijven");
  });

  it("vergelijkt Leusden en IJsselstein: 1,73 en 0,81 opdracht per achterstand", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "2022-1");
    await controleer(page);
    await page.getByRole("tab", { name: "Vergelijken" }).click();
    const tabel = page.getByRole("table", { name: "Vergelijking opdracht versnelling en achterstand" });
    await expectZichtbaar(tabel);
    const rij = tabel
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Opdracht per achterstand" }) });
    expect(await rij.getByRole("cell").allTextContents()).toEqual(["1,73", "0,81"]);
    await schermafdruk(page, "vergelijken");
    await verwachtPastIn350(p, "Vergelijken");
    await verwachtToegankelijk(p, "Vergelijken");
    await page.getByRole("button", { name: "Naar werkblad" }).click();
    await expectZichtbaar(page.getByText('Werkblad "IBT Vergelijking" gemaakt.'));
    // The message appears under the button, in view and with the keyboard focus.
    const melding = page.getByRole("group", { name: /^Gelukt/ });
    await expectZichtbaar(melding);
    expect(
      await melding.evaluate((el) => ({
        focus: el === document.activeElement,
        inBeeld: el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight,
      })),
    ).toEqual({ focus: true, inBeeld: true });
    // The new sheet is the active tab of the grid, with its title, Leusden's 1,73 and the chart.
    const raster = await verwachtNieuwBlad(page, "IBT Vergelijking");
    await expectZichtbaar(
      raster.getByRole("gridcell", { name: "Vergelijking opdracht versnelling en achterstand" }),
    );
    const leusden = raster
      .getByRole("row")
      .filter({ has: page.getByRole("gridcell", { name: "Leusden", exact: true }) });
    expect(await leusden.getByRole("gridcell").allTextContents()).toContain("1,73");
    await expectZichtbaar(
      page.getByText('Staafdiagram "Opdracht per achterstand" over A2:B4 (in Excel een echte grafiek).'),
    );
    // The second chart: the verhouding from high to low (Leusden 1,73 / 0,81 -> Leusden first), line at 1.
    await expectZichtbaar(
      page.getByText(
        'Kolomdiagram met lijn "Verhouding aandeel opdracht / aandeel achterstand (lijn: 1 = evenredig)" ' +
          "over A7:C9 (in Excel een echte grafiek).",
      ),
    );
    const blok = raster
      .getByRole("row")
      .filter({ has: page.getByRole("gridcell", { name: "Evenredig", exact: true }) });
    await expectZichtbaar(blok);
    const eerste = await raster.getByRole("row").nth(8).getByRole("gridcell").allTextContents();
    expect(eerste.slice(0, 3)).toEqual(["Leusden", expect.stringMatching(/^1,\d\d$/), "1"]);
    await schermafdruk(page, "vergelijken-werkblad");
  });

  it("vergelijkt Leusden en IJsselstein ook op Overzicht (zonder opdracht) en biedt blad 2022-1 aan", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    await page.getByRole("tab", { name: "Vergelijken" }).click();
    await expectZichtbaar(
      page.getByText(/Dit blad heeft geen kolom met een opdracht versnelling\. Hieronder/),
    );
    const tabel = page.getByRole("table", { name: "Cijfers 2022-1" });
    await expectZichtbaar(tabel);
    expect(await tabel.getByRole("columnheader").allTextContents()).toEqual([
      "Maatstaf",
      "Leusden",
      "IJsselstein",
    ]);
    const rij = async (naam: string) =>
      tabel
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: naam, exact: true }) })
        .getByRole("cell")
        .allTextContents();
    expect(await rij("Taakstelling")).toEqual(["18", "20"]);
    expect(await rij("Totaalopgave")).toEqual(["39", "35"]);
    expect(await rij("Gerealiseerd")).toEqual(["13", "14"]);
    expect(await rij("Achterstand eind (geregistreerd)")).toEqual(["26", "21"]);
    expect(await rij("Achterstand eind (gecorrigeerd)")).toEqual(["18", "21"]);
    expect(await rij("Realisatie taakstelling")).toEqual(["72%", "70%"]);
    expect(await rij("Trede")).toEqual(["3", "3"]);
    const perioden = await page
      .getByRole("table", { name: /^Cijfers / })
      .evaluateAll((t) => t.map((x) => x.getAttribute("aria-label")));
    expect(perioden).toEqual(["Cijfers 2021-1", "Cijfers 2021-2", "Cijfers 2022-1", "Cijfers 2022-2"]);
    await expectZichtbaar(page.getByText("Leusden: tussenstand gemeten op 22-11-2022", { exact: false }));
    await schermafdruk(page, "vergelijken-overzicht");
    await verwachtPastIn350(p, "Vergelijken (Overzicht)");
    await verwachtToegankelijk(p, "Vergelijken (Overzicht)");
    // The offer: the sheet 2022-1 has the opdracht column; with the keyboard it opens and compares there.
    const knop = page.getByRole("button", { name: "Opdracht staat op blad 2022-1: daar vergelijken" });
    await knop.focus();
    await page.keyboard.press("Enter");
    const versnelling = page.getByRole("table", { name: "Vergelijking opdracht versnelling en achterstand" });
    await expectZichtbaar(versnelling);
    await expectZichtbaar(page.getByText("Geselecteerde cel: 2022-1!", { exact: false }));
    const ratio = versnelling
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Opdracht per achterstand" }) });
    expect(await ratio.getByRole("cell").allTextContents()).toEqual(["1,73", "0,81"]);
    expect(await page.getByRole("tab", { name: "Vergelijken" }).getAttribute("aria-selected")).toBe("true");
  });

  it("past drie gemeenten in de vergelijking op 350 px; de maatstaf blijft staan", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "2022-1");
    await controleer(page);
    await page.getByRole("tab", { name: "Vergelijken" }).click();
    await page.getByRole("checkbox", { name: "Houten" }).check();
    const tabel = page.getByRole("table", { name: "Vergelijking opdracht versnelling en achterstand" });
    await expectZichtbaar(tabel.getByRole("columnheader", { name: "Houten" }));
    const koppen = await tabel.getByRole("columnheader").allTextContents();
    expect(koppen).toEqual(["Maatstaf", "Houten", "IJsselstein", "Leusden"]);
    // No column hidden behind a sideways scroll: the region is as wide as the table.
    const vlak = page.getByRole("region", { name: /Vergelijking opdracht versnelling en achterstand/ });
    const maat = await vlak.evaluate((el) => ({ inhoud: el.scrollWidth, zicht: el.clientWidth }));
    expect(maat.inhoud).toBeLessThanOrEqual(maat.zicht + 1);
    const paneel = (await page.getByRole("main", { name: "IBT Huisvesting" }).boundingBox())!;
    const leusden = (await tabel.getByRole("columnheader", { name: "Leusden" }).boundingBox())!;
    expect(leusden.x + leusden.width).toBeLessThanOrEqual(paneel.x + paneel.width);
    // The label column is sticky (it stays when more gemeenten make the table scroll).
    const label = tabel.getByRole("rowheader", { name: "Opdracht per achterstand" });
    expect(await label.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
    const rij = tabel
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Opdracht per achterstand" }) });
    expect(await rij.getByRole("cell").allTextContents()).toEqual(["1,46", "0,81", "1,73"]);
    const aandeel = tabel
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Aandeel opdracht" }) });
    expect((await aandeel.getByRole("cell").allTextContents())[2]).toBe("46,4%");
    const verschil = tabel
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Verschil" }) });
    expect((await verschil.getByRole("cell").allTextContents())[2]).toBe("+9,5");
    await schermafdruk(page, "vergelijken-drie");
    await verwachtPastIn350(p, "Vergelijken (drie gemeenten)");
  });

  it("kleurt de treden in het taakvenster zoals de vullingen op het blad, met tekst", async () => {
    const { page } = await open();
    await kiesBlad(page, "2022-1");
    await controleer(page);
    const treden = page.getByRole("list", { name: "Aantal per trede" });
    const kleuren: Record<string, number[]> = {};
    for (const t of [1, 2, 3, 4, 5, 6]) {
      const badge = treden.getByText(`Trede ${t}`, { exact: true });
      const rgb = await badge.evaluate((el) => getComputedStyle(el).backgroundColor);
      kleuren[t] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    }
    const [r1, g1, b1] = kleuren[1];
    expect(g1).toBeGreaterThan(r1); // green
    expect(g1).toBeGreaterThan(b1);
    const [r2, g2, b2] = kleuren[2];
    expect(Math.min(r2, g2)).toBeGreaterThan(b2 + 40); // yellow
    const [r3, g3, b3] = kleuren[3];
    expect(r3).toBeGreaterThan(g3); // orange: red over green over blue
    expect(g3).toBeGreaterThan(b3);
    for (const t of [4, 5, 6]) {
      const [r, g] = kleuren[t];
      expect(r).toBeGreaterThan(g); // reddish
    }
    expect(new Set(Object.values(kleuren).map(String)).size).toBe(6);
  });

  it("houdt de staafgrafiek zichtbaar in Windows-hoog contrast (forced-colors)", async () => {
    const { page } = await open();
    await page.emulateMedia({ forcedColors: "active" });
    await kiesBlad(page, "2022-1");
    await controleer(page);
    await page.getByRole("tab", { name: "Vergelijken" }).click();
    const grafiek = page.getByRole("img", { name: /Staafdiagram van de opdracht per achterstand/ });
    await expectZichtbaar(grafiek);
    const kleur = await page.evaluate(() => {
      const staaf = document.querySelector("[data-staaf]")!;
      const baan = document.querySelector("[data-baan]")!;
      const tekst = getComputedStyle(document.querySelector("figcaption")!).color;
      return {
        staaf: getComputedStyle(staaf).backgroundColor,
        baan: getComputedStyle(baan).backgroundColor,
        rand: getComputedStyle(baan).borderTopStyle,
        tekst,
      };
    });
    expect(kleur.staaf).toBe(kleur.tekst); // the bar is drawn in the text colour (CanvasText)
    expect(kleur.staaf).not.toBe(kleur.baan);
    expect(kleur.rand).toBe("solid");
    // The text labels stay.
    expect(await page.locator("figure").getByText("1,73").count()).toBe(1);
  });

  it("toont de brieftabel van Leusden 2022-1 met 39, 72% en 33%", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    await page.getByRole("tab", { name: "Brieftabel" }).click();
    await page.getByRole("combobox", { name: "Gemeente" }).click();
    await page.getByRole("option", { name: "Leusden", exact: true }).click();
    await page.getByRole("combobox", { name: "Periode" }).click();
    await page.getByRole("option", { name: "2022-1", exact: true }).click();
    const tabel = page.getByRole("table", { name: "Brieftabel Leusden 2022-1" });
    await expectZichtbaar(tabel);
    const waarden = await tabel.locator("tbody tr td:last-child").allTextContents();
    expect(waarden).toContain("72%");
    expect(waarden).toContain("33%");
    expect(waarden.some((w) => /^39\b/.test(w))).toBe(true);
    await schermafdruk(page, "brieftabel");
    await verwachtPastIn350(p, "Brieftabel");
    await verwachtToegankelijk(p, "Brieftabel");
    await page.getByRole("button", { name: "Naar werkblad" }).click();
    await expectZichtbaar(page.getByText('Werkblad "IBT Brief Leusden 2022-1" gemaakt.'));
    // The new sheet is the active tab of the grid, with its title and the letter's figures.
    const raster = await verwachtNieuwBlad(page, "IBT Brief Leusden 2022-1");
    await expectZichtbaar(raster.getByRole("gridcell", { name: "Cijfers toezichtbrief Leusden, 2022-1" }));
    const kolomB = await raster.locator('[role=gridcell][data-adres^="B"]').allTextContents();
    expect(kolomB).toContain("72%");
    expect(kolomB).toContain("33%");
    expect(kolomB.some((w) => /^39\b/.test(w))).toBe(true);
    await schermafdruk(page, "brieftabel-werkblad");
  });

  it("toont de prognose per gemeente voor een meetdatum", async () => {
    const p = await open();
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    await page.getByRole("tab", { name: "Prognose" }).click();
    // The sheet's Meetdatum (22-11-2022) is the default, and the pane says the sheet's figures are used.
    expect(await page.getByLabel("Meetdatum").inputValue()).toBe("2022-11-22");
    await expectZichtbaar(page.getByText("2022-2: gemeten op 22-11-2022 (uit het blad)."));
    const tabel = page.getByRole("table", { name: "Prognose per gemeente" });
    await expectZichtbaar(tabel);
    const leusden = tabel
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Leusden", exact: true }) });
    expect(await leusden.getByRole("cell").first().textContent()).toBe("33");
    expect(await leusden.getByRole("cell").nth(1).textContent()).toBe("42");
    expect(await leusden.getByRole("cell").nth(2).textContent()).toBe("Trede 2");
    // At 350 px the last columns are reachable by scrolling the table's region; the gemeente stays.
    const vlak = page.getByRole("region", { name: /Prognose per gemeente/ });
    const vlakBox = async () => (await vlak.boundingBox())!;
    for (const kop of ["Nodig per maand", "Op schema"]) {
      const cel = tabel.getByRole("columnheader", { name: kop });
      await cel.scrollIntoViewIfNeeded();
      const b = (await cel.boundingBox())!;
      const v = await vlakBox();
      expect(b.x).toBeGreaterThanOrEqual(v.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(v.x + v.width + 1);
    }
    const naam = (await leusden.getByRole("rowheader").boundingBox())!;
    expect(naam.x).toBeGreaterThanOrEqual((await vlakBox()).x - 1);
    // Another date selects the same period; the sheet's measured figures are still used.
    await page.getByLabel("Meetdatum").fill("2022-12-01");
    await expectZichtbaar(page.getByText(/De gekozen datum 01-12-2022 kiest alleen de periode 2022-2/));
    expect(await leusden.getByRole("cell").nth(1).textContent()).toBe("42");
    await schermafdruk(page, "prognose");
    await verwachtPastIn350(p, "Prognose");
    await verwachtToegankelijk(p, "Prognose");
  });

  it("volgt een donker thema met alleen Fluent-tokens, zonder contrastproblemen", async () => {
    const p = await open(1280, "dark");
    const { page } = p;
    await kiesBlad(page, "Overzicht");
    await controleer(page);
    const achtergrond = await page
      .getByRole("main", { name: "IBT Huisvesting" })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (achtergrond.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await schermafdruk(page, "controleren-donker");
    await verwachtToegankelijk(p, "Controleren (donker thema)", undefined);
  });

  it("toont een foutmelding (geen leeg venster) als het voorbeeldwerkboek niet laadt", async () => {
    const context = await voorbeeld.browser().newContext();
    const page = await context.newPage();
    try {
      await page.route("**/voorbeeld.json", (route) => route.fulfill({ status: 404, body: "" }));
      await page.goto(`${voorbeeld.url()}/preview.html`);
      await expectZichtbaar(
        page.getByText(/Het voorbeeldwerkboek kon niet worden geladen: voorbeeld\.json: HTTP 404/),
      );
      await expectZichtbaar(page.getByText("Er ging iets mis"));
    } finally {
      await context.close();
    }
  });

  it("is bruikbaar op een smal scherm: taakvenster en raster onder elkaar", async () => {
    const p = await open(400);
    const { page } = p;
    await controleer(page);
    const paneel = await page.getByRole("main", { name: "IBT Huisvesting" }).boundingBox();
    const raster = await page.getByRole("grid").boundingBox();
    expect(paneel && raster && raster.y >= paneel.y + paneel.height).toBe(true);
    expect(paneel!.width).toBeLessThanOrEqual(350);
  });
});

async function expectZichtbaar(locator: import("playwright-core").Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: 10_000 });
}

async function expectAttribuut(
  locator: import("playwright-core").Locator,
  naam: string,
  waarde: string,
): Promise<void> {
  const tot = Date.now() + 10_000;
  let gezien: string | null = null;
  while (Date.now() < tot) {
    gezien = await locator.getAttribute(naam).catch(() => null);
    if (gezien === waarde) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${naam} is ${String(gezien)}, verwacht ${waarde}`);
}
