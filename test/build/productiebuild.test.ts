/**
 * A real production build (webpack-cli, `--mode production`, made by `npm run package` in
 * test/build/global-setup.js) into a temporary directory with IBT_PROD_URL set, so the tests do not depend
 * on what dist/ holds: the generated functions.json (every IBT function with its parameters in order,
 * allowErrorForDataTypeAny, HTTPS help URLs) and the production URL rewrite in manifest.xml and
 * functions.json. A build check, not a unit test: `npm run test:build` runs it (jest.build.config.js; CI
 * right after `npm run build`), `npm test` leaves it out.
 */
import * as fs from "fs";
import * as path from "path";
import { validateManifest } from "../../scripts/manifest/validate";
import { DEV_URL } from "../../scripts/manifest/urls";
import { bouwcontrole } from "./bouwcontrole";

/** The functions of issue 2, with their parameter names in order; "?" marks an optional parameter. */
const FUNCTIES: Record<string, string[]> = {
  TOTAALOPGAVE: ["taakstelling", "achterstand", "herverdeling?", "extra_opgave?"],
  ACHTERSTAND: ["totaalopgave", "gerealiseerd", "na_registratie?"],
  REALISATIE_PCT: ["gerealiseerd", "opgave"],
  TREDE: ["achterstand", "taakstelling", "vorige_trede?"],
  TREDE_NAAM: ["trede"],
  ESCALATIE: ["vorige_trede", "trede"],
  PERIODE: ["datum_of_label"],
  PEILDATUM: ["periode", "einde?"],
  PROGNOSE: ["gerealiseerd", "periode", "meetdatum"],
  BENODIGD_TEMPO: ["opgave", "gerealiseerd", "periode", "meetdatum"],
  VERSNELLING_VERHOUDING: ["opdracht", "achterstand", "opdrachten", "achterstanden"],
  TAAKSTELLING: ["landelijk", "inwoners_gemeente", "inwoners_nederland"],
};

interface Parameter {
  name: string;
  type?: string;
  optional?: boolean;
  description?: string;
}
interface Functie {
  id: string;
  name: string;
  helpUrl?: string;
  description?: string;
  parameters: Parameter[];
}
interface Metadata {
  allowErrorForDataTypeAny?: unknown;
  functions: Functie[];
}

const { dist: out, url: PROD_URL } = bouwcontrole();
const functionsJson = fs.readFileSync(path.join(out, "functions.json"), "utf8");
const metadata = JSON.parse(functionsJson) as Metadata;
const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");

describe("functions.json uit de productiebuild", () => {
  it("schrijft de build naar de opgegeven map en niet naar dist/", () => {
    expect(fs.existsSync(path.join(out, "functions.js"))).toBe(true);
    expect(fs.existsSync(path.join(out, "taskpane.html"))).toBe(true);
  });

  it('zet "allowErrorForDataTypeAny": true bovenaan, zodat Excel foutwaarden (#N/A) aan any-parameters doorgeeft', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(Object.keys(metadata)).toContain("functions");
  });

  it("bevat precies de twaalf IBT-functies", () => {
    expect(metadata.functions.map((f) => f.name).sort()).toEqual(Object.keys(FUNCTIES).sort());
  });

  it.each(Object.entries(FUNCTIES))("%s heeft de parameters %j in deze volgorde", (naam, parameters) => {
    const functie = metadata.functions.find((f) => f.name === naam);
    expect(functie).toBeDefined();
    expect(functie!.id).toBe(naam);
    expect(functie!.description).toBeTruthy();
    expect(functie!.parameters.map((p) => (p.optional ? `${p.name}?` : p.name))).toEqual(parameters);
    for (const p of functie!.parameters) {
      // `any`, so that Excel passes error values (with allowErrorForDataTypeAny) and empty cells.
      expect(p.type).toBe("any");
      expect(p.description).toBeTruthy();
    }
  });

  it("heeft bij elke functie een HTTPS-helpadres op het productieadres, naar een pagina die de build maakt", () => {
    for (const functie of metadata.functions) {
      expect(functie.helpUrl).toMatch(/^https:\/\//);
      expect(functie.helpUrl!.startsWith(PROD_URL)).toBe(true);
      const pagina = functie.helpUrl!.slice(PROD_URL.length);
      expect(fs.existsSync(path.join(out, pagina))).toBe(true);
    }
  });
});

describe("het productieadres (IBT_PROD_URL) in de productiebuild", () => {
  const devOrigin = DEV_URL.replace(/\/$/, "");

  it("vervangt het ontwikkeladres in functions.json", () => {
    expect(functionsJson).not.toContain(devOrigin);
  });

  it("vervangt het ontwikkeladres in manifest.xml; het AppDomain wordt de oorsprong (zonder pad)", () => {
    expect(manifest).not.toContain(devOrigin);
    expect(manifest).toContain(`"${PROD_URL}taskpane.html"`);
    expect(manifest).toContain(`"${PROD_URL}functions.json"`);
    expect(manifest).toContain(`<AppDomain>${new URL(PROD_URL).origin}</AppDomain>`);
  });

  it("doorstaat de offline manifestcontrole tegen de eigen uitvoermap", () => {
    expect(
      validateManifest({ manifestPath: path.join(out, "manifest.xml"), distDir: out, bases: [PROD_URL] }),
    ).toEqual([]);
  });
});
