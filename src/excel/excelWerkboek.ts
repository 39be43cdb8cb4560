/**
 * The Excel host of the WerkboekAdapter (Office.js). Sync budget: reading the active sheet is one
 * `context.sync()`, also when the active cell lies in an Excel table (its rectangle is the active
 * cell's surrounding region, loaded in the same batch) and with merged or hidden columns. Only an Excel
 * before ExcelApi 1.9 (Excel 2019 perpetual) needs a second sync, and only when some columns of the
 * sheet are hidden: it tells hidden columns one by one (see `leesBlad`). Applying a write plan is one `Excel.run` of two
 * (check, then write) unless the data exceed Excel on the web's 5 MB request limit, when every extra
 * row block costs one more. With conflicts the check run ends before the user is asked, and a second
 * run checks again and writes (1 + 2 syncs); see `schrijfMetBevestiging`.
 */
import {
  WerkboekFout,
  allesBevestigd,
  celConflicten,
  geenRuimteMelding,
  genummerdeBladnaam,
  isEigenBlad,
  isEigenKolom,
  isGeldigeBladnaam,
  isOnbeschreven,
  kolomLetters,
  leesAdres,
  omvattendeRechthoek,
  planAfmetingen,
  samengevoegdMelding,
  samengevoegdeCellen,
  schrijfMetBevestiging,
  telTeSchrijvenCellen,
  vindConflicten,
  vindSamengevoegd,
  voorbijLaatsteKolom,
  type SchrijfPoging,
} from "../host/conflicten";
import {
  EIGEN_BLAD_NAAM,
  EIGEN_BLAD_VERWIJZING,
  eigenNamenVoorPlan,
  isEigenBladNaam,
  isEigenNaam,
  leesEigenKolommen,
  leesNaamVerwijzing,
  type GedefinieerdeNaam,
} from "../sheet/eigenKolommen";
import { hostBerichten } from "../host/berichten";
import { kopRijenBereik, voettekstDelen } from "../sheet/afdruk";
import type {
  BladOverzicht,
  CelSchrijving,
  SchrijfOpties,
  SchrijfUitkomst,
  WerkboekAdapter,
} from "../host/werkboek";
import type {
  Afdruk,
  Blad,
  CelWaarde,
  EigenKolom,
  Gebied,
  Grafiek,
  Kleurschaal,
  NieuwBlad,
  SchrijfPlan,
} from "../sheet/types";
import { heeftOpdrachtKolom, KOP_LEESRIJEN } from "../sheet/vergelijk";
import {
  BYTES_PER_OPERATIE,
  MAX_VERZOEK_BYTES,
  breedteInPunten,
  groepeerOpvullingen,
  alsInerteWaarde,
  alsInerteWaarden,
  heeftWaarde,
  kolomReeksen,
  maakRechthoekig,
  rijGrootten,
  verdeelInBlokken,
} from "./schrijfOpdrachten";
import { STANDAARD_TIMEOUT_MS, excelRun, voerUit, type ExcelRunFunctie, type Wachter } from "./uitvoeren";

export interface ExcelWerkboekOpties {
  /** How long to wait for Excel before giving up with a Dutch message; default 30 s. */
  timeoutMs?: number;
  /** `Excel.run`; tests pass an office-addin-mock object's run. */
  run?: ExcelRunFunctie;
  /** Whether an ExcelApi requirement set ("1.9") is supported; default Office.context.requirements. */
  ondersteunt?: (versie: string) => boolean;
  /** Request size above which the write is split into row blocks; default 4.5 MB (limit 5 MB). */
  maxVerzoekBytes?: number;
}

/** What the last `schrijfPlan` did, for the benchmark and diagnostics. */
export interface SchrijfVerslag extends SchrijfUitkomst {
  /** Estimated request size of the write (values, formats, fills, operations). */
  bytes: number;
  /** Row blocks (1 unless the payload limit forced a split). */
  blokken: number;
  /** Range operations for the fills. */
  vulOperaties: number;
  /** `Excel.run` calls: 1 without conflicts, 2 after one confirmation, 3 when the cells changed again. */
  runs: number;
}

/** The add-in's settings are stored under this prefix in the workbook settings. */
const INSTELLING_PREFIX = "ibt.";

function standaardOndersteunt(versie: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", versie);
  } catch {
    return false;
  }
}

/** A rectangle of the sheet, 0-based rows and columns. */
type Vak = { rij: number; kolom: number; rijen: number; kolommen: number };

/** Queues the load of a RangeAreas' areas: the position and size of each. */
function laadGebieden(ra: Excel.RangeAreas | null): void {
  ra?.load("areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount");
}

/** The areas of a loaded RangeAreas (merged cells, formula cells) as 1-based-row rectangles; [] for none. */
function gebiedenVan(ra: Excel.RangeAreas | null): Gebied[] {
  if (ra === null || ra.isNullObject) return [];
  return ra.areas.items.map((r) => ({
    rij: r.rowIndex + 1,
    kolom: r.columnIndex,
    rijen: r.rowCount,
    kolommen: r.columnCount,
  }));
}

