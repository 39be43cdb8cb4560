/**
 * The add-in's version: package.json is the one source. Office wants <Version> in the manifest as one to
 * four numbers separated by dots, each at most 5 digits, so 1.2.3 becomes 1.2.3.0. A pre-release or build
 * label (1.2.3-beta.1) has no place there: that is refused with a Dutch message rather than silently
 * dropped, since two different builds would then carry the same manifest version.
 */
"use strict";

const fs = require("fs");
const path = require("path");

/**
 * @param {string} versie a version from package.json, e.g. "0.1.0"
 * @returns {string} the four-part manifest version, e.g. "0.1.0.0"
 */
function officeVersie(versie) {
  const tekst = String(versie || "").trim();
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(tekst)) {
    throw new Error(
      `De versie "${tekst}" in package.json past niet in het manifest: Office accepteert alleen een tot vier ` +
        "getallen met punten ertussen (zoals 1.2.3), zonder achtervoegsel als -beta.",
    );
  }
  const delen = tekst.split(".").map(Number);
  if (delen.some((d) => d > 65535))
    throw new Error(
      `De versie "${tekst}" in package.json heeft een deel boven 65535; dat accepteert Office niet.`,
    );
  while (delen.length < 4) delen.push(0);
  return delen.join(".");
}

/** The version in package.json of the repository (or of `root`). */
function pakketVersie(root = path.resolve(__dirname, "..", "..")) {
  return JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
}

/** Replaces the text of <Version> directly under <OfficeApp>; throws when the manifest has none. */
function zetManifestVersie(xml, versie) {
  const patroon = /(<OfficeApp\b[\s\S]*?<Version>)([^<]*)(<\/Version>)/;
  if (!patroon.test(xml)) throw new Error("manifest.xml heeft geen <Version>-element.");
  return xml.replace(patroon, `$1${versie}$3`);
}

module.exports = { officeVersie, pakketVersie, zetManifestVersie };
