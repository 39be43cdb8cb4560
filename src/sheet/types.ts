/**
 * Types of the whole-sheet check engine. The engine is pure: it takes the grid of cell values that
 * Excel's `range.values` returns (or what an .xlsx reader gives) and returns a report and a write plan.
 */
import type { Escalatie, Trede } from "../domain/types";
import type { VersnellingRij } from "../domain/versnelling";
import type { ControleCode } from "./controles";

/** A cell value as Excel's `range.values` gives it: "" for an empty cell, "#N/A" etc. for errors. */
export type CelWaarde = string | number | boolean | null;

/** A rectangular grid of a sheet, with its position in the sheet (0-based). */
export interface Blad {
  /** Sheet name. */
  naam: string;
  /**
   * Rows of cell values; rows may have different lengths (missing = empty). Read only: a reader may
   * share one frozen empty row between many empty rows of a sparse sheet, or leave holes.
   */
  waarden: CelWaarde[][];
  /** Number formats parallel to `waarden` (optional; "General" when absent). */
  formaten?: string[][];
  /** 0-based sheet row of `waarden[0]` (e.g. the used range starts at B3 -> 2). Default 0. */
  beginRij?: number;
  /** 0-based sheet column of `waarden[r][0]`. Default 0. */
  beginKolom?: number;
  /**
   * Merged ranges of the sheet (only the top-left cell of one has a value in `waarden`). Every cell of a
   * merged range is the user's: the write plan never targets one. Optional; hosts that can tell fill it.
   */
  samengevoegd?: Gebied[];
  /**
   * Cells that hold a formula but no value in `waarden` (a formula without a cached result in a file, or
   * one that gives "" in Excel). They are the user's content like any value. 1-based row, 0-based column.
   */
  formulesZonderWaarde?: { rij: number; kolom: number }[];
  /**
   * The workbook's record of the columns the add-in wrote on this sheet (its hidden "_IBT_..." names):
   * a recorded column stays the add-in's own when the user renames its header. See eigenKolommen.ts.
   */
  eigenKolommen?: EigenKolom[];
  /** 0-based sheet columns that are hidden (read like any other; the report says so). Optional. */
  verborgenKolommen?: number[];
}

/** A rectangle of a sheet: 1-based first row, 0-based first column, and its size. */
export interface Gebied {
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
}

/** A recorded own column: its header cell (1-based row, 0-based column) and the header written there. */
export interface EigenKolom {
  rij: number;
  kolom: number;
  /** One of the registered headers (EIGEN_KOPPEN), e.g. "IBT Trede". */
  kop: string;
}

/** Fields the engine recognises in a header row. */
export type Veld =
  | "gemeente"
  | "periode"
  | "achterstandBegin"
  | "achterstandEindOpgegeven"
  | "taakstelling"
  | "herverdeling"
  | "extraOpgave"
  | "totaalopgave"
  | "gerealiseerd"
  | "naRegistratie"
  | "realisatieTaakstelling"
  | "realisatieTotaalopgave"
  | "vorigeTrede"
  | "trede"
  | "vastgesteldeTrede"
  | "redenBesluit"
  | "opdrachtVersnelling"
  | "meetdatum"
  | "correctiedatum"
  | "volgendeTaakstelling"
  | "volgendeTotaalopgave"
  | "volgendeHerverdeling";

export type Ernst = "fout" | "waarschuwing" | "info";

/** One finding of the check. */
export interface Opmerking {
  /** A1 address in the sheet, e.g. "F7" (the header cell or the row's first cell when not about one cell). */
  cel: string;
  ernst: Ernst;
  /** Stable code of the check (src/sheet/controles.ts, docs/controles.md). */
  code: ControleCode;
  /** Clear Dutch message. */
  bericht: string;
  /** 1-based sheet row and 0-based column of `cel`, for hosts that select it. */
  rij: number;
  kolom: number;
}

