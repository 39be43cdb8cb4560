/**
 * The offline manifest check (scripts/manifest/validate.js) on the real manifest and on broken copies,
 * and the real build in dist/ (built here first when it is missing). The production URL rewrite is tested
 * on a build of its own in productiebuild.test.ts.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateManifest } from "../../scripts/manifest/validate";
import { readPngSize } from "../../scripts/manifest/png";
import { DEV_URL, INTERNE_PROD_URL } from "../../scripts/manifest/urls";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DIST = path.join(ROOT, "dist");

let tmp: string;
let fakeDist: string;

/** A dist/ with exactly the files the manifest points at, icons copied from assets/. */
function makeFakeDist(dir: string): void {
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  fs.mkdirSync(path.join(dir, "help"), { recursive: true });
  for (const file of ["taskpane.html", "functions.js", "help/index.html"])
    fs.writeFileSync(path.join(dir, file), "");
  fs.writeFileSync(path.join(dir, "functions.json"), '{ "functions": [] }');
  for (const size of [16, 32, 64, 80]) {
    fs.copyFileSync(
      path.join(ROOT, "assets", `icon-${size}.png`),
      path.join(dir, "assets", `icon-${size}.png`),
    );
  }
}

/** A copy of manifest.xml with one textual change, written to the temp dir. */
function brokenCopy(name: string, from: string | RegExp, to: string): string {
  const text = fs.readFileSync(MANIFEST, "utf8");
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, changed);
  return file;
}

