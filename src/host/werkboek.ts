/**
 * The interface every workbook host implements: Excel (src/excel, Office.js) and the in-memory
 * preview (src/preview). The task pane talks only to this interface, so its components test with a stub.
 */
import type { Blad, CelSchrijving, NieuwBlad, SchrijfPlan } from "../sheet/types";

export type { CelSchrijving };

export interface SchrijfUitkomst {
  /** Cells written. */
  cellen: number;
  /** context.sync() calls made (0 for the in-memory host). */
  syncs: number;
  /** True when the write is one undo step (ExcelApi 1.20 mergeUndoGroup). */
  eenOngedaanStap: boolean;
}

export interface SchrijfOpties {
  /**
   * Asked when a target cell is non-empty and not the engine's own; resolve true to overwrite.
   * Without it such cells are never overwritten (the write is refused with an error).
   */
  bevestigOverschrijven?: (cellen: string[]) => Promise<boolean>;
}

/** A visible sheet of the workbook, as Vergelijken needs to know it. */
export interface BladOverzicht {
  naam: string;
  /**
   * True when the engine's header recognition (heeftOpdrachtKolom, on the sheet's top KOP_LEESRIJEN
   * rows of its used range) finds an opdracht versnelling column.
   */
  opdrachtKolom: boolean;
}

export interface WerkboekAdapter {
  /** Read the active sheet's used range (or the selected table) with values and number formats. */
  leesActiefBlad(): Promise<Blad>;
  /** Apply a write plan to the sheet named in the plan. */
  schrijfPlan(plan: SchrijfPlan, opties?: SchrijfOpties): Promise<SchrijfUitkomst>;
  /**
   * Write single cells of a sheet (a decision recorded in the task pane) with the safety of schrijfPlan:
   * a cell that holds anything of the user's (a value, also spaces, or a formula) other than the value to
   * write is overwritten only after `bevestigOverschrijven` (refused without it); a merged cell is never
   * written. Text stays text. Excel: one sync to read the target cells, one to write them.
   */
  schrijfCellen(blad: string, cellen: CelSchrijving[], opties?: SchrijfOpties): Promise<SchrijfUitkomst>;
  /** Select a cell (A1 address) on a sheet and bring it into view. */
  selecteerCel(blad: string, adres: string): Promise<void>;
  /** Create (or replace, when it is the add-in's own) a sheet with content and an optional chart. */
  schrijfNieuwBlad(blad: NieuwBlad): Promise<void>;
  /**
   * The workbook's visible sheets in tab order, each with whether it has an opdracht column. Excel: one
   * sync for the list of sheets, one for the top rows of all of them (2, whatever the number of sheets).
   */
  leesBladen(): Promise<BladOverzicht[]>;
  /** Make a sheet the active one (the next leesActiefBlad reads it). */
  activeerBlad(naam: string): Promise<void>;
  /** Settings remembered in the workbook (e.g. the user's column assignment). */
  leesInstelling<T>(sleutel: string): Promise<T | null>;
  bewaarInstelling<T>(sleutel: string, waarde: T): Promise<void>;
}
