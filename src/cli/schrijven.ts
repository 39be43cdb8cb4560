/**
 * The lossless copy: applies the engine's write plan (and new sheets) to the .xlsx package itself.
 * Only the cells the plan names are written, by splicing `<c>` elements into the sheet part's XML; every
 * other byte of that part stays, and every other part of the package is copied unchanged. Styles the
 * written cells need are appended to styles.xml (see stijlen.ts); new sheets add a part and entries in
 * workbook.xml, its relationships and [Content_Types].xml. docs/xlsx-kopie.md explains the choice.
 */
import type { Blad as SheetBlad, CelWaarde, NieuwBlad, SchrijfPlan } from "../sheet/types";
import { adres, kolomLetters, LAATSTE_KOLOM, noemCellen } from "../sheet/adres";
import {
  EIGEN_BLAD_NAAM,
  EIGEN_BLAD_VERWIJZING,
  doelInhoudVanBlad,
  eigenNamenVoorPlan,
  isEigenBladNaam,
  isEigenNaam,
  samengevoegdeDoelcellen,
  vindDoelConflicten,
  type GedefinieerdeNaam,
} from "../sheet/eigenKolommen";
import {
  AFDRUKTITELS,
  type BladNaam,
  aantalBladen,
  afdrukXml,
  afdruktitelsVerwijzing,
  genummerdeBladnaam,
  zetBladNamen,
} from "./afdruk";
import { cliBerichten } from "./berichten";
import { type BestaandeNaam, herschrijfNamen, leesNamenlijst } from "./namen";
import { InvoerFout, type Tabel, type Werkblad, type Werkmap, leesBereik, leesCelAdres } from "./lezen";
import { werkOpmaakBij } from "./opmaak";
import { relatiefDoel, relsVan } from "./pakket";
import { type StijlWijziging, Stijlen } from "./stijlen";
import {
  LEEG,
  OPEN,
  SLUIT,
  XmlScanner,
  alsBytes,
  attribuut,
  attributen,
  escapeAttribuut,
  escapeTekst,
  lokaal,
  pasSplitsingenToe,
  type Splitsing,
  naarBytes,
  ruwAttribuut,
  voorvoegsel,
} from "./xml";

/** Excel's limits: 16,384 columns (A..XFD) and 1,048,576 rows. */
export const MAX_KOLOM = LAATSTE_KOLOM;
export const MAX_RIJ = 1_048_576;

/** ARGB for a fill from "#RRGGBB". */
export function naarArgb(kleur: string): string {
  const hex = kleur.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : "FFFFFFFF";
}

/** What to do with one cell. `waarde` undefined = keep the value (and formula), change the style only. */
export interface CelOpdracht {
  waarde?: CelWaarde;
  stijl: StijlWijziging;
}

/** Everything the copy changes in one worksheet: 1-based rows, 0-based columns. */
export interface BladOpdrachten {
  cellen: Map<number, Map<number, CelOpdracht>>;
  /** Columns whose cells are removed entirely (value and style) before writing, in `wisRijen` only. */
  wissen: Set<number>;
  /** The plan's rows (header through last plan row, 1-based, inclusive): a cell below them stays. */
  wisRijen: { van: number; tot: number };
  /** Column widths to set (characters). */
  breedten: Map<number, number>;
}

function opdracht(o: BladOpdrachten, rij: number, kolom: number): CelOpdracht {
  let perRij = o.cellen.get(rij);
  if (!perRij) o.cellen.set(rij, (perRij = new Map()));
  let cel = perRij.get(kolom);
  if (!cel) perRij.set(kolom, (cel = { stijl: {} }));
  return cel;
}

/**
 * The write plan as cell operations, in the order the plan means them: clear the own columns of an
 * earlier run (in the plan's rows), write values (a written value loses an earlier fill) and number formats, give the
 * header cells the header style and the columns their width, then the trede fills.
 */
export function opdrachtenVoorPlan(plan: SchrijfPlan): BladOpdrachten {
  const o: BladOpdrachten = {
    cellen: new Map(),
    wissen: new Set(plan.teWissenKolommen),
    wisRijen: {
      van: plan.beginRij,
      tot: plan.beginRij + Math.max(plan.waarden.length, plan.formaten.length) - 1,
    },
    breedten: new Map(),
  };
  plan.waarden.forEach((rijWaarden, r) => {
    rijWaarden.forEach((waarde, c) => {
      const formaat = plan.formaten[r]?.[c] ?? null;
      if (waarde === null && formaat === null) return;
      const cel = opdracht(o, plan.beginRij + r, plan.beginKolom + c);
      if (waarde !== null) {
        cel.waarde = waarde;
        cel.stijl.wisVulling = true;
      }
      if (formaat !== null) cel.stijl.numFmt = formaat;
    });
  });
  for (const kolom of plan.kolommen) {
    opdracht(o, plan.beginRij, kolom.kolom).stijl.kop = true;
    o.breedten.set(kolom.kolom, kolom.breedte);
  }
  for (const v of plan.opvullingen) opdracht(o, v.rij, v.kolom).stijl.vulling = naarArgb(v.kleur);
  return o;
}

/** The largest column and row the operations touch. */
function grenzen(o: BladOpdrachten): { kolom: number; rij: number } {
  let kolom = -1;
  let rij = 0;
  for (const [r, perRij] of o.cellen) {
    rij = Math.max(rij, r);
    for (const k of perRij.keys()) kolom = Math.max(kolom, k);
  }
  for (const k of o.breedten.keys()) kolom = Math.max(kolom, k);
  return { kolom, rij };
}

// ---------------------------------------------------------------------------------------------------
// Cells

function heeftStijlWijziging(w: StijlWijziging): boolean {
  return w.numFmt !== undefined || w.wisVulling === true || w.vulling !== undefined || w.kop === true;
}

