/**
 * The add-in's two base URLs, shared by webpack.config.js, the manifest validator and the start script.
 * Every URL in manifest.xml starts with DEV_URL; a production build replaces it with prodUrl().
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PROD_URL = "https://ibt-huisvesting.provincie-utrecht.example/";

/** The production base URL: env IBT_PROD_URL (a trailing slash is added when missing) or the default. */
function prodUrl(env = process.env) {
  const url = (env.IBT_PROD_URL || DEFAULT_PROD_URL).trim();
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = { DEV_URL, DEFAULT_PROD_URL, prodUrl };
