/**
 * The production address and version without a build: IBT_PROD_URL is required and checked
 * (scripts/manifest/urls.js), the manifest version comes from package.json (scripts/manifest/versie.js),
 * `npm run build` and `npm run package` stop with a Dutch message before building when IBT_PROD_URL is
 * missing, and the offline manifest check follows a production manifest built for any address.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { controleerProdUrl, prodUrl, prodUrlOfNull } from "../../scripts/manifest/urls";
import { officeVersie, zetManifestVersie } from "../../scripts/manifest/versie";
import { validateManifest } from "../../scripts/manifest/validate";

const ROOT = path.resolve(__dirname, "..", "..");

describe("IBT_PROD_URL controleren", () => {
  it.each([
    ["https://excel.provincie.nl", "https://excel.provincie.nl/"],
    ["https://excel.provincie.nl/ibt", "https://excel.provincie.nl/ibt/"],
    ["  https://Excel.Provincie.NL/ibt/huisvesting/  ", "https://excel.provincie.nl/ibt/huisvesting/"],
    ["https://excel.provincie.nl:8443/ibt/", "https://excel.provincie.nl:8443/ibt/"],
  ])("neemt %j aan als %s (één schuine streep aan het eind)", (invoer, verwacht) => {
    expect(controleerProdUrl(invoer)).toEqual({ url: verwacht });
  });

  it.each([
    [undefined, /IBT_PROD_URL is niet gezet/],
    ["   ", /IBT_PROD_URL is niet gezet/],
    ["http://excel.provincie.nl/", /alleen via https:\/\//],
    ["excel.provincie.nl/ibt", /geen volledig adres/],
    ["https://localhost:3000/", /localhost is deze computer/],
    ["https://127.0.0.1/", /deze computer/],
    ["https://excel.provincie.nl/ibt//huisvesting/", /dubbele schuine streep/],
    ["https://excel.provincie.nl/ibt/taskpane.html", /wijst naar een bestand/],
    ["https://excel.provincie.nl/ibt/?versie=2", /vraagteken/],
    ["https://excel.provincie.nl/ibt/#a", /hekje/],
    ["https://beheer:geheim@excel.provincie.nl/", /gebruikersnaam of wachtwoord/],
    ["https://excel.provincie.nl/i bt/", /spatie/],
  ])("weigert %j met een Nederlandse uitleg", (invoer, melding) => {
    const { url, fout } = controleerProdUrl(invoer);
    expect(url).toBeUndefined();
    expect(fout).toMatch(melding);
  });

  it("prodUrl gooit de melding, prodUrlOfNull geeft null", () => {
    expect(() => prodUrl({})).toThrow(/IBT_PROD_URL is niet gezet/);
    expect(prodUrlOfNull({})).toBeNull();
    expect(prodUrl({ IBT_PROD_URL: "https://a.nl/b" })).toBe("https://a.nl/b/");
  });
});

describe("de manifestversie uit package.json", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["1.2.3", "1.2.3.0"],
    ["2", "2.0.0.0"],
    ["1.2.3.4", "1.2.3.4"],
  ])("%s wordt %s", (versie, verwacht) => {
    expect(officeVersie(versie)).toBe(verwacht);
  });

  it.each(["1.2.3-beta.1", "1.2.3+build", "1.2.3.4.5", "v1.2.3", "", "1.70000.0"])("weigert %j", (versie) => {
    expect(() => officeVersie(versie)).toThrow(/package\.json/);
  });

  it("zet alleen de <Version> van OfficeApp", () => {
    const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const nieuw = zetManifestVersie(xml, "7.8.9.0");
    expect(nieuw.match(/<Version>[^<]*<\/Version>/g)).toEqual(["<Version>7.8.9.0</Version>"]);
    expect(nieuw.replace("7.8.9.0", "")).toBe(xml.replace(/<Version>[^<]*/, "<Version>"));
  });
});

describe("zonder IBT_PROD_URL stopt het vóór het bouwen", () => {
  const zonder = (): NodeJS.ProcessEnv => {
    const env = { ...process.env };
    delete env.IBT_PROD_URL;
    return env;
  };

  it("webpack --mode production (npm run build): afsluitcode 2 en de melding", () => {
    const uit = fs.mkdtempSync(path.join(os.tmpdir(), "ibt-zonder-url-"));
    try {
      const r = spawnSync(
        process.execPath,
        [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", uit],
        { cwd: ROOT, env: zonder(), encoding: "utf8" },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("Build gestopt: IBT_PROD_URL is niet gezet.");
      expect(r.stderr).toContain("npm run build:dev");
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(fs.readdirSync(uit)).toEqual([]);
    } finally {
      fs.rmSync(uit, { recursive: true, force: true });
    }
  });

  it("node scripts/pakket.js (npm run package): afsluitcode 2 en de melding", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "pakket.js")], {
      cwd: ROOT,
      env: zonder(),
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("npm run package: IBT_PROD_URL is niet gezet.");
  });
});

describe("de manifestcontrole volgt een productiemanifest voor elk adres", () => {
  it("controleert de bestanden onder het adres van het eigen SourceLocation, ook zonder IBT_PROD_URL", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ibt-elders-"));
    try {
      const manifest = path.join(tmp, "manifest.xml");
      const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
      fs.writeFileSync(manifest, xml.split("https://localhost:3000").join("https://elders.example/ibt"));
      fs.mkdirSync(path.join(tmp, "dist"));
      const codes = validateManifest({ manifestPath: manifest, distDir: path.join(tmp, "dist") }).map(
        (p) => p.code,
      );
      // An empty dist/: every file of the manifest is reported missing, none is taken for an external site.
      expect(codes.length).toBeGreaterThanOrEqual(9);
      expect(new Set(codes)).toEqual(new Set(["url-niet-in-dist"]));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
