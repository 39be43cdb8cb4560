// ESLint flat config. Prettier formats (checked by `prettier --check` in `npm run lint`); ESLint checks
// the code and keeps the boundaries of docs/contracts.md honest:
// - every layer imports only from the folders and packages it may use. A small local rule
//   (ibt/pure-imports) resolves every import (static, dynamic, `export ... from`, `import("x").T` types,
//   `import x = require()`) against the linted file and refuses a path that leaves the allowed folders
//   (also `./../excel/x` and `../domain/../excel/x`), any package not listed for the layer and any
//   `require(...)`:
//     src/domain    src/domain; no packages
//     src/sheet     src/sheet, src/domain; no packages
//     src/functions src/functions, src/domain; no packages (CustomFunctions is a global)
//     src/host      src/host, src/sheet (engine types and A1 addresses); no packages
//     src/taskpane  src/taskpane, src/host, src/sheet, src/domain; react, react-dom, @fluentui/*;
//                   the Office adapter src/excel only in the entry src/taskpane/index.tsx
//     src/cli       src/cli, src/sheet, src/domain; node: built-ins, exceljs and the zip/XML packages
//                   fflate, sax, jszip, @xmldom/xmldom, fast-xml-parser
//     src/preview   src/preview, src/taskpane, src/host, src/sheet, src/domain; react, react-dom,
//                   @fluentui/*
//   (src/excel and src/commands, the Office.js side, have no import boundary of their own);
// - the pure layers use no I/O or host globals (fetch, XMLHttpRequest, process, Buffer, require, window,
//   globalThis, ...), no Office types (`Excel.Range` in a type), and src/domain reads no clock
//   (`Date.now()`, `new Date()` or `Date()` without arguments: dates come in as arguments);
// - the Office globals (Excel, Office, CustomFunctions) only in src/excel, src/functions, src/commands
//   (and Office.onReady in the task-pane entry src/taskpane/index.tsx, as Microsoft's template does);
// - no eval and no HTML injection (innerHTML, outerHTML, insertAdjacentHTML, document.write,
//   dangerouslySetInnerHTML).
//
// eslint-plugin-office-addins' own `recommended` flat config brings its own copies of the
// typescript-eslint plugin and parser and a prettier rule, which clash with typescript-eslint's config;
// so its Office.js rules are switched on here directly.

import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

// React hooks rules, when eslint-plugin-react-hooks is installed.
let reactHooks = null;
try {
  reactHooks = (await import("eslint-plugin-react-hooks")).default;
} catch {
  reactHooks = null;
}

const OFFICE_GLOBALS = ["Excel", "Office", "CustomFunctions"].map((name) => ({
  name,
  message: `${name} (Office.js) alleen in src/excel, src/functions en src/commands: geef het als adapter door.`,
}));

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * ibt/pure-imports: every module a file imports must resolve into one of `allowed` (folders relative to the
 * repository root) or be one of the listed packages. Relative paths are resolved against the linted file,
 * so `./../excel/x` and `../domain/../excel/x` are caught. A bare specifier is allowed only when its
 * package is in `packages`: an exact name ("react", which also allows its subpaths such as
 * "react-dom/client" for "react-dom") or a scope prefix ("@fluentui/*": any package of that scope);
 * Node's built-in modules only with `node: true` and only written with the `node:` prefix ("node:fs", not
 * "fs"). Without `packages` and `node` every package is refused. Non-literal dynamic imports, absolute
 * paths and `require(...)` are always refused.
 */
