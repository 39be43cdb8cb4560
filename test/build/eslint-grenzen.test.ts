/**
 * The boundaries of the pure layers, as ESLint (eslint.config.mjs) enforces them: each forbidden snippet in a
 * file inside src/domain (or src/sheet) gives an error of a boundary rule; allowed code gives no message.
 * Linted with ESLint's Node API in a child process (test/build/lint-snippets.cjs).
 */
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

interface Bericht {
  ruleId: string | null;
  message: string;
  severity: number;
}

/** The rules that keep the boundaries; other rules (unused variables, ...) must not make a test pass. */
const GRENSREGELS = ["ibt/pure-imports", "no-restricted-globals", "no-restricted-syntax"];

function lint(snippets: { code: string; filePath: string }[]): Bericht[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "lint-snippets.cjs")], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: "utf8",
  });
  return JSON.parse(out) as Bericht[][];
}

const DOMEIN = "src/domain/_grenstest.ts";
const SHEET = "src/sheet/_grenstest.ts";

/** [description, code, the rule that must report it] for a file in src/domain. */
const VERBODEN_IN_DOMEIN: [string, string, string][] = [
  [
    "een relatief pad dat via ./.. de map verlaat",
    'import x from "./../excel/excelWerkboek";\nexport default x;\n',
    "ibt/pure-imports",
  ],
  [
    "een relatief pad naar een andere map",
    'import x from "../excel/excelWerkboek";\nexport default x;\n',
    "ibt/pure-imports",
  ],
  [
    "een pad dat via domain/.. weer naar buiten gaat",
    'import x from "../domain/../excel/excelWerkboek";\nexport default x;\n',
    "ibt/pure-imports",
  ],
  ["een pad naar src/sheet", 'export { leesRijen } from "../sheet/lezen";\n', "ibt/pure-imports"],
  ["export * van buiten", 'export * from "../functions/argumenten";\n', "ibt/pure-imports"],
  [
    "een Node-module",
    'import { readFileSync } from "fs";\nexport const f = readFileSync;\n',
    "ibt/pure-imports",
  ],
  [
    "node:fs",
    'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
    "ibt/pure-imports",
  ],
  ["React", 'import { useState } from "react";\nexport const f = useState;\n', "ibt/pure-imports"],
  ["een dynamische import", 'export const laad = () => import("fs");\n', "ibt/pure-imports"],
  [
    "een dynamische import met een variabele",
    "export const laad = (m: string) => import(m);\n",
    "ibt/pure-imports",
  ],
  ["een importtype van buiten", 'export type S = import("fs").Stats;\n', "ibt/pure-imports"],
  ["require", 'const fs = require("fs");\nexport const f = fs;\n', "ibt/pure-imports"],
  [
    "require van een eigen bestand",
    'const t = require("./trede");\nexport const f = t;\n',
    "ibt/pure-imports",
  ],
  ["fetch", 'export const haal = () => fetch("https://example.org");\n', "no-restricted-globals"],
  ["XMLHttpRequest", "export const maak = () => new XMLHttpRequest();\n", "no-restricted-globals"],
  ["Buffer", 'export const b = () => Buffer.from("a");\n', "no-restricted-globals"],
  ["process", "export const p = () => process.env.HOME;\n", "no-restricted-globals"],
  ["Date.now()", "export const nu = () => Date.now();\n", "no-restricted-syntax"],
  ["new Date() zonder argumenten", "export const nu = () => new Date();\n", "no-restricted-syntax"],
  ["Date() als functie", "export const nu = () => Date();\n", "no-restricted-syntax"],
  ["globalThis.Office", "export const o = () => globalThis.Office;\n", "no-restricted-globals"],
  ["window.Office", "export const o = () => window.Office;\n", "no-restricted-globals"],
  ["Office als global", "export const o = () => Office.context;\n", "no-restricted-globals"],
  ["het type Excel.Range", "export type Bereik = Excel.Range;\n", "no-restricted-syntax"],
  [
    "een parametertype Excel.RequestContext",
    "export const f = (c: Excel.RequestContext) => c;\n",
    "no-restricted-syntax",
  ],
  ["het type CustomFunctions.Error", "export type F = CustomFunctions.Error;\n", "no-restricted-syntax"],
  ["het type Office.Context", "export type C = Office.Context;\n", "no-restricted-syntax"],
];