/** The defined names of a loaded NamedItemCollection, as the engine reads them. */
function namenVan(namen: Excel.NamedItemCollection): GedefinieerdeNaam[] {
  return namen.items.map((n) => ({ naam: n.name, verwijzing: String(n.formula ?? "") }));
}

/** Slices `r` (0-based sheet rows/cols) out of a loaded grid starting at (rij0, kol0); `leeg` outside it. */
function snijUit<T>(grid: T[][], rij0: number, kol0: number, r: Vak, leeg: T): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < r.rijen; i++) {
    const bron = grid[r.rij + i - rij0];
    const rij: T[] = [];
    for (let k = 0; k < r.kolommen; k++) rij.push(bron?.[r.kolom + k - kol0] ?? leeg);
    uit.push(rij);
  }
  return uit;
}

/** The overlap of two rectangles, or null when they do not overlap. */
function doorsnede(a: Vak, b: Vak): Vak | null {
  const rij = Math.max(a.rij, b.rij);
  const kolom = Math.max(a.kolom, b.kolom);
  const totRij = Math.min(a.rij + a.rijen, b.rij + b.rijen);
  const totKolom = Math.min(a.kolom + a.kolommen, b.kolom + b.kolommen);
  if (totRij <= rij || totKolom <= kolom) return null;
  return { rij, kolom, rijen: totRij - rij, kolommen: totKolom - kolom };
}

export class ExcelWerkboek implements WerkboekAdapter {
  private readonly timeoutMs: number;
  private readonly run: ExcelRunFunctie;
  private readonly ondersteunt: (versie: string) => boolean;
  private readonly maxVerzoekBytes: number;
  /** Filled by every `schrijfPlan`. */
  laatsteSchrijving: SchrijfVerslag | null = null;
  /** Syncs of the last `leesActiefBlad`. */
  laatsteLeesSyncs = 0;

  constructor(opties: ExcelWerkboekOpties = {}) {
    this.timeoutMs = opties.timeoutMs ?? STANDAARD_TIMEOUT_MS;
    this.run = opties.run ?? excelRun;
    this.ondersteunt = opties.ondersteunt ?? standaardOndersteunt;
    this.maxVerzoekBytes = opties.maxVerzoekBytes ?? MAX_VERZOEK_BYTES;
  }

  private voerUit<T>(
    batch: (context: Excel.RequestContext, wachter: Wachter) => Promise<T>,
    runOpties: Excel.RunOptions = {},
  ): Promise<T> {
    return voerUit(this.run, { delayForCellEdit: true, ...runOpties }, this.timeoutMs, batch);
  }

  /**
   * Reads the active sheet in one sync: values, number formats, position, and what else is the user's
   * (merged areas, ExcelApi 1.13; formula cells, to tell a formula that gives "" from an empty cell),
   * the hidden columns (marked, read all the same) and the add-in's record of its own columns (the sheet's hidden "_IBT_" names). Should Excel refuse the
   * extras (it gives up on more than 512 merged areas), the sheet is read again without them; the write
   * still checks the target cells for merges, formulas and the record itself.
   */
  async leesActiefBlad(): Promise<Blad> {
    this.laatsteLeesSyncs = 0;
    try {
      return await this.leesBlad(true);
    } catch (fout) {
      if (fout instanceof WerkboekFout && fout.code === "timeout") throw fout;
      // Counted on: the failed sync and this one.
      return this.leesBlad(false);
    }
  }

