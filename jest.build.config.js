/**
 * Jest for the build checks (`npm run test:build`, in CI right after `npm run build`): the production build
 * of test/build/productiebuild.test.ts, which builds into a temporary directory of its own with IBT_PROD_URL
 * set. Same transform and settings as the unit tests of jest.config.js, which leaves this file out.
 */
const { projects } = require("./jest.config");

const unit = projects.find((p) => p.displayName === "unit");

module.exports = {
  projects: [
    {
      ...unit,
      displayName: "build",
      testMatch: ["<rootDir>/test/build/productiebuild.test.ts"],
      testPathIgnorePatterns: ["/node_modules/"],
    },
  ],
};
