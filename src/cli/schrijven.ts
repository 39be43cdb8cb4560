/**
 * Applies the engine's write plan (and new sheets) to an ExcelJS workbook. Only the CLI writes files;
 * this module changes the workbook in memory.
 */
import ExcelJS from "exceljs";
import type { CelWaarde, NieuwBlad, SchrijfPlan } from "../sheet/types";

/** ARGB for ExcelJS from "#RRGGBB". */
export function naarArgb(kleur: string): string {
  const hex = kleur.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : "FFFFFFFF";
}

/**
 * Changes part of one cell's style. ExcelJS shares one style object between all cells read with the same
 * style, so setting `cel.numFmt` directly would change every such cell: always give the cell its own copy.
 */
function zetStijl(cel: ExcelJS.Cell, deel: Partial<ExcelJS.Style>): void {
  cel.style = { ...cel.style, ...deel };
}

/** True when the cell has a visible fill (ExcelJS reads "no fill" as pattern "none"). */
export function heeftOpvulling(cel: ExcelJS.Cell): boolean {
  const vulling = cel.style?.fill;
  return vulling !== undefined && !(vulling.type === "pattern" && vulling.pattern === "none");
}

function wisOpvulling(cel: ExcelJS.Cell): void {
  if (!heeftOpvulling(cel)) return;
  const stijl = { ...cel.style };
  delete stijl.fill;
  cel.style = stijl;
}

function zetWaarde(cel: ExcelJS.Cell, waarde: CelWaarde): void {
  cel.value = waarde === "" || waarde === null ? null : waarde;
}

/** Removes value and style of every cell in a column (a former IBT column the plan no longer uses). */
function wisKolom(werkblad: ExcelJS.Worksheet, kolom: number): void {
  const laatsteRij = werkblad.rowCount;
  for (let rij = 1; rij <= laatsteRij; rij++) {
    const r = werkblad.findRow(rij);
    if (!r) continue;
    const cel = r.findCell(kolom + 1);
    if (!cel) continue;
    cel.value = null;
    cel.style = {};
  }
}

/**
 * Writes the plan into the worksheet: values and number formats (`null` = leave the cell alone),
 * header style (bold) and width of the output columns, trede fills, and clears the own columns of an
 * earlier run that the plan no longer uses. Cells the plan writes lose an earlier fill first, so a
 * second run gives the same sheet.
 */
export function applySchrijfPlan(werkblad: ExcelJS.Worksheet, plan: SchrijfPlan): void {
  for (const kolom of plan.teWissenKolommen) wisKolom(werkblad, kolom);

  plan.waarden.forEach((rijWaarden, r) => {
    const rijNummer = plan.beginRij + r;
    rijWaarden.forEach((waarde, c) => {
      const formaat = plan.formaten[r]?.[c] ?? null;
      if (waarde === null && formaat === null) return;
      const cel = werkblad.getCell(rijNummer, plan.beginKolom + c + 1);
      if (waarde !== null) {
        zetWaarde(cel, waarde);
        wisOpvulling(cel);
      }
      if (formaat !== null) zetStijl(cel, { numFmt: formaat });
    });
  });

  for (const kolom of plan.kolommen) {
    const kop = werkblad.getCell(plan.beginRij, kolom.kolom + 1);
    zetStijl(kop, {
      font: { ...(kop.style?.font ?? {}), bold: true },
      alignment: { ...(kop.style?.alignment ?? {}), wrapText: true, vertical: "top" },
    });
    werkblad.getColumn(kolom.kolom + 1).width = kolom.breedte;
  }

  for (const vulling of plan.opvullingen) {
    zetStijl(werkblad.getCell(vulling.rij, vulling.kolom + 1), {
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: naarArgb(vulling.kleur) } },
    });
  }
}

/** Adds (or replaces) a sheet with the contents of a `NieuwBlad` (comparison, letter table). */
export function applyNieuwBlad(werkmap: ExcelJS.Workbook, blad: NieuwBlad): ExcelJS.Worksheet {
  const bestaand = werkmap.getWorksheet(blad.naam);
  if (bestaand) werkmap.removeWorksheet(bestaand.id);
  const werkblad = werkmap.addWorksheet(blad.naam);
  blad.waarden.forEach((rij, r) => {
    rij.forEach((waarde, c) => {
      const cel = werkblad.getCell(r + 1, c + 1);
      zetWaarde(cel, waarde);
      const formaat = blad.formaten[r]?.[c] ?? null;
      if (formaat !== null) zetStijl(cel, { numFmt: formaat });
    });
  });
  blad.kolombreedten.forEach((breedte, c) => {
    werkblad.getColumn(c + 1).width = breedte;
  });
  // ExcelJS cannot write native charts; `blad.grafiek` is left to the Excel host.
  return werkblad;
}
