/**
 * The .xlsx package: a zip archive of parts, read with fflate. Parts are decompressed only when asked
 * for. Writing a copy keeps every part byte for byte, in the same order and with the same compression
 * method (stored or deflated), except the parts given new contents; new parts go at the end.
 */
import { type Unzipped, unzipSync, zipSync, type ZipOptions } from "fflate";
import { OPEN, LEEG, XmlScanner, attributen, lokaal, naarByteTekst } from "./xml";

/** The zip archive cannot be read; the message is for the user (Dutch). */
export class PakketFout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = "PakketFout";
  }
}

interface Ingang {
  naam: string;
  /** Zip compression method: 0 stored, 8 deflated. */
  methode: number;
  grootte: number;
}

export interface Relatie {
  id: string;
  /** Relationship type URI. */
  type: string;
  /** Target as written. */
  doel: string;
  /** Target resolved to a part name (no leading slash), or null for an external target. */
  onderdeel: string | null;
}

/** Fixed entry date of written copies, so that the same input gives the same bytes. */
const VASTE_DATUM = new Date(2000, 0, 1, 12, 0, 0);

export class Pakket {
  private readonly ingangen: Ingang[];
  private readonly perNaam = new Map<string, Ingang>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(private readonly bytes: Uint8Array) {
    const ingangen: Ingang[] = [];
    try {
      unzipSync(bytes, {
        filter: (info) => {
          ingangen.push({ naam: info.name, methode: info.compression, grootte: info.originalSize });
          return false;
        },
      });
    } catch (fout) {
      throw new PakketFout(zipMelding(fout));
    }
    this.ingangen = ingangen;
    for (const i of ingangen) this.perNaam.set(i.naam.toLowerCase(), i);
  }

  /** Part names in archive order (directory entries included, as in the archive). */
  get namen(): string[] {
    return this.ingangen.map((i) => i.naam);
  }