/** A `<c>` element for a value (inline string, number, boolean), as a byte string. */
export function celXml(p: string, ref: string, stijl: number, waarde: CelWaarde): string {
  const s = stijl > 0 ? ` s="${stijl}"` : "";
  if (waarde === null || waarde === "") return `<${p}c r="${ref}"${s}/>`;
  if (typeof waarde === "number") {
    if (!Number.isFinite(waarde)) return `<${p}c r="${ref}"${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${s}><${p}v>${Object.is(waarde, -0) ? 0 : waarde}</${p}v></${p}c>`;
  }
  if (typeof waarde === "boolean")
    return `<${p}c r="${ref}"${s} t="b"><${p}v>${waarde ? 1 : 0}</${p}v></${p}c>`;
  const ruimte = /^\s|\s$|\s\s|[\t\n\r]/.test(waarde) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${ruimte}>${alsBytes(escapeTekst(waarde))}</${p}t></${p}is></${p}c>`;
}

interface Formule {
  ref: string;
  type: string | null;
  bereik: string | null;
  si: string | null;
}

interface BestaandeCel {
  kolom: number;
  begin: number;
  eind: number;
  openEind: number;
  attrBegin: number;
  attrEind: number;
  heeftR: boolean;
  stijl: number;
  formule: Formule | null;
}

interface Rij {
  r: number;
  begin: number;
  openEind: number;
  /** Offset of "</row>" (= openEind for an empty element). */
  sluitBegin: number;
  eind: number;
  leeg: boolean;
  heeftR: boolean;
  attrBegin: number;
  attrEind: number;
}

function leesCellenVanRij(tekst: string, rij: Rij): BestaandeCel[] {
  const cellen: BestaandeCel[] = [];
  if (rij.leeg) return cellen;
  const s = new XmlScanner(tekst, rij.openEind, rij.sluitBegin);
  let kolom = -1;
  while (s.volgende()) {
    if (s.soort === SLUIT) continue;
    if (lokaal(s.naam) !== "c") {
      if (s.soort === OPEN) s.slaOver();
      continue;
    }
    const r = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "r");
    const plek = r ? leesCelAdres(tekst.slice(r[0], r[1])) : null;
    kolom = plek ? plek[1] : kolom + 1;
    const st = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "s");
    const cel: BestaandeCel = {
      kolom,
      begin: s.begin,
      eind: s.eind,
      openEind: s.eind,
      attrBegin: s.attrBegin,
      attrEind: s.attrEind,
      heeftR: r !== null,
      stijl: st ? Number(tekst.slice(st[0], st[1])) || 0 : 0,
      formule: null,
    };
    if (s.soort === OPEN) {
      let diepte = 1;
      while (s.volgende()) {
        if (s.soort === SLUIT) {
          if (--diepte === 0) break;
          continue;
        }
        if (lokaal(s.naam) === "f") {
          cel.formule = {
            ref: adres(rij.r, kolom),
            type: attribuut(tekst, s.attrBegin, s.attrEind, "t"),
            bereik: attribuut(tekst, s.attrBegin, s.attrEind, "ref"),
            si: attribuut(tekst, s.attrBegin, s.attrEind, "si"),
          };
        }
        if (s.soort === OPEN) diepte++;
      }
      cel.eind = s.eind;
    }
    cellen.push(cel);
  }
  return cellen;
}

/** A start tag with one attribute set (replaced in place, or added after the element name). */
function zetAttribuut(tag: string, naam: string, waarde: string): string {
  const r = ruwAttribuut(tag, 0, tag.length, naam);
  if (r) return tag.slice(0, r[0]) + waarde + tag.slice(r[1]);
  const m = /^<[^\s/>]+/.exec(tag)!;
  return `${m[0]} ${naam}="${waarde}"${tag.slice(m[0].length)}`;
}

interface Kolom {
  min: number;
  max: number;
  attrs: Map<string, string>;
  /** Raw element while unchanged. */
  raw: string | null;
}

interface Blad {
  tekst: string;
  p: string;
  rijen: Rij[];
  dimensie: { begin: number; eind: number } | null;
  kolommen: { begin: number; eind: number; items: Kolom[] } | null;
  data: { begin: number; openEind: number; sluitBegin: number; eind: number; leeg: boolean } | null;
}

function leesStructuur(tekst: string): Blad {
  const blad: Blad = { tekst, p: "", rijen: [], dimensie: null, kolommen: null, data: null };
  const s = new XmlScanner(tekst);
  let diepte = 0;
  let vorige = 0;
  while (s.volgende()) {
    if (s.soort === SLUIT) {
      diepte--;
      continue;
    }
    if (diepte === 0) {
      if (s.soort === OPEN) diepte = 1;
      continue;
    }
    const naam = lokaal(s.naam);
    if (naam === "dimension") {
      blad.dimensie = { begin: s.begin, eind: s.eind };
      if (s.soort === OPEN) s.slaOver();
    } else if (naam === "cols") {
      const begin = s.begin;
      const items: Kolom[] = [];
      if (s.soort === OPEN) {
        while (s.volgende()) {
          if (s.soort === SLUIT) break;
          const b = s.begin;
          const a = attributen(tekst, s.attrBegin, s.attrEind);
          if (s.soort === OPEN) s.slaOver();
          items.push({
            min: Number(a.get("min")),
            max: Number(a.get("max")),
            attrs: a,
            raw: tekst.slice(b, s.eind),
          });
        }
      }
      blad.kolommen = { begin, eind: s.eind, items };
    } else if (naam === "sheetData") {
      blad.p = voorvoegsel(s.naam);
      const data = {
        begin: s.begin,
        openEind: s.eind,
        sluitBegin: s.eind,
        eind: s.eind,
        leeg: s.soort === LEEG,
      };
      if (s.soort === OPEN) {
        while (s.volgende()) {
          if (s.soort === SLUIT) {
            data.sluitBegin = s.begin;
            data.eind = s.eind;
            break;
          }
          if (lokaal(s.naam) !== "row") {
            if (s.soort === OPEN) s.slaOver();
            continue;
          }
          const r = ruwAttribuut(tekst, s.attrBegin, s.attrEind, "r");
          const nummer = r ? Number(tekst.slice(r[0], r[1])) : vorige + 1;
          vorige = nummer;
          const rij: Rij = {
            r: nummer,
            begin: s.begin,
            openEind: s.eind,
            sluitBegin: s.eind,
            eind: s.eind,
            leeg: s.soort === LEEG,
            heeftR: r !== null,
            attrBegin: s.attrBegin,
            attrEind: s.attrEind,
          };
          if (s.soort === OPEN) {
            rij.sluitBegin = s.slaOver();
            rij.eind = s.eind;
          }
          blad.rijen.push(rij);
        }
      }
      blad.data = data;
    } else if (s.soort === OPEN) s.slaOver();
  }
  return blad;
}

/** Base style of a cell that does not exist yet: the row's style (customFormat), else the column's. */
function geerfdeStijl(blad: Blad, rij: Rij | undefined, kolom: number): number {
  if (rij) {
    const cf = attribuut(blad.tekst, rij.attrBegin, rij.attrEind, "customFormat");
    const s = attribuut(blad.tekst, rij.attrBegin, rij.attrEind, "s");
    if ((cf === "1" || cf === "true") && s !== null) return Number(s) || 0;
  }
  for (const k of blad.kolommen?.items ?? []) {
    if (kolom + 1 >= k.min && kolom + 1 <= k.max) return Number(k.attrs.get("style") ?? 0) || 0;
  }
  return 0;
}

export interface BladUitkomst {
  tekst: string;
  /** A1 addresses of cells whose formula was removed (for calcChain). */
  verwijderdeFormules: string[];
}

/**
 * Applies the operations to a worksheet part (byte string). Cells and rows that are not named keep
 * their bytes; rows stay sorted and cells within a row too.
 */
export function herschrijfBlad(
  tekst: string,
  o: BladOpdrachten,
  stijlen: Stijlen,
  pad: string,
): BladUitkomst {
  const blad = leesStructuur(tekst);
  const p = blad.p;
  const splitsingen: Splitsing[] = [];
  const verwijderd: Formule[] = [];
  const overschreven = new Set<string>();
  let minRij = Infinity;
  let maxRij = -Infinity;
  let minKolom = Infinity;
  let maxKolom = -Infinity;
  const geschreven = (rij: number, kolom: number): void => {
    minRij = Math.min(minRij, rij);
    maxRij = Math.max(maxRij, rij);
    minKolom = Math.min(minKolom, kolom);
    maxKolom = Math.max(maxKolom, kolom);
  };

  const bestaand = new Map(blad.rijen.map((r) => [r.r, r]));
  const zonderR = blad.rijen.some((r) => !r.heeftR);

  /** The new XML of one row, or null when nothing in it changes. */
  const nieuweRij = (rij: Rij | undefined, nummer: number): string | null => {
    const ops = o.cellen.get(nummer) ?? new Map<number, CelOpdracht>();
    const cellen = rij ? leesCellenVanRij(tekst, rij) : [];
    const bestaandeKolommen = new Set(cellen.map((c) => c.kolom));
    let veranderd = false;
    const delen: { kolom: number; xml: string }[] = [];
    for (const cel of cellen) {
      const op = ops.get(cel.kolom);
      const gewist = o.wissen.has(cel.kolom) && nummer >= o.wisRijen.van && nummer <= o.wisRijen.tot;
      const raw = () => {
        const ruw = tekst.slice(cel.begin, cel.eind);
        return cel.heeftR ? ruw : zetAttribuut(ruw, "r", adres(nummer, cel.kolom));
      };
      if (!op && !gewist) {
        if (!cel.heeftR) veranderd = true;
        delen.push({ kolom: cel.kolom, xml: raw() });
        continue;
      }
      const basis = gewist ? 0 : cel.stijl;
      const stijl = op && heeftStijlWijziging(op.stijl) ? stijlen.xfVoor(basis, op.stijl) : basis;
      if (!op) {
        // Cleared: the cell goes, value and style.
        veranderd = true;
        if (cel.formule) verwijderd.push(cel.formule);
        overschreven.add(`${nummer}:${cel.kolom}`);
        continue;
      }
      geschreven(nummer, cel.kolom);
      if (op.waarde === undefined) {
        if (gewist) {
          veranderd = true;
          if (cel.formule) verwijderd.push(cel.formule);
          overschreven.add(`${nummer}:${cel.kolom}`);
          if (stijl !== 0)
            delen.push({ kolom: cel.kolom, xml: celXml(p, adres(nummer, cel.kolom), stijl, "") });
          continue;
        }
        if (stijl === cel.stijl && cel.heeftR) {
          delen.push({ kolom: cel.kolom, xml: raw() });
          continue;
        }
        veranderd = true;
        const ruw = raw();
        const eindOpen = cel.openEind - cel.begin + (ruw.length - (cel.eind - cel.begin));
        const open = zetAttribuut(ruw.slice(0, eindOpen), "s", String(stijl));
        delen.push({ kolom: cel.kolom, xml: open + ruw.slice(eindOpen) });
        continue;
      }
      const xml =
        op.waarde === "" && stijl === 0 ? "" : celXml(p, adres(nummer, cel.kolom), stijl, op.waarde);
      const ruw = tekst.slice(cel.begin, cel.eind);
      if (xml !== ruw) {
        veranderd = true;
        if (cel.formule) verwijderd.push(cel.formule);
        overschreven.add(`${nummer}:${cel.kolom}`);
      }
      if (xml !== "") delen.push({ kolom: cel.kolom, xml });
    }
    for (const [kolom, op] of ops) {
      if (bestaandeKolommen.has(kolom)) continue;
      const basis = geerfdeStijl(blad, rij, kolom);
      const stijl = heeftStijlWijziging(op.stijl) ? stijlen.xfVoor(basis, op.stijl) : basis;
      geschreven(nummer, kolom);
      if ((op.waarde === undefined || op.waarde === "" || op.waarde === null) && stijl === 0) continue;
      veranderd = true;
      delen.push({ kolom, xml: celXml(p, adres(nummer, kolom), stijl, op.waarde ?? "") });
    }
    if (!veranderd && !(rij && !rij.heeftR && zonderR)) return null;
    // Keep the existing order of cells; a new cell goes before the first cell right of it.
    const nieuw = delen.filter((d) => !bestaandeKolommen.has(d.kolom)).sort((a, b) => a.kolom - b.kolom);
    const oud = delen.filter((d) => bestaandeKolommen.has(d.kolom));
    const samen: string[] = [];
    let i = 0;
    for (const d of oud) {
      while (i < nieuw.length && nieuw[i].kolom < d.kolom) samen.push(nieuw[i++].xml);
      samen.push(d.xml);
    }
    while (i < nieuw.length) samen.push(nieuw[i++].xml);
    const kolommen = delen.map((d) => d.kolom + 1);
    let open = rij
      ? tekst.slice(rij.begin, rij.leeg ? rij.attrEind : rij.openEind)
      : `<${p}row r="${nummer}"`;
    if (rij && rij.leeg) open += ">";
    if (!rij) open += ">";
    if (rij && !rij.heeftR) open = zetAttribuut(open, "r", String(nummer));
    const spans = attribuut(open, 0, open.length, "spans");
    if (spans !== null && kolommen.length > 0) {
      const bereiken = spans.split(/\s+/).map((d) => d.split(":").map(Number));
      const binnen = kolommen.every((k) => bereiken.some(([a, b]) => k >= a && k <= (b ?? a)));
      if (!binnen) open = zetAttribuut(open, "spans", `${Math.min(...kolommen)}:${Math.max(...kolommen)}`);
    }
    if (samen.length === 0 && rij && rij.leeg) return `${open.slice(0, -1)}/>`;
    return `${open}${samen.join("")}</${p}row>`;
  };

  const teDoen = new Set<number>(o.cellen.keys());
  for (const r of blad.rijen) {
    if (zonderR || (o.wissen.size > 0 && r.r >= o.wisRijen.van && r.r <= o.wisRijen.tot)) teDoen.add(r.r);
  }
  const nieuweRijen: { nummer: number; xml: string }[] = [];
  for (const nummer of [...teDoen].sort((a, b) => a - b)) {
    const rij = bestaand.get(nummer);
    const xml = nieuweRij(rij, nummer);
    if (xml === null) continue;
    if (rij) splitsingen.push({ begin: rij.begin, eind: rij.eind, tekst: xml });
    else nieuweRijen.push({ nummer, xml });
  }
  if (nieuweRijen.length > 0) {
    if (!blad.data)
      throw new InvoerFout(cliBerichten.kopieOnmogelijk(pad, "het werkblad heeft geen <sheetData>"));
    const data = blad.data;
    const gesorteerd = [...blad.rijen].sort((a, b) => a.r - b.r);
    let j = 0;
    const perPlek = new Map<number, string[]>();
    for (const n of nieuweRijen) {
      while (j < gesorteerd.length && gesorteerd[j].r < n.nummer) j++;
      const plek = j < gesorteerd.length ? gesorteerd[j].begin : data.sluitBegin;
      perPlek.set(plek, [...(perPlek.get(plek) ?? []), n.xml]);
    }
    if (data.leeg) {
      const open = tekst.slice(data.begin, data.eind).replace(/\s*\/>$/, ">");
      const inhoud = [...perPlek.values()].flat().join("");
      splitsingen.push({ begin: data.begin, eind: data.eind, tekst: `${open}${inhoud}</${p}sheetData>` });
    } else {
      for (const [plek, xmls] of perPlek) splitsingen.push({ begin: plek, eind: plek, tekst: xmls.join("") });
    }
  }

  controleerFormules(tekst, blad, verwijderd, overschreven, pad);

  // <dimension ref>: grow to cover the written cells.
  if (blad.dimensie && minRij <= maxRij) {
    const tag = tekst.slice(blad.dimensie.begin, blad.dimensie.eind);
    const oud = leesBereik(attribuut(tag, 0, tag.length, "ref") ?? "");
    const r1 = Math.min(minRij, oud?.r1 ?? minRij);
    const r2 = Math.max(maxRij, oud?.r2 ?? maxRij);
    const c1 = Math.min(minKolom, oud?.c1 ?? minKolom);
    const c2 = Math.max(maxKolom, oud?.c2 ?? maxKolom);
    const ref = r1 === r2 && c1 === c2 ? adres(r1, c1) : `${adres(r1, c1)}:${adres(r2, c2)}`;
    const nieuw = zetAttribuut(tag, "ref", ref);
    if (nieuw !== tag)
      splitsingen.push({ begin: blad.dimensie.begin, eind: blad.dimensie.eind, tekst: nieuw });
  }

  const kolommen = nieuweKolommen(blad, o.breedten);
  if (kolommen !== null) {
    if (blad.kolommen)
      splitsingen.push({ begin: blad.kolommen.begin, eind: blad.kolommen.eind, tekst: kolommen });
    else if (blad.data) splitsingen.push({ begin: blad.data.begin, eind: blad.data.begin, tekst: kolommen });
  }

  return {
    tekst: splitsingen.length ? pasSplitsingenToe(tekst, splitsingen) : tekst,
    verwijderdeFormules: verwijderd.map((f) => f.ref),
  };
}

/**
 * A shared or array formula whose defining cell is overwritten while other cells of it stay would leave
 * those cells without their formula (Excel then calls the file damaged): refuse with a clear message.
 */
function controleerFormules(
  tekst: string,
  blad: Blad,
  verwijderd: Formule[],
  overschreven: Set<string>,
  pad: string,
): void {
  for (const f of verwijderd) {
    if ((f.type === "array" || f.type === "dataTable") && f.bereik) {
      const b = leesBereik(f.bereik);
      if (!b) continue;
      for (let r = b.r1; r <= b.r2; r++)
        for (let k = b.c1; k <= b.c2; k++)
          if (!overschreven.has(`${r}:${k}`))
            throw new InvoerFout(cliBerichten.formuleInDeWeg(pad, f.ref, f.bereik));
    }
    if (f.type === "shared" && f.bereik && f.si !== null) {
      const b = leesBereik(f.bereik);
      if (!b) continue;
      for (const rij of blad.rijen) {
        if (rij.r < b.r1 || rij.r > b.r2) continue;
        for (const cel of leesCellenVanRij(tekst, rij)) {
          if (
            cel.formule?.type === "shared" &&
            cel.formule.si === f.si &&
            !overschreven.has(`${rij.r}:${cel.kolom}`)
          )
            throw new InvoerFout(cliBerichten.formuleInDeWeg(pad, f.ref, f.bereik));
        }
      }
    }
  }
}

/** The new <cols> element with the widths set, or null when every width is already right. */
function nieuweKolommen(blad: Blad, breedten: Map<number, number>): string | null {
  if (breedten.size === 0) return null;
  const p = blad.p;
  let items: Kolom[] = blad.kolommen ? [...blad.kolommen.items] : [];
  let veranderd = false;
  for (const [kolom, breedte] of [...breedten].sort((a, b) => a[0] - b[0])) {
    const k = kolom + 1;
    const i = items.findIndex((c) => k >= c.min && k <= c.max);
    const gewenst = String(breedte);
    if (i >= 0) {
      const c = items[i];
      const cw = c.attrs.get("customWidth");
      if (c.attrs.get("width") === gewenst && (cw === "1" || cw === "true")) continue;
      const kopie = (min: number, max: number): Kolom => {
        const attrs = new Map(c.attrs);
        attrs.set("min", String(min));
        attrs.set("max", String(max));
        return { min, max, attrs, raw: null };
      };
      const midden = kopie(k, k);
      midden.attrs.set("width", gewenst);
      midden.attrs.set("customWidth", "1");
      const vervanging = [
        ...(c.min < k ? [kopie(c.min, k - 1)] : []),
        midden,
        ...(c.max > k ? [kopie(k + 1, c.max)] : []),
      ];
      items = [...items.slice(0, i), ...vervanging, ...items.slice(i + 1)];
    } else {
      const attrs = new Map([
        ["min", String(k)],
        ["max", String(k)],
        ["width", gewenst],
        ["customWidth", "1"],
      ]);
      const j = items.findIndex((c) => c.min > k);
      const nieuw: Kolom = { min: k, max: k, attrs, raw: null };
      items = j < 0 ? [...items, nieuw] : [...items.slice(0, j), nieuw, ...items.slice(j)];
    }
    veranderd = true;
  }
  if (!veranderd) return null;
  const open = blad.kolommen
    ? blad.tekst
        .slice(blad.kolommen.begin, blad.tekst.indexOf(">", blad.kolommen.begin) + 1)
        .replace(/\s*\/>$/, ">")
    : `<${p}cols>`;
  const inhoud = items
    .map(
      (c) =>
        c.raw ??
        `<${p}col${[...c.attrs].map(([n, v]) => ` ${n}="${alsBytes(escapeAttribuut(v))}"`).join("")}/>`,
    )
    .join("");
  return `${open}${inhoud}</${p}cols>`;
}

// ---------------------------------------------------------------------------------------------------
// Package-level: styles, calcChain, new sheets, content types

const RELATIE_TYPE = {
  transitioneel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strikt: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};
const HOOFD_NS = {
  transitioneel: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strikt: "http://purl.oclc.org/ooxml/spreadsheetml/main",
};
const CT_WERKBLAD = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STIJLEN = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const XML_KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Adds a Relationship to a .rels part (byte string, or null for a new one); returns text and id. */
function voegRelatieToe(rels: string | null, type: string, doel: string): { tekst: string; id: string } {
  const tekst =
    rels ??
    `${XML_KOP}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set<string>();
  const s = new XmlScanner(tekst);
  let p = "";
  let sluit = -1;
  let leegBegin = -1;
  let leegEind = -1;
  while (s.volgende()) {
    const naam = lokaal(s.naam);
    if (naam === "Relationships") {
      p = voorvoegsel(s.naam);
      if (s.soort === SLUIT) sluit = s.begin;
      if (s.soort === LEEG) {
        leegBegin = s.begin;
        leegEind = s.eind;
      }
    } else if (naam === "Relationship") {
      const id = attribuut(tekst, s.attrBegin, s.attrEind, "Id");
      if (id) ids.add(id);
    }
  }
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${alsBytes(escapeAttribuut(doel))}"/>`;
  if (leegBegin >= 0) {
    const open = tekst.slice(leegBegin, leegEind).replace(/\s*\/>$/, ">");
    return {
      tekst: tekst.slice(0, leegBegin) + open + rel + `</${p}Relationships>` + tekst.slice(leegEind),
      id,
    };
  }
  return { tekst: tekst.slice(0, sluit) + rel + tekst.slice(sluit), id };
}

