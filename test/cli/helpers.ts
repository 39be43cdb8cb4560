/** Helpers for the command-line tests: temp dirs, xlsx fixtures written with ExcelJS, file hashes. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CliIo } from "../../src/cli/main";

export type FixtureWaarde = ExcelJS.CellValue;

export interface FixtureBlad {
  naam: string;
  /** Rows from A1 down; `undefined`/`null` leave a cell empty. */
  rijen: FixtureWaarde[][];
  /** Number formats: "B3" -> "0%". */
  formaten?: Record<string, string>;
  state?: "visible" | "hidden";
}

export function maakTempMap(): { map: string; opruimen: () => void } {
  const map = mkdtempSync(path.join(os.tmpdir(), "ibt-cli-"));
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

export async function schrijfWerkmap(pad: string, bladen: FixtureBlad[]): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.created = new Date(Date.UTC(2022, 0, 1));
  werkmap.modified = new Date(Date.UTC(2022, 0, 1));
  for (const b of bladen) {
    const ws = werkmap.addWorksheet(b.naam, b.state ? { state: b.state } : undefined);
    b.rijen.forEach((rij, r) => {
      rij.forEach((waarde, k) => {
        if (waarde === undefined || waarde === null) return;
        ws.getCell(r + 1, k + 1).value = waarde;
      });
    });
    for (const [adres, formaat] of Object.entries(b.formaten ?? {})) ws.getCell(adres).numFmt = formaat;
  }
  await werkmap.xlsx.writeFile(pad);
}

export function hashBestand(pad: string): string {
  return createHash("sha256").update(readFileSync(pad)).digest("hex");
}

/** An io that records what the command line prints. */
export function opnameIo(): CliIo & { uit: string; fout: string } {
  const io = {
    uit: "",
    fout: "",
    voortgang: false,
    stdout(t: string) {
      io.uit += t;
    },
    stderr(t: string) {
      io.fout += t;
    },
  };
  return io;
}

export const KOPPEN_OVERZICHT = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
  "Vorige trede",
];

/**
 * Leusden's four periods of the golden cases (docs/rekenregels.md; registered TVS figures), in the
 * many-periods layout, header on row 3.
 */
export function leusdenBlad(naam = "Overzicht"): FixtureBlad {
  return {
    naam,
    rijen: [
      ["Toezicht huisvesting vergunninghouders Leusden"],
      [],
      KOPPEN_OVERZICHT,
      ["Leusden", "2021-1", 1, 24, 0, 6, 0, 1],
      ["Leusden", "2021-2", 19, 19, 0, 17, 6],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8],
      ["Leusden", "2022-2", 26, 24, 1],
    ],
  };
}

export function leesTekst(pad: string): string {
  return readFileSync(pad, "utf8");
}
