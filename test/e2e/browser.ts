/** Headless Chromium (Debian's /usr/bin/chromium via playwright-core) on the built preview. */
import type { AxeResults, ContextObject, RunOptions } from "axe-core";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveer, type Server } from "./server";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "..", "..");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");

/**
 * Chromium resolves no host name but the test server's 127.0.0.1: a request to another origin fails before
 * it leaves the machine, without intercepting requests (which would switch off the HTTP cache).
 */
export async function startChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error("Installeer Chromium: apt-get install -y chromium");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface Pagina {
  page: Page;
  /** Console errors, page errors and requests to other origins, collected while the page lives. */
  problemen: string[];
}

/**
 * Opens the preview in a fresh context; every request outside `basis` is recorded as a problem (and fails:
 * startChromium resolves no other host). The requests are observed, not intercepted: Playwright switches
 * the browser's HTTP cache off while any route is set, and then every reload of the preview fetched and
 * compiled its megabyte of scripts again. The test server answers a repeated request with 304, so a
 * reload reuses the scripts (and the code V8 compiled for them), as a browser does with the real server.
 */
export async function openVoorbeeld(
  browser: Browser,
  basis: string,
  breedte = 1280,
  kleurenschema: "light" | "dark" = "light",
): Promise<Pagina> {
  const context = await browser.newContext({
    viewport: { width: breedte, height: 900 },
    locale: "nl-NL",
    colorScheme: kleurenschema,
  });
  const page = await context.newPage();
  const problemen: string[] = [];
  page.on("request", (verzoek) => {
    const url = verzoek.url();
    if (!url.startsWith(basis + "/") && !url.startsWith("data:") && !url.startsWith("blob:"))
      problemen.push(`netwerk buiten de eigen oorsprong: ${url}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") problemen.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problemen.push(`pagina: ${e.message}`));
  await laadVoorbeeld(page, basis);
  return { page, problemen };
}

/** Navigates to the preview and waits until the task pane can be used. */
async function laadVoorbeeld(page: Page, basis: string): Promise<void> {
  await page.goto(`${basis}/preview.html`);
  await page.getByRole("button", { name: "Controleer blad" }).waitFor({ state: "visible" });
}

export interface Voorbeeld {
  /** The preview, freshly loaded, in this file's page for the window width and colour scheme. */
  open(breedte?: number, kleurenschema?: "light" | "dark"): Promise<Pagina>;
  /** The file's Chromium, for a test that needs a context of its own. */
  browser(): Browser;
  /** The address of the test server of dist/. */
  url(): string;
}

/**
 * The lifecycle of a test file on the preview (registers jest's beforeAll, afterEach and afterAll): one
 * static server of dist/ and one Chromium per file, and one page per window width and colour scheme.
 * `open()` navigates that page to the preview again, so every test starts from a freshly loaded app (a new
 * in-memory workbook; the preview stores nothing in the browser) with media emulation reset, while the
 * renderer process and its compiled scripts are kept: 0.5 CPU-seconds instead of 1.3 for a new context.
 * After each test, the page must have seen no problem (console or page error, request to another origin).
 */
export function metVoorbeeld(): Voorbeeld {
  let browser: Browser | undefined;
  let server: Server | undefined;
  const paginas = new Map<string, Pagina>();
  const gebruikt: Pagina[] = [];

  beforeAll(async () => {
    server = await serveer(path.join(ROOT, "dist"), { [AXE_PAD]: AXE_BESTAND });
    browser = await startChromium();
  });
  afterEach(() => {
    for (const p of gebruikt.splice(0)) expect(p.problemen.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.sluit();
  });

  const gestart = (): { browser: Browser; server: Server } => {
    if (!browser || !server) throw new Error("metVoorbeeld(): de browser is nog niet gestart (beforeAll)");
    return { browser, server };
  };
  return {
    async open(breedte = 1280, kleurenschema: "light" | "dark" = "light"): Promise<Pagina> {
      const { browser: b, server: s } = gestart();
      const sleutel = `${breedte} ${kleurenschema}`;
      let p = paginas.get(sleutel);
      if (!p || p.page.isClosed()) {
        p = await openVoorbeeld(b, s.url, breedte, kleurenschema);
        paginas.set(sleutel, p);
      } else {
        p.problemen.length = 0;
        await p.page.emulateMedia({ media: null, forcedColors: null, reducedMotion: null });
        await laadVoorbeeld(p.page, s.url);
      }
      gebruikt.push(p);
      return p;
    },
    browser: () => gestart().browser,
    url: () => gestart().server.url,
  };
}

/** Runs the check from the Controleren tab and waits for the summary. */
export async function controleer(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Controleren", exact: true }).click();
  await page.getByRole("button", { name: "Controleer blad" }).click();
  await page.getByRole("heading", { name: "Samenvatting" }).waitFor();
}

/** Makes a sheet of the example workbook active through the grid's sheet tabs. */
export async function kiesBlad(page: Page, naam: string): Promise<void> {
  await page
    .getByRole("tablist", { name: "Werkbladen" })
    .getByRole("tab", { name: naam, exact: true })
    .click();
  await page.getByText(`Geselecteerde cel: ${naam}!`).waitFor();
}

export async function schermafdruk(page: Page, naam: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const bestand = path.join(SCREENSHOTS, `${naam}.png`);
  await page.screenshot({ path: bestand, fullPage: false });
  return bestand;
}

/**
 * Tabster's focus sentinels (`<i data-tabster-dummy aria-hidden="true" tabindex="0">` around Fluent's
 * TabList, Dialog, ...) only redirect focus and are hidden from screen readers on purpose: the known
 * false positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133). Only those
 * nodes are dropped; the rule stays on for everything else.
 */
function isTabsterSentinel(v: { id: string }, html: string): boolean {
  return v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

/**
 * The preview's read-only grid renders every row of a sheet with one component (the example's largest
 * sheet is some 1,500 cells): axe-core spends about 70 ms per row on it, 8 of the 9 seconds of a scan of
 * the whole page. A scan of the whole page therefore checks the grid's header row and its first 20 rows
 * (the table structure, the headers, the cells' names and contrast) and leaves out the identical rest.
 */
const RASTER_VERDER = '[role="grid"] > tbody > tr:nth-child(n+21)';

/**
 * axe-core scan of the page (or of `binnen`, a CSS selector): serious and critical violations, one line each.
 * The page scan leaves out the grid's rows after the 20th (RASTER_VERDER).
 * Only violations are read, so axe reports only those in full (`resultTypes`): every rule still runs, and
 * passes, incomplete and inapplicable results keep one node each instead of all, which saves time.
 */
export async function ernstigeAxeFouten(page: Page, binnen?: string): Promise<string[]> {
  const uitslag = await draaiAxe(page, binnen ? { include: [binnen] } : { exclude: [RASTER_VERDER] }, {
    resultTypes: ["violations"],
  });
  return uitslag.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")})`,
    );
}

const AXE_BESTAND = require.resolve("axe-core/axe.min.js");
/** Where metVoorbeeld's test server offers axe-core, beside dist/ (the pages' CSP allows 'self'). */
const AXE_PAD = "/__test__/axe.min.js";

/**
 * axe-core's own `axe.run` in the page. @axe-core/playwright's AxeBuilder does the same per frame and then
 * opens a blank page of its own to merge the frames' results, which cost 1.1 of its 1.6 CPU-seconds per
 * scan. The preview and the task pane have no frames: a page with frames is refused here rather than
 * scanned in part. axe-core is loaded once per loaded document (laadAxe).
 */
async function draaiAxe(page: Page, context: ContextObject, opties: RunOptions): Promise<AxeResults> {
  if (page.frames().length > 1) throw new Error("ernstigeAxeFouten: de pagina heeft frames; scan die apart");
  if (!(await page.evaluate(() => "axe" in window))) await laadAxe(page);
  const uitslag: unknown = await page.evaluate(
    ([c, o]) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe.run(c, o),
    [context, opties] as [unknown, unknown],
  );
  return uitslag as AxeResults;
}

/**
 * axe-core into the page: as a script of the page's own origin when its server offers it (metVoorbeeld),
 * so that the browser keeps it, and the code V8 compiled for it, from one page load to the next; otherwise
 * its source through the DevTools protocol (half a megabyte parsed and compiled again on every load).
 */
async function laadAxe(page: Page): Promise<void> {
  const ok = await page
    .addScriptTag({ url: AXE_PAD })
    .then(() => true)
    .catch(() => false);
  if (!ok) await page.evaluate(fs.readFileSync(AXE_BESTAND, "utf8"));
}
