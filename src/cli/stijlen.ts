/**
 * Cell styles for the lossless copy: derives new cell formats (cellXfs) from existing ones and appends
 * what they need (number formats, fonts, fills) to styles.xml. Existing entries are never changed, so
 * every cell that is not written keeps exactly its look; an entry that already exists is reused, so a
 * second run appends nothing.
 */
import { INGEBOUWDE_FORMATEN } from "./lezen";
import {
  LEEG,
  OPEN,
  SLUIT,
  XmlScanner,
  alsBytes,
  attributen,
  escapeAttribuut,
  lokaal,
  ruwAttribuut,
  voorvoegsel,
} from "./xml";

/** What the plan changes in one cell's style. */
export interface StijlWijziging {
  /** Number format code to set. */
  numFmt?: string;
  /** Remove a visible fill (a written value loses an earlier trede colour). */
  wisVulling?: boolean;
  /** Solid fill "FFRRGGBB" (after wisVulling). */
  vulling?: string;
  /** Header style: bold, wrapped, top-aligned. */
  kop?: boolean;
}

interface Lijst {
  /** Local name of the container ("fonts") and of its items ("font"). */
  naam: string;
  item: string;
  /** Raw items (byte strings), existing ones first. */
  items: string[];
  bestaand: number;
  /** Offsets in the part: open tag begin/end, close tag begin/end; -1 when absent. */
  openBegin: number;
  openEind: number;
  sluitBegin: number;
  sluitEind: number;
  leeg: boolean;
}

/** Children of styleSheet in schema order, to place a missing container. */
const VOLGORDE = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"];