const TOEGESTAAN_IN_DOMEIN: [string, string][] = [
  ["een import uit dezelfde map", 'import { bepaalTrede } from "./trede";\nexport const f = bepaalTrede;\n'],
  ["een type-import uit dezelfde map", 'import type { Periode } from "./types";\nexport type P = Periode;\n'],
  [
    "een import via ../domain/",
    'import { bepaalTrede } from "../domain/trede";\nexport const f = bepaalTrede;\n',
  ],
  ["export * uit dezelfde map", 'export * from "./periode";\n'],
  ["een datum uit argumenten", "export const d = (j: number) => new Date(Date.UTC(j, 0, 1));\n"],
];

const VERBODEN_IN_SHEET: [string, string, string][] = [
  [
    "een relatief pad naar src/excel",
    'import x from "./../excel/excelWerkboek";\nexport default x;\n',
    "ibt/pure-imports",
  ],
  ["een pad naar src/taskpane", 'import x from "../taskpane/App";\nexport default x;\n', "ibt/pure-imports"],
  ["exceljs", 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', "ibt/pure-imports"],
  [
    "een dynamische import",
    'export const laad = () => import("../excel/excelWerkboek");\n',
    "ibt/pure-imports",
  ],
  ["require", 'const fs = require("fs");\nexport const f = fs;\n', "ibt/pure-imports"],
  ["fetch", 'export const haal = () => fetch("https://example.org");\n', "no-restricted-globals"],
  ["XMLHttpRequest", "export const maak = () => new XMLHttpRequest();\n", "no-restricted-globals"],
  ["Buffer", 'export const b = () => Buffer.from("a");\n', "no-restricted-globals"],
  ["process", "export const p = () => process.env.HOME;\n", "no-restricted-globals"],
  ["globalThis.Office", "export const o = () => globalThis.Office;\n", "no-restricted-globals"],
  ["window.Office", "export const o = () => window.Office;\n", "no-restricted-globals"],
  ["het type Excel.Range", "export type Bereik = Excel.Range;\n", "no-restricted-syntax"],
];

const TOEGESTAAN_IN_SHEET: [string, string][] = [
  [
    "een import uit src/domain",
    'import { bepaalTrede } from "../domain/trede";\nexport const f = bepaalTrede;\n',
  ],
  ["een import uit dezelfde map", 'import type { Blad } from "./types";\nexport type B = Blad;\n'],
];

let domein: Bericht[][];
let domeinToegestaan: Bericht[][];
let sheet: Bericht[][];
let sheetToegestaan: Bericht[][];

beforeAll(() => {
  const alle = lint([
    ...VERBODEN_IN_DOMEIN.map(([, code]) => ({ code, filePath: DOMEIN })),
    ...TOEGESTAAN_IN_DOMEIN.map(([, code]) => ({ code, filePath: DOMEIN })),
    ...VERBODEN_IN_SHEET.map(([, code]) => ({ code, filePath: SHEET })),
    ...TOEGESTAAN_IN_SHEET.map(([, code]) => ({ code, filePath: SHEET })),
  ]);
  let i = 0;
  const neem = (n: number) => alle.slice(i, (i += n));
  domein = neem(VERBODEN_IN_DOMEIN.length);
  domeinToegestaan = neem(TOEGESTAAN_IN_DOMEIN.length);
  sheet = neem(VERBODEN_IN_SHEET.length);
  sheetToegestaan = neem(TOEGESTAAN_IN_SHEET.length);
}, 120_000);

const grensfouten = (berichten: Bericht[]) =>
  berichten.filter((b) => b.severity === 2 && b.ruleId !== null && GRENSREGELS.includes(b.ruleId));

describe("ESLint houdt src/domain puur", () => {
  it.each(VERBODEN_IN_DOMEIN.map((c, i) => [...c, i] as const))("weigert %s", (_naam, _code, regel, i) => {
    expect(grensfouten(domein[i]).map((b) => b.ruleId)).toContain(regel);
  });

  it.each(TOEGESTAAN_IN_DOMEIN.map((c, i) => [...c, i] as const))("staat %s toe", (_naam, _code, i) => {
    expect(domeinToegestaan[i]).toEqual([]);
  });
});

describe("ESLint houdt src/sheet puur (zonder de klokregel)", () => {
  it.each(VERBODEN_IN_SHEET.map((c, i) => [...c, i] as const))("weigert %s", (_naam, _code, regel, i) => {
    expect(grensfouten(sheet[i]).map((b) => b.ruleId)).toContain(regel);
  });

  it.each(TOEGESTAAN_IN_SHEET.map((c, i) => [...c, i] as const))("staat %s toe", (_naam, _code, i) => {
    expect(sheetToegestaan[i]).toEqual([]);
  });
});