const pureImports = {
  meta: {
    type: "problem",
    schema: [
      {
        type: "object",
        properties: {
          allowed: { type: "array", items: { type: "string" } },
          packages: {
            type: "array",
            items: { type: "string", pattern: "^(@[^/]+/\\*|(@[^/]+/)?[^@/*][^/*]*)$" },
          },
          node: { type: "boolean" },
          message: { type: "string" },
        },
        required: ["allowed", "message"],
        additionalProperties: false,
      },
    ],
    messages: { outside: "{{message}} ({{source}})" },
  },
  create(context) {
    const { allowed, packages = [], node: nodeBuiltins = false, message } = context.options[0];
    const roots = allowed.map((dir) => path.resolve(ROOT, dir));
    const dir = path.dirname(path.resolve(context.cwd ?? process.cwd(), context.filename));
    const inside = (target) => roots.some((root) => target === root || target.startsWith(root + path.sep));
    const exact = new Set(packages.filter((p) => !p.endsWith("/*")));
    const scopes = packages.filter((p) => p.endsWith("/*")).map((p) => p.slice(0, -1));
    const packageAllowed = (specifier) => {
      if (specifier.startsWith("node:")) return nodeBuiltins && isBuiltin(specifier);
      if (!/^[@a-z0-9]/i.test(specifier)) return false;
      const parts = specifier.split("/");
      if (specifier.startsWith("@") && parts.length < 2) return false;
      const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      return exact.has(name) || scopes.some((scope) => name.startsWith(scope));
    };
    const check = (node, sourceNode) => {
      const literal =
        sourceNode && sourceNode.type === "Literal" && typeof sourceNode.value === "string"
          ? sourceNode.value
          : sourceNode && sourceNode.type === "TemplateLiteral" && sourceNode.expressions.length === 0
            ? sourceNode.quasis[0].value.cooked
            : null;
      const ok =
        literal !== null &&
        (/^\.\.?(\/|$)/.test(literal) ? inside(path.resolve(dir, literal)) : packageAllowed(literal));
      if (!ok) {
        const source = literal ?? (sourceNode ? context.sourceCode.getText(sourceNode) : "?");
        context.report({ node, messageId: "outside", data: { message, source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // typescript-eslint 8 names the string `source`; older versions `argument.literal`.
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal ?? node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
      "CallExpression[callee.type='Identifier'][callee.name='require']": (node) =>
        context.report({ node, messageId: "outside", data: { message, source: "require(...)" } }),
    };
  },
};
const ibt = { rules: { "pure-imports": pureImports } };

const DOMAIN_IMPORTS = {
  allowed: ["src/domain"],
  message:
    "src/domain is puur: importeer alleen uit src/domain (geen React, Office.js, Node-modules, I/O of andere mappen)",
};
const SHEET_IMPORTS = {
  allowed: ["src/domain", "src/sheet"],
  message:
    "src/sheet is puur: importeer alleen uit src/sheet en src/domain (geen React, Office.js, Node-modules of I/O)",
};

/** The UI packages of the task pane and the preview (React, React DOM and every Fluent UI package). */
const UI_PACKAGES = ["react", "react-dom", "@fluentui/*"];

/**
 * The other layers (docs/contracts.md). src/functions runs in Excel's custom-functions runtime: the rules of
 * src/domain and its own messages, no packages (CustomFunctions is a global, not an import). src/host is the
 * contract between the task pane and a workbook host: its types and the confirmation rule use the engine's
 * types and A1 addresses (src/sheet/types, src/sheet/adres, values as well as types) and nothing else, not even
 * src/domain. The task pane reaches the Office adapter (src/excel) only through its entry index.tsx, so the
 * views stay testable and the preview can reuse them without Office.js. The CLI reads and writes .xlsx files
 * with its own packages (exceljs; fflate, sax, jszip, @xmldom/xmldom or fast-xml-parser for the zip and XML
 * parts) and Node's built-ins.
 */
const FUNCTIONS_IMPORTS = {
  allowed: ["src/functions", "src/domain"],
  message:
    "src/functions importeert alleen uit src/functions en src/domain (geen src/sheet, src/excel, React of andere pakketten)",
};
const HOST_IMPORTS = {
  allowed: ["src/host", "src/sheet"],
  message:
    "src/host importeert alleen uit src/host en src/sheet (geen src/excel, src/taskpane, Office.js of pakketten)",
};
const TASKPANE_IMPORTS = {
  allowed: ["src/taskpane", "src/host", "src/sheet", "src/domain"],
  packages: UI_PACKAGES,
  message:
    "src/taskpane importeert alleen uit src/taskpane, src/host, src/sheet, src/domain, react, react-dom en @fluentui/* (de Excel-adapter alleen in src/taskpane/index.tsx)",
};
const TASKPANE_ENTRY_IMPORTS = {
  ...TASKPANE_IMPORTS,
  allowed: [...TASKPANE_IMPORTS.allowed, "src/excel"],
  message:
    "src/taskpane/index.tsx importeert alleen uit src/taskpane, src/excel, src/host, src/sheet, src/domain, react, react-dom en @fluentui/*",
};
const CLI_IMPORTS = {
  allowed: ["src/cli", "src/sheet", "src/domain"],
  packages: ["exceljs", "fflate", "sax", "jszip", "@xmldom/xmldom", "fast-xml-parser"],
  node: true,
  message:
    "src/cli importeert alleen uit src/cli, src/sheet, src/domain, node:-modules en zijn .xlsx-pakketten (geen src/taskpane, src/excel of React)",
};
const PREVIEW_IMPORTS = {
  allowed: ["src/preview", "src/taskpane", "src/host", "src/sheet", "src/domain"],
  packages: UI_PACKAGES,
  message:
    "src/preview importeert alleen uit src/preview, src/taskpane, src/host, src/sheet, src/domain, react, react-dom en @fluentui/* (geen src/excel of src/cli)",
};

/** Globals of browsers and Node that mean I/O, a host or a clock, refused in the pure layers. */
const impureGlobals = (layer) => [
  ...["window", "document", "globalThis", "self", "navigator", "localStorage", "sessionStorage"].map(
    (name) => ({ name, message: `${layer} is puur: geen browser of host-objecten (${name}).` }),
  ),
  ...["fetch", "XMLHttpRequest", "WebSocket"].map((name) => ({
    name,
    message: `${layer} is puur: geen netwerk (${name}).`,
  })),
  ...["process", "Buffer", "require", "module", "__dirname", "__filename"].map((name) => ({
    name,
    message: `${layer} is puur: geen Node (${name}).`,
  })),
];

/** Office.js types (`Excel.Range`, `Office.Context`, `CustomFunctions.Error`) in type positions. */
const officeTypes = (layer) => ({
  selector: "TSQualifiedName[left.type='Identifier'][left.name=/^(Excel|Office|CustomFunctions)$/]",
  message: `${layer} is puur: geen Office.js-typen; geef gewone waarden door.`,
});

/** Reading the clock: dates come in as arguments (STYLE.md). */
const NO_CLOCK = [
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.object.name='Date'][callee.property.name='now']",
    message: "src/domain leest geen klok: geef de datum als argument mee (geen Date.now()).",
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "src/domain leest geen klok: geef de datum als argument mee (geen new Date() zonder argument).",
  },
  {
    selector: "CallExpression[callee.type='Identifier'][callee.name='Date']",
    message: "src/domain leest geen klok: Date() geeft de huidige tijd als tekst.",
  },
];

const NO_HTML_INJECTION = {
  properties: ["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
    property,
    message: "Geen HTML invoegen: bouw elementen op (React, textContent, createElement).",
  })),
  syntax: [
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: "Geen dangerouslySetInnerHTML: geef tekst als kinderen door.",
    },
    {
      selector: "Property[key.name='dangerouslySetInnerHTML']",
      message: "Geen dangerouslySetInnerHTML: geef tekst als kinderen door.",
    },
    {
      selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
      message: "Geen document.write.",
    },
  ],
};

