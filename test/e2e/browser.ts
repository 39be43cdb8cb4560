/** Headless Chromium (Debian's /usr/bin/chromium via playwright-core) on the built preview. */
import AxeBuilder from "@axe-core/playwright";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "..", "..");
export const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");

export async function startChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error("Installeer Chromium: apt-get install -y chromium");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
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

/** Opens the preview in a fresh context; every request outside `basis` is blocked and recorded. */
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
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(basis + "/") || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    problemen.push(`netwerk buiten de eigen oorsprong: ${url}`);
    return route.abort();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problemen.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problemen.push(`pagina: ${e.message}`));
  await page.goto(`${basis}/preview.html`);
  await page.getByRole("button", { name: "Controleer blad" }).waitFor({ state: "visible" });
  return { page, problemen };
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
 * axe-core scan of the page (or of `binnen`, a CSS selector): serious and critical violations, one line each.
 * Only violations are read, so axe reports only those in full (`resultTypes`): every rule still runs, and
 * passes, incomplete and inapplicable results keep one node each instead of all, which saves time.
 */
export async function ernstigeAxeFouten(page: Page, binnen?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (binnen) builder.include(binnen);
  const uitslag = await builder.analyze();
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