/** Adds an Override for a part to [Content_Types].xml (byte string). */
function voegInhoudstypeToe(types: string, onderdeel: string, inhoudstype: string): string {
  const s = new XmlScanner(types);
  let sluit = -1;
  let p = "";
  while (s.volgende()) {
    if (lokaal(s.naam) === "Types" && s.soort === SLUIT) {
      sluit = s.begin;
      p = voorvoegsel(s.naam);
    }
  }
  const naam = `/${onderdeel.replace(/^\//, "")}`;
  return `${types.slice(0, sluit)}<${p}Override PartName="${alsBytes(escapeAttribuut(naam))}" ContentType="${inhoudstype}"/>${types.slice(sluit)}`;
}

/** Removes the entries of given cells of one sheet from calcChain.xml; null when it would be empty. */
function zonderKetenCellen(keten: string, sheetId: number, cellen: Set<string>): string | null {
  const s = new XmlScanner(keten);
  const splitsingen: Splitsing[] = [];
  let huidig = 0;
  let over = 0;
  let erfI: string | null = null;
  while (s.volgende()) {
    if (lokaal(s.naam) !== "c" || s.soort === SLUIT) continue;
    const i = attribuut(keten, s.attrBegin, s.attrEind, "i");
    if (i !== null) huidig = Number(i);
    const r = attribuut(keten, s.attrBegin, s.attrEind, "r") ?? "";
    const begin = s.begin;
    if (s.soort === OPEN) s.slaOver();
    if (huidig === sheetId && cellen.has(r.replace(/\$/g, "").toUpperCase())) {
      splitsingen.push({ begin, eind: s.eind, tekst: "" });
      if (i !== null) erfI = i;
      continue;
    }
    over++;
    if (erfI !== null && i === null) {
      // This entry inherited "i" from a removed one: give it explicitly.
      const tag = keten.slice(begin, s.eind);
      splitsingen.push({ begin, eind: s.eind, tekst: zetAttribuut(tag, "i", erfI) });
    }
    erfI = null;
  }
  if (over === 0) return null;
  return splitsingen.length ? pasSplitsingenToe(keten, splitsingen) : keten;
}