const lineOf = (text: string, needle: string): number =>
  text.split("\n").findIndex((l) => l.includes(needle)) + 1;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ibt-manifest-"));
  fakeDist = path.join(tmp, "dist");
  makeFakeDist(fakeDist);
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("validateManifest op broncode en kapotte kopieën", () => {
  it("vindt geen problemen in manifest.xml als dist/ de verwezen bestanden bevat", () => {
    expect(validateManifest({ manifestPath: MANIFEST, distDir: fakeDist })).toEqual([]);
  });

  it("zegt 'Voer eerst npm run build uit' als dist/ ontbreekt", () => {
    expect(validateManifest({ manifestPath: MANIFEST, distDir: path.join(tmp, "geen-dist") })).toEqual([
      {
        code: "dist-ontbreekt",
        message: `De map ${path.join(tmp, "geen-dist")} bestaat niet. Voer eerst npm run build uit.`,
      },
    ]);
  });

  it("meldt een resid die niet in Resources staat", () => {
    const file = brokenCopy("zonder-help-url.xml", /\s*<bt:Url id="Help.Url"[^>]*\/>/, "");
    const line = lineOf(fs.readFileSync(file, "utf8"), "<LearnMoreUrl");
    expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
      {
        code: "resid-onbekend",
        message: `<LearnMoreUrl> in OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/GetStarted (regel ${line}) verwijst naar resid "Help.Url", maar die staat niet in Resources (bt:Urls/bt:Url).`,
      },
    ]);
  });

  it("meldt een resid die naar de verkeerde soort resource wijst", () => {
    const file = brokenCopy(
      "verkeerde-soort.xml",
      '<Namespace resid="Functions.Namespace"/>',
      '<Namespace resid="Help.Url"/>',
    );
    const problems = validateManifest({ manifestPath: file, distDir: fakeDist });
    expect(problems.map((p) => p.code)).toEqual(["resid-verkeerde-soort", "namespace"]);
  });

  it("meldt een http-adres", () => {
    const file = brokenCopy(
      "http.xml",
      `"${DEV_URL}assets/icon-16.png"`,
      '"http://localhost:3000/assets/icon-16.png"',
    );
    const line = lineOf(fs.readFileSync(file, "utf8"), '<bt:Image id="Icon.16x16"');
    expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
      {
        code: "url-geen-https",
        message: `<Image id="Icon.16x16"> (regel ${line}): http://localhost:3000/assets/icon-16.png is geen HTTPS-adres.`,
      },
    ]);
  });

  it("meldt een icoon met een andere maat dan aangegeven, bij elk element dat het gebruikt", () => {
    const dist = path.join(tmp, "dist-verkeerd-icoon");
    makeFakeDist(dist);
    fs.copyFileSync(path.join(ROOT, "assets", "icon-16.png"), path.join(dist, "assets", "icon-32.png"));
    const text = fs.readFileSync(MANIFEST, "utf8");
    const iconLine = lineOf(text, "<IconUrl");
    const line = lineOf(text, '<bt:Image id="Icon.32x32"');
    expect(validateManifest({ manifestPath: MANIFEST, distDir: dist })).toEqual([
      {
        code: "icoon-maat",
        message: `<IconUrl> (regel ${iconLine}): assets/icon-32.png is 16×16 pixels, verwacht 32×32 (IconUrl van een taakvenster-invoegtoepassing).`,
      },
      {
        code: "icoon-maat",
        message: `<Image id="Icon.32x32"> (regel ${line}): assets/icon-32.png is 16×16 pixels, verwacht 32×32 (size="32").`,
      },
    ]);
  });

  it("eist voor IconUrl 32×32 pixels, welke naam het bestand ook heeft", () => {
    const file = brokenCopy(
      "iconurl-64.xml",
      `<IconUrl DefaultValue="${DEV_URL}assets/icon-32.png"/>`,
      `<IconUrl DefaultValue="${DEV_URL}assets/icon-64.png"/>`,
    );
    const line = lineOf(fs.readFileSync(file, "utf8"), "<IconUrl");
    expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
      {
        code: "icoon-maat",
        message: `<IconUrl> (regel ${line}): assets/icon-64.png is 64×64 pixels, verwacht 32×32 (IconUrl van een taakvenster-invoegtoepassing).`,
      },
    ]);
  });

  it("eist voor HighResolutionIconUrl 64×64 pixels", () => {
    const file = brokenCopy(
      "highres-80.xml",
      `<HighResolutionIconUrl DefaultValue="${DEV_URL}assets/icon-64.png"/>`,
      `<HighResolutionIconUrl DefaultValue="${DEV_URL}assets/icon-80.png"/>`,
    );
    expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
      expect.objectContaining({
        code: "icoon-maat",
        message: expect.stringMatching(
          /<HighResolutionIconUrl> .*assets\/icon-80\.png is 80×80 pixels, verwacht 64×64/,
        ),
      }),
    ]);
  });

  it("meldt een lintknopicoon dat met een andere size wordt gebruikt dan het bestand groot is", () => {
    // The id says 32x32 and the file is icon-32.png, but the button asks for size 80.
    const file = brokenCopy(
      "lint-size.xml",
      /(<Control[\s\S]*?)<bt:Image size="80" resid="Icon.80x80"\/>/,
      '$1<bt:Image size="80" resid="Icon.32x32"/>',
    );
    const line = lineOf(fs.readFileSync(file, "utf8"), '<bt:Image id="Icon.32x32"');
    expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
      {
        code: "icoon-maat",
        message: `<Image id="Icon.32x32"> (regel ${line}): assets/icon-32.png is 32×32 pixels, verwacht 80×80 (size="80").`,
      },
    ]);
  });

  it("meldt een ontbrekende IconUrl", () => {
    const file = brokenCopy("zonder-iconurl.xml", /\s*<IconUrl [^>]*\/>/, "");
    expect(validateManifest({ manifestPath: file, distDir: fakeDist }).map((p) => p.code)).toEqual([
      "icoon-ontbreekt",
    ]);
  });

  it("meldt een ontbrekende SupportUrl", () => {
    const file = brokenCopy("zonder-supporturl.xml", /\s*<SupportUrl [^>]*\/>/, "");
    expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
      { code: "supporturl-ontbreekt", message: '<SupportUrl DefaultValue="https://..."> ontbreekt.' },
    ]);
  });

  it.each([["http://localhost:3000/help/index.html"], ["help/index.html"]])(
    "meldt een SupportUrl die geen HTTPS-adres is: %s",
    (url) => {
      const file = brokenCopy(
        "supporturl-http.xml",
        `<SupportUrl DefaultValue="${DEV_URL}help/index.html"/>`,
        `<SupportUrl DefaultValue="${url}"/>`,
      );
      expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([
        { code: "supporturl-geen-https", message: `<SupportUrl> ${url} is geen HTTPS-adres.` },
      ]);
    },
  );

  it.each([
    ['<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>', "nu 1.1"],
    ["", "."],
  ])("eist CustomFunctionsRuntime 1.2 (CustomFunctions.Error met bericht): %s", (set, staart) => {
    const file = brokenCopy("cf-runtime.xml", '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', set);
    const problems = validateManifest({ manifestPath: file, distDir: fakeDist });
    expect(problems.map((p) => p.code)).toEqual(["customfunctionsruntime"]);
    expect(problems[0].message).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
    expect(problems[0].message).toContain(staart);
  });

  it("aanvaardt een hogere versie van CustomFunctionsRuntime, ook 1.10", () => {
    for (const version of ["1.3", "1.10"]) {
      const file = brokenCopy(
        `cf-runtime-${version}.xml`,
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
        `<Set Name="CustomFunctionsRuntime" MinVersion="${version}"/>`,
      );
      expect(validateManifest({ manifestPath: file, distDir: fakeDist })).toEqual([]);
    }
  });

  it("meldt een adres waarvoor de build geen bestand maakt", () => {
    const dist = path.join(tmp, "dist-zonder-functions-js");
    makeFakeDist(dist);
    fs.rmSync(path.join(dist, "functions.js"));
    expect(validateManifest({ manifestPath: MANIFEST, distDir: dist })).toEqual([
      expect.objectContaining({
        code: "url-niet-in-dist",
        message: expect.stringContaining("dist/functions.js ontbreekt"),
      }),
    ]);
  });

  it("meldt ongeldige XML met regel en kolom", () => {
    const file = brokenCopy("kapot.xml", "</Permissions>", "</Permission>");
    const problems = validateManifest({ manifestPath: file, distDir: fakeDist });
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe("xml-ongeldig");
    expect(problems[0].message).toMatch(/regel \d+, kolom \d+/);
  });

  it("meldt een andere namespace dan IBT, een ontbrekende SharedRuntime en andere rechten", () => {
    let text = fs.readFileSync(MANIFEST, "utf8");
    text = text
      .replace(
        'id="Functions.Namespace" DefaultValue="IBT"',
        'id="Functions.Namespace" DefaultValue="CONTOSO"',
      )
      .replace(/\s*<Set Name="SharedRuntime"[^>]*\/>/, "")
      .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>");
    const file = path.join(tmp, "namespace.xml");
    fs.writeFileSync(file, text);
    expect(
      validateManifest({ manifestPath: file, distDir: fakeDist })
        .map((p) => p.code)
        .sort(),
    ).toEqual(["namespace", "permissions", "sharedruntime"]);
  });
});

