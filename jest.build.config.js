/**
 * Jest for the build checks (`npm run test:build`, in CI right after `npm run build`): one production build
 * made by `npm run package` with a test IBT_PROD_URL into a temporary directory (test/build/global-setup.js),
 * checked by test/build/productiebuild.test.ts (functions.json, the URL rewrite) and
 * test/build/pakket.test.ts (the zip for the IT department). Same transform and settings as the unit tests
 * of jest.config.js, which leaves these files out.
 */
const { projects } = require("./jest.config");
const BOUWCONTROLES = require("./test/build/bouwcontroles");

const unit = projects.find((p) => p.displayName === "unit");

module.exports = {
  projects: [
    {
      ...unit,
      displayName: "build",
      testMatch: BOUWCONTROLES,
      testPathIgnorePatterns: ["/node_modules/"],
      globalSetup: "<rootDir>/test/build/global-setup.js",
      globalTeardown: "<rootDir>/test/build/global-teardown.js",
    },
  ],
};
