#!/usr/bin/env node
/**
 * `npm run package`: the release for the IT department, ibt-huisvesting-<versie>.zip, with
 *
 *   manifest.xml              the production manifest (every URL on IBT_PROD_URL, <Version> from package.json)
 *   dist/...                  the static files for the HTTPS web server (without source maps and .bron-hash)
 *   docs/uitrol.md            how to host, deploy and update (docs/uitrol.md of the repository)
 *   docs/acceptatietest.md    the 15-minute check in Excel
 *
 * Steps: check IBT_PROD_URL and the version, make the production build (webpack, into dist/ or --bouwmap),
 * check the built manifest (scripts/manifest/validate.js against the build, no localhost, the version),
 * and zip it with fflate (no external zip program). Exit code 0 when the zip is written, 2 otherwise,
 * always with a Dutch message.
 *
 *   IBT_PROD_URL=https://server/map/ npm run package [-- --uit MAP] [--bouwmap MAP] [--zonder-bouw]
 *
 * --uit MAP: where the zip goes (default: the repository root). --bouwmap MAP: build into MAP instead of
 * dist/. --zonder-bouw: package the existing build in dist/ (or --bouwmap) as it is, after the same checks.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { zipSync } = require("fflate");
const { controleerProdUrl } = require("./manifest/urls");
const { officeVersie, pakketVersie } = require("./manifest/versie");
const { validateManifest, parseXml } = require("./manifest/validate");

const ROOT = path.resolve(__dirname, "..");
/** Files of the build that do not belong on the web server. */
const NIET_MEE = [/\.map$/, /^\.bron-hash$/, /^manifest\.xml$/];
/** Documents that go along, under docs/ in the zip. */
const DOCUMENTEN = ["docs/uitrol.md", "docs/acceptatietest.md"];
/** A fixed date for every entry, so that the same build gives the same zip. */
const DATUM = new Date("2020-01-01T00:00:00Z");
/** Already compressed: stored as they are. */
const GECOMPRIMEERD = /\.(png|xlsx|zip)$/i;

class PakketFout extends Error {}

