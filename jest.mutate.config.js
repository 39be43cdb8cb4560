/**
 * Jest for mutation testing (npm run mutate): the unit tests that run in-process and reach the pure layers
 * (domain, sheet, functions), including the adapters' tests on office-addin-mock and the in-memory
 * workbook (excel, host, preview), which drive the sheet engine as the task pane does. Tests that spawn
 * the CLI or a browser cannot see Stryker's mutants.
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, which does not load under jest.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  setupFiles: ["<rootDir>/test/mutatie-setup.ts"],
  testMatch: [
    "<rootDir>/test/domain/**/*.test.ts",
    "<rootDir>/test/sheet/**/*.test.ts",
    "<rootDir>/test/functions/**/*.test.ts",
    "<rootDir>/test/excel/**/*.test.ts",
    "<rootDir>/test/host/**/*.test.ts",
    "<rootDir>/test/preview/**/*.test.ts",
  ],
};