  /** The archive's own spelling of a part name (part names are case-insensitive), or null. */
  naamVan(onderdeel: string): string | null {
    return this.perNaam.get(onderdeel.replace(/^\//, "").toLowerCase())?.naam ?? null;
  }

  heeft(onderdeel: string): boolean {
    return this.naamVan(onderdeel) !== null;
  }

  /** Uncompressed size of a part as the archive declares it. */
  grootte(onderdeel: string): number {
    const naam = this.naamVan(onderdeel);
    return naam === null ? 0 : this.perNaam.get(naam.toLowerCase())!.grootte;
  }

  /** The bytes of a part, or null when the archive has no such part. */
  lees(onderdeel: string): Uint8Array | null {
    const naam = this.naamVan(onderdeel);
    if (naam === null) return null;
    const bewaard = this.cache.get(naam);
    if (bewaard) return bewaard;
    let uit: Unzipped;
    try {
      uit = unzipSync(this.bytes, { filter: (info) => info.name === naam });
    } catch (fout) {
      throw new PakketFout(zipMelding(fout));
    }
    const data = uit[naam];
    if (!data) throw new PakketFout(`het onderdeel ${naam} ontbreekt in het zip-archief`);
    this.cache.set(naam, data);
    return data;
  }

  /** A part as a byte string (see xml.ts), or null. */
  leesTekst(onderdeel: string): string | null {
    const data = this.lees(onderdeel);
    return data === null ? null : naarByteTekst(data);
  }

  /** The relationships of a part (from its .rels part); empty when it has none. */
  relaties(bron: string): Relatie[] {
    const relsNaam = relsVan(bron);
    const tekst = this.leesTekst(relsNaam);
    if (tekst === null) return [];
    const uit: Relatie[] = [];
    const s = new XmlScanner(tekst);
    while (s.volgende()) {
      if ((s.soort !== OPEN && s.soort !== LEEG) || lokaal(s.naam) !== "Relationship") continue;
      const a = attributen(tekst, s.attrBegin, s.attrEind);
      const doel = a.get("Target") ?? "";
      const extern = (a.get("TargetMode") ?? "").toLowerCase() === "external";
      uit.push({
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        doel,
        onderdeel: extern ? null : losOp(bron, doel),
      });
    }
    return uit;
  }

  /**
   * The archive with some parts replaced or added (`wijzigingen`: part name -> new bytes; parts not in the
   * archive are added at the end, in the order given) and some removed (`weg`). Every other part keeps
   * its bytes and its compression method.
   */
  schrijf(wijzigingen: Map<string, Uint8Array>, weg: Set<string> = new Set()): Uint8Array {
    const alles = this.alleOnderdelen();
    const invoer: Record<string, [Uint8Array, ZipOptions]> = {};
    const gedaan = new Set<string>();
    const wegKlein = new Set([...weg].map((n) => n.toLowerCase()));
    const nieuwPerNaam = new Map([...wijzigingen].map(([n, d]) => [n.replace(/^\//, "").toLowerCase(), d]));
    for (const ingang of this.ingangen) {
      const klein = ingang.naam.toLowerCase();
      if (wegKlein.has(klein)) continue;
      const nieuw = nieuwPerNaam.get(klein);
      const data = nieuw ?? alles[ingang.naam] ?? new Uint8Array(0);
      gedaan.add(klein);
      invoer[ingang.naam] = [data, { level: ingang.methode === 0 && !nieuw ? 0 : 6, mtime: VASTE_DATUM }];
    }
    for (const [naam, data] of wijzigingen) {
      const schoon = naam.replace(/^\//, "");
      if (gedaan.has(schoon.toLowerCase())) continue;
      invoer[schoon] = [data, { level: 6, mtime: VASTE_DATUM }];
    }
    return zipSync(invoer);
  }

  private alleOnderdelen(): Unzipped {
    try {
      return unzipSync(this.bytes);
    } catch (fout) {
      throw new PakketFout(zipMelding(fout));
    }
  }
}

function zipMelding(fout: unknown): string {
  const tekst = fout instanceof Error ? fout.message : String(fout);
  if (/unknown compression/i.test(tekst)) {
    return "het zip-archief gebruikt een compressiemethode die geen .xlsx-programma schrijft";
  }
  return "het zip-archief is beschadigd of onvolledig";
}

/** The .rels part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" -> "_rels/.rels". */
export function relsVan(onderdeel: string): string {
  const schoon = onderdeel.replace(/^\//, "");
  const i = schoon.lastIndexOf("/");
  return i < 0 ? `_rels/${schoon}.rels` : `${schoon.slice(0, i)}/_rels/${schoon.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against its source part: absolute ("/xl/x.xml") or relative. */
export function losOp(bron: string, doel: string): string {
  let pad = doel.split("#")[0];
  try {
    pad = decodeURI(pad);
  } catch {
    // keep as written
  }
  if (pad.startsWith("/")) return normaliseer(pad.slice(1));
  const schoon = bron.replace(/^\//, "");
  const map = schoon.includes("/") ? schoon.slice(0, schoon.lastIndexOf("/") + 1) : "";
  return normaliseer(map + pad);
}

function normaliseer(pad: string): string {
  const delen: string[] = [];
  for (const deel of pad.split("/")) {
    if (deel === "" || deel === ".") continue;
    if (deel === "..") delen.pop();
    else delen.push(deel);
  }
  return delen.join("/");
}

/** A relationship target for `doel` written relative to the source part `bron`. */
export function relatiefDoel(bron: string, doel: string): string {
  const van = bron.replace(/^\//, "").split("/").slice(0, -1);
  const naar = doel.replace(/^\//, "").split("/");
  let i = 0;
  while (i < van.length && i < naar.length - 1 && van[i] === naar[i]) i++;
  return [...van.slice(i).map(() => ".."), ...naar.slice(i)].join("/");
}