  private leesBlad(metExtra: boolean): Promise<Blad> {
    return this.voerUit(async (context) => {
      // Everything in one batch, one sync: the used range (values, formats, position), the sheet's
      // name, the active cell, the tables under it and its surrounding region (ExcelApi 1.7). Office.js
      // gives a table's address only after a sync that tells its name, so the table's rectangle is
      // taken as the region around the active cell: a table with empty cells around it is exactly that.
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const gebruikt = ws.getUsedRange(true);
      gebruikt.load("values, numberFormat, rowIndex, columnIndex, rowCount, columnCount");
      const cel = context.workbook.getActiveCell();
      const tabellen = cel.getTables(false);
      tabellen.load("items/name");
      const gebied = cel.getSurroundingRegion();
      gebied.load("rowIndex, columnIndex, rowCount, columnCount");
      const samengevoegd =
        metExtra && this.ondersteunt("1.13") ? gebruikt.getMergedAreasOrNullObject() : null;
      laadGebieden(samengevoegd);
      const formules = metExtra ? gebruikt.getSpecialCellsOrNullObject("Formulas") : null;
      laadGebieden(formules);
      // `names` is a collection of the worksheet proxy, loaded on the next line (not a property to load).
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      const namen = metExtra ? ws.names : null;
      namen?.load("items/name, items/formula");
      // Hidden columns, also in this batch. ExcelApi 1.9: `getColumnProperties` gives one item per
      // column of a range without knowing how many there are, so the used range's first row tells every
      // column (hidden is a property of the whole column). Before 1.9 the used range's own
      // `columnHidden` says none (false), all (true) or some (null); only "some" costs a second sync.
      // (`format.columnWidth === 0` would need the column count too, and a width can be 0 without hiding.)
      const kolomEigenschappen =
        metExtra && this.ondersteunt("1.9")
          ? gebruikt.getRow(0).getColumnProperties({ columnHidden: true })
          : null;
      if (metExtra && !kolomEigenschappen) gebruikt.load("columnHidden");
      this.laatsteLeesSyncs++;
      await context.sync();

      const rij0 = gebruikt.rowIndex;
      const kol0 = gebruikt.columnIndex;
      const heel = { rij: rij0, kolom: kol0, rijen: gebruikt.rowCount, kolommen: gebruikt.columnCount };
      let rechthoek = heel;
      // "items/name" was loaded above; the lint rule only recognises a load of "items" itself.
      // eslint-disable-next-line office-addins/load-object-before-read
      const inTabel = tabellen.items.length > 0;
      // A 1x1 region is an empty cell with nothing around it (say, far below a table's last row):
      // then the whole used range is read.
      if (inTabel && gebied.rowCount * gebied.columnCount > 1) {
        const regio = {
          rij: gebied.rowIndex,
          kolom: gebied.columnIndex,
          rijen: gebied.rowCount,
          kolommen: gebied.columnCount,
        };
        rechthoek = doorsnede(regio, heel) ?? heel;
      }

      const waarden = gebruikt.values as CelWaarde[][];
      const leeg =
        rechthoek.rijen * rechthoek.kolommen === 1 && waarden.length === 1 && isOnbeschreven(waarden[0]?.[0]);
      const blad: Blad = leeg
        ? { naam: ws.name, waarden: [], formaten: [], beginRij: 0, beginKolom: 0 }
        : {
            naam: ws.name,
            waarden: snijUit<CelWaarde>(waarden, rij0, kol0, rechthoek, ""),
            formaten: snijUit<string>(gebruikt.numberFormat as string[][], rij0, kol0, rechthoek, "General"),
            beginRij: rechthoek.rij,
            beginKolom: rechthoek.kolom,
          };
      const bijeen = gebiedenVan(samengevoegd);
      if (bijeen.length > 0) blad.samengevoegd = bijeen;
      // A formula that gives "" looks empty in `values`: it is the user's content all the same.
      const zonderWaarde: { rij: number; kolom: number }[] = [];
      for (const g of gebiedenVan(formules)) {
        for (let r = g.rij; r < g.rij + g.rijen; r++)
          for (let k = g.kolom; k < g.kolom + g.kolommen; k++)
            if (isOnbeschreven(waarden[r - 1 - rij0]?.[k - kol0])) zonderWaarde.push({ rij: r, kolom: k });
      }
      if (zonderWaarde.length > 0) blad.formulesZonderWaarde = zonderWaarde;
      const eigen = namen ? leesEigenKolommen(namenVan(namen), ws.name) : [];
      if (eigen.length > 0) blad.eigenKolommen = eigen;

      // Hidden columns of the rectangle read (0-based sheet columns).
      let verborgen: number[] = [];
      if (leeg || !metExtra) {
        // Nothing to mark (an empty sheet), or read without the extras.
      } else if (kolomEigenschappen) {
        // Item i is column kol0 + i of the used range.
        kolomEigenschappen.value.forEach((e, i) => {
          if (e.columnHidden === true) verborgen.push(kol0 + i);
        });
      } else if (gebruikt.columnHidden === true) {
        verborgen = Array.from({ length: heel.kolommen }, (_, i) => kol0 + i);
      } else if (gebruikt.columnHidden === null) {
        // Before ExcelApi 1.9 with some columns hidden: ask each column of the rectangle, one sync.
        const kolommen = Array.from({ length: rechthoek.kolommen }, (_, i) => {
          const kolom = gebruikt.getColumn(rechthoek.kolom - kol0 + i);
          kolom.load("columnHidden");
          return kolom;
        });
        this.laatsteLeesSyncs++;
        await context.sync();
        kolommen.forEach((k, i) => {
          if (k.columnHidden === true) verborgen.push(rechthoek.kolom + i);
        });
      }
      verborgen = verborgen.filter((k) => k >= rechthoek.kolom && k < rechthoek.kolom + rechthoek.kolommen);
      if (verborgen.length > 0) blad.verborgenKolommen = verborgen;
      return blad;
    });
  }