const STANDAARD_STIJLEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export class Stijlen {
  private readonly tekst: string;
  /** True when the package had no styles part and this one is new. */
  readonly nieuw: boolean;
  private readonly p: string;
  private readonly rootEind: number;
  private readonly lijsten = new Map<string, Lijst>();
  /** numFmts: id -> code, and the raw items. */
  private readonly numFmtCodes = new Map<number, string>();
  private readonly xfIndex = new Map<string, number>();
  private readonly fontIndex = new Map<string, number>();
  private readonly fillIndex = new Map<string, number>();
  private veranderd = false;

  constructor(tekst: string | null) {
    this.nieuw = tekst === null;
    this.tekst = tekst ?? STANDAARD_STIJLEN;
    const t = this.tekst;
    const s = new XmlScanner(t);
    let p = "";
    let rootEind = -1;
    let diepte = 0;
    while (s.volgende()) {
      if (s.soort === SLUIT) {
        diepte--;
        continue;
      }
      const naam = lokaal(s.naam);
      if (diepte === 0) {
        p = voorvoegsel(s.naam);
        rootEind = s.eind;
        if (s.soort === OPEN) diepte++;
        continue;
      }
      if (diepte === 1 && ["numFmts", "fonts", "fills", "cellXfs"].includes(naam)) {
        const item = { numFmts: "numFmt", fonts: "font", fills: "fill", cellXfs: "xf" }[naam]!;
        const lijst: Lijst = {
          naam,
          item,
          items: [],
          bestaand: 0,
          openBegin: s.begin,
          openEind: s.eind,
          sluitBegin: s.eind,
          sluitEind: s.eind,
          leeg: s.soort === LEEG,
        };
        if (s.soort === OPEN) {
          while (s.volgende()) {
            if (s.soort === SLUIT) {
              lijst.sluitBegin = s.begin;
              lijst.sluitEind = s.eind;
              break;
            }
            const begin = s.begin;
            if (s.soort === OPEN) s.slaOver();
            lijst.items.push(t.slice(begin, s.eind));
          }
        }
        lijst.bestaand = lijst.items.length;
        this.lijsten.set(naam, lijst);
        continue;
      }
      if (s.soort === OPEN) {
        s.slaOver();
      }
    }
    this.p = p;
    this.rootEind = rootEind;
    for (const raw of this.lijsten.get("numFmts")?.items ?? []) {
      const a = attributen(raw, 0, raw.length);
      const id = Number(a.get("numFmtId"));
      if (Number.isInteger(id)) this.numFmtCodes.set(id, a.get("formatCode") ?? "");
    }
    this.lijst("fonts").items.forEach((f, i) => this.fontIndex.has(f) || this.fontIndex.set(f, i));
    this.lijst("fills").items.forEach((f, i) => this.fillIndex.has(f) || this.fillIndex.set(f, i));
    this.lijst("cellXfs").items.forEach((x, i) => {
      if (!this.xfIndex.has(x)) this.xfIndex.set(x, i);
      const opnieuw = schrijfXf(leesXf(x), this.p);
      if (!this.xfIndex.has(opnieuw)) this.xfIndex.set(opnieuw, i);
    });
  }

  private lijst(naam: string): Lijst {
    let l = this.lijsten.get(naam);
    if (!l) {
      l = {
        naam,
        item: { numFmts: "numFmt", fonts: "font", fills: "fill", cellXfs: "xf" }[naam]!,
        items: [],
        bestaand: 0,
        openBegin: -1,
        openEind: -1,
        sluitBegin: -1,
        sluitEind: -1,
        leeg: false,
      };
      this.lijsten.set(naam, l);
    }
    return l;
  }

  /** Number of cell formats (cellXfs). */
  get aantalXfs(): number {
    return this.lijst("cellXfs").items.length;
  }

  private voegToe(naam: string, raw: string, index: Map<string, number>): number {
    const bekend = index.get(raw);
    if (bekend !== undefined) return bekend;
    const l = this.lijst(naam);
    l.items.push(raw);
    index.set(raw, l.items.length - 1);
    this.veranderd = true;
    return l.items.length - 1;
  }

  private numFmtId(code: string): number {
    for (const [id, c] of this.numFmtCodes) if (c === code) return id;
    for (const [id, c] of Object.entries(INGEBOUWDE_FORMATEN)) {
      if (c === code && !this.numFmtCodes.has(Number(id))) return Number(id);
    }
    const id = Math.max(163, ...this.numFmtCodes.keys()) + 1;
    this.numFmtCodes.set(id, code);
    this.lijst("numFmts").items.push(
      alsBytes(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttribuut(code)}"/>`),
    );
    this.veranderd = true;
    return id;
  }

  /** True when the fill of cell format `xf` is visible (not "none"). */
  heeftVulling(xf: number): boolean {
    return this.heeftVullingVan(leesXf(this.lijst("cellXfs").items[xf] ?? ""));
  }

  private geenVulling(): number {
    const fills = this.lijst("fills").items;
    const i = fills.findIndex((f) => !isZichtbareVulling(f));
    if (i >= 0) return i;
    return this.voegToe(
      "fills",
      `<${this.p}fill><${this.p}patternFill patternType="none"/></${this.p}fill>`,
      this.fillIndex,
    );
  }

  /** The cell format for base format `basis` with the changes applied (an existing one when possible). */
  xfVoor(basis: number, w: StijlWijziging): number {
    const xfs = this.lijst("cellXfs").items;
    const x = leesXf(
      xfs[basis] ?? xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`,
    );
    const zet = (naam: string, waarde: string, toepassen: string): void => {
      x.attrs.set(naam, waarde);
      x.attrs.set(toepassen, "1");
    };
    if (w.wisVulling && this.heeftVullingVan(x)) zet("fillId", String(this.geenVulling()), "applyFill");
    if (w.numFmt !== undefined) zet("numFmtId", String(this.numFmtId(w.numFmt)), "applyNumberFormat");
    if (w.kop) {
      const fonts = this.lijst("fonts").items;
      const font = fonts[Number(x.attrs.get("fontId") ?? 0)] ?? fonts[0] ?? `<${this.p}font/>`;
      zet("fontId", String(this.voegToe("fonts", vet(font, this.p), this.fontIndex)), "applyFont");
      x.uitlijning.set("wrapText", "1");
      x.uitlijning.set("vertical", "top");
      x.attrs.set("applyAlignment", "1");
    }
    if (w.vulling !== undefined) {
      const fill =
        `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${w.vulling}"/>` +
        `</${this.p}patternFill></${this.p}fill>`;
      zet("fillId", String(this.voegToe("fills", fill, this.fillIndex)), "applyFill");
    }
    return this.voegToe("cellXfs", schrijfXf(x, this.p), this.xfIndex);
  }

  private heeftVullingVan(x: Xf): boolean {
    const fill = this.lijst("fills").items[Number(x.attrs.get("fillId") ?? 0)];
    return fill !== undefined && isZichtbareVulling(fill);
  }

  /** The new styles part as a byte string, or null when nothing was added. */
  resultaat(): string | null {
    if (!this.veranderd && !this.nieuw) return null;
    const t = this.tekst;
    const splitsingen: { pos: number; eind: number; tekst: string }[] = [];
    const ontbrekend: string[] = [];
    for (const naam of VOLGORDE) {
      const l = this.lijsten.get(naam);
      if (!l) continue;
      const nieuw = l.items.slice(l.bestaand).join("");
      if (l.openBegin < 0) {
        ontbrekend.push(naam);
        continue;
      }
      if (nieuw === "") continue;
      const open = zetTelling(t.slice(l.openBegin, l.openEind), l.items.length);
      if (l.leeg) {
        const openTag = open.replace(/\s*\/>$/, ">");
        splitsingen.push({
          pos: l.openBegin,
          eind: l.openEind,
          tekst: `${openTag}${nieuw}</${this.p}${naam}>`,
        });
      } else {
        splitsingen.push({ pos: l.openBegin, eind: l.openEind, tekst: open });
        splitsingen.push({ pos: l.sluitBegin, eind: l.sluitBegin, tekst: nieuw });
      }
    }
    for (const naam of ontbrekend) {
      // Place a missing container after the nearest earlier one that exists, else right after the root.
      const l = this.lijsten.get(naam)!;
      let pos = this.rootEind;
      for (const eerder of VOLGORDE.slice(0, VOLGORDE.indexOf(naam)).reverse()) {
        const e = this.lijsten.get(eerder);
        if (e && e.openBegin >= 0) {
          pos = e.leeg ? e.openEind : e.sluitEind;
          break;
        }
        const ander = this.zoekElement(eerder);
        if (ander >= 0) {
          pos = ander;
          break;
        }
      }
      splitsingen.push({
        pos,
        eind: pos,
        tekst: `<${this.p}${naam} count="${l.items.length}">${l.items.join("")}</${this.p}${naam}>`,
      });
    }
    // An insertion at the place where a replacement begins goes first (a missing <numFmts> right
    // before a <fonts> whose count changes), so the replacement does not re-emit what it replaced.
    splitsingen.sort((a, b) => a.pos - b.pos || a.eind - b.eind);
    let uit = "";
    let vanaf = 0;
    for (const s of splitsingen) {
      uit += t.slice(vanaf, s.pos) + s.tekst;
      vanaf = s.eind;
    }
    return uit + t.slice(vanaf);
  }

  /** End offset of a direct child of styleSheet (borders, cellStyleXfs), or -1. */
  private zoekElement(naam: string): number {
    const s = new XmlScanner(this.tekst, this.rootEind);
    while (s.volgende()) {
      if (s.soort === SLUIT) return -1;
      const gevonden = lokaal(s.naam) === naam;
      if (s.soort === OPEN) s.slaOver();
      if (gevonden) return s.eind;
    }
    return -1;
  }
}

