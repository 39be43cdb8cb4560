/**
 * Generates the bundled example workbook assets/voorbeeld.xlsx from data/voorbeeld.json
 * (`npm run make-example`). Deterministic: fixed workbook dates and fixed zip entry dates, so a re-run
 * gives the same bytes.
 *
 * Sheets:
 * - "Overzicht": many-periods layout, one row per gemeente per period 2021-1 .. 2022-2, with formulas for
 *   Totaalopgave and Achterstand eind (cached results included, so the check confirms them), and an
 *   "Extra opgave" column filled for 2022-2 only (the national agreements of 26 Aug 2022 apply from then),
 *   and, as the last column (so that every earlier address stays), "Correctiedatum": the date the backlog
 *   after the late-registration correction was measured, for rows with na-registratie (Leusden 2021-2:
 *   1-2-2022, 2022-1: 1-8-2022 as the golden cases of docs/rekenregels.md give; the others invented),
 *   which the letter table names.
 * - "2022-1": one-period layout for the first half of 2022 with peildatum columns ("Stand van zaken
 *   1 januari 2022" / "1 juli 2022") and the "Opdracht versnelling" column of the summer-2022 action.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bepaalTredeHistorie } from "../src/domain/trede";
import type { Trede } from "../src/domain/types";

export interface PeriodeCijfers {
  achterstandBegin: number;
  taakstelling: number;
  herverdeling: number;
  gerealiseerd: number | null;
  naRegistratie: number;
  /** Extra opgave (agreements of 26 Aug 2022); only from 2022-2. Leusden's 11 is golden, the rest invented. */
  extraOpgave?: number;
  /** True for an interim figure measured on `tussenstand.meetdatum`. */
  tussenstand?: boolean;
  /**
   * ISO date on which the backlog after the late-registration correction was measured (only with
   * naRegistratie > 0, after the period's end peildatum). Leusden's two are golden, the rest invented.
   */
  correctiedatum?: string;
}

export interface GemeenteGegevens {
  gemeente: string;
  echteCijfers: boolean;
  /** Trede before the first period. */
  vorigeTrede: Trede;
  opdrachtVersnelling: number | null;
  perioden: Record<string, PeriodeCijfers>;
}

export interface Voorbeeldgegevens {
  toelichting: string[];
  provincie: string;
  perioden: string[];
  tussenstand: { periode: string; meetdatum: string };
  versnelling: { periode: string; blad: string };
  gemeenten: GemeenteGegevens[];
}

/** Fixed date for workbook properties and zip entries (the interim measuring date of the example). */
export const VASTE_DATUM = new Date(Date.UTC(2022, 10, 22, 12, 0, 0));

const KOP_STIJL: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: { wrapText: true, vertical: "top" },
  border: { bottom: { style: "thin" } },
};

const LET_OP =
  "Let op: behalve de cijfers van Leusden, de geregistreerde achterstanden op 1 juli 2022 en de opdrachten " +
  "versnelling van Leusden, IJsselstein en Houten zijn alle cijfers in dit werkboek verzonnen ter illustratie.";

/** The golden figures of docs/rekenregels.md, which the example must use exactly as given. */
export const GOUDEN_CIJFERS = {
  leusden: {
    vorigeTrede: 1,
    perioden: {
      "2021-1": { achterstandBegin: 1, taakstelling: 24, herverdeling: 0, gerealiseerd: 6, naRegistratie: 0 },
      "2021-2": {
        achterstandBegin: 19,
        taakstelling: 19,
        herverdeling: 0,
        gerealiseerd: 17,
        naRegistratie: 6,
        // The backlog measured on 1 feb 2022 (15), the province's choice because TVS lagged.
        correctiedatum: "2022-02-01",
      },
      "2022-1": {
        achterstandBegin: 21,
        taakstelling: 18,
        herverdeling: 0,
        gerealiseerd: 13,
        naRegistratie: 8,
        // 8 housed in June, registered in July: the backlog measured on 1 aug 2022 (18).
        correctiedatum: "2022-08-01",
      },
      // The interim figure of 22 Nov 2022 (R = 33) and the extra opgave 11 (TO_extra 62).
      "2022-2": {
        achterstandBegin: 26,
        taakstelling: 24,
        herverdeling: 1,
        extraOpgave: 11,
        gerealiseerd: 33,
        naRegistratie: 0,
        tussenstand: true,
      },
    } as Record<string, PeriodeCijfers>,
  },
  tussenstand: { periode: "2022-2", meetdatum: "2022-11-22" },
  /** Registered backlogs on 1 jul 2022 (end of 2022-1), the top 7. */
  achterstand1Juli2022: {
    Utrecht: 207,
    Amersfoort: 53,
    "Stichtse Vecht": 32,
    Leusden: 26,
    Houten: 24,
    IJsselstein: 21,
    "Utrechtse Heuvelrug": 18,
  } as Record<string, number>,
  /** Gemeenten with a backlog on 1 jul 2022. */
  metAchterstand1Juli2022: 19,
  opdrachten: { Leusden: 45, IJsselstein: 17, Houten: 35 } as Record<string, number>,
  gemeenten: [
    "Amersfoort",
    "Baarn",
    "De Bilt",
    "Bunnik",
    "Bunschoten",
    "Eemnes",
    "Houten",
    "IJsselstein",
    "Leusden",
    "Lopik",
    "Montfoort",
    "Nieuwegein",
    "Oudewater",
    "Renswoude",
    "Rhenen",
    "De Ronde Venen",
    "Soest",
    "Stichtse Vecht",
    "Utrecht",
    "Utrechtse Heuvelrug",
    "Veenendaal",
    "Vijfheerenlanden",
    "Wijk bij Duurstede",
    "Woerden",
    "Woudenberg",
    "Zeist",
  ],
} as const;