  /**
   * Applies a write plan. Excel tables (ListObjects) need nothing of their own, by this reasoning:
   * - The plan's columns lie right of the header row it read (or on the add-in's own columns), so next
   *   to a table, never on one of its columns; reading from inside a table reads the whole table.
   * - Sync 1 reads every target cell as it is now. A table's header cell is never empty, so a column of
   *   the user's table (also one added after the check, or one outside the rectangle read) is a
   *   conflict: written only when the user confirms, never silently. Tested in test/excel/kopEnTabel.
   * - Values written directly right of a table may make Excel extend the table over the own columns
   *   (its AutoExpand); that changes no cell of the user, and the next read finds the own columns by
   *   their headers and the "_IBT_" names, inside the table or not.
   * - Clearing a dropped own column inside an extended table empties its header cell, which Excel then
   *   names "Kolom1" (a table header cannot be empty): a new header, no lost data of the user.
   */
  async schrijfPlan(plan: SchrijfPlan, opties: SchrijfOpties = {}): Promise<SchrijfUitkomst> {
    if (voorbijLaatsteKolom(plan)) {
      throw new WerkboekFout("geen-ruimte", geenRuimteMelding(plan.blad, plan.kolommen.length));
    }
    const { rijen, kolommen } = planAfmetingen(plan);
    const cellen = telTeSchrijvenCellen(plan);
    if (rijen === 0 || kolommen === 0) {
      this.laatsteSchrijving = {
        cellen: 0,
        syncs: 0,
        eenOngedaanStap: false,
        bytes: 0,
        blokken: 0,
        vulOperaties: 0,
        runs: 0,
      };
      return { cellen: 0, syncs: 0, eenOngedaanStap: false };
    }
    const formaten = maakRechthoekig<string>(plan.formaten, rijen, kolommen);
    // Text from the sheet stays text: "=HYPERLINK(...)" as a gemeente never becomes a formula.
    const waarden = alsInerteWaarden(maakRechthoekig<CelWaarde>(plan.waarden, rijen, kolommen), formaten);
    // The record of the add-in's columns after this write: one hidden name per planned column.
    const gewensteNamen = eigenNamenVoorPlan(plan);
    const metFormaten = heeftWaarde(formaten);
    const vullingen = groepeerOpvullingen(plan.opvullingen);
    const metGebieden = this.ondersteunt("1.9");
    const vulOperaties = vullingen.reduce(
      (n, v) => n + (metGebieden ? v.adressen.length : v.gebieden.length),
      0,
    );
    const vulBytes = vullingen.reduce((n, v) => n + v.adressen.join(",").length, 0);
    const opmaakOperaties = (plan.kleurschalen?.length ?? 0) * 3 + (plan.kopNotities?.length ?? 0) * 2;
    const vasteBytes =
      vulBytes +
      (vulOperaties + opmaakOperaties + plan.kolommen.length * 5 + plan.teWissenKolommen.length * 4 + 8) *
        BYTES_PER_OPERATIE;
    const grootten = rijGrootten(waarden, metFormaten ? formaten : null);
    const blokken = verdeelInBlokken(grootten, this.maxVerzoekBytes, vasteBytes);
    const bytes = grootten.reduce((a, b) => a + b, vasteBytes);

    // Syncs and runs over all attempts (a write without conflicts is 1 run of 2 syncs).
    let totaalSyncs = 0;
    let runs = 0;
    /**
     * One attempt, in one `Excel.run`: sync 1 reads the target cells as they are now; when every
     * conflict is among the confirmed cells, the write follows in the same run (sync 2, plus one per
     * extra row block). Otherwise the run ends without writing and the conflicts go back to the caller,
     * which asks the user while no Excel batch is open.
     */
    const poging = async (
      metUndo: boolean,
      bevestigd: ReadonlySet<string>,
    ): Promise<SchrijfPoging<SchrijfVerslag>> => {
      let syncs = 0;
      const conflicten = await this.voerUit(
        async (context, wachter) => {
          const r0 = plan.beginRij - 1;
          const k0 = plan.beginKolom;
          const ws = context.workbook.worksheets.getItem(plan.blad);

          // Sync 1: what is in the target cells now (row 0 = the header row): values, formulas, merged
          // areas; the headers of the columns to clear; and the sheet's names (the record of the add-in's
          // columns).
          const doel = ws.getRangeByIndexes(r0, k0, rijen, kolommen);
          doel.load("values");
          const doelFormules = doel.getSpecialCellsOrNullObject("Formulas");
          laadGebieden(doelFormules);
          const doelSamengevoegd = this.ondersteunt("1.13") ? doel.getMergedAreasOrNullObject() : null;
          laadGebieden(doelSamengevoegd);
          // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
          const namen = ws.names;
          namen.load("items/name, items/formula");
          const wisKoppen = plan.teWissenKolommen.map((kolom) => {
            const kop = ws.getRangeByIndexes(r0, kolom, 1, 1);
            kop.load("values");
            return { kolom, kop };
          });
          syncs++;
          await context.sync();
          wachter.stopAlsVerlopen();

          // Never into merged cells: the user merged them after the check, so nothing is written.
          const samengevoegd = vindSamengevoegd(plan, gebiedenVan(doelSamengevoegd));
          if (samengevoegd.length > 0) {
            throw new WerkboekFout(
              "samengevoegd",
              samengevoegdMelding(plan.blad, samengevoegd),
              samengevoegd,
            );
          }
          const bestaandeNamen = namenVan(namen);
          const eigenKolommen: EigenKolom[] = leesEigenKolommen(bestaandeNamen, plan.blad);
          const formuleCellen: { rij: number; kolom: number }[] = [];
          for (const g of gebiedenVan(doelFormules))
            for (let r = g.rij; r < g.rij + g.rijen; r++)
              for (let k = g.kolom; k < g.kolom + g.kolommen; k++) formuleCellen.push({ rij: r, kolom: k });
          const gevonden = vindConflicten(plan, doel.values as CelWaarde[][], {
            formules: formuleCellen,
            eigenKolommen,
          });
          if (!allesBevestigd(gevonden, bevestigd)) return gevonden;

          // Sync 2 (one per row block when the payload limit forces a split).
          const onderbreek = () => {
            if (this.ondersteunt("1.6")) context.application.suspendApiCalculationUntilNextSync();
            if (this.ondersteunt("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
          };
          onderbreek();
          for (const [i, blok] of blokken.entries()) {
            const bereik =
              blokken.length === 1
                ? doel
                : ws.getRangeByIndexes(r0 + blok.van, k0, blok.tot - blok.van, kolommen);
            bereik.values = (
              blokken.length === 1 ? waarden : waarden.slice(blok.van, blok.tot)
            ) as unknown[][];
            if (metFormaten) {
              bereik.numberFormat = (
                blokken.length === 1 ? formaten : formaten.slice(blok.van, blok.tot)
              ) as unknown[][];
            }
            if (i < blokken.length - 1) {
              syncs++;
              // Deliberate: one sync per row block, only when a block would exceed the 5 MB limit.
              // eslint-disable-next-line office-addins/no-context-sync-in-loop
              await context.sync();
              onderbreek();
            }
          }

          for (const [kolom, aantal] of kolomReeksen(plan.kolommen.map((k) => k.kolom))) {
            ws.getRangeByIndexes(r0, kolom, 1, aantal).format.font.bold = true;
          }
          for (const k of plan.kolommen) {
            ws.getRangeByIndexes(r0, k.kolom, 1, 1).format.columnWidth = breedteInPunten(k.breedte);
          }

          // Trede columns: earlier fills below the header go, then the plan's fills, grouped by colour.
          if (rijen > 1) {
            for (const kolom of new Set(plan.opvullingen.map((o) => o.kolom))) {
              ws.getRangeByIndexes(r0 + 1, kolom, rijen - 1, 1).format.fill.clear();
            }
          }
          for (const v of vullingen) {
            if (metGebieden) {
              for (const adres of v.adressen) ws.getRanges(adres).format.fill.color = v.kleur;
            } else {
              for (const gebied of v.gebieden) ws.getRange(gebied).format.fill.color = v.kleur;
            }
          }

          // Own columns of an earlier run that the plan no longer uses (only while still the add-in's:
          // a registered header, or recorded), in the plan's rows only: a note of the user below the
          // table stays.
          for (const { kolom, kop } of wisKoppen) {
            if (!isEigenKolom((kop.values as CelWaarde[][])[0]?.[0], plan.beginRij, kolom, eigenKolommen))
              continue;
            const oud = ws.getRangeByIndexes(r0, kolom, rijen, 1);
            oud.clear("Contents");
            oud.format.fill.clear();
            // Its colour scale and header note (IBT Verhouding and the other versnelling columns).
            if (this.ondersteunt("1.6")) oud.conditionalFormats.clearAll();
            if (this.ondersteunt("1.8")) ws.getRangeByIndexes(r0, kolom, 1, 1).dataValidation.clear();
          }

          // Rule 8 per row: the colour scale of IBT Verhouding replaces the one of an earlier run (the
          // conditional formats of the own column's data rows are the add-in's, like its fill), and each
          // versnelling header gets its note as a data-validation input message.
          if (this.ondersteunt("1.6")) {
            for (const k of plan.kleurschalen ?? []) {
              const bereik = ws.getRangeByIndexes(k.vanRij - 1, k.kolom, k.totRij - k.vanRij + 1, 1);
              bereik.conditionalFormats.clearAll();
              const schaal = bereik.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
              schaal.colorScale.criteria = kleurschaalCriteria(k);
            }
          }
          if (this.ondersteunt("1.8")) {
            for (const n of plan.kopNotities ?? []) {
              const kop = ws.getRangeByIndexes(n.rij - 1, n.kolom, 1, 1);
              kop.dataValidation.clear();
              kop.dataValidation.prompt = { showPrompt: true, title: n.titel, message: n.tekst };
            }
          }

          // The record: exactly one hidden "_IBT_" name per planned column, referring to its header cell
          // (Excel moves it with the column). Names of the user are never touched.
          werkEigenNamenBij(namen, bestaandeNamen, gewensteNamen, plan.blad);
          syncs++;
          await context.sync();
          return null;
        },
        metUndo ? { mergeUndoGroup: true } : {},
      );
      totaalSyncs += syncs;
      runs++;
      if (conflicten) return { geschreven: false, conflicten };
      return {
        geschreven: true,
        uitkomst: {
          cellen,
          syncs: totaalSyncs,
          eenOngedaanStap: metUndo,
          bytes,
          blokken: blokken.length,
          vulOperaties,
          runs,
        },
      };
    };

    let metUndo = this.ondersteunt("1.20");
    const verslag = await schrijfMetBevestiging(
      plan.blad,
      async (bevestigd) => {
        try {
          return await poging(metUndo, bevestigd);
        } catch (fout) {
          // Grouping into one undo step is refused by some hosts for some operations: write without it.
          // The cells the user already confirmed stay confirmed.
          if (!(metUndo && fout instanceof WerkboekFout && fout.code === "UndoNotSupported")) throw fout;
          metUndo = false;
          return poging(false, bevestigd);
        }
      },
      opties.bevestigOverschrijven,
    );
    this.laatsteSchrijving = verslag;
    return { cellen: verslag.cellen, syncs: verslag.syncs, eenOngedaanStap: verslag.eenOngedaanStap };
  }

  /**
   * Writes single cells (a decision recorded in the task pane) in one `Excel.run` of two syncs: sync 1
   * reads the rectangle around the cells (values, formulas, merged areas), sync 2 writes them when every
   * conflict is confirmed. With conflicts the run ends before the user is asked, and a second run checks
   * again and writes (1 + 2 syncs), as `schrijfPlan`. Text stays text (alsInerteWaarde).
   */
  async schrijfCellen(
    blad: string,
    cellen: CelSchrijving[],
    opties: SchrijfOpties = {},
  ): Promise<SchrijfUitkomst> {
    if (cellen.length === 0) return { cellen: 0, syncs: 0, eenOngedaanStap: false };
    const r = omvattendeRechthoek(cellen);
    let syncs = 0;
    await schrijfMetBevestiging(
      blad,
      async (bevestigd): Promise<SchrijfPoging<null>> => {
        const conflicten = await this.voerUit(async (context) => {
          const ws = context.workbook.worksheets.getItem(blad);
          const doel = ws.getRangeByIndexes(r.rij - 1, r.kolom, r.rijen, r.kolommen);
          doel.load("values");
          const formules = doel.getSpecialCellsOrNullObject("Formulas");
          laadGebieden(formules);
          const samengevoegd = this.ondersteunt("1.13") ? doel.getMergedAreasOrNullObject() : null;
          laadGebieden(samengevoegd);
          syncs++;
          await context.sync();

          const inSamenvoeging = samengevoegdeCellen(cellen, gebiedenVan(samengevoegd));
          if (inSamenvoeging.length > 0)
            throw new WerkboekFout("samengevoegd", samengevoegdMelding(blad, inSamenvoeging), inSamenvoeging);
          const formuleCellen = new Set<string>();
          for (const g of gebiedenVan(formules))
            for (let i = g.rij; i < g.rij + g.rijen; i++)
              for (let k = g.kolom; k < g.kolom + g.kolommen; k++) formuleCellen.add(`${i}:${k}`);
          const waarden = doel.values as CelWaarde[][];
          const gevonden = celConflicten(cellen, (rij, kolom) => ({
            waarde: waarden[rij - r.rij]?.[kolom - r.kolom],
            formule: formuleCellen.has(`${rij}:${kolom}`),
          }));
          if (!allesBevestigd(gevonden, bevestigd)) return gevonden;
          for (const c of cellen)
            ws.getRangeByIndexes(c.rij - 1, c.kolom, 1, 1).values = [[alsInerteWaarde(c.waarde)]];
          syncs++;
          await context.sync();
          return null;
        });
        return conflicten ? { geschreven: false, conflicten } : { geschreven: true, uitkomst: null };
      },
      opties.bevestigOverschrijven,
    );
    return { cellen: cellen.length, syncs, eenOngedaanStap: false };
  }

  async selecteerCel(blad: string, adres: string): Promise<void> {
    if (!leesAdres(adres)) throw new WerkboekFout("adres-ongeldig", hostBerichten.adresOngeldig(adres));
    await this.voerUit(async (context) => {
      const ws = context.workbook.worksheets.getItem(blad);
      ws.activate();
      ws.getRange(adres).select();
      await context.sync();
    });
  }

  async schrijfNieuwBlad(nieuw: NieuwBlad): Promise<void> {
    if (!isGeldigeBladnaam(nieuw.naam)) {
      throw new WerkboekFout("bladnaam-ongeldig", hostBerichten.bladnaamOngeldig(nieuw.naam));
    }
    await this.voerUit(async (context, wachter) => {
      const bladen = context.workbook.worksheets;
      bladen.load("items/name, items/position");
      await context.sync();

      // The first of "naam", "naam (2)", ... that is free or the add-in's own (then replaced).
      const bestaande = new Map(bladen.items.map((w) => [w.name.toLocaleLowerCase("nl"), w]));
      const kandidaten: string[] = [nieuw.naam];
      while (bestaande.has(kandidaten[kandidaten.length - 1].toLocaleLowerCase("nl"))) {
        kandidaten.push(genummerdeBladnaam(nieuw.naam, kandidaten.length + 1));
      }
      let naam = kandidaten[kandidaten.length - 1];
      let teVervangen: Excel.Worksheet | null = null;
      if (kandidaten.length > 1) {
        // A sheet is the add-in's own only when it holds the marker name the add-in gave it.
        const metNamen = kandidaten.slice(0, -1).map((k) => {
          const namen = bestaande.get(k.toLocaleLowerCase("nl"))!.names;
          namen.load("items/name");
          return { k, namen };
        });
        await context.sync();
        const eigen = metNamen.find(({ namen }) => isEigenBlad(namen.items.map((n) => n.name)));
        if (eigen) {
          naam = eigen.k;
          teVervangen = bestaande.get(eigen.k.toLocaleLowerCase("nl"))!;
        }
      }

      wachter.stopAlsVerlopen();
      let ws: Excel.Worksheet;
      if (teVervangen) {
        const tijdelijk = `IBT ${Date.now().toString(36)}`.slice(0, 31);
        ws = bladen.add(tijdelijk);
        const positie = teVervangen.position;
        teVervangen.delete();
        ws.name = teVervangen.name;
        ws.position = positie;
      } else {
        ws = bladen.add(naam);
      }
      // The marker that makes this sheet the add-in's own (a replaced sheet took its marker with it).
      ws.names.add(EIGEN_BLAD_NAAM, EIGEN_BLAD_VERWIJZING).visible = false;
      const rijen = nieuw.waarden.length;
      const kolommen = Math.max(
        1,
        ...nieuw.waarden.map((r) => r.length),
        ...nieuw.formaten.map((r) => r.length),
      );
      if (rijen > 0) {
        const bereik = ws.getRangeByIndexes(0, 0, rijen, kolommen);
        const formaten = maakRechthoekig<string>(nieuw.formaten, rijen, kolommen);
        // Formats first, and text as text (a gemeente "=HYPERLINK(...)" in A3 stays text).
        if (heeftWaarde(formaten)) bereik.numberFormat = formaten as unknown[][];
        bereik.values = alsInerteWaarden(
          maakRechthoekig<CelWaarde>(nieuw.waarden, rijen, kolommen),
          formaten,
        ) as unknown[][];
      }
      nieuw.kolombreedten.forEach((b, k) => {
        if (b > 0) ws.getRangeByIndexes(0, k, 1, 1).format.columnWidth = breedteInPunten(b);
      });
      for (const g of nieuw.grafieken ?? [])
        voegGrafiekToe(ws, g, `${kolomLetters(kolommen + 1)}2`, this.ondersteunt("1.8"));
      // Print settings (PageLayout, ExcelApi 1.9) in the same batch: no extra sync; skipped before 1.9.
      if (nieuw.afdruk && this.ondersteunt("1.9")) zetAfdruk(ws, nieuw.afdruk);
      ws.activate();
      await context.sync();
    });
  }

  /**
   * The visible sheets in tab order, each with whether the engine finds an opdracht column in its top
   * rows. Two syncs, whatever the number of sheets: the list of sheets (names, visibility), then the
   * first KOP_LEESRIJEN rows of every sheet's used range in one batch. Those rows are the used range's
   * first row grown downwards (`getResizedRange`, ExcelApi 1.7), so no sheet's size needs a sync of its
   * own; rows under the used range read as empty, and an empty sheet's used range is A1.
   */
  async leesBladen(): Promise<BladOverzicht[]> {
    return this.voerUit(async (context) => {
      const bladen = context.workbook.worksheets;
      bladen.load("items/name, items/visibility");
      await context.sync();
      const koppen = bladen.items
        .filter((ws) => ws.visibility === "Visible")
        .map((ws) => {
          const bovenste = ws
            .getUsedRange(true)
            .getRow(0)
            .getResizedRange(KOP_LEESRIJEN - 1, 0);
          bovenste.load("values, numberFormat, rowIndex, columnIndex");
          return { naam: ws.name, bovenste };
        });
      await context.sync();
      return koppen.map(({ naam, bovenste }) => ({
        naam,
        opdrachtKolom: heeftOpdrachtKolom({
          naam,
          waarden: bovenste.values as CelWaarde[][],
          formaten: bovenste.numberFormat as string[][],
          beginRij: bovenste.rowIndex,
          beginKolom: bovenste.columnIndex,
        }),
      }));
    });
  }

  /** Activates a sheet (one sync); an unknown name gives Excel's ItemNotFound as a Dutch message. */
  async activeerBlad(naam: string): Promise<void> {
    await this.voerUit(async (context) => {
      context.workbook.worksheets.getItem(naam).activate();
      await context.sync();
    });
  }

  async leesInstelling<T>(sleutel: string): Promise<T | null> {
    return this.voerUit(async (context) => {
      const instelling = context.workbook.settings.getItemOrNullObject(INSTELLING_PREFIX + sleutel);
      instelling.load("value");
      await context.sync();
      if (instelling.isNullObject) return null;
      const waarde: unknown = instelling.value;
      if (typeof waarde !== "string") return (waarde ?? null) as T | null;
      try {
        return JSON.parse(waarde) as T;
      } catch {
        return null;
      }
    });
  }

  async bewaarInstelling<T>(sleutel: string, waarde: T): Promise<void> {
    await this.voerUit(async (context) => {
      context.workbook.settings.add(INSTELLING_PREFIX + sleutel, JSON.stringify(waarde));
      await context.sync();
    });
  }
}

/**
 * Queues a sheet's print settings (Excel.PageLayout, ExcelApi 1.9): orientation, A4, fit to
 * `paginasBreed` pages wide and as many tall as needed (zoom), the footer (left: the text, right:
 * "Pagina &P van &N") and the print titles. Synced by the caller.
 */
function zetAfdruk(ws: Excel.Worksheet, a: Afdruk): void {
  const pagina = ws.pageLayout;
  pagina.orientation = (a.stand === "liggend" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  pagina.paperSize = "A4" as Excel.PaperType;
  pagina.zoom = { horizontalFitToPages: a.paginasBreed, verticalFitToPages: 0 };
  const { links, rechts } = voettekstDelen(a);
  const voet = pagina.headersFooters.defaultForAllPages;
  voet.leftFooter = links;
  voet.rightFooter = rechts;
  const titels = kopRijenBereik(a);
  if (titels !== null) pagina.setPrintTitleRows(titels);
}

/**
 * Queues a native chart over a block of the sheet: "staaf" a clustered bar chart (series as Excel sees
 * them, "Auto"), "kolommenMetLijn" clustered columns with one series per column of the block and the
 * last series drawn as a line (ChartSeries.chartType, ExcelApi 1.7): a combo chart.
 * "kolommenMetLijnRechts": the same with the last series a line with markers on the secondary value
 * axis (ChartSeries.axisGroup, ExcelApi 1.8; before that the line shares the left axis). A `schaal`
 * fixes the left value axis. All queued: no sync of its own.
 */
function voegGrafiekToe(
  ws: Excel.Worksheet,
  g: Grafiek,
  standaardPositie: string,
  secundaireAs: boolean,
): void {
  const bron = ws.getRange(g.bereik);
  if (g.soort === "staaf") {
    const grafiek = ws.charts.add("BarClustered", bron, "Auto");
    grafiek.title.text = g.titel;
    grafiek.setPosition(g.positie ?? standaardPositie);
    return;
  }
  const grafiek = ws.charts.add("ColumnClustered", bron, "Columns");
  grafiek.title.text = g.titel;
  // One series per column after the first (the categories): the last one is the line.
  const reeksen = (leesAdres(g.bereik)?.kolommen ?? 2) - 1;
  const lijn = grafiek.series.getItemAt(reeksen - 1);
  if (g.soort === "kolommenMetLijnRechts") {
    lijn.chartType = "LineMarkers";
    if (secundaireAs) lijn.axisGroup = "Secondary";
  } else {
    lijn.chartType = "Line";
  }
  if (g.schaal) {
    const as = grafiek.axes.valueAxis;
    as.minimum = g.schaal.minimum;
    as.maximum = g.schaal.maximum;
    as.majorUnit = g.schaal.eenheid;
  }
  grafiek.setPosition(g.positie ?? standaardPositie);
}

/**
 * The three-colour scale of a plan (Excel's ColorScale criteria): lowest value, a number in the middle,
 * highest value. The type names are Excel's own strings (ConditionalFormatColorCriterionType), so this
 * needs no Office.js at load time.
 */
export function kleurschaalCriteria(k: Kleurschaal): Excel.ConditionalColorScaleCriteria {
  return {
    minimum: { formula: null, type: "LowestValue", color: k.laagste },
    midpoint: { formula: String(k.midden.waarde), type: "Number", color: k.midden.kleur },
    maximum: { formula: null, type: "HighestValue", color: k.hoogste },
  } as unknown as Excel.ConditionalColorScaleCriteria;
}

/**
 * Brings the sheet's hidden "_IBT_" names to exactly `gewenst`: a name that is right stays, one that
 * points elsewhere gets the new reference, a missing one is added (hidden), and the record name of a
 * registered column the plan no longer has is deleted. Other names (the user's, also "_IBT_mijn", and
 * the sheet marker) are left alone. Queued, synced by the caller.
 */
function werkEigenNamenBij(
  namen: Excel.NamedItemCollection,
  bestaand: readonly GedefinieerdeNaam[],
  gewenst: readonly GedefinieerdeNaam[],
  blad: string,
): void {
  // Exactly the column record: the user's names and the sheet marker are left alone.
  const isEigen = (n: string): boolean => isEigenNaam(n) && !isEigenBladNaam(n);
  const formule = (g: GedefinieerdeNaam): string => `=${g.verwijzing}`;
  for (const b of bestaand) {
    if (!isEigen(b.naam)) continue;
    const g = gewenst.find((x) => x.naam.toLowerCase() === b.naam.toLowerCase());
    if (!g) namen.getItem(b.naam).delete();
    else {
      const nu = leesNaamVerwijzing(b.verwijzing, blad);
      const doel = leesNaamVerwijzing(g.verwijzing, blad);
      if (nu?.rij !== doel?.rij || nu?.kolom !== doel?.kolom) namen.getItem(b.naam).formula = formule(g);
    }
  }
  for (const g of gewenst) {
    if (bestaand.some((b) => b.naam.toLowerCase() === g.naam.toLowerCase())) continue;
    const nieuw = namen.add(g.naam, formule(g));
    nieuw.visible = false;
  }
}