function zetTelling(openTag: string, aantal: number): string {
  const r = ruwAttribuut(openTag, 0, openTag.length, "count");
  return r ? openTag.slice(0, r[0]) + String(aantal) + openTag.slice(r[1]) : openTag;
}

interface Xf {
  attrs: Map<string, string>;
  uitlijning: Map<string, string>;
  /** Raw children other than alignment, in order. */
  rest: string[];
}

function leesXf(raw: string): Xf {
  const x: Xf = { attrs: new Map(), uitlijning: new Map(), rest: [] };
  if (raw === "") {
    for (const [k, v] of [
      ["numFmtId", "0"],
      ["fontId", "0"],
      ["fillId", "0"],
      ["borderId", "0"],
      ["xfId", "0"],
    ])
      x.attrs.set(k, v);
    return x;
  }
  const s = new XmlScanner(raw);
  s.volgende();
  x.attrs = attributen(raw, s.attrBegin, s.attrEind);
  if (s.soort !== OPEN) return x;
  while (s.volgende()) {
    if (s.soort === SLUIT) break;
    const begin = s.begin;
    const naam = lokaal(s.naam);
    if (naam === "alignment") x.uitlijning = attributen(raw, s.attrBegin, s.attrEind);
    if (s.soort === OPEN) s.slaOver();
    if (naam !== "alignment") x.rest.push(raw.slice(begin, s.eind));
  }
  return x;
}

function schrijfXf(x: Xf, p: string): string {
  const attrs = [...x.attrs].map(([k, v]) => ` ${k}="${alsBytes(escapeAttribuut(v))}"`).join("");
  const uitlijning =
    x.uitlijning.size > 0
      ? `<${p}alignment${[...x.uitlijning].map(([k, v]) => ` ${k}="${alsBytes(escapeAttribuut(v))}"`).join("")}/>`
      : "";
  const kinderen = uitlijning + x.rest.join("");
  return kinderen === "" ? `<${p}xf${attrs}/>` : `<${p}xf${attrs}>${kinderen}</${p}xf>`;
}

/** A font with bold on: any <b> child replaced by <b/> as the first child. */
function vet(font: string, p: string): string {
  const zonder = font.replace(/<([\w.-]+:)?b(\s[^>]*)?\/>|<([\w.-]+:)?b(\s[^>]*)?>\s*<\/([\w.-]+:)?b>/g, "");
  const leeg = /^<([\w.-]+:)?font(\s[^>]*)?\/>$/.exec(zonder);
  if (leeg) return `${zonder.slice(0, -2)}><${p}b/></${p}font>`;
  const open = zonder.indexOf(">") + 1;
  return `${zonder.slice(0, open)}<${p}b/>${zonder.slice(open)}`;
}

function isZichtbareVulling(fill: string): boolean {
  if (/<([\w.-]+:)?gradientFill\b/.test(fill)) return true;
  const m = /<([\w.-]+:)?patternFill\b([^>]*)/.exec(fill);
  if (!m) return false;
  const type = /patternType\s*=\s*["']([^"']*)["']/.exec(m[2])?.[1];
  return type !== undefined && type !== "none";
}
