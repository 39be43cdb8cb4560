/** Removes the build of test/build/global-setup.js. */
/* global require, module, process */
const fs = require("fs");

module.exports = async function globalTeardown() {
  const map = process.env.IBT_BOUWCONTROLE_MAP;
  if (map && map.includes("ibt-bouwcontrole-")) fs.rmSync(map, { recursive: true, force: true });
};