/** A worksheet part for a new sheet (values, number formats, column widths). */
function nieuwBladXml(blad: NieuwBlad, stijlen: Stijlen, ns: string): string {
  const rijen: string[] = [];
  let maxKolom = 0;
  blad.waarden.forEach((rij, r) => {
    const cellen: string[] = [];
    rij.forEach((waarde, c) => {
      const formaat = blad.formaten[r]?.[c] ?? null;
      const stijl = formaat !== null ? stijlen.xfVoor(0, { numFmt: formaat }) : 0;
      if ((waarde === "" || waarde === null) && stijl === 0) return;
      maxKolom = Math.max(maxKolom, c);
      cellen.push(celXml("", adres(r + 1, c), stijl, waarde));
    });
    if (cellen.length) rijen.push(`<row r="${r + 1}">${cellen.join("")}</row>`);
  });
  const dimensie = rijen.length ? `A1:${kolomLetters(maxKolom)}${blad.waarden.length}` : "A1";
  const kolommen = blad.kolombreedten.length
    ? `<cols>${blad.kolombreedten.map((b, c) => `<col min="${c + 1}" max="${c + 1}" width="${b}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const afdruk = afdrukXml(blad.afdruk);
  return (
    `${XML_KOP}<worksheet xmlns="${ns}">${afdruk.sheetPr}<dimension ref="${dimensie}"/>${kolommen}` +
    `<sheetData>${rijen.join("")}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${afdruk.naMarges}</worksheet>`
  );
}

