/**
 * Browser test of loading the task pane in parts (issue 12, point 6; src/taskpane/weergaven.ts):
 * - taskpane.html itself, with a stand-in for office.js served in place of the CDN's: before the pane is
 *   usable it loads only the scripts of its HTML; the Excel adapter and the views follow in the
 *   background; in a dark Office theme the dark theme chunk comes first.
 * - the preview, offline for one view: the Dutch message with "Opnieuw proberen", the focus kept on the
 *   tab, and the view after a retry.
 * Nothing is requested outside the test server.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page, Request } from "playwright-core";
import { openVoorbeeld, ROOT, startChromium } from "./browser";
import { serveer, type Server } from "./server";

jest.setTimeout(120_000);

const DIST = path.join(ROOT, "dist");
const NIET_GELADEN =
  "Dit onderdeel van IBT Huisvesting kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** office.js stand-in: onReady calls back at once, in an Office theme with this body background. */
function officeNabootsing(achtergrond: string): string {
  return `(() => {
    window.Office = {
      context: { officeTheme: { bodyBackgroundColor: "${achtergrond}" } },
      actions: { associate: () => undefined },
      onReady: (terug) => new Promise((klaar) => setTimeout(() => { if (terug) terug({ host: "Excel" }); klaar({ host: "Excel" }); }, 0)),
    };
    window.CustomFunctions = { associate: () => undefined };
  })();`;
}

/** The scripts of the page's own origin in an HTML file's script tags. */
function scriptsInHtml(pagina: string): string[] {
  const html = fs.readFileSync(path.join(DIST, pagina), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((src) => !/^(https?:)?\/\//i.test(src));
}

let browser: Browser;
let server: Server;

beforeAll(async () => {
  server = await serveer(DIST);
  browser = await startChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.sluit();
});

/** Opens taskpane.html with the office.js stand-in; records every script requested and anything foreign. */
async function openTaakvenster(achtergrond = "#FFFFFF"): Promise<{
  page: Page;
  scripts: string[];
  buiten: string[];
  sluit: () => Promise<void>;
}> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "nl-NL" });
  const page = await context.newPage();
  const scripts: string[] = [];
  const buiten: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        contentType: "text/javascript; charset=utf-8",
        body: officeNabootsing(achtergrond),
      });
    if (url.startsWith(server.url + "/") || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    buiten.push(url);
    return route.abort();
  });
  page.on("request", (r: Request) => {
    if (r.resourceType() === "script" && r.url().startsWith(server.url + "/"))
      scripts.push(r.url().slice(server.url.length + 1));
  });
  // Notes performance.now() when "Controleer blad" is first in the page.
  await page.addInitScript(`new MutationObserver(() => {
    if (window.__knopZichtbaar === undefined &&
        Array.from(document.querySelectorAll("button")).some((b) => b.textContent === "Controleer blad"))
      window.__knopZichtbaar = performance.now();
  }).observe(document, { childList: true, subtree: true });`);
  await page.goto(`${server.url}/taskpane.html`);
  return { page, scripts, buiten, sluit: () => context.close() };
}

describe("het taakvenster in delen laden", () => {
  it("laadt voor het eerste scherm alleen de scripts van taskpane.html, de rest daarna op de achtergrond", async () => {
    const { page, scripts, buiten, sluit } = await openTaakvenster();
    try {
      await page.getByRole("button", { name: "Controleer blad" }).waitFor({ state: "visible" });
      // The scripts requested before the button was there (the page's own clock, not this test's).
      const eerst = (await page.evaluate(`(() => {
        const klaar = window.__knopZichtbaar;
        return performance.getEntriesByType("resource")
          .filter((e) => e.initiatorType === "script" && e.startTime <= klaar)
          .map((e) => e.name);
      })()`)) as string[];
      // As a set: the browser fetches the page's scripts in parallel, so their resource entries may come in
      // either order (the HTML fixes the order in which they run, not in which they are fetched).
      expect(eerst.map((u) => u.replace(/^https?:\/\/[^/]+\//, "")).sort()).toEqual(
        ["lib/1/hosted/office.js", ...scriptsInHtml("taskpane.html")].sort(),
      );
      expect(scriptsInHtml("taskpane.html")).toEqual([
        "vendor.js",
        "taskpane.js",
        "functions.js",
        "commands.js",
      ]);
      // Once idle: the Excel adapter and the engine first, then the views (each <name>.<hash>.js).
      await page.waitForRequest(/\/excel\.[0-9a-f]{8}\.js$/, { timeout: 30_000 });
      await page.waitForRequest(/\/prognose\.[0-9a-f]{8}\.js$/, { timeout: 30_000 });
      expect(scripts).toEqual(expect.arrayContaining([expect.stringMatching(/^controle\.[0-9a-f]{8}\.js$/)]));
      expect(scripts.filter((s) => s.startsWith("thema-donker."))).toEqual([]);
      expect(buiten).toEqual([]);
    } finally {
      await sluit();
    }
  });

  it("laadt in een donker Office-thema eerst het donkere thema en toont het venster donker", async () => {
    const { page, scripts, buiten, sluit } = await openTaakvenster("#1F1F1F");
    try {
      await page.getByRole("button", { name: "Controleer blad" }).waitFor({ state: "visible" });
      expect(scripts.filter((s) => /^thema-donker\.[0-9a-f]{8}\.js$/.test(s))).toHaveLength(1);
      const achtergrond = await page
        .getByRole("main", { name: "IBT Huisvesting" })
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (achtergrond.match(/\d+/g) ?? []).map(Number);
      expect(Math.max(r, g, b)).toBeLessThan(80);
      expect(buiten).toEqual([]);
    } finally {
      await sluit();
    }
  });

  it("zegt het als een weergave niet laadt (offline) en laadt haar met Opnieuw proberen", async () => {
    const { page, problemen } = await openVoorbeeld(browser, server.url);
    try {
      const offline = /\/prognose\.[0-9a-f]{8}\.js$/;
      await page.route(offline, (route) => route.abort("internetdisconnected"));
      const tab = page.getByRole("tab", { name: "Prognose", exact: true });
      await tab.focus();
      await page.keyboard.press("Enter");
      await page.getByText(NIET_GELADEN).waitFor();
      expect(await page.getByText("Er ging iets mis").count()).toBeGreaterThan(0);
      // The focus stays on the tab (the arrow keys keep working), nothing is blank.
      expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.unroute(offline);
      await page.getByRole("button", { name: "Opnieuw proberen" }).click();
      await page.getByText("Controleer eerst het blad; daarna is dit onderdeel te gebruiken.").waitFor();
      expect(await page.getByText(NIET_GELADEN).count()).toBe(0);
      expect(
        await page
          .getByRole("tabpanel")
          .evaluate(
            (paneel) => paneel.contains(document.activeElement) && document.activeElement !== document.body,
          ),
      ).toBe(true);
      // The failed request is the only problem (Chromium logs it); nothing from outside was asked.
      expect(problemen.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual(
        [],
      );
    } finally {
      await page.context().close();
    }
  });
});
