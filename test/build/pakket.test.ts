/**
 * The package for the IT department, as `npm run package` makes it (test/build/global-setup.js, with a test
 * IBT_PROD_URL that has a path): ibt-huisvesting-<versie>.zip with the production manifest and dist/.
 * Opened with fflate and checked as IT receives it: no localhost, <Version> from package.json, the offline
 * manifest check against the unpacked dist/, and every URL in the manifest (and every help URL in
 * functions.json) pointing at a file in the zip. A build check: `npm run test:build`.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { validateManifest } from "../../scripts/manifest/validate";
import { manifestUrls } from "../../scripts/pakket";
import { bouwcontrole } from "./bouwcontrole";

const ROOT = path.resolve(__dirname, "..", "..");
const { map, url: PROD_URL } = bouwcontrole();
const versie = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;
const zipPad = path.join(map, `ibt-huisvesting-${versie}.zip`);
const inhoud = unzipSync(new Uint8Array(fs.readFileSync(zipPad)));
const namen = Object.keys(inhoud);
const tekst = (naam: string): string => Buffer.from(inhoud[naam]).toString("utf8");
const manifest = tekst("manifest.xml");

/** The zip unpacked into a directory of its own, as IT would. */
const uitgepakt = path.join(map, "uitgepakt");
beforeAll(() => {
  for (const [naam, data] of Object.entries(inhoud)) {
    fs.mkdirSync(path.dirname(path.join(uitgepakt, naam)), { recursive: true });
    fs.writeFileSync(path.join(uitgepakt, naam), data);
  }
});

/** The file in the zip that a URL of the add-in's server points at, or null when it is not under PROD_URL. */
const bestandVoor = (url: string): string | null =>
  url.startsWith(PROD_URL) ? `dist/${decodeURIComponent(url.slice(PROD_URL.length).split(/[?#]/)[0])}` : null;

describe(`ibt-huisvesting-<versie>.zip (npm run package)`, () => {
  it("heet naar de versie in package.json", () => {
    expect(fs.existsSync(zipPad)).toBe(true);
  });

  it("bevat het manifest, de pagina's, bundels, iconen, helppagina's en de documenten voor IT", () => {
    for (const naam of [
      "manifest.xml",
      "dist/taskpane.html",
      "dist/taskpane.js",
      "dist/vendor.js",
      "dist/functions.js",
      "dist/functions.json",
      "dist/commands.html",
      "dist/commands.js",
      "dist/assets/icon-32.png",
      "dist/help/index.html",
      "docs/uitrol.md",
      "docs/acceptatietest.md",
    ]) {
      expect(namen).toContain(naam);
    }
    // Everything in the zip is the manifest, the web server's files or a document.
    expect(namen.filter((n) => !/^(manifest\.xml|dist\/.+|docs\/[a-z]+\.md)$/.test(n))).toEqual([]);
  });

  it("laat bronkaarten, de bronhash en een tweede manifest weg uit dist/", () => {
    expect(namen.filter((n) => /\.map$|\.bron-hash$|^dist\/manifest\.xml$/.test(n))).toEqual([]);
  });

  it("heeft een manifest zonder localhost", () => {
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(tekst("dist/functions.json")).not.toMatch(/localhost/i);
  });

  it("heeft in het manifest de versie uit package.json, in vier delen", () => {
    const gevonden = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
    expect(gevonden).toBe(`${versie}${".0".repeat(4 - versie.split(".").length)}`);
    expect(gevonden).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("doorstaat de offline manifestcontrole tegen de uitgepakte dist/", () => {
    expect(
      validateManifest({
        manifestPath: path.join(uitgepakt, "manifest.xml"),
        distDir: path.join(uitgepakt, "dist"),
        bases: [PROD_URL],
      }),
    ).toEqual([]);
  });

  it("laat elk adres in het manifest naar een bestand in de zip wijzen (het AppDomain naar de oorsprong)", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const { element, url } of urls) {
      if (element.endsWith("AppDomain")) {
        expect(url).toBe(new URL(PROD_URL).origin);
        continue;
      }
      const bestand = bestandVoor(url);
      expect({ url, bestand, inZip: bestand !== null && namen.includes(bestand) }).toEqual({
        url,
        bestand,
        inZip: true,
      });
    }
  });

  it("laat elk helpadres in functions.json naar een bestand in de zip wijzen", () => {
    const { functions } = JSON.parse(tekst("dist/functions.json")) as { functions: { helpUrl?: string }[] };
    expect(functions.length).toBe(12);
    for (const { helpUrl } of functions) {
      const bestand = bestandVoor(helpUrl ?? "");
      expect({ helpUrl, inZip: bestand !== null && namen.includes(bestand) }).toEqual({
        helpUrl,
        inZip: true,
      });
    }
  });

  it("laadt in de pagina's niets van buiten behalve office.js van appsforoffice.microsoft.com", () => {
    for (const naam of namen.filter((n) => n.endsWith(".html"))) {
      const extern = [...tekst(naam).matchAll(/(?:src|href)=["']?(https?:\/\/[^"'\s>]+)/g)].map((m) => m[1]);
      expect({
        naam,
        extern: extern.filter((u) => !u.startsWith("https://appsforoffice.microsoft.com/")),
      }).toEqual({ naam, extern: [] });
    }
  });
});