describe("de iconen in assets/", () => {
  it.each([16, 32, 64, 80])("icon-%i.png is een PNG van die maat", (size) => {
    expect(readPngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
      width: size,
      height: size,
    });
  });
});

describe("de build in dist/", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(DIST, "manifest.xml"))) {
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
        env: { IBT_PROD_URL: INTERNE_PROD_URL, ...process.env },
      });
    }
  }, 300_000);

  it("maakt de pagina's, bundels, functions.json, manifest en iconen", () => {
    for (const file of [
      "taskpane.html",
      "functions.html",
      "commands.html",
      "preview.html",
      "taskpane.js",
      "functions.js",
      "commands.js",
      "preview.js",
      "functions.json",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
    expect(
      Array.isArray(JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions),
    ).toBe(true);
  });

  it("zet het voorbeeldwerkboek als voorbeeld.json (werkbladen) naast preview.html", () => {
    if (!fs.existsSync(path.join(ROOT, "assets", "voorbeeld.xlsx"))) return;
    const bladen = JSON.parse(fs.readFileSync(path.join(DIST, "voorbeeld.json"), "utf8"));
    expect(bladen.length).toBeGreaterThan(0);
    for (const blad of bladen) {
      expect(typeof blad.naam).toBe("string");
      expect(Array.isArray(blad.waarden)).toBe(true);
    }
  });

  it("laadt in taskpane.html ook de functies (gedeelde runtime) en in preview.html geen office.js", () => {
    const taskpane = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(taskpane).toMatch(/src="?functions\.js/);
    expect(taskpane).toMatch(/src="?taskpane\.js/);
    const preview = fs.readFileSync(path.join(DIST, "preview.html"), "utf8");
    expect(preview).not.toMatch(/office\.js/);
    expect(preview).not.toMatch(/https?:\/\//);
  });

  it("houdt React buiten de functiebundel", () => {
    const functions = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    expect(functions).not.toMatch(/react\.production|react-dom|__CLIENT_INTERNALS|@fluentui/);
  });

  it("doorstaat de offline controle: manifest.xml en dist/manifest.xml", () => {
    expect(validateManifest({ manifestPath: MANIFEST, distDir: DIST })).toEqual([]);
    expect(validateManifest({ manifestPath: path.join(DIST, "manifest.xml"), distDir: DIST })).toEqual([]);
  });
});
