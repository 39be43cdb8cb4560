/**
 * functions.json as custom-functions-metadata generates it from the JSDoc of functions.ts (the same
 * generator the webpack plugin runs): every IBT function, its Dutch parameters in order, optional
 * flags, descriptions, help pages and matrix dimensionality (so Excel passes and spills ranges).
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { VERWACHTE_FUNCTIES } from "./verwacht";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Functie {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result?: { dimensionality?: string };
}

const VERWACHT = VERWACHTE_FUNCTIES;

const BRON = path.join(__dirname, "../../src/functions/functions.ts");
let functies: Functie[];
let fouten: string[];

beforeAll(async () => {
  const resultaat = await generateCustomFunctionsMetadata(BRON);
  fouten = resultaat.errors;
  functies = resultaat.metadataJson ? (JSON.parse(resultaat.metadataJson).functions as Functie[]) : [];
}, 30_000);

describe("gegenereerde functions.json", () => {
  it("genereert zonder fouten", () => {
    expect(fouten).toEqual([]);
  });

  it("bevat precies de functies van issue 2", () => {
    expect(functies.map((f) => f.id).sort()).toEqual(Object.keys(VERWACHT).sort());
    for (const f of functies) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(VERWACHT))(
    "%s heeft de Nederlandse parameters in volgorde, met juiste optionaliteit",
    (id, params) => {
      const f = functies.find((x) => x.id === id);
      expect(f).toBeDefined();
      expect(f!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(params);
      for (const p of f!.parameters) expect(p.optional ?? false).toBe(params.includes(`[${p.name}]`));
    },
  );

  it.each(Object.keys(VERWACHT))("%s heeft beschrijvingen op één regel voor functie en parameters", (id) => {
    const f = functies.find((x) => x.id === id)!;
    expect(f.description).toMatch(/\S{3,}/);
    expect(f.description).not.toMatch(/\n/);
    for (const p of f.parameters) {
      expect(p.description).toMatch(/\S{3,}/);
      expect(p.description).not.toMatch(/\n/);
    }
  });

  it.each(Object.keys(VERWACHT))("%s neemt en geeft matrices (bereiken in, gemorste kolom uit)", (id) => {
    const f = functies.find((x) => x.id === id)!;
    for (const p of f.parameters) {
      expect(p.dimensionality).toBe("matrix");
      expect(p.type ?? "any").toBe("any");
    }
    expect(f.result?.dimensionality).toBe("matrix");
  });

  it.each(Object.keys(VERWACHT))("%s verwijst naar een bestaande helppagina", (id) => {
    const f = functies.find((x) => x.id === id)!;
    const bestand = `${id.toLowerCase()}.html`;
    expect(f.helpUrl).toBe(`https://localhost:3000/help/${bestand}`);
    expect(fs.existsSync(path.join(__dirname, "../../src/help", bestand))).toBe(true);
  });
});
