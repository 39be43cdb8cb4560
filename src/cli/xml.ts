/**
 * A small, careful XML scanner for the parts of an .xlsx package, and the escaping rules of OOXML text.
 *
 * The scanner works on "byte strings": the part's UTF-8 bytes decoded as latin1, one character per
 * byte. Positions are then byte offsets, so the writer can splice new elements into a part and keep
 * every other byte as it was. Markup is ASCII, so tag and attribute names read the same; text and
 * attribute values are turned into real strings with `tekstVan` / `attribuut`.
 *
 * It handles what well-formed OOXML parts contain: elements with any namespace prefix, attributes in
 * single or double quotes (with `>` inside), comments, processing instructions and CDATA sections. A
 * DOCTYPE is refused (OOXML parts have none; refusing it also rules out entity expansion).
 */

// Typed as plain numbers on purpose: `soort` changes with every `volgende()`, so TypeScript must not
// narrow it to one literal after a comparison.
export const OPEN: number = 1;
export const SLUIT: number = 2;
export const LEEG: number = 3;
export type TagSoort = number;

/** An XML part that cannot be read; the message is for the user (Dutch). */
export class XmlFout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = "XmlFout";
  }
}

/** Decodes part bytes into a byte string (UTF-16 parts are transcoded to UTF-8 first). */
export function naarByteTekst(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const tekst = new TextDecoder(buf[0] === 0xff ? "utf-16le" : "utf-16be").decode(buf);
    const utf8 = tekst.replace(/^(<\?xml[^>]*?encoding=["'])UTF-16(["'])/i, "$1UTF-8$2");
    return Buffer.from(utf8, "utf8").toString("latin1");
  }
  return buf.toString("latin1");
}

/** Byte string -> bytes. */
export function naarBytes(byteTekst: string): Buffer {
  return Buffer.from(byteTekst, "latin1");
}

/** A real (Unicode) string -> byte string (its UTF-8 bytes as latin1). */
export function alsBytes(tekst: string): string {
  return Buffer.from(tekst, "utf8").toString("latin1");
}

/** Byte string -> real string (UTF-8 decoding). Pure ASCII is returned as is. */
export function uitBytes(byteTekst: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(byteTekst) ? byteTekst : Buffer.from(byteTekst, "latin1").toString("utf8");
}

/** Local name of a qualified name: "x:row" -> "row". */
export function lokaal(naam: string): string {
  const i = naam.indexOf(":");
  return i < 0 ? naam : naam.slice(i + 1);
}

/** Prefix of a qualified name including the colon: "x:row" -> "x:", "row" -> "". */
export function voorvoegsel(naam: string): string {
  const i = naam.indexOf(":");
  return i < 0 ? "" : naam.slice(0, i + 1);
}

function isSpatie(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Walks the tags of a byte string. After `volgende()` returns true, the fields describe one tag:
 * `soort` (OPEN, SLUIT, LEEG), `naam` (qualified), `begin` (offset of "<"), `eind` (offset after ">"),
 * and the attribute text `attrBegin`..`attrEind`. Text, comments, CDATA and processing instructions
 * between tags are skipped (read text with `tekstVan` between two tags).
 */
export class XmlScanner {
  soort: TagSoort = OPEN;
  naam = "";
  begin = 0;
  eind = 0;
  attrBegin = 0;
  attrEind = 0;

  constructor(
    readonly tekst: string,
    public pos = 0,
    readonly tot = tekst.length,
  ) {}

  volgende(): boolean {
    const t = this.tekst;
    for (;;) {
      const lt = t.indexOf("<", this.pos);
      if (lt < 0 || lt >= this.tot) return false;
      const c = t.charCodeAt(lt + 1);
      if (c === 0x21 /* ! */) {
        if (t.startsWith("<!--", lt)) {
          const e = t.indexOf("-->", lt + 4);
          if (e < 0) throw new XmlFout("een commentaar in de XML is niet afgesloten");
          this.pos = e + 3;
          continue;
        }
        if (t.startsWith("<![CDATA[", lt)) {
          const e = t.indexOf("]]>", lt + 9);
          if (e < 0) throw new XmlFout("een CDATA-blok in de XML is niet afgesloten");
          this.pos = e + 3;
          continue;
        }
        throw new XmlFout("de XML bevat een DOCTYPE, wat in een .xlsx-onderdeel niet voorkomt");
      }
      if (c === 0x3f /* ? */) {
        const e = t.indexOf("?>", lt + 2);
        if (e < 0) throw new XmlFout("een verwerkingsinstructie in de XML is niet afgesloten");
        this.pos = e + 2;
        continue;
      }
      this.begin = lt;
      let i = lt + 1;
      let sluit = false;
      if (c === 0x2f /* / */) {
        sluit = true;
        i++;
      }
      const naamBegin = i;
      for (; i < t.length; i++) {
        const k = t.charCodeAt(i);
        if (isSpatie(k) || k === 0x3e /* > */ || k === 0x2f /* / */) break;
      }
      if (i === naamBegin || i >= t.length) throw new XmlFout("een element in de XML heeft geen naam");
      this.naam = t.slice(naamBegin, i);
      this.attrBegin = i;
      // Attributes: skip quoted values, so a ">" inside a value does not end the tag.
      let leeg = false;
      for (;;) {
        if (i >= t.length) throw new XmlFout(`het element <${this.naam}> is niet afgesloten`);
        const k = t.charCodeAt(i);
        if (k === 0x22 || k === 0x27) {
          const e = t.indexOf(k === 0x22 ? '"' : "'", i + 1);
          if (e < 0) throw new XmlFout(`een attribuut van <${this.naam}> is niet afgesloten`);
          i = e + 1;
          continue;
        }
        if (k === 0x3e) {
          leeg = t.charCodeAt(i - 1) === 0x2f && i - 1 >= this.attrBegin;
          this.attrEind = leeg ? i - 1 : i;
          i++;
          break;
        }
        i++;
      }
      this.eind = i;
      this.pos = i;
      this.soort = sluit ? SLUIT : leeg ? LEEG : OPEN;
      return true;
    }
  }

  /** Skips to the end of the element just opened (OPEN); returns the offset of its end tag's "<". */
  slaOver(): number {
    if (this.soort !== OPEN) return this.begin;
    let diepte = 1;
    while (this.volgende()) {
      if (this.soort === OPEN) diepte++;
      else if (this.soort === SLUIT && --diepte === 0) return this.begin;
    }
    throw new XmlFout("een element in de XML is niet afgesloten");
  }
}

/** All attributes of a tag as qualified name -> decoded value. */
export function attributen(tekst: string, begin: number, eind: number): Map<string, string> {
  const uit = new Map<string, string>();
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const deel = tekst.slice(begin, eind);
  let m: RegExpExecArray | null;
  while ((m = re.exec(deel)) !== null) uit.set(m[1], ontsnap(uitBytes(m[3] ?? m[4] ?? "")));
  return uit;
}

/** One attribute (by exact qualified name) of a tag, decoded; null when absent. */
export function attribuut(tekst: string, begin: number, eind: number, naam: string): string | null {
  const bereik = ruwAttribuut(tekst, begin, eind, naam);
  return bereik === null ? null : ontsnap(uitBytes(tekst.slice(bereik[0], bereik[1])));
}

/** Offsets of an attribute's raw value (between the quotes), or null. */
export function ruwAttribuut(
  tekst: string,
  begin: number,
  eind: number,
  naam: string,
): [number, number] | null {
  let i = begin;
  if (tekst.charCodeAt(i) === 0x3c /* < */) {
    // A whole start tag: skip its name.
    while (i < eind && !isSpatie(tekst.charCodeAt(i)) && tekst.charCodeAt(i) !== 0x3e) i++;
  }
  while (i < eind) {
    while (i < eind && isSpatie(tekst.charCodeAt(i))) i++;
    const naamBegin = i;
    while (i < eind && tekst.charCodeAt(i) !== 0x3d /* = */ && !isSpatie(tekst.charCodeAt(i))) i++;
    const gevonden = tekst.slice(naamBegin, i);
    while (i < eind && tekst.charCodeAt(i) !== 0x22 && tekst.charCodeAt(i) !== 0x27) i++;
    if (i >= eind) return null;
    const aanhaling = tekst[i];
    const e = tekst.indexOf(aanhaling, i + 1);
    if (e < 0 || e > eind) return null;
    if (gevonden === naam) return [i + 1, e];
    i = e + 1;
  }
  return null;
}

const ENTITEITEN: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Resolves the five predefined entities and character references of a real string. */
export function ontsnap(tekst: string): string {
  if (tekst.indexOf("&") < 0) return tekst;
  return tekst.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (geheel, naam: string) => {
    if (naam[0] === "#") {
      const code = naam[1] === "x" ? parseInt(naam.slice(2), 16) : parseInt(naam.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : geheel;
    }
    return ENTITEITEN[naam] ?? geheel;
  });
}

/** The text between two offsets of a byte string (entities resolved, CDATA unwrapped, markup dropped). */
export function tekstVan(tekst: string, begin: number, eind: number): string {
  const deel = tekst.slice(begin, eind);
  if (deel.indexOf("<") < 0) return ontsnap(uitBytes(deel));
  let uit = "";
  let i = 0;
  while (i < deel.length) {
    const lt = deel.indexOf("<", i);
    if (lt < 0) {
      uit += ontsnap(uitBytes(deel.slice(i)));
      break;
    }
    uit += ontsnap(uitBytes(deel.slice(i, lt)));
    if (deel.startsWith("<![CDATA[", lt)) {
      const e = deel.indexOf("]]>", lt);
      uit += uitBytes(deel.slice(lt + 9, e < 0 ? deel.length : e));
      i = e < 0 ? deel.length : e + 3;
    } else {
      const e = deel.indexOf(">", lt);
      i = e < 0 ? deel.length : e + 1;
    }
  }
  return uit;
}

/**
 * Decodes OOXML's `_xHHHH_` escapes of a cell text (ST_Xstring): `_x000D_` is a carriage return,
 * `_x005F_` an underscore that protects a literal "_x....\_".
 */
export function ontsnapXstring(tekst: string): string {
  if (tekst.indexOf("_x") < 0) return tekst;
  return tekst.replace(/_x([0-9A-Fa-f]{4})_/g, (_g, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Escapes text for element content: &, <, > and what XML 1.0 cannot hold (as `_xHHHH_`). */
export function escapeTekst(tekst: string): string {
  return escapeXstring(tekst).replace(/[&<>]/g, (t) => (t === "&" ? "&amp;" : t === "<" ? "&lt;" : "&gt;"));
}

/** Escapes an attribute value (double quotes). */
export function escapeAttribuut(tekst: string): string {
  return tekst.replace(/[&<>"\t\n\r]/g, (t) =>
    t === "&"
      ? "&amp;"
      : t === "<"
        ? "&lt;"
        : t === ">"
          ? "&gt;"
          : t === '"'
            ? "&quot;"
            : `&#${t.charCodeAt(0)};`,
  );
}

/**
 * OOXML's own escape for characters XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF, lone
 * surrogates) and for a carriage return (which XML would turn into a line feed): `_xHHHH_`. A literal
 * "_xHHHH_" in the text gets its underscore escaped, so that it reads back unchanged. Astral characters
 * such as emoji are valid XML and stay as they are (the `u` flag keeps surrogate pairs together).
 */
export function escapeXstring(tekst: string): string {
  return tekst.replace(
    // eslint-disable-next-line no-control-regex
    /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu,
    (t) => `_x${t.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** A change to a byte string: replace [begin, eind) by `tekst` (begin = eind inserts, tekst "" removes). */
export interface Splitsing {
  begin: number;
  eind: number;
  tekst: string;
}

/**
 * A byte string with non-overlapping changes applied, every other byte kept. Insertions at the same offset
 * keep the order in which they were listed, and come before a change that starts there.
 */
export function pasSplitsingenToe(tekst: string, splitsingen: readonly Splitsing[]): string {
  const volgorde = [...splitsingen].sort((a, b) => a.begin - b.begin || a.eind - b.eind);
  const delen: string[] = [];
  let vanaf = 0;
  for (const s of volgorde) {
    delen.push(tekst.slice(vanaf, s.begin), s.tekst);
    vanaf = s.eind;
  }
  delen.push(tekst.slice(vanaf));
  return delen.join("");
}
