/**
 * Jest: unit tests (node), component tests (jsdom) and browser tests (Chromium on the built preview).
 * The production-build check (test/build/productiebuild.test.ts: a webpack build of its own) is not part of
 * `npm test`; `npm run test:build` runs it (jest.build.config.js), in CI right after `npm run build`.
 */
const tsJest = ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, which does not load under jest.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
};

const PRODUCTIEBUILD = "<rootDir>/test/build/productiebuild.test.ts";

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/", "<rootDir>/test/taskpane/", PRODUCTIEBUILD],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
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