/**
 * Refuses a plan that would write where the user has something, before any copy is made: a value (also
 * spaces, 0, ONWAAR), a formula without a value, or any cell of a merged range, outside the add-in's own
 * columns. The engine's plan never does (it moves its block past such cells); this is the last check,
 * with the same rule as the Excel adapter's. Throws InvoerFout (exit code 2) naming the cells.
 */
export function controleerPlan(
  plan: SchrijfPlan,
  blad: SheetBlad,
  uitvoer: string,
  tabellen: readonly Tabel[] = [],
): void {
  const samengevoegd = samengevoegdeDoelcellen(plan, blad.samengevoegd ?? []);
  if (samengevoegd.length > 0) {
    throw new InvoerFout(cliBerichten.doelcellenSamengevoegd(uitvoer, plan.blad, noemCellen(samengevoegd)));
  }
  const bezet = [
    ...new Set([
      ...plan.conflicten.map((c) => c.cel),
      ...vindDoelConflicten(plan, doelInhoudVanBlad(plan, blad)),
    ]),
  ];
  if (bezet.length > 0)
    throw new InvoerFout(cliBerichten.doelcellenBezet(uitvoer, plan.blad, noemCellen(bezet)));
  for (const tabel of tabellen) {
    const koppen = geraakteTabelkoppen(plan, blad, tabel);
    if (koppen.length > 0)
      throw new InvoerFout(cliBerichten.tabelkopGeraakt(uitvoer, plan.blad, tabel.naam, noemCellen(koppen)));
  }
}

