/**
 * Jest: unit tests (node), component tests (jsdom) and browser tests (Chromium on the built preview).
 * The build checks (test/build/productiebuild.test.ts and pakket.test.ts, on a production build of their own)
 * are not part of `npm test`; `npm run test:build` runs them (jest.build.config.js), in CI after `npm run build`.
 */
const os = require("os");

const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, which does not load under jest.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  // Stryker's sandboxes (npm run mutate) are copies of the repository: not modules of these tests.
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/"],
  // A limit against a hanging test, not a speed check (that is `npm run bench`): generous, so that a busy
  // 2-core CI machine does not fail a test that reads or copies a workbook.
  testTimeout: 60_000,
};

const BOUWCONTROLES = require("./test/build/bouwcontroles");
// Fluent UI as one file for the component tests (test/taskpane/global-setup.js builds it).
const { BUNDEL: FLUENT_BUNDEL } = require("./test/taskpane/global-setup");

module.exports = {
  // Jest's default is one worker less than the cores: on a 2-core machine one worker, so every file ran in
  // band. The browser tests mostly wait for Chromium, and two workers halve the rest.
  maxWorkers: Math.max(2, (os.availableParallelism ? os.availableParallelism() : os.cpus().length) - 1),
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/", "<rootDir>/test/taskpane/", ...BOUWCONTROLES],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
      globalSetup: "<rootDir>/test/taskpane/global-setup.js",
      moduleNameMapper: { ...common.moduleNameMapper, "^@fluentui/react-components$": FLUENT_BUNDEL },
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/global-setup.js",
    },
  ],
};
