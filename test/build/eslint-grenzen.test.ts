/**
 * The boundaries of the layers, as ESLint (eslint.config.mjs) enforces them: each forbidden snippet in a
 * file inside src/domain (or src/sheet) gives an error of a boundary rule; allowed code gives no message.
 * The import boundaries of src/functions, src/host, src/taskpane, src/cli and src/preview likewise (rule
 * ibt/pure-imports only). Linted with ESLint's Node API in a child process (test/build/lint-snippets.cjs).
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

/** [description, file, code] of an import that ibt/pure-imports must refuse in that file. */
const VERBODEN_IMPORTS: [string, string, string][] = [
  [
    "src/functions: src/sheet",
    "src/functions/_grenstest.ts",
    'import { leesRijen } from "../sheet/lezen";\nexport const f = leesRijen;\n',
  ],
  [
    "src/functions: de Excel-adapter",
    "src/functions/_grenstest.ts",
    'import x from "../excel/excelWerkboek";\nexport default x;\n',
  ],
  [
    "src/functions: een pakket",
    "src/functions/_grenstest.ts",
    'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
  ],
  [
    "src/host: de Excel-adapter",
    "src/host/_grenstest.ts",
    'import x from "../excel/excelWerkboek";\nexport default x;\n',
  ],
  [
    "src/host: src/taskpane",
    "src/host/_grenstest.ts",
    'import type { Tab } from "../taskpane/toestand";\nexport type T = Tab;\n',
  ],
  [
    "src/host: src/domain (de huidige code heeft het niet nodig)",
    "src/host/_grenstest.ts",
    'import { bepaalTrede } from "../domain/trede";\nexport const f = bepaalTrede;\n',
  ],
  [
    "src/host: React",
    "src/host/_grenstest.ts",
    'import { useState } from "react";\nexport const f = useState;\n',
  ],
  [
    "src/taskpane/App.tsx: de Excel-adapter",
    "src/taskpane/App.tsx",
    'import { ExcelWerkboek } from "../excel/excelWerkboek";\nexport const f = ExcelWerkboek;\n',
  ],
  [
    "src/taskpane: de Excel-adapter via een dynamische import",
    "src/taskpane/_grenstest.tsx",
    'export const laad = () => import("../excel/excelWerkboek");\n',
  ],
  [
    "src/taskpane: src/cli",
    "src/taskpane/_grenstest.tsx",
    'import { main } from "../cli/main";\nexport const f = main;\n',
  ],
  [
    "src/taskpane: exceljs",
    "src/taskpane/_grenstest.tsx",
    'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
  ],
  [
    "src/taskpane: node:fs",
    "src/taskpane/_grenstest.tsx",
    'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
  ],
  [
    "src/taskpane: een pakket dat alleen met @fluentui begint",
    "src/taskpane/_grenstest.tsx",
    'import x from "@fluentui-contrib/react-chat";\nexport default x;\n',
  ],
  [
    "src/taskpane: een ander pakket dan react met dezelfde naam vooraan",
    "src/taskpane/_grenstest.tsx",
    'import x from "react-router";\nexport default x;\n',
  ],
  [
    "src/taskpane/index.tsx: src/cli",
    "src/taskpane/index.tsx",
    'import { main } from "../cli/main";\nexport const f = main;\n',
  ],
  [
    "src/cli: src/taskpane",
    "src/cli/_grenstest.ts",
    'import { teksten } from "../taskpane/teksten";\nexport const t = teksten;\n',
  ],
  [
    "src/cli: de Excel-adapter",
    "src/cli/_grenstest.ts",
    'import x from "../excel/excelWerkboek";\nexport default x;\n',
  ],
  [
    "src/cli: React",
    "src/cli/_grenstest.ts",
    'import { useState } from "react";\nexport const f = useState;\n',
  ],
  [
    "src/cli: fs zonder node:",
    "src/cli/_grenstest.ts",
    'import { readFileSync } from "fs";\nexport const f = readFileSync;\n',
  ],
  [
    "src/cli: een node:-module die niet bestaat",
    "src/cli/_grenstest.ts",
    'import x from "node:bestaatniet";\nexport default x;\n',
  ],
  ["src/cli: require", "src/cli/_grenstest.ts", 'const fs = require("node:fs");\nexport const f = fs;\n'],
  [
    "src/preview: de Excel-adapter",
    "src/preview/_grenstest.tsx",
    'import x from "../excel/excelWerkboek";\nexport default x;\n',
  ],
  [
    "src/preview: src/cli",
    "src/preview/_grenstest.tsx",
    'import { main } from "../cli/main";\nexport const f = main;\n',
  ],
  [
    "src/preview: exceljs",
    "src/preview/_grenstest.tsx",
    'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
  ],
];