/** The period from which the agreements of 26 Aug 2022 (extra opgave) apply. */
const EERSTE_PERIODE_EXTRA = "2022-2";

/** End peildatum (ISO) of a period label: "2022-1" -> 2022-07-01, "2021-2" -> 2022-01-01. */
function eindPeildatumIso(periode: string): string {
  const [jaar, helft] = periode.split("-").map(Number);
  return helft === 1 ? `${jaar}-07-01` : `${jaar + 1}-01-01`;
}

function isIsoDatum(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The golden figures: Leusden, the 1 jul 2022 backlogs, the opdrachten, the 26 gemeenten. */
function controleerGoudenCijfers(d: Voorbeeldgegevens, fouten: string[]): void {
  const goud = GOUDEN_CIJFERS;
  const namen = d.gemeenten.map((g) => g.gemeente);
  const ontbrekend = goud.gemeenten.filter((n) => !namen.includes(n));
  const vreemd = namen.filter((n) => !(goud.gemeenten as readonly string[]).includes(n));
  if (ontbrekend.length || vreemd.length || namen.length !== goud.gemeenten.length) {
    fouten.push(
      `gemeenten: verwacht de ${goud.gemeenten.length} van Utrecht in 2022 (ontbreekt: ${ontbrekend.join(", ") || "-"}; onbekend of dubbel: ${vreemd.join(", ") || (namen.length !== goud.gemeenten.length ? `${namen.length} rijen` : "-")})`,
    );
  }
  if (!gelijk(d.tussenstand, goud.tussenstand)) {
    fouten.push(`tussenstand ${JSON.stringify(d.tussenstand)}, verwacht ${JSON.stringify(goud.tussenstand)}`);
  }
  const leusden = d.gemeenten.find((g) => g.gemeente === "Leusden");
  if (!leusden) fouten.push("Leusden ontbreekt");
  else {
    if (leusden.vorigeTrede !== goud.leusden.vorigeTrede)
      fouten.push(`Leusden: vorige trede ${leusden.vorigeTrede}, verwacht ${goud.leusden.vorigeTrede}`);
    for (const [p, verwacht] of Object.entries(goud.leusden.perioden)) {
      const c = leusden.perioden[p];
      // Field by field, so the order of the keys in the JSON does not matter.
      const sleutels = new Set([...Object.keys(verwacht), ...Object.keys(c ?? {})]);
      for (const k of sleutels) {
        const a = (c as unknown as Record<string, unknown> | undefined)?.[k];
        const b = (verwacht as unknown as Record<string, unknown>)[k];
        if (a !== b) fouten.push(`Leusden ${p}: ${k} ${String(a)}, gouden geval ${String(b)}`);
      }
    }
    if (!leusden.echteCijfers) fouten.push("Leusden: echteCijfers moet true zijn");
  }
  const echt = d.gemeenten.filter((g) => g.echteCijfers && g.gemeente !== "Leusden").map((g) => g.gemeente);
  if (echt.length) fouten.push(`alleen Leusden heeft echte cijfers, niet ${echt.join(", ")}`);

  const index = d.perioden.indexOf("2022-1");
  const opEen = new Map<string, number>();
  for (const g of d.gemeenten) {
    const c = g.perioden["2022-1"];
    if (index < 0 || !c || c.gerealiseerd === null) continue;
    opEen.set(g.gemeente, c.taakstelling + c.achterstandBegin + c.herverdeling - c.gerealiseerd);
  }
  for (const [gemeente, a] of Object.entries(goud.achterstand1Juli2022)) {
    if (opEen.get(gemeente) !== a)
      fouten.push(`${gemeente}: achterstand 1 juli 2022 ${opEen.get(gemeente)}, gouden geval ${a}`);
  }
  const kleinsteTop = Math.min(...Object.values(goud.achterstand1Juli2022));
  for (const [gemeente, a] of opEen) {
    if (!(gemeente in goud.achterstand1Juli2022) && a >= kleinsteTop)
      fouten.push(
        `${gemeente}: achterstand 1 juli 2022 ${a} hoort niet in de top 7 van de gouden gevallen (< ${kleinsteTop})`,
      );
  }
  const met = [...opEen.values()].filter((a) => a > 0).length;
  if (met !== goud.metAchterstand1Juli2022)
    fouten.push(
      `${met} gemeenten met achterstand op 1 juli 2022, gouden geval ${goud.metAchterstand1Juli2022}`,
    );

  for (const g of d.gemeenten) {
    const verwacht = goud.opdrachten[g.gemeente];
    if (verwacht !== undefined && g.opdrachtVersnelling !== verwacht)
      fouten.push(`${g.gemeente}: opdracht versnelling ${g.opdrachtVersnelling}, gouden geval ${verwacht}`);
  }
}

/**
 * Checks the data: the 26 gemeenten, chains, herverdelingen summing to zero, extra opgave only from
 * 2022-2, correctiedata only with na-registratie and after the period's end peildatum, and the figures
 * of docs/rekenregels.md (Leusden's four periods with the interim figure, the extra opgave and the
 * correctiedata 1 feb 2022 and 1 aug 2022, the registered backlogs of 1 jul 2022: the top 7 and 19 of 26
 * with a backlog, the three opdrachten).
 * Throws with every mistake found.
 */
export function controleerGegevens(d: Voorbeeldgegevens): void {
  const fouten: string[] = [];
  for (const g of d.gemeenten) {
    d.perioden.forEach((p, i) => {
      const c = g.perioden[p];
      if (!c) {
        fouten.push(`${g.gemeente}: periode ${p} ontbreekt`);
        return;
      }
      if (c.extraOpgave !== undefined) {
        if (d.perioden.indexOf(p) < d.perioden.indexOf(EERSTE_PERIODE_EXTRA))
          fouten.push(`${g.gemeente} ${p}: extra opgave vóór ${EERSTE_PERIODE_EXTRA}`);
        if (!Number.isInteger(c.extraOpgave) || c.extraOpgave < 0)
          fouten.push(`${g.gemeente} ${p}: extra opgave ${c.extraOpgave} is geen aantal personen`);
      }
      if (c.correctiedatum !== undefined) {
        if (!isIsoDatum(c.correctiedatum))
          fouten.push(`${g.gemeente} ${p}: correctiedatum ${c.correctiedatum} is geen datum (jjjj-mm-dd)`);
        else if (c.correctiedatum <= eindPeildatumIso(p))
          fouten.push(
            `${g.gemeente} ${p}: correctiedatum ${c.correctiedatum} niet na de peildatum ${eindPeildatumIso(p)}`,
          );
        if (!(c.naRegistratie > 0)) fouten.push(`${g.gemeente} ${p}: correctiedatum zonder na-registratie`);
      }
      const volgende = g.perioden[d.perioden[i + 1]];
      if (volgende && c.gerealiseerd !== null) {
        const eind = c.taakstelling + c.achterstandBegin + c.herverdeling - c.gerealiseerd;
        if (eind !== volgende.achterstandBegin) {
          fouten.push(
            `${g.gemeente} ${p}: achterstand eind ${eind} <> begin volgende ${volgende.achterstandBegin}`,
          );
        }
      }
    });
  }
  for (const p of d.perioden) {
    const som = d.gemeenten.reduce((s, g) => s + g.perioden[p].herverdeling, 0);
    if (som !== 0) fouten.push(`herverdelingen ${p} tellen op tot ${som}, niet 0`);
  }
  controleerGoudenCijfers(d, fouten);
  if (fouten.length) throw new Error(`data/voorbeeld.json klopt niet:\n${fouten.join("\n")}`);
}

function isoNaarDatum(iso: string): Date {
  const [j, m, dag] = iso.split("-").map(Number);
  return new Date(Date.UTC(j, m - 1, dag));
}

function achterstandEind(c: PeriodeCijfers): number | null {
  return c.gerealiseerd === null
    ? null
    : c.taakstelling + c.achterstandBegin + c.herverdeling - c.gerealiseerd;
}

function zetKop(werkblad: ExcelJS.Worksheet, rij: number, koppen: string[], breedten: number[]): void {
  koppen.forEach((kop, k) => {
    const cel = werkblad.getCell(rij, k + 1);
    cel.value = kop;
    cel.style = { ...KOP_STIJL };
    werkblad.getColumn(k + 1).width = breedten[k];
  });
  werkblad.views = [{ state: "frozen", ySplit: rij, xSplit: 1 }];
}

function kolomLetter(k: number): string {
  let s = "";
  for (let n = k; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Sheet "Overzicht": one row per gemeente per period. */
function maakOverzicht(werkmap: ExcelJS.Workbook, d: Voorbeeldgegevens): void {
  const ws = werkmap.addWorksheet("Overzicht");
  ws.getCell("A1").value =
    `Overzicht huisvesting vergunninghouders provincie ${d.provincie}, ${d.perioden[0]} tot en met ${d.perioden[d.perioden.length - 1]} (voorbeeld)`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = LET_OP;
  ws.getCell("A2").font = { italic: true };
  ws.getCell("A3").value =
    `Cijfers ${d.tussenstand.periode}: tussenstand gemeten op ${d.tussenstand.meetdatum.split("-").reverse().join("-")} ` +
    "(kolom Meetdatum). Vorige trede: de trede na de periode vóór 2021-1. Extra opgave: afspraken van " +
    "26 augustus 2022, vanaf 2022-2; telt niet mee in de totaalopgave en de trede. Correctiedatum: de " +
    "datum waarop de achterstand na correctie voor na-registratie is gemeten.";
  const kopRij = 5;
  const koppen = [
    "Gemeente",
    "Periode",
    "Achterstand begin",
    "Taakstelling",
    "Herverdeling",
    "Totaalopgave",
    "Gerealiseerd",
    "Na-registratie",
    "Achterstand eind",
    "Vorige trede",
    "Meetdatum",
    "Extra opgave",
    "Correctiedatum",
  ];
  zetKop(ws, kopRij, koppen, [22, 10, 12, 13, 13, 13, 13, 13, 12, 10, 12, 12, 13]);
  let rij = kopRij + 1;
  for (const g of d.gemeenten) {
    d.perioden.forEach((p, i) => {
      const c = g.perioden[p];
      const r = ws.getRow(rij);
      const to = c.taakstelling + c.achterstandBegin + c.herverdeling;
      r.getCell(1).value = g.gemeente;
      r.getCell(2).value = p;
      r.getCell(3).value = c.achterstandBegin;
      r.getCell(4).value = c.taakstelling;
      r.getCell(5).value = c.herverdeling;
      r.getCell(6).value = { formula: `D${rij}+C${rij}+E${rij}`, result: to };
      if (c.gerealiseerd !== null) r.getCell(7).value = c.gerealiseerd;
      r.getCell(8).value = c.naRegistratie;
      const eind = achterstandEind(c);
      if (eind !== null && !c.tussenstand) r.getCell(9).value = { formula: `F${rij}-G${rij}`, result: eind };
      if (i === 0) r.getCell(10).value = g.vorigeTrede;
      if (c.tussenstand) {
        r.getCell(11).value = isoNaarDatum(d.tussenstand.meetdatum);
        r.getCell(11).numFmt = "d-m-yyyy";
      }
      if (c.extraOpgave !== undefined) r.getCell(12).value = c.extraOpgave;
      r.getCell(12).numFmt = "0";
      if (c.correctiedatum !== undefined) r.getCell(13).value = isoNaarDatum(c.correctiedatum);
      r.getCell(13).numFmt = "d-m-yyyy";
      for (let k = 3; k <= 9; k++) r.getCell(k).numFmt = "0";
      rij++;
    });
  }
  ws.autoFilter = `A${kopRij}:${kolomLetter(koppen.length)}${rij - 1}`;
}

/** Sheet "2022-1": one row per gemeente for the versnelling period, with peildatum columns. */
function maakPeriodeblad(werkmap: ExcelJS.Workbook, d: Voorbeeldgegevens): void {
  const p = d.versnelling.periode;
  const ws = werkmap.addWorksheet(d.versnelling.blad);
  ws.getCell("A1").value =
    `Stand van zaken eerste helft 2022 en opdracht versnelde uitstroom zomer 2022, provincie ${d.provincie} (voorbeeld)`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = LET_OP;
  ws.getCell("A2").font = { italic: true };
  const kopRij = 4;
  const koppen = [
    "Gemeente",
    "Periode",
    "Stand van zaken 1 januari 2022",
    "Taakstelling",
    "Herverdeling",
    "Totaalopgave",
    "Gerealiseerd",
    "Na-registratie",
    "Stand van zaken 1 juli 2022",
    "Vorige trede",
    "Opdracht versnelling",
  ];
  zetKop(ws, kopRij, koppen, [22, 18, 14, 13, 13, 13, 13, 13, 14, 10, 13]);
  const index = d.perioden.indexOf(p);
  let rij = kopRij + 1;
  for (const g of d.gemeenten) {
    const c = g.perioden[p];
    // Trede after the period before `p`, from the history in the data (rule 6, corrected backlog).
    const eerder = d.perioden.slice(0, index).map((q) => {
      const x = g.perioden[q];
      return { achterstand: (achterstandEind(x) ?? 0) - x.naRegistratie, taakstelling: x.taakstelling };
    });
    const vorige = eerder.length
      ? bepaalTredeHistorie(eerder, g.vorigeTrede)[eerder.length - 1]
      : g.vorigeTrede;
    const r = ws.getRow(rij);
    r.getCell(1).value = g.gemeente;
    r.getCell(2).value = "eerste helft 2022";
    r.getCell(3).value = c.achterstandBegin;
    r.getCell(4).value = c.taakstelling;
    r.getCell(5).value = c.herverdeling;
    r.getCell(6).value = {
      formula: `D${rij}+C${rij}+E${rij}`,
      result: c.taakstelling + c.achterstandBegin + c.herverdeling,
    };
    r.getCell(7).value = c.gerealiseerd;
    r.getCell(8).value = c.naRegistratie;
    r.getCell(9).value = { formula: `F${rij}-G${rij}`, result: achterstandEind(c) ?? undefined };
    r.getCell(10).value = vorige;
    if (g.opdrachtVersnelling !== null) r.getCell(11).value = g.opdrachtVersnelling;
    for (let k = 3; k <= 11; k++) r.getCell(k).numFmt = "0";
    rij++;
  }
}

/** Builds the example workbook in memory. */
export function maakVoorbeeldWerkmap(d: Voorbeeldgegevens): ExcelJS.Workbook {
  controleerGegevens(d);
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = "IBT Huisvesting (npm run make-example)";
  werkmap.lastModifiedBy = "IBT Huisvesting (npm run make-example)";
  werkmap.created = VASTE_DATUM;
  werkmap.modified = VASTE_DATUM;
  werkmap.title = `Voorbeeld overzicht huisvesting vergunninghouders provincie ${d.provincie}`;
  werkmap.description = LET_OP;
  maakOverzicht(werkmap, d);
  maakPeriodeblad(werkmap, d);
  return werkmap;
}

/** Writes the workbook with fixed zip entry dates, so the bytes only change when the content does. */
export async function writeDeterministisch(werkmap: ExcelJS.Workbook, pad: string): Promise<Buffer> {
  const ruw = Buffer.from(await werkmap.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(ruw);
  const uit = new JSZip();
  for (const naam of Object.keys(zip.files)) {
    const bestand = zip.files[naam];
    if (bestand.dir) continue;
    uit.file(naam, await bestand.async("uint8array"), { date: VASTE_DATUM, createFolders: false });
  }
  const buffer = await uit.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  await fs.writeFile(pad, buffer);
  return buffer;
}

async function hoofd(): Promise<void> {
  const wortel = path.resolve(__dirname, "..");
  const gegevens = JSON.parse(
    await fs.readFile(path.join(wortel, "data", "voorbeeld.json"), "utf8"),
  ) as Voorbeeldgegevens;
  const doel = path.join(wortel, "assets", "voorbeeld.xlsx");
  const buffer = await writeDeterministisch(maakVoorbeeldWerkmap(gegevens), doel);
  process.stdout.write(`Geschreven: ${path.relative(process.cwd(), doel)} (${buffer.length} bytes)\n`);
}

if (require.main === module) {
  hoofd().catch((fout) => {
    process.stderr.write(`${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exitCode = 1;
  });
}
