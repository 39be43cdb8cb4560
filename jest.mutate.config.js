/**
 * Jest for mutation testing (npm run mutate): the unit tests of the pure layers that run in-process
 * (domain, sheet, functions). Tests that spawn the CLI or a browser cannot see Stryker's mutants.
 */
const tsJest = ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }];
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: ["<rootDir>/test/mutatie-setup.ts"],
  testMatch: [
    "<rootDir>/test/domain/**/*.test.ts",
    "<rootDir>/test/sheet/**/*.test.ts",
    "<rootDir>/test/functions/**/*.test.ts",
  ],
};