export default tseslint.config(
  {
    // .stryker-tmp/: the sandbox copies of `npm run mutate` (with @ts-nocheck added by Stryker).
    ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", ".stryker-tmp/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,

  // Everything: no eval, no HTML injection.
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": ["error", ...NO_HTML_INJECTION.properties],
      "no-restricted-syntax": ["error", ...NO_HTML_INJECTION.syntax],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },

  // Node scripts and configuration in CommonJS.
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      // Allow the `/* global require, module */` comments of Microsoft's templates.
      "no-redeclare": ["error", { builtinGlobals: false }],
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },

  // Office.js rules of eslint-plugin-office-addins, where Office.js is used (their heuristics misfire on
  // ExcelJS code in src/cli).
  {
    files: ["src/excel/**/*.{ts,tsx}", "src/functions/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      // Heuristics that misfire on correct code (a load in a .map() callback, `items` after loading
      // "items/name"): warnings here; the adapter tests count the real context.sync() calls.
      "office-addins/call-sync-after-load": "warn",
      "office-addins/call-sync-before-read": "warn",
      "office-addins/load-object-before-read": "warn",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // Office globals restricted by folder.
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["src/excel/**", "src/functions/**", "src/commands/**"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS.filter((g) => g.name !== "Office")] },
  },

  // Pure layers.
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    plugins: { ibt },
    rules: {
      "ibt/pure-imports": ["error", DOMAIN_IMPORTS],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...impureGlobals("src/domain")],
      "no-restricted-syntax": ["error", ...NO_HTML_INJECTION.syntax, officeTypes("src/domain"), ...NO_CLOCK],
    },
  },
  {
    files: ["src/sheet/**/*.{ts,tsx}"],
    plugins: { ibt },
    rules: {
      "ibt/pure-imports": ["error", SHEET_IMPORTS],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...impureGlobals("src/sheet")],
      "no-restricted-syntax": ["error", ...NO_HTML_INJECTION.syntax, officeTypes("src/sheet")],
    },
  },

  // Import boundaries of the other layers (their globals and syntax are checked by the blocks above).
  ...[
    ["src/functions/**/*.{ts,tsx}", FUNCTIONS_IMPORTS],
    ["src/host/**/*.{ts,tsx}", HOST_IMPORTS],
    ["src/taskpane/**/*.{ts,tsx}", TASKPANE_IMPORTS],
    ["src/taskpane/index.tsx", TASKPANE_ENTRY_IMPORTS],
    ["src/cli/**/*.{ts,tsx}", CLI_IMPORTS],
    ["src/preview/**/*.{ts,tsx}", PREVIEW_IMPORTS],
  ].map(([files, options]) => ({
    files: [files],
    plugins: { ibt },
    rules: { "ibt/pure-imports": ["error", options] },
  })),

  ...(reactHooks
    ? [
        {
          files: ["src/**/*.tsx", "test/**/*.tsx"],
          plugins: { "react-hooks": reactHooks },
          rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
        },
      ]
    : []),

  // Browser code.
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },

  prettier,
);
