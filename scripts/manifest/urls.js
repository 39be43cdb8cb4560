/**
 * The add-in's two base URLs, shared by webpack.config.js, the manifest validator, the start script and
 * scripts/pakket.js. Every URL in manifest.xml starts with DEV_URL (the dev server); a production build
 * replaces it with the base URL in the environment variable IBT_PROD_URL, which is required: there is no
 * default, because a made-up address in a manifest only shows up as an add-in that never loads.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";

/**
 * IBT_PROD_URL for production builds that are never deployed (the browser tests' and the benchmark's build
 * of dist/, when IBT_PROD_URL is not set): .invalid can never resolve, so such a manifest cannot be mistaken
 * for a release (`npm run package` refuses a dist/ built for another address).
 */
const INTERNE_PROD_URL = "https://ibt-huisvesting.intern.invalid/";

/** Host names that can never be a production server for Excel on other machines. */
const LOKALE_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

const VOORBEELD = "IBT_PROD_URL=https://excel-addins.provincie.nl/ibt-huisvesting/ npm run build";

/**
 * Checks and normalises a production base URL: https, a host that is not this machine, no user name or
 * password, no query or fragment, a path that is a folder (no double slashes, no file name such as
 * taskpane.html). Returns `{ url }` with exactly one trailing slash, or `{ fout }` with a Dutch message.
 * @param {string | undefined} waarde
 * @returns {{ url: string, fout?: undefined } | { url?: undefined, fout: string }}
 */
function controleerProdUrl(waarde) {
  const tekst = (waarde || "").trim();
  if (!tekst) {
    return {
      fout:
        "IBT_PROD_URL is niet gezet. Een productiebuild zet in manifest.xml en functions.json het HTTPS-adres " +
        "waar de bestanden uit dist/ komen te staan, en dat adres moet u opgeven, bijvoorbeeld:\n" +
        `  ${VOORBEELD}\n` +
        "Voor ontwikkelen op https://localhost:3000 is er `npm run build:dev` of `npm start`. Zie docs/uitrol.md.",
    };
  }
  const fout = (reden) => ({
    fout: `IBT_PROD_URL "${tekst}" is onbruikbaar: ${reden}. Voorbeeld: ${VOORBEELD}`,
  });
  if (/\s/.test(tekst)) return fout("het bevat een spatie");
  let url;
  try {
    url = new URL(tekst);
  } catch {
    return fout("het is geen volledig adres (verwacht https://server/map/)");
  }
  if (url.protocol !== "https:")
    return fout(`Office laadt invoegtoepassingen alleen via https://, niet via ${url.protocol}//`);
  if (!url.hostname) return fout("er staat geen servernaam in");
  if (LOKALE_HOSTS.test(url.hostname))
    return fout(`${url.hostname} is deze computer; gebruik voor ontwikkelen npm run build:dev of npm start`);
  if (url.username || url.password) return fout("een gebruikersnaam of wachtwoord hoort niet in het adres");
  if (url.search || tekst.includes("?")) return fout("een vraagteken (?...) hoort niet in het basisadres");
  if (url.hash || tekst.includes("#")) return fout("een hekje (#...) hoort niet in het basisadres");
  if (url.pathname.includes("//")) return fout("het pad bevat een dubbele schuine streep (//)");
  if (/\/[^/]*\.(html?|xml|json|js|aspx?|php)$/i.test(url.pathname))
    return fout("het wijst naar een bestand; geef de map waarin taskpane.html staat");
  const pad = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { url: `${url.origin}${pad}` };
}

/** The production base URL from IBT_PROD_URL; throws an Error with the Dutch message when it is unusable. */
function prodUrl(env = process.env) {
  const { url, fout } = controleerProdUrl(env.IBT_PROD_URL);
  if (fout) throw new Error(fout);
  return url;
}

/** The production base URL, or null when IBT_PROD_URL is not set or unusable. */
function prodUrlOfNull(env = process.env) {
  return controleerProdUrl(env.IBT_PROD_URL).url || null;
}

module.exports = { DEV_URL, INTERNE_PROD_URL, controleerProdUrl, prodUrl, prodUrlOfNull };