/** [description, file, code] of imports that the boundary of that file allows (no message at all). */
const TOEGESTANE_IMPORTS: [string, string, string][] = [
  [
    "src/functions: src/domain en de eigen map",
    "src/functions/_grenstest.ts",
    'import { bepaalTrede } from "../domain";\nimport { meldingen } from "./meldingen";\nexport const f = [bepaalTrede, meldingen];\n',
  ],
  [
    "src/host: src/sheet (typen en adressen) en de eigen map",
    "src/host/_grenstest.ts",
    'import { adres } from "../sheet/adres";\nimport type { Blad } from "../sheet/types";\nimport { hostBerichten } from "./berichten";\nexport type B = Blad;\nexport const f = [adres, hostBerichten];\n',
  ],
  [
    "src/taskpane: src/host, src/sheet, src/domain, React en Fluent UI",
    "src/taskpane/_grenstest.tsx",
    [
      'import { Button } from "@fluentui/react-components";',
      'import { useState } from "react";',
      'import { createRoot } from "react-dom/client";',
      'import type { WerkboekAdapter } from "../host/werkboek";',
      'import { bepaalTrede } from "../domain/trede";',
      'import type { Blad } from "../sheet/types";',
      'import { teksten } from "./teksten";',
      "export type T = [WerkboekAdapter, Blad];",
      "export const f = [Button, useState, createRoot, bepaalTrede, teksten];",
      "",
    ].join("\n"),
  ],
  [
    "src/taskpane/index.tsx: de Excel-adapter",
    "src/taskpane/index.tsx",
    'import { ExcelWerkboek } from "../excel/excelWerkboek";\nexport const f = ExcelWerkboek;\n',
  ],
  [
    "src/cli: node:-modules, exceljs, de zip- en XML-pakketten, src/sheet en src/domain",
    "src/cli/_grenstest.ts",
    [
      'import { readFileSync } from "node:fs";',
      'import { parseArgs } from "node:util";',
      'import ExcelJS from "exceljs";',
      'import { unzipSync } from "fflate";',
      'import sax from "sax";',
      'import { DOMParser } from "@xmldom/xmldom";',
      'import { XMLParser } from "fast-xml-parser";',
      'import JSZip from "jszip";',
      'import type { Blad } from "../sheet/types";',
      'import { bepaalTrede } from "../domain/trede";',
      "export type B = Blad;",
      "export const f = [readFileSync, parseArgs, ExcelJS, unzipSync, sax, DOMParser, XMLParser, JSZip, bepaalTrede];",
      "",
    ].join("\n"),
  ],
  [
    "src/preview: src/taskpane, src/host, src/sheet, src/domain, React en Fluent UI",
    "src/preview/_grenstest.tsx",
    [
      'import { FluentProvider } from "@fluentui/react-components";',
      'import { createRoot } from "react-dom/client";',
      'import { App } from "../taskpane/App";',
      'import { WerkboekFout } from "../host/conflicten";',
      'import type { Blad } from "../sheet/types";',
      'import { bepaalTrede } from "../domain/trede";',
      "export type B = Blad;",
      "export const f = [FluentProvider, createRoot, App, WerkboekFout, bepaalTrede];",
      "",
    ].join("\n"),
  ],
];

let domein: Bericht[][];
let domeinToegestaan: Bericht[][];
let sheet: Bericht[][];
let sheetToegestaan: Bericht[][];
let imports: Bericht[][];
let importsToegestaan: Bericht[][];

beforeAll(() => {
  const alle = lint([
    ...VERBODEN_IN_DOMEIN.map(([, code]) => ({ code, filePath: DOMEIN })),
    ...TOEGESTAAN_IN_DOMEIN.map(([, code]) => ({ code, filePath: DOMEIN })),
    ...VERBODEN_IN_SHEET.map(([, code]) => ({ code, filePath: SHEET })),
    ...TOEGESTAAN_IN_SHEET.map(([, code]) => ({ code, filePath: SHEET })),
    ...VERBODEN_IMPORTS.map(([, filePath, code]) => ({ code, filePath })),
    ...TOEGESTANE_IMPORTS.map(([, filePath, code]) => ({ code, filePath })),
  ]);
  let i = 0;
  const neem = (n: number) => alle.slice(i, (i += n));
  domein = neem(VERBODEN_IN_DOMEIN.length);
  domeinToegestaan = neem(TOEGESTAAN_IN_DOMEIN.length);
  sheet = neem(VERBODEN_IN_SHEET.length);
  sheetToegestaan = neem(TOEGESTAAN_IN_SHEET.length);
  imports = neem(VERBODEN_IMPORTS.length);
  importsToegestaan = neem(TOEGESTANE_IMPORTS.length);
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

describe("ESLint houdt de importgrenzen van de andere lagen (ibt/pure-imports)", () => {
  it.each(VERBODEN_IMPORTS.map((c, i) => [...c, i] as const))(
    "weigert in %s (%s)",
    (_naam, _bestand, _code, i) => {
      expect(grensfouten(imports[i]).map((b) => b.ruleId)).toEqual(["ibt/pure-imports"]);
    },
  );

  it.each(TOEGESTANE_IMPORTS.map((c, i) => [...c, i] as const))(
    "staat in %s toe (%s)",
    (_naam, _bestand, _code, i) => {
      expect(importsToegestaan[i]).toEqual([]);
    },
  );
});
