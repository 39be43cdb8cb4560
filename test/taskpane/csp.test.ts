/**
 * The task pane's Content-Security-Policy: as strict as the preview's, with only Office.js's CDN added
 * (script, XHR and its trust-check frame), and every script the page loads allowed by it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const WORTEL = path.resolve(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function lees(relatief: string): Document {
  const html = readFileSync(path.join(WORTEL, relatief), "utf8");
  return new DOMParser().parseFromString(html, "text/html");
}

/** The policy of the page's meta element as directive -> sources. */
function beleid(doc: Document): Map<string, string[]> {
  const metas = [...doc.querySelectorAll("meta")].filter(
    (m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  expect(metas).toHaveLength(1);
  const uit = new Map<string, string[]>();
  for (const deel of metas[0].getAttribute("content")!.split(";")) {
    const [naam, ...bronnen] = deel.trim().split(/\s+/);
    if (naam) uit.set(naam, bronnen);
  }
  return uit;
}

/** True when a source list allows a script URL (only 'self' and exact origins are used here). */
function staatToe(bronnen: string[], url: string): boolean {
  if (!/^https?:/i.test(url)) return bronnen.includes("'self'");
  const oorsprong = new URL(url).origin;
  return bronnen.some((b) => b === oorsprong);
}

describe("Content-Security-Policy van het taakvenster", () => {
  const taakvenster = beleid(lees("src/taskpane/taskpane.html"));
  const preview = beleid(lees("src/preview/preview.html"));

  it("heeft elke richtlijn van de preview, met dezelfde bronnen plus alleen de Office.js-CDN", () => {
    for (const [naam, bronnen] of preview) {
      const hier = taakvenster.get(naam);
      expect({ naam, hier }).toEqual({ naam, hier: expect.any(Array) });
      const extra = hier!.filter((b) => !bronnen.includes(b));
      expect({ naam, extra }).toEqual({
        naam,
        extra: naam === "script-src" || naam === "connect-src" ? [OFFICE_CDN] : [],
      });
      expect({ naam, ontbreekt: bronnen.filter((b) => !hier!.includes(b)) }).toEqual({ naam, ontbreekt: [] });
    }
    // The one directive the preview does not name: Office.js's hidden trust-check frame.
    const nieuw = [...taakvenster.keys()].filter((n) => !preview.has(n));
    expect(nieuw).toEqual(["frame-src"]);
    expect(taakvenster.get("frame-src")).toEqual(["'self'", OFFICE_CDN]);
  });

  it("staat geen eval, geen inline script en geen plug-ins toe", () => {
    expect(taakvenster.get("default-src")).toEqual(["'self'"]);
    expect(taakvenster.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    for (const bronnen of taakvenster.values()) {
      expect(bronnen).not.toContain("'unsafe-eval'");
      expect(bronnen).not.toContain("*");
      expect(bronnen.filter((b) => /^https?:$|^https?:\/\/\*/.test(b))).toEqual([]);
    }
    expect(taakvenster.get("object-src")).toEqual(["'none'"]);
    expect(taakvenster.get("base-uri")).toEqual(["'none'"]);
    expect(taakvenster.get("form-action")).toEqual(["'none'"]);
  });

  it("laat Office.js laden en elk script dat de pagina noemt", () => {
    const doc = lees("src/taskpane/taskpane.html");
    const scripts = [...doc.querySelectorAll("script")];
    const bronnen = scripts.map((s) => s.getAttribute("src"));
    expect(bronnen).toContain(`${OFFICE_CDN}/lib/1/hosted/office.js`);
    for (const s of scripts) {
      // No inline script: the policy would block it.
      expect(s.getAttribute("src")).toBeTruthy();
      expect(staatToe(taakvenster.get("script-src")!, s.getAttribute("src")!)).toBe(true);
    }
    // The meta comes before the first script, so it applies to it.
    const html = readFileSync(path.join(WORTEL, "src/taskpane/taskpane.html"), "utf8");
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });
});
