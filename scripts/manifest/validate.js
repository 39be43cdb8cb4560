/**
 * Offline check of an add-in only (XML) manifest against the files the build produces in dist/.
 * The online validator behind `office-addin-manifest validate` cannot always be reached, so this checks
 * what can be checked without it: well-formed XML, every resid resolves to a resource of the right kind,
 * every URL is HTTPS, every URL of the add-in's own server points at a file in dist/, icon files are PNGs
 * of the declared size, the custom-functions namespace, the requirement sets, the locale and permissions.
 *
 * Every problem is `{ code, message }` with a stable code and a Dutch message.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const sax = require("sax");
const { readPngSize } = require("./png");
const { DEV_URL, prodUrl } = require("./urls");

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

/** The sizes (pixels) an image URL is declared with: size attributes, an "NxN" id, a "-N.png" name. */
function declaredSizes(url, id, referenceSizes) {
  const sizes = new Set(referenceSizes);
  const fromId = id && /(\d+)x(\d+)$/.exec(id);
  if (fromId && fromId[1] === fromId[2]) sizes.add(Number(fromId[1]));
  const fromName = /-(\d+)(?:x(\d+))?\.png$/i.exec(url.split(/[?#]/)[0]);
  if (fromName && (!fromName[2] || fromName[2] === fromName[1])) sizes.add(Number(fromName[1]));
  return [...sizes];
}

/**
 * Checks one manifest.
 * @param {object} options
 * @param {string} options.manifestPath the manifest.xml to check
 * @param {string} options.distDir the build output the URLs must point into
 * @param {string[]} [options.bases] base URLs of the add-in's own server (default: dev URL and IBT_PROD_URL)
 * @param {string} [options.namespace] the expected custom-functions namespace (default IBT)
 * @returns {{ code: string, message: string }[]} the problems found, empty when the manifest is in order
 */
function validateManifest({ manifestPath, distDir, bases = [DEV_URL, prodUrl()], namespace = "IBT" }) {
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
  const shared = childrenNamed(sets, "Set").find((s) => s.attributes.Name === "SharedRuntime");
  const sharedVersion =
    shared && (shared.attributes.MinVersion || (sets && sets.attributes.DefaultMinVersion));
  if (!shared || !sharedVersion || Number(sharedVersion) < 1.1) {
    report("sharedruntime", 'Requirements/Sets bevat geen <Set Name="SharedRuntime" MinVersion="1.1"/>.');
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
        if (element.attributes.size) sizes.push(Number(element.attributes.size));
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
    const isImage =
      local(element.name) === "Image" || ["IconUrl", "HighResolutionIconUrl"].includes(local(element.name));
    if (isImage) {
      const rid = element.attributes.id;
      const sizes = declaredSizes(url, rid, imageSizes.get(rid) || []);
      const size = readPngSize(fs.readFileSync(file));
      if (!size) {
        report("icoon-geen-png", `${where}: ${relative} is geen PNG-bestand.`);
      } else if (sizes.length === 0) {
        report("icoon-maat-onbekend", `${where}: bij ${relative} staat nergens welke maat het icoon heeft.`);
      } else {
        for (const s of sizes) {
          if (size.width !== s || size.height !== s) {
            report(
              "icoon-maat",
              `${where}: ${relative} is ${size.width}×${size.height} pixels, verwacht ${s}×${s}.`,
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

module.exports = { validateManifest, parseXml };