/**
 * The header cells of a table that the plan would change (write another text, or clear). A table's
 * header cells must hold its column names (table part), else Excel calls the file damaged and drops the
 * table; so the copy is refused rather than the table part rewritten. Own columns are written right of
 * the table's last header cell, so this only happens when a table was widened over them.
 */
export function geraakteTabelkoppen(plan: SchrijfPlan, blad: SheetBlad, tabel: Tabel): string[] {
  if (tabel.kopRijen < 1) return [];
  const rij = tabel.bereik.r1;
  const o = opdrachtenVoorPlan(plan);
  const uit: string[] = [];
  const huidig = (kolom: number): string => {
    const w = blad.waarden[rij - 1 - (blad.beginRij ?? 0)]?.[kolom - (blad.beginKolom ?? 0)];
    return w === undefined || w === null ? "" : String(w);
  };
  for (let kolom = tabel.bereik.c1; kolom <= tabel.bereik.c2; kolom++) {
    const waarde = o.cellen.get(rij)?.get(kolom)?.waarde;
    const gewist = o.wissen.has(kolom) && rij >= o.wisRijen.van && rij <= o.wisRijen.tot;
    const nieuw = waarde !== undefined ? (waarde === null ? "" : String(waarde)) : gewist ? "" : null;
    if (nieuw !== null && nieuw !== huidig(kolom)) uit.push(adres(rij, kolom));
  }
  return uit;
}

/**
 * workbook.xml with the add-in's record of its columns on one sheet: exactly `gewenst` among the hidden
 * "_IBT_..." names scoped to that sheet (localSheetId `positie`). Names that are already right keep their
 * bytes, so a second run changes nothing; other names are never touched. A missing <definedNames> is
 * added where the schema wants it (after <sheets>, <functionGroups> and <externalReferences>).
 */
export function werkEigenNamenBij(
  tekst: string,
  positie: number,
  gewenst: readonly GedefinieerdeNaam[],
): string {
  const lijst = leesNamenlijst(tekst);
  // Exactly the column record: the user's names (also "_IBT_mijn") and a sheet marker stay.
  const eigen = (n: string): boolean => isEigenNaam(n) && !isEigenBladNaam(n);
  const vanBlad = lijst.namen.filter((b) => eigen(b.naam) && b.blad === String(positie));
  const blijft = (b: BestaandeNaam): boolean =>
    b.verborgen &&
    gewenst.some((g) => g.naam.toLowerCase() === b.naam.toLowerCase() && g.verwijzing === b.verwijzing);
  const weg = vanBlad.filter((b) => !blijft(b));
  const erbij = gewenst
    .filter((g) => !vanBlad.some((b) => blijft(b) && b.naam.toLowerCase() === g.naam.toLowerCase()))
    .map((g) => ({ naam: g.naam, verwijzing: g.verwijzing, verborgen: true }));
  return herschrijfNamen(tekst, lijst, positie, weg, erbij);
}