/** How one header cell was understood. */
export interface KolomHerkenning {
  /** 0-based sheet column. */
  kolom: number;
  /** Header text as found. */
  kop: string;
  /** Recognised field, or null when not recognised (or the engine's own output column). */
  veld: Veld | null;
  /** Sign convention used to read the column (for achterstand-like columns). */
  conventie?: "achterstand" | "voorsprong" | "saldo" | "aantal";
  /**
   * True for the engine's own output columns: the header is one the add-in writes (EIGEN_KOPPEN, exactly),
   * or the workbook's record names the column. "IBT notitie" is not.
   */
  eigen: boolean;
  /**
   * For an own column: the registered header it stands for. That is its text, unless the user renamed a
   * recorded column (then the header the add-in wrote there). (Additive.)
   */
  eigenKop?: string;
  /**
   * For a column named after a peildatum ("Achterstand 1 januari", "Stand van zaken 1 juli 2022"): the
   * date. Such a column has `veld` null; per row it is read as achterstandBegin or
   * achterstandEindOpgegeven depending on the row's period (1 juli ends a period -1 and starts a -2).
   * `jaar` null = the year of the row's period. A date the day before a peildatum counts as that
   * peildatum (31-12-2021 = 1 januari 2022); another date inside the period is a tussenstand.
   * (Additive extension of the contract.)
   */
  peildatum?: { dag: number; maand: number; jaar: number | null };
  /** The period the header names ("TS 2022-1"), as written; resolved against the sheet's period. */
  kopPeriode?: { jaar: number; helft: 1 | 2 };
  /** The date a realisation column names ("Gerealiseerd op 1/7"); inside the period = tussenstand. */
  kopDatum?: { dag: number; maand: number; jaar: number | null };
  /**
   * Why recognised field words were not used: the header names another period than the sheet's
   * ("anderePeriode", with kopPeriode), a backlog without a date or begin/eind ("achterstandZonderDatum"),
   * the previous period ("vorigePeriode"), or a realisation up to a date outside the sheet's period
   * ("datumBuitenPeriode", with kopDatum).
   */
  nietGebruikt?: "anderePeriode" | "achterstandZonderDatum" | "vorigePeriode" | "datumBuitenPeriode";
  /** True when the column is hidden in the workbook (it is read all the same). */
  verborgen?: boolean;
  /** The header row above that this header was combined with ("Stand van zaken" over "1 juli 2022"). */
  groepKop?: string;
}

/** The computed result for one data row (the `--json` row shape is a subset of this). */
export interface RijResultaat {
  /** 1-based sheet row. */
  row: number;
  /**
   * The gemeente: its official name as CBS writes it when the sheet's name is on the CBS list in any
   * spelling ("Gemeente Leusden" -> "Leusden", "Den Haag" -> "'s-Gravenhage"), else the name as on
   * the sheet (trimmed); null for an empty cell.
   */
  gemeente: string | null;
  /** The name as on the sheet (trimmed) when it differs from `gemeente` (the official name), else null. */
  gemeenteOpBlad: string | null;
  /** CBS code of the gemeente ("GM0327"), or null when the name is not on the CBS list. */
  gemeentecode: string | null;
  /** Canonical label, e.g. "2022-1", or null when unknown. */
  periode: string | null;
  achterstandBegin: number | null;
  taakstelling: number | null;
  herverdeling: number | null;
  extraOpgave: number | null;
  totaalopgave: number | null;
  totaalopgaveInclExtra: number | null;
  gerealiseerd: number | null;
  naRegistratie: number | null;
  achterstandEind: number | null;
  achterstandEindGecorrigeerd: number | null;
  realisatieTaakstelling: number | null;
  realisatieTotaalopgave: number | null;
  taakstellingGehaald: boolean | null;
  totaalopgaveGehaald: boolean | null;
  vorigeTrede: Trede | null;
  trede: Trede | null;
  /** Trede on the registered (uncorrected) backlog, when it differs from `trede`. */
  tredeOngecorrigeerd: Trede | null;
  escalatie: Escalatie | null;
  maatregel: string | null;
  /**
   * The step the supervisors decided for this row (column "Vastgestelde trede"), which may differ from
   * the computed `trede`; null when the sheet records no decision. (Additive.)
   */
  vastgesteldeTrede: Trede | null;
  /** Their reason for the decision (column "Reden" / "Toelichting besluit"), trimmed; null when absent. */
  redenBesluit: string | null;
  /**
   * The step that counts and that the ladder continues from: the decided step when there is one, else
   * the computed `trede`; null when neither is known.
   */
  geldendeTrede: Trede | null;
  /**
   * True for a frozen decided step (rule 11): the cell or the reason says "bevroren", or the decided step
   * is the previous period's while rule 6 would escalate. False without a decision. (Additive.)
   */
  tredeBevroren: boolean;
  opdrachtVersnelling: number | null;
  /**
   * Rule 8 for this row within its period's set (the gemeenten of the same period with an opdracht and a
   * backlog > 0; see versnellingBlad.ts), unrounded; null when the row is not in such a set (no
   * opdracht, a backlog <= 0 or unknown, a duplicate or totals row). (Additive.)
   */
  opdrachtPerAchterstand: number | null;
  aandeelOpdracht: number | null;
  aandeelAchterstand: number | null;
  verhouding: number | null;
  evenredigeOpdracht: number | null;
  verschil: number | null;
  /** Which backlog rule 8 used for this row: set for a row with an opdracht and a known backlog. */
  versnellingAchterstand: VersnellingAchterstand | null;
  /** Meetdatum of an interim figure, as ISO date "2022-11-22", or null. */
  meetdatum: string | null;
  /**
   * Date the corrected backlog was measured (the late-registration correction, e.g. Leusden 2022-1:
   * 1 augustus 2022), as ISO date "2022-08-01", or null. Not in the `--json` shape. (Additive.)
   */
  correctiedatum: string | null;
  /** True for a totals row ("Totaal", "Provincie ..."). */
  isTotaalrij: boolean;
  /**
   * The next period's figures as the row states them ("Nieuwe TS 2022-2", "Nieuwe TO 2022-2"), checked by
   * TO(next) = TS(next) + A_eind + H(next); null when the sheet has no next-period column.
   */
  volgendePeriode: {
    periode: string | null;
    taakstelling: number | null;
    totaalopgave: number | null;
    herverdeling: number | null;
  } | null;
}