/** Every file under `map`, as paths relative to it with forward slashes, sorted. */
function bestanden(map, relatief = "") {
  return fs
    .readdirSync(path.join(map, relatief), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((item) => {
      const naam = relatief ? `${relatief}/${item.name}` : item.name;
      return item.isDirectory() ? bestanden(map, naam) : [naam];
    });
}

/** Every http(s) URL in the manifest (not the XML namespaces), with the element it is on. */
function manifestUrls(xml) {
  const urls = [];
  const bezoek = (element) => {
    for (const [naam, waarde] of Object.entries(element.attributes)) {
      if (naam === "xmlns" || /^(xmlns|xsi):/.test(naam)) continue;
      if (/^https?:\/\//i.test(waarde.trim())) urls.push({ element: element.name, url: waarde.trim() });
    }
    if (element.children.length === 0 && /^https?:\/\//i.test(element.text.trim()))
      urls.push({ element: element.name, url: element.text.trim() });
    element.children.forEach(bezoek);
  };
  bezoek(parseXml(xml));
  return urls;
}

/** Checks the built manifest in `bouwmap` against IBT_PROD_URL and the version; throws PakketFout. */
function controleerBouw(bouwmap, prodBase, versie) {
  const manifestPad = path.join(bouwmap, "manifest.xml");
  if (!fs.existsSync(manifestPad))
    throw new PakketFout(`${manifestPad} ontbreekt: maak eerst de productiebuild (zonder --zonder-bouw).`);
  const xml = fs.readFileSync(manifestPad, "utf8");
  if (/localhost|127\.0\.0\.1/i.test(xml))
    throw new PakketFout(`${manifestPad} wijst nog naar localhost: dat is een ontwikkelbuild.`);
  const gevonden = (xml.match(/<Version>([^<]*)<\/Version>/) || [])[1];
  if (gevonden !== versie)
    throw new PakketFout(`${manifestPad} heeft <Version>${gevonden}</Version>, package.json zegt ${versie}.`);
  const vreemd = manifestUrls(xml).filter(
    ({ element, url }) =>
      !(element.endsWith("AppDomain") ? prodBase.startsWith(url) : url.startsWith(prodBase)),
  );
  if (vreemd.length > 0) {
    throw new PakketFout(
      `${manifestPad} is gebouwd voor een ander adres dan IBT_PROD_URL=${prodBase} (${vreemd[0].url}). ` +
        "Bouw opnieuw (zonder --zonder-bouw).",
    );
  }
  const problemen = validateManifest({ manifestPath: manifestPad, distDir: bouwmap, bases: [prodBase] });
  if (problemen.length > 0) {
    throw new PakketFout(
      `De manifestcontrole van ${manifestPad} vond ${problemen.length} probleem/problemen:\n` +
        problemen.map((p) => `  - [${p.code}] ${p.message}`).join("\n"),
    );
  }
  return xml;
}

/**
 * The zip's entries: manifest.xml, dist/ (the build without NIET_MEE) and the documents.
 * @returns {Record<string, Uint8Array>}
 */
function inhoud(bouwmap, manifestXml, root = ROOT) {
  const items = { "manifest.xml": Buffer.from(manifestXml, "utf8") };
  for (const bestand of bestanden(bouwmap)) {
    if (NIET_MEE.some((patroon) => patroon.test(bestand))) continue;
    items[`dist/${bestand}`] = fs.readFileSync(path.join(bouwmap, bestand));
  }
  for (const document of DOCUMENTEN) {
    const pad = path.join(root, document);
    if (!fs.existsSync(pad)) throw new PakketFout(`${document} ontbreekt; het hoort bij elke uitgave.`);
    items[document] = fs.readFileSync(pad);
  }
  return items;
}

/** Zips the entries (fflate), deterministically. */
function maakZip(items) {
  const invoer = {};
  for (const [naam, data] of Object.entries(items)) {
    invoer[naam] = [data, { level: GECOMPRIMEERD.test(naam) ? 0 : 9, mtime: DATUM }];
  }
  return zipSync(invoer);
}

function leesOpties(argv) {
  const opties = { uit: ROOT, bouwmap: path.join(ROOT, "dist"), bouwen: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const waarde = () => {
      const volgende = argv[++i];
      if (!volgende || volgende.startsWith("--")) throw new PakketFout(`${arg} verwacht een map.`);
      return path.resolve(volgende);
    };
    if (arg === "--uit") opties.uit = waarde();
    else if (arg === "--bouwmap") opties.bouwmap = waarde();
    else if (arg === "--zonder-bouw") opties.bouwen = false;
    else
      throw new PakketFout(
        `Onbekende optie ${arg}. Gebruik: npm run package -- [--uit MAP] [--bouwmap MAP] [--zonder-bouw]`,
      );
  }
  return opties;
}

function main(argv) {
  const opties = leesOpties(argv);
  const { url: prodBase, fout } = controleerProdUrl(process.env.IBT_PROD_URL);
  if (fout) throw new PakketFout(fout);
  const pakketversie = pakketVersie(ROOT);
  const versie = officeVersie(pakketversie);

  if (opties.bouwen) {
    console.log(`Productiebuild voor ${prodBase} naar ${path.relative(ROOT, opties.bouwmap) || "."}/ ...`);
    const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    const resultaat = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--output-path", opties.bouwmap],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, IBT_PROD_URL: prodBase } },
    );
    if (resultaat.status !== 0)
      throw new PakketFout(`De productiebuild mislukte (code ${resultaat.status}).`);
  }

  const manifestXml = controleerBouw(opties.bouwmap, prodBase, versie);
  const items = inhoud(opties.bouwmap, manifestXml);
  const zip = maakZip(items);
  fs.mkdirSync(opties.uit, { recursive: true });
  const zipPad = path.join(opties.uit, `ibt-huisvesting-${pakketversie}.zip`);
  fs.writeFileSync(zipPad, zip);

  const namen = Object.keys(items);
  const dist = namen.filter((n) => n.startsWith("dist/"));
  const bytes = dist.reduce((som, n) => som + items[n].length, 0);
  console.log(`${path.relative(process.cwd(), zipPad) || zipPad}: ${(zip.length / 1024).toFixed(0)} KB`);
  console.log(`  manifest.xml   versie ${versie}, elk adres op ${prodBase}`);
  console.log(
    `  dist/          ${dist.length} bestanden, ${(bytes / 1024).toFixed(0)} KB: op de webserver onder ${prodBase}`,
  );
  for (const document of DOCUMENTEN) console.log(`  ${document}`);
  console.log("Verder: docs/uitrol.md (hosten, uitrollen via het Microsoft 365-beheercentrum, bijwerken).");
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof PakketFout) && !/package\.json/.test(err.message)) throw err;
    process.stderr.write(`npm run package: ${err.message}\n`);
    process.exitCode = 2;
  }
}

module.exports = { bestanden, manifestUrls, controleerBouw, inhoud, maakZip, NIET_MEE };
