/**
 * Offline check of an add-in only (XML) manifest against the files the build produces in dist/.
 * The online validator behind `office-addin-manifest validate` cannot always be reached, so this checks
 * what can be checked without it: well-formed XML, every resid resolves to a resource of the right kind,
 * every URL is HTTPS, every URL of the add-in's own server points at a file in dist/, every icon is a PNG
 * of the size its element requires (IconUrl 32, HighResolutionIconUrl 64, a ribbon bt:Image the size it is
 * used with), SupportUrl present and HTTPS, the custom-functions namespace, the requirement sets
 * (SharedRuntime 1.1, CustomFunctionsRuntime 1.2), the locale and permissions.
 *
 * Every problem is `{ code, message }` with a stable code and a Dutch message.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const sax = require("sax");
const { readPngSize } = require("./png");
const { DEV_URL, prodUrlOfNull } = require("./urls");

/** @typedef {{ name: string, attributes: Record<string, string>, children: Element[], text: string, line: number, parent: Element | null }} Element */

/** Parses XML strictly into a small element tree; throws with line and column on malformed XML. */
function parseXml(text) {
  const parser = sax.parser(true, { xmlns: false, position: true });
  /** @type {Element | null} */
  let root = null;
  /** @type {Element[]} */
  const stack = [];
  let error = null;
  parser.onerror = (err) => {
    error = err;
    throw err;
  };
  parser.onopentag = (node) => {
    const parent = stack[stack.length - 1] || null;
    const element = {
      name: node.name,
      attributes: { ...node.attributes },
      children: [],
      text: "",
      line: parser.line + 1,
      parent,
    };
    if (parent) parent.children.push(element);
    else if (root) throw new Error("meer dan één hoofdelement");
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  const onText = (t) => {
    const current = stack[stack.length - 1];
    if (current) current.text += t;
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.ondoctype = () => {
    throw new Error("een DOCTYPE hoort niet in een manifest");
  };
  try {
    parser.write(text).close();
  } catch (err) {
    const message = String((error || err).message).split("\n")[0];
    const e = new Error(`${message} (regel ${parser.line + 1}, kolom ${parser.column + 1})`);
    throw e;
  }
  if (!root) throw new Error("geen hoofdelement");
  return root;
}

/** The local name of an element or attribute (without prefix). */
const local = (name) => name.slice(name.indexOf(":") + 1);

function* walk(element) {
  yield element;
  for (const child of element.children) yield* walk(child);
}

const childrenNamed = (element, name) =>
  element ? element.children.filter((c) => local(c.name) === name) : [];
const child = (element, name) => childrenNamed(element, name)[0] || null;
const pathOf = (element) => {
  const names = [];
  for (let e = element; e; e = e.parent) names.unshift(local(e.name));
  return names.join("/");
};

/** Which kind of resource a resid on an element of this name must point at. */
function expectedKind(element) {
  const name = local(element.name);
  if (name === "Image") return "Image";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Url";
  if (["Label", "Title", "Namespace"].includes(name)) return "ShortString";
  if (name === "Description") return "LongString";
  return null;
}

const KIND_LABEL = {
  Image: "bt:Images/bt:Image",
  Url: "bt:Urls/bt:Url",
  ShortString: "bt:ShortStrings/bt:String",
  LongString: "bt:LongStrings/bt:String",
};

const MAX_LENGTH = { ShortString: 125, LongString: 250 };

const isUrlLike = (value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());

/**
 * Pixel sizes the icons of the top-level elements must have, for a task pane add-in (Microsoft's manifest
 * reference, IconUrl and HighResolutionIconUrl elements): 32x32 and 64x64.
 */
const ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Requirement sets the add-in needs, with the lowest version: one runtime for task pane and functions
 * (SharedRuntime 1.1), CustomFunctions.Error with a message (CustomFunctionsRuntime 1.2). */
const REQUIRED_SETS = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" };

/** Compares version strings part by part as numbers ("1.10" > "1.2"); negative when a < b. */
function compareVersions(a, b) {
  const pa = String(a).split(".").map(Number);
  const pb = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Default bases: the dev URL, IBT_PROD_URL when set, and the folder of DefaultSettings/SourceLocation. */
function standaardBases(root) {
  const bases = [DEV_URL];
  const prod = prodUrlOfNull();
  if (prod) bases.push(prod);
  const bron = child(child(root, "DefaultSettings"), "SourceLocation");
  const bronUrl = bron ? (bron.attributes.DefaultValue || "").trim() : "";
  if (/^https:\/\/[^/\s]+\//i.test(bronUrl)) {
    const map = bronUrl.split(/[?#]/)[0].replace(/[^/]*$/, "");
    if (!bases.includes(map)) bases.push(map);
  }
  return bases;
}

/**
 * Checks one manifest.
 * @param {object} options
 * @param {string} options.manifestPath the manifest.xml to check
 * @param {string} options.distDir the build output the URLs must point into
 * @param {string[]} [options.bases] base URLs of the add-in's own server (default: the dev URL, IBT_PROD_URL
 *   when set, and the folder of the manifest's own <SourceLocation>, so that a production manifest built
 *   with another IBT_PROD_URL is still checked against dist/ instead of being taken for an external site)
 * @param {string} [options.namespace] the expected custom-functions namespace (default IBT)
 * @returns {{ code: string, message: string }[]} the problems found, empty when the manifest is in order
 */
function validateManifest({ manifestPath, distDir, bases: gegevenBases, namespace = "IBT" }) {
  const problems = [];
  const report = (code, message) => problems.push({ code, message });

  if (!fs.existsSync(manifestPath)) {
    report("manifest-ontbreekt", `${manifestPath} bestaat niet.`);
    return problems;
  }
  let root;
  try {
    root = parseXml(fs.readFileSync(manifestPath, "utf8"));
  } catch (err) {
    report("xml-ongeldig", `Geen geldige XML: ${err.message}.`);
    return problems;
  }
  if (local(root.name) !== "OfficeApp") {
    report("geen-officeapp", `Het hoofdelement is <${root.name}>, verwacht <OfficeApp>.`);
    return problems;
  }
  const bases = gegevenBases || standaardBases(root);

  // --- Basic settings -------------------------------------------------------------------------------
  const id = child(root, "Id");
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.text.trim())) {
    report("id-ongeldig", "<Id> ontbreekt of is geen GUID.");
  }
  const locale = child(root, "DefaultLocale");
  if (!locale || !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale.text.trim())) {
    report("defaultlocale-ontbreekt", "<DefaultLocale> ontbreekt of is geen taalcode zoals nl-NL.");
  }
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const element = child(root, name);
    const value = element && element.attributes.DefaultValue;
    if (!value || !value.trim())
      report(`${name.toLowerCase()}-ontbreekt`, `<${name} DefaultValue="..."> ontbreekt.`);
    else if (value.length > max)
      report("tekst-te-lang", `<${name}> is ${value.length} tekens, maximaal ${max}.`);
  }
  const permissions = child(root, "Permissions");
  if (!permissions || permissions.text.trim() !== "ReadWriteDocument") {
    report(
      "permissions",
      `<Permissions> is "${permissions ? permissions.text.trim() : ""}", verwacht ReadWriteDocument.`,
    );
  }
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attributes.Name);
  if (!hosts.includes("Workbook"))
    report("host-workbook", '<Hosts> bevat geen <Host Name="Workbook"/> (Excel).');

  const sets = child(child(root, "Requirements"), "Sets");
  for (const [name, minimum] of Object.entries(REQUIRED_SETS)) {
    const set = childrenNamed(sets, "Set").find((s) => s.attributes.Name === name);
    const version = set && (set.attributes.MinVersion || (sets && sets.attributes.DefaultMinVersion));
    if (!set || !version || !/^\d+(\.\d+)*$/.test(version) || compareVersions(version, minimum) < 0) {
      report(
        name.toLowerCase(),
        `Requirements/Sets bevat geen <Set Name="${name}" MinVersion="${minimum}"/> (of hoger)` +
          (set ? `; nu ${version || "zonder versie"}.` : "."),
      );
    }
  }

  for (const name of Object.keys(ICON_SIZE)) {
    const element = child(root, name);
    if (!element || !(element.attributes.DefaultValue || "").trim())
      report("icoon-ontbreekt", `<${name} DefaultValue="..."> ontbreekt.`);
  }
  const support = child(root, "SupportUrl");
  const supportUrl = support ? (support.attributes.DefaultValue || "").trim() : "";
  if (!supportUrl) {
    report("supporturl-ontbreekt", '<SupportUrl DefaultValue="https://..."> ontbreekt.');
  } else if (!/^https:\/\/[^/\s]+/i.test(supportUrl)) {
    report("supporturl-geen-https", `<SupportUrl> ${supportUrl} is geen HTTPS-adres.`);
  }

  // --- Resources and resids -------------------------------------------------------------------------
  const overrides = childrenNamed(root, "VersionOverrides");
  /** @type {Map<string, { kind: string, value: string, element: Element }>} */
  const resources = new Map();
  const resourceElements = new Set();
  for (const vo of overrides) {
    const res = child(vo, "Resources");
    for (const [group, kind] of [
      ["Images", "Image"],
      ["Urls", "Url"],
      ["ShortStrings", "ShortString"],
      ["LongStrings", "LongString"],
    ]) {
      for (const element of child(res, group) ? child(res, group).children : []) {
        resourceElements.add(element);
        const rid = element.attributes.id;
        const value = element.attributes.DefaultValue || "";
        if (!rid) {
          report("resource-zonder-id", `Een resource in bt:${group} (regel ${element.line}) heeft geen id.`);
          continue;
        }
        if (resources.has(rid)) report("resid-dubbel", `De resource-id "${rid}" komt meer dan eens voor.`);
        resources.set(rid, { kind, value, element });
        const max = MAX_LENGTH[kind];
        if (max && value.length > max) {
          report("tekst-te-lang", `${KIND_LABEL[kind]} "${rid}" is ${value.length} tekens, maximaal ${max}.`);
        }
      }
    }
  }
  /** References to image resources, with their declared sizes. */
  const imageSizes = new Map();
  for (const vo of overrides) {
    for (const element of walk(vo)) {
      const resid = element.attributes.resid;
      if (resid === undefined || resourceElements.has(element)) continue;
      const kind = expectedKind(element);
      const resource = resources.get(resid);
      const where = `<${local(element.name)}> in ${pathOf(element.parent)} (regel ${element.line})`;
      if (!resource) {
        report(
          "resid-onbekend",
          `${where} verwijst naar resid "${resid}", maar die staat niet in Resources${kind ? ` (${KIND_LABEL[kind]})` : ""}.`,
        );
        continue;
      }
      if (kind && resource.kind !== kind) {
        report(
          "resid-verkeerde-soort",
          `${where} verwijst naar "${resid}" in ${KIND_LABEL[resource.kind]}, verwacht ${KIND_LABEL[kind]}.`,
        );
      }
      if (resource.kind === "Image") {
        const sizes = imageSizes.get(resid) || [];
        const size = Number(element.attributes.size);
        if (!Number.isInteger(size) || size <= 0) {
          report("icoon-maat-onbekend", `${where}: <bt:Image resid="${resid}"> heeft geen geldige size.`);
        } else sizes.push(size);
        imageSizes.set(resid, sizes);
      }
    }
  }

  // --- Shared runtime and custom functions ----------------------------------------------------------
  const allElements = [...walk(root)];
  const runtime = allElements.find(
    (e) => local(e.name) === "Runtime" && e.parent && local(e.parent.name) === "Runtimes",
  );
  if (!runtime)
    report(
      "runtime-ontbreekt",
      "VersionOverrides bevat geen <Runtimes><Runtime .../></Runtimes> (gedeelde runtime).",
    );
  else if (runtime.attributes.lifetime !== "long")
    report("runtime-lifetime", '<Runtime> heeft geen lifetime="long".');
  const customFunctions = allElements.find(
    (e) => local(e.name) === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions",
  );
  if (!customFunctions) {
    report("customfunctions-ontbreekt", 'Er is geen <ExtensionPoint xsi:type="CustomFunctions">.');
  } else {
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!child(child(customFunctions, part), "SourceLocation")) {
        report(
          "customfunctions-onvolledig",
          `<ExtensionPoint xsi:type="CustomFunctions"> mist <${part}><SourceLocation resid="..."/>.`,
        );
      }
    }
    const ns = child(customFunctions, "Namespace");
    const nsValue =
      ns && resources.get(ns.attributes.resid) ? resources.get(ns.attributes.resid).value : null;
    if (nsValue !== namespace) {
      report("namespace", `De namespace van de functies is "${nsValue ?? ""}", verwacht "${namespace}".`);
    }
    if (runtime && ns) {
      const page = child(child(customFunctions, "Page"), "SourceLocation");
      if (page && page.attributes.resid !== runtime.attributes.resid) {
        report(
          "runtime-page",
          "De Page van de functies is niet de pagina van de gedeelde runtime (Runtime resid).",
        );
      }
    }
  }

  // --- URLs -----------------------------------------------------------------------------------------
  const distExists = fs.existsSync(distDir) && fs.statSync(distDir).isDirectory();
  /** Every URL in the manifest, with where it is and, for images, the declared sizes. */
  const urls = [];
  for (const element of allElements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === "xmlns" || name.startsWith("xmlns:") || name === "xsi:type") continue;
      if (isUrlLike(value)) urls.push({ url: value.trim(), element, attribute: name });
    }
    if (element.children.length === 0 && isUrlLike(element.text))
      urls.push({ url: element.text.trim(), element });
  }
  let missingDistReported = false;
  for (const { url, element } of urls) {
    const where = `<${local(element.name)}${element.attributes.id ? ` id="${element.attributes.id}"` : ""}> (regel ${element.line})`;
    if (!/^https:\/\//i.test(url)) {
      // SupportUrl has its own check above.
      if (local(element.name) !== "SupportUrl")
        report("url-geen-https", `${where}: ${url} is geen HTTPS-adres.`);
      continue;
    }
    if (local(element.name) === "AppDomain") continue; // a domain, not a file
    const base = bases.find((b) => url.startsWith(b));
    if (!base) continue; // an external page, e.g. documentation elsewhere
    const relative = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
    if (!distExists) {
      if (!missingDistReported) {
        report("dist-ontbreekt", `De map ${distDir} bestaat niet. Voer eerst npm run build uit.`);
        missingDistReported = true;
      }
      continue;
    }
    const file = path.join(distDir, relative || "index.html");
    if (
      !path.resolve(file).startsWith(path.resolve(distDir)) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      report(
        "url-niet-in-dist",
        `${where}: ${url} wijst naar ${relative}, maar de build maakt dat bestand niet (dist/${relative} ontbreekt).`,
      );
      continue;
    }
    const name = local(element.name);
    // The size each element requires: IconUrl 32, HighResolutionIconUrl 64, a bt:Image every size it is
    // referenced with (<bt:Image size="16" resid="..."/> in an <Icon>). Not the file name or the id.
    let required = null;
    if (name in ICON_SIZE) required = [ICON_SIZE[name]];
    else if (name === "Image") required = [...new Set(imageSizes.get(element.attributes.id) || [])];
    if (required) {
      const size = readPngSize(fs.readFileSync(file));
      if (!size) {
        report("icoon-geen-png", `${where}: ${relative} is geen PNG-bestand.`);
      } else if (required.length === 0) {
        report(
          "icoon-maat-onbekend",
          `${where}: ${relative} wordt nergens met een maat gebruikt (<bt:Image size="..." resid="${element.attributes.id}"/>).`,
        );
      } else {
        for (const s of required) {
          if (size.width !== s || size.height !== s) {
            const why = name === "Image" ? `size="${s}"` : `${name} van een taakvenster-invoegtoepassing`;
            report(
              "icoon-maat",
              `${where}: ${relative} is ${size.width}×${size.height} pixels, verwacht ${s}×${s} (${why}).`,
            );
          }
        }
      }
    }
  }

  // --- functions.json: valid, and its help URLs point into dist ---------------------------------------
  const metadata = resources.get(
    customFunctions && child(child(customFunctions, "Metadata"), "SourceLocation")
      ? child(child(customFunctions, "Metadata"), "SourceLocation").attributes.resid
      : "",
  );
  const metadataBase = metadata && bases.find((b) => metadata.value.startsWith(b));
  if (distExists && metadataBase) {
    const relative = metadata.value.slice(metadataBase.length);
    const file = path.join(distDir, relative);
    if (fs.existsSync(file)) {
      let json = null;
      try {
        json = JSON.parse(fs.readFileSync(file, "utf8"));
      } catch (err) {
        report("functions-json-ongeldig", `dist/${relative} is geen geldige JSON: ${err.message}.`);
      }
      if (json && !Array.isArray(json.functions)) {
        report("functions-json-ongeldig", `dist/${relative} heeft geen lijst "functions".`);
      }
      for (const fn of (json && Array.isArray(json.functions) && json.functions) || []) {
        const help = fn.helpUrl;
        if (!help) continue;
        if (!/^https:\/\//i.test(help)) {
          report("url-geen-https", `helpUrl van ${fn.name} in ${relative}: ${help} is geen HTTPS-adres.`);
          continue;
        }
        const helpBase = bases.find((b) => help.startsWith(b));
        if (!helpBase) continue;
        const helpFile = decodeURIComponent(help.slice(helpBase.length).split(/[?#]/)[0]);
        if (!fs.existsSync(path.join(distDir, helpFile))) {
          report(
            "url-niet-in-dist",
            `helpUrl van ${fn.name} in ${relative}: ${help} wijst naar ${helpFile}, maar de build maakt dat bestand niet.`,
          );
        }
      }
    }
  }

  return problems;
}

module.exports = { validateManifest, parseXml, ICON_SIZE, REQUIRED_SETS };