/** Which backlog rule 8 compares an opdracht with: the registered one (default) or the corrected one. */
export type VersnellingAchterstand = "geregistreerd" | "gecorrigeerd";

export interface Samenvatting {
  gemeenten: number;
  metAchterstand: number;
  perTrede: Record<"1" | "2" | "3" | "4" | "5" | "6", number>;
  opgeschaald: number;
  afgeschaald: number;
  /** Largest backlogs at the end of the latest period, descending (at most 10). */
  grootsteAchterstanden: { gemeente: string; periode: string; achterstand: number }[];
  fouten: number;
  waarschuwingen: number;
}

export interface Rapport {
  blad: string;
  /** 1-based sheet row of the header row, or null when none was found. */
  kopRij: number | null;
  kolommen: KolomHerkenning[];
  rijen: RijResultaat[];
  opmerkingen: Opmerking[];
  samenvatting: Samenvatting;
  /**
   * Rule 8 over the latest period with opdrachten: the same set and numbers as the rows' own fields
   * (gemeenten with an opdracht and a backlog > 0), or null without an opdracht column.
   */
  versnelling: VersnellingRij[] | null;
  /** The backlog rule 8 used (ControleOpties.versnellingAchterstand). (Additive.) */
  versnellingAchterstand?: VersnellingAchterstand;
  /**
   * The period of a sheet without a period column and where it came from ("de kop \"TS 2022-1\" (B3)",
   * "de bladnaam ..."); null with a period column or when unknown. (Additive.)
   */
  bladPeriode?: { periode: string; bron: string } | null;
  /** True for a sheet that only lists backlogs and acceleration assignments (rule 8 only). (Additive.) */
  versnellingsblad?: boolean;
}

export interface ControleOpties {
  /** User's assignment of unrecognised columns: 0-based sheet column -> field (or null to ignore). */
  kolomToewijzing?: Record<number, Veld | null>;
  /**
   * The same by header text (`ibt check --kolom "KOP=veld"`): a header whose text equals KOP (ignoring
   * case, spaces, punctuation and diacritics) is read as that field (null = ignore it).
   */
  kopToewijzing?: Record<string, Veld | null>;
  /** The backlog of rule 8 per row (`ibt check --versnelling-achterstand`); default "geregistreerd". */
  versnellingAchterstand?: VersnellingAchterstand;
}

/** One output column of the write plan. */
export interface SchrijfKolom {
  /** 0-based sheet column. */
  kolom: number;
  /** Header text: one of the registered headers (EIGEN_KOPPEN). */
  kop: string;
  /** Excel number format for the data cells, e.g. "0%" or "0". */
  formaat: string;
  /** Suggested column width in characters. */
  breedte: number;
}

/** A fill on one cell (trede colours; always together with the trede text in the cell). */
export interface Opvulling {
  /** 1-based sheet row, 0-based column. */
  rij: number;
  kolom: number;
  /** "#RRGGBB" */
  kleur: string;
}

/**
 * A three-colour scale on a column of the plan (Excel conditional format, live when the user edits
 * figures): lowest value, a number in the middle, highest value. 1-based rows, inclusive; 0-based column.
 */