export interface KopieUitkomst {
  bytes: Uint8Array;
  /** Parts whose contents changed, were added or removed (for reports and tests). */
  gewijzigd: string[];
  toegevoegd: string[];
  verwijderd: string[];
}

/**
 * The copy of the workbook with the plan applied to `werkblad` and the new sheets added (the add-in's
 * own sheet with the same name, marked "_IBT_Blad", is replaced; a user's sheet with that name stays and
 * the new one is numbered: kiesNieuweBladnaam). Refuses (InvoerFout, Dutch) what it cannot copy without loss.
 */
export function schrijfKopie(
  werkmap: Werkmap,
  werkblad: Werkblad | null,
  plan: SchrijfPlan | null,
  nieuweBladen: NieuwBlad[] = [],
): KopieUitkomst {
  const pad = werkmap.pad;
  if (werkmap.heeftMacros) throw new InvoerFout(cliBerichten.macroWerkmap(pad));
  if (!werkmap.isGewoneWerkmap)
    throw new InvoerFout(cliBerichten.geenGewoneWerkmap(pad, werkmap.inhoudstype));
  const pakket = werkmap.pakket;
  const wijzigingen = new Map<string, string>();
  const verwijderd = new Set<string>();
  const toegevoegd: string[] = [];

  const stijlDeel = werkmap.onderdeelVan(/\/styles$/);
  const stijlen = new Stijlen(stijlDeel === null ? null : pakket.leesTekst(stijlDeel));
  const strikt = /purl\.oclc\.org/.test(pakket.leesTekst(werkmap.werkboekOnderdeel)!.slice(0, 2000));
  const relType = strikt ? RELATIE_TYPE.strikt : RELATIE_TYPE.transitioneel;

  const leesGewijzigd = (deel: string): string | null => wijzigingen.get(deel) ?? pakket.leesTekst(deel);

  if (werkblad && plan) {
    const o = opdrachtenVoorPlan(plan);
    const g = grenzen(o);
    if (g.kolom > MAX_KOLOM || g.rij > MAX_RIJ) {
      throw new InvoerFout(cliBerichten.geenRuimte(pad, werkblad.name, plan.kolommen.length));
    }
    const bron = pakket.leesTekst(werkblad.onderdeel)!;
    const uit = herschrijfBlad(bron, o, stijlen, pad);
    // The colour scale of IBT Verhouding and the header notes (replacing the add-in's own, see opmaak.ts).
    const metOpmaak = werkOpmaakBij(uit.tekst, plan);
    if (metOpmaak !== bron) wijzigingen.set(werkblad.onderdeel, metOpmaak);
    // The record of the add-in's columns on this sheet (hidden names), so that the next run knows them.
    if (plan.kolommen.length > 0) {
      const boek = leesGewijzigd(werkmap.werkboekOnderdeel)!;
      const nieuwBoek = werkEigenNamenBij(boek, werkblad.positie, eigenNamenVoorPlan(plan));
      if (nieuwBoek !== boek) wijzigingen.set(werkmap.werkboekOnderdeel, nieuwBoek);
    }
    const keten = werkmap.onderdeelVan(/\/calcChain$/);
    if (keten !== null && uit.verwijderdeFormules.length > 0) {
      const nieuw = zonderKetenCellen(
        pakket.leesTekst(keten)!,
        werkblad.sheetId,
        new Set(uit.verwijderdeFormules),
      );
      if (nieuw === null) {
        verwijderKeten(werkmap, keten, wijzigingen, verwijderd);
      } else if (nieuw !== pakket.leesTekst(keten)) wijzigingen.set(keten, nieuw);
    }
  }

  const ns = strikt ? HOOFD_NS.strikt : HOOFD_NS.transitioneel;
  for (const nieuwBlad of nieuweBladen) {
    // The first of "naam", "naam (2)", ... that is free or the add-in's own (marked "_IBT_Blad"): a
    // user's sheet with that name is kept, the add-in's own is replaced in place.
    const { naam, bestaand } = kiesNieuweBladnaam(werkmap, nieuwBlad.naam);
    const blad = naam === nieuwBlad.naam ? nieuwBlad : { ...nieuwBlad, naam };
    const xml = alsBytes(nieuwBladXml(blad, stijlen, ns));
    if (bestaand) {
      wijzigingen.set(bestaand.onderdeel, xml);
      const boek = leesGewijzigd(werkmap.werkboekOnderdeel)!;
      const nieuwBoek = zetBladNamen(
        boek,
        bestaand.positie,
        [EIGEN_BLAD_NAAM, AFDRUKTITELS],
        bladNamen(blad),
      );
      if (nieuwBoek !== boek) wijzigingen.set(werkmap.werkboekOnderdeel, nieuwBoek);
      continue;
    }
    const map = werkmap.worksheets[0]?.onderdeel.replace(/[^/]*$/, "") ?? "xl/worksheets/";
    let n = 1;
    while (pakket.heeft(`${map}sheet${n}.xml`) || wijzigingen.has(`${map}sheet${n}.xml`)) n++;
    const deel = `${map}sheet${n}.xml`;
    wijzigingen.set(deel, xml);
    toegevoegd.push(deel);
    const relsDeel = relsVan(werkmap.werkboekOnderdeel);
    const rel = voegRelatieToe(
      leesGewijzigd(relsDeel),
      `${relType}/worksheet`,
      relatiefDoel(werkmap.werkboekOnderdeel, deel),
    );
    wijzigingen.set(relsDeel, rel.tekst);
    wijzigingen.set(
      "[Content_Types].xml",
      voegInhoudstypeToe(leesGewijzigd("[Content_Types].xml")!, deel, CT_WERKBLAD),
    );
    const boek = leesGewijzigd(werkmap.werkboekOnderdeel)!;
    const positie = aantalBladen(boek);
    wijzigingen.set(
      werkmap.werkboekOnderdeel,
      zetBladNamen(
        voegBladToeAanWerkboek(boek, blad.naam, rel.id, relType, werkmap),
        positie,
        [EIGEN_BLAD_NAAM, AFDRUKTITELS],
        bladNamen(blad),
      ),
    );
  }

  const nieuweStijlen = stijlen.resultaat();
  if (nieuweStijlen !== null) {
    if (stijlDeel !== null) wijzigingen.set(stijlDeel, nieuweStijlen);
    else {
      const deel = werkmap.werkboekOnderdeel.replace(/[^/]*$/, "") + "styles.xml";
      wijzigingen.set(deel, nieuweStijlen);
      toegevoegd.push(deel);
      const relsDeel = relsVan(werkmap.werkboekOnderdeel);
      wijzigingen.set(
        relsDeel,
        voegRelatieToe(
          leesGewijzigd(relsDeel),
          `${relType}/styles`,
          relatiefDoel(werkmap.werkboekOnderdeel, deel),
        ).tekst,
      );
      wijzigingen.set(
        "[Content_Types].xml",
        voegInhoudstypeToe(leesGewijzigd("[Content_Types].xml")!, deel, CT_STIJLEN),
      );
    }
  }

  const bytes = new Map<string, Uint8Array>();
  for (const [deel, tekst] of wijzigingen) bytes.set(pakket.naamVan(deel) ?? deel, naarBytes(tekst));
  return {
    bytes: pakket.schrijf(bytes, verwijderd),
    gewijzigd: [...wijzigingen.keys()].filter((d) => !toegevoegd.includes(d)),
    toegevoegd,
    verwijderd: [...verwijderd],
  };
}

