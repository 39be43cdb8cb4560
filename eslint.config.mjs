// ESLint flat config. Prettier formats (checked by `prettier --check` in `npm run lint`); ESLint checks
// the code and keeps the boundaries of docs/contracts.md honest:
// - src/domain imports nothing outside src/domain; src/sheet only src/domain and itself;
// - the Office globals (Excel, Office, CustomFunctions) only in src/excel, src/functions, src/commands
//   (and Office.onReady in the task-pane entry src/taskpane/index.tsx, as Microsoft's template does);
// - no eval and no HTML injection (innerHTML, outerHTML, insertAdjacentHTML, document.write,
//   dangerouslySetInnerHTML).
//
// eslint-plugin-office-addins' own `recommended` flat config brings its own copies of the
// typescript-eslint plugin and parser and a prettier rule, which clash with typescript-eslint's config;
// so its Office.js rules are switched on here directly.

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

const OUTSIDE_DOMAIN = {
  regex: "^(?!\\./|(\\.\\./)+domain(/|$))",
  message:
    "src/domain is puur: importeer alleen uit src/domain (geen React, Office.js, Node-modules, I/O of andere mappen).",
};
const OUTSIDE_SHEET = {
  regex: "^(?!\\./|(\\.\\./)+(domain|sheet)(/|$))",
  message:
    "src/sheet is puur: importeer alleen uit src/sheet en src/domain (geen React, Office.js, Node-modules of I/O).",
};

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
    ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "**/*.d.ts"],
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
    rules: {
      "no-restricted-imports": ["error", { patterns: [OUTSIDE_DOMAIN] }],
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS,
        { name: "window", message: "src/domain is puur: geen browser." },
        { name: "document", message: "src/domain is puur: geen browser." },
        { name: "process", message: "src/domain is puur: geen Node." },
      ],
    },
  },
  {
    files: ["src/sheet/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [OUTSIDE_SHEET] }],
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS,
        { name: "window", message: "src/sheet is puur: geen browser." },
        { name: "document", message: "src/sheet is puur: geen browser." },
        { name: "process", message: "src/sheet is puur: geen Node." },
      ],
    },
  },

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