export interface Kleurschaal {
  kolom: number;
  vanRij: number;
  totRij: number;
  /** "#RRGGBB" of the lowest value, the midpoint and the highest value. */
  laagste: string;
  midden: { waarde: number; kleur: string };
  hoogste: string;
}

/** A note on a header cell (shown when the cell is selected: a data-validation input message). */
export interface KopNotitie {
  /** 1-based row, 0-based column. */
  rij: number;
  kolom: number;
  titel: string;
  tekst: string;
}

/** One cell to write outside a plan (a decision recorded in the task pane): 1-based row, 0-based column. */
export interface CelSchrijving {
  rij: number;
  kolom: number;
  waarde: CelWaarde;
}

/** A non-empty cell that is not the engine's own and lies where the plan would write. */
export interface Conflict {
  cel: string;
  waarde: CelWaarde;
}

/**
 * What a host writes. `waarden` covers the rectangle from the header row to the last data row
 * over the output columns; `null` = leave the cell untouched.
 */
export interface SchrijfPlan {
  blad: string;
  /** 1-based sheet row of waarden[0], 0-based sheet column of waarden[r][0]. */
  beginRij: number;
  beginKolom: number;
  waarden: (CelWaarde | null)[][];
  /** Number formats parallel to waarden (null = leave as is). */
  formaten: (string | null)[][];
  kolommen: SchrijfKolom[];
  opvullingen: Opvulling[];
  /** Own columns of an earlier run that the plan no longer uses and that the host must clear (0-based). */
  teWissenKolommen: number[];
  conflicten: Conflict[];
  /** Number of cells with a value to write. */
  aantalCellen: number;
  /**
   * Conditional formats of the plan's own columns (IBT Verhouding). A host replaces the add-in's own
   * colour scale in those columns (and drops it from cleared ones) instead of adding another. Optional:
   * absent = none. (Additive.)
   */
  kleurschalen?: Kleurschaal[];
  /** Notes on header cells of own columns (which backlog rule 8 used). Absent = none. (Additive.) */
  kopNotities?: KopNotitie[];
}

/**
 * A native chart over a block of a new sheet (first row: series names, first column: categories).
 * "staaf": clustered bars. "kolommenMetLijn": clustered columns, the block's last series drawn as a
 * line (a combo chart; the comparison's constant 1 = evenredig). "kolommenMetLijnRechts": the same, with
 * the line (with markers) on a secondary value axis at the right (a dossier's trede as columns and its
 * backlog as a line).
 */
export interface Grafiek {
  titel: string;
  /** A1 block, header row included, e.g. "A2:B5". */
  bereik: string;
  soort: "staaf" | "kolommenMetLijn" | "kolommenMetLijnRechts";
  /** Top-left cell of the chart (A1); the host's default (right of the content, row 2) when absent. */
  positie?: string;
  /** A fixed scale of the (left) value axis, e.g. trede 0 to 6 by 1; automatic when absent. (Additive.) */
  schaal?: { minimum: number; maximum: number; eenheid: number };
}

/** A new sheet to create (comparison, letter table). */
export interface NieuwBlad {
  naam: string;
  waarden: CelWaarde[][];
  formaten: (string | null)[][];
  kolombreedten: number[];
  /** Native charts, in order (none when absent or empty). */
  grafieken?: Grafiek[];
  /** Print settings (page setup, footer, print titles); the host's defaults when absent. (Additive.) */
  afdruk?: Afdruk;
}

/** How a new sheet prints: Excel's page setup, written by each host (see docs/excel-adapter.md). */
export interface Afdruk {
  stand: "staand" | "liggend";
  papier: "A4";
  /** Scale to fit this many pages wide (the height follows: as many pages as needed). */
  paginasBreed: number;
  /** Footer text at the left of every page (plain text; a host escapes Excel's "&" codes). */
  voettekst: string;
  /** "Pagina 1 van 2" at the right of the footer. */
  paginanummers: boolean;
  /** 1-based sheet rows printed at the top of every page (Excel's print titles). */
  kopRijenHerhalen?: { van: number; tot: number };
}

export interface PrognoseRij {
  gemeente: string;
  periode: string;
  totaalopgave: number;
  gerealiseerd: number;
  gerealiseerdPrognose: number | null;
  achterstandPrognose: number | null;
  tredePrognose: Trede | null;
  benodigdPerMaand: number | null;
  opSchema: boolean | null;
  opmerking: string | null;
}

export type { VersnellingRij };
