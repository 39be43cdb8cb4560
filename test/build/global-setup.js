/**
 * Global setup of the build checks (`npm run test:build`, jest.build.config.js): ONE production build for
 * all of them, made the way the IT department makes it, with `npm run package` (scripts/pakket.js) and a
 * test IBT_PROD_URL with a path, into a temporary directory: <tmp>/dist is the build,
 * <tmp>/ibt-huisvesting-<versie>.zip the package. The test files find both through the environment
 * (IBT_BOUWCONTROLE_MAP, IBT_BOUWCONTROLE_URL: see test/build/bouwcontrole.ts); the teardown removes it.
 */
/* global require, module, __dirname, process, console */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..");
const PROD_URL = "https://ibt.test.example/huisvesting/";

module.exports = async function globalSetup() {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "ibt-bouwcontrole-"));
  process.env.IBT_BOUWCONTROLE_MAP = map;
  process.env.IBT_BOUWCONTROLE_URL = PROD_URL;
  console.log(`\nBouwcontrole: npm run package met IBT_PROD_URL=${PROD_URL} naar ${map}`);
  execFileSync(
    process.execPath,
    [path.join(ROOT, "scripts", "pakket.js"), "--uit", map, "--bouwmap", path.join(map, "dist")],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, IBT_PROD_URL: PROD_URL } },
  );
};