/**
 * The name a new sheet gets in the copy, and the existing sheet it replaces: the first of "naam",
 * "naam (2)", ... (case-insensitive) that no sheet has, or that the add-in's own sheet has (its marker
 * "_IBT_Blad" among the sheet's defined names). The same rule as the Excel adapter and the preview.
 */
export function kiesNieuweBladnaam(
  werkmap: Werkmap,
  gewenst: string,
): { naam: string; bestaand: Werkblad | null } {
  for (let i = 1; ; i++) {
    const naam = i === 1 ? gewenst : genummerdeBladnaam(gewenst, i);
    const bestaand = werkmap.worksheets.find(
      (w) => w.name.toLocaleLowerCase("nl") === naam.toLocaleLowerCase("nl"),
    );
    if (!bestaand) return { naam, bestaand: null };
    const namen = werkmap.definities.filter((d) => d.blad === bestaand.positie).map((d) => d.naam);
    if (namen.some(isEigenBladNaam)) return { naam: bestaand.name, bestaand };
  }
}

/** The sheet-scoped names of a new sheet: the add-in's marker, and the print titles when it has them. */
function bladNamen(blad: NieuwBlad): BladNaam[] {
  const namen: BladNaam[] = [
    { naam: EIGEN_BLAD_NAAM, verwijzing: EIGEN_BLAD_VERWIJZING.replace(/^=/, ""), verborgen: true },
  ];
  const titels = afdruktitelsVerwijzing(blad.naam, blad.afdruk);
  if (titels !== null) namen.push({ naam: AFDRUKTITELS, verwijzing: titels, verborgen: false });
  return namen;
}

/** Removes calcChain.xml with its relationship and content type (only when it would have no entries). */
function verwijderKeten(
  werkmap: Werkmap,
  keten: string,
  wijzigingen: Map<string, string>,
  weg: Set<string>,
): void {
  weg.add(keten);
  const relsDeel = relsVan(werkmap.werkboekOnderdeel);
  const rels = wijzigingen.get(relsDeel) ?? werkmap.pakket.leesTekst(relsDeel)!;
  wijzigingen.set(
    relsDeel,
    zonderElement(rels, "Relationship", (a) => /\/calcChain$/.test(a.get("Type") ?? "")),
  );
  const types = wijzigingen.get("[Content_Types].xml") ?? werkmap.pakket.leesTekst("[Content_Types].xml")!;
  wijzigingen.set(
    "[Content_Types].xml",
    zonderElement(
      types,
      "Override",
      (a) => (a.get("PartName") ?? "").toLowerCase() === `/${keten}`.toLowerCase(),
    ),
  );
}

function zonderElement(tekst: string, naam: string, weg: (a: Map<string, string>) => boolean): string {
  const s = new XmlScanner(tekst);
  const splitsingen: Splitsing[] = [];
  while (s.volgende()) {
    if (lokaal(s.naam) !== naam || s.soort === SLUIT) continue;
    const begin = s.begin;
    const a = attributen(tekst, s.attrBegin, s.attrEind);
    if (s.soort === OPEN) s.slaOver();
    if (weg(a)) splitsingen.push({ begin, eind: s.eind, tekst: "" });
  }
  return pasSplitsingenToe(tekst, splitsingen);
}

/** Adds <sheet name sheetId r:id/> at the end of <sheets> in workbook.xml (byte string). */
function voegBladToeAanWerkboek(
  tekst: string,
  naam: string,
  id: string,
  relType: string,
  werkmap: Werkmap,
): string {
  const s = new XmlScanner(tekst);
  let rPrefix: string | null = null;
  let sluit = -1;
  let p = "";
  let maxId = 0;
  for (const w of werkmap.worksheets) maxId = Math.max(maxId, w.sheetId);
  while (s.volgende()) {
    const naamTag = lokaal(s.naam);
    if (rPrefix === null && s.soort !== SLUIT) {
      for (const [k, v] of attributen(tekst, s.attrBegin, s.attrEind)) {
        if (k.startsWith("xmlns:") && v === relType) rPrefix = k.slice(6);
      }
    }
    if (naamTag === "sheet" && s.soort !== SLUIT) {
      maxId = Math.max(maxId, Number(attribuut(tekst, s.attrBegin, s.attrEind, "sheetId") ?? 0));
    }
    if (naamTag === "sheets" && s.soort === SLUIT) {
      sluit = s.begin;
      p = voorvoegsel(s.naam);
    }
  }
  const r = rPrefix ?? "r";
  const xmlns = rPrefix === null ? ` xmlns:r="${relType}"` : "";
  const blad = `<${p}sheet name="${alsBytes(escapeAttribuut(naam))}" sheetId="${maxId + 1}" ${r}:id="${id}"${xmlns}/>`;
  return tekst.slice(0, sluit) + blad + tekst.slice(sluit);
}
