/**
 * The build checks: test files that need the production build of test/build/global-setup.js. Run by
 * `npm run test:build` (jest.build.config.js), left out of `npm test` (jest.config.js).
 */
/* global module */
module.exports = ["<rootDir>/test/build/productiebuild.test.ts", "<rootDir>/test/build/pakket.test.ts"];
