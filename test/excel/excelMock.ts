/**
 * A grid-holding Excel for tests and the benchmark, built on office-addin-mock: every range, sheet,
 * setting and chart proxy is an `OfficeMockObject`, so reading a property that was not loaded and
 * synced gives the mock's "not loaded" error instead of data (as in Office.js). `context.sync` is
 * replaced by a counting function that applies the queued writes to the grid, in this order:
 * method calls (clear, delete, add, select, settings.add, charts.add) in call order, then property
 * writes (values, numberFormat, bold, fill colour, column width, sheet name/position) per proxy in
 * creation order, then loads. Writes queued but never synced are dropped, as in Excel.
 *
 * Like Excel, `range.values` takes a text as if it were typed: "=...", "+...", "-..." and "@..." (that
 * are no number) become a formula (value "#NAME?"), and a leading apostrophe is Excel's quote prefix
 * (the cell holds the text without it). Cells can hold formulas and be merged, columns can be hidden
 * (`range.columnHidden`, ExcelApi 1.2, and `range.getColumnProperties`, ExcelApi 1.9: the only
 * properties it gives are columnIndex, columnHidden and address), and every sheet has sheet-scoped
 * names (`worksheet.names`); `voegKolomIn` inserts a column the way Excel does, moving values,
 * formulas, merges, hidden columns and names.
 */
import { OfficeMockObject } from "office-addin-mock";
import { bereikAdres, leesAdres, type Rechthoek } from "../../src/host/conflicten";
import type { CelWaarde } from "../../src/sheet/types";

export interface MockBladInvoer {
  naam: string;
  waarden: CelWaarde[][];
  formaten?: string[][];
  /** 0-based first row/column of `waarden` (default A1). */
  beginRij?: number;
  beginKolom?: number;
  tabellen?: { naam: string; adres: string }[];
  /** Formulas by A1 address ("I3" -> "=F3*2"); the cell's value is whatever `waarden` holds there. */
  formules?: Record<string, string>;
  /** Merged ranges, "G1:H1". */
  samenvoegingen?: string[];
  /** Hidden columns, 0-based (as in a Blad). */
  verborgenKolommen?: number[];
  /** Sheet-scoped names with their formula ("_IBT_Trede" -> "=Overzicht!$P$1"). */
  namen?: Record<string, string>;
  /** `worksheet.visibility`; default "Visible". */
  zichtbaarheid?: "Visible" | "Hidden" | "VeryHidden";
}

/** A sheet-scoped defined name as the mock keeps it. */
export interface MockNaam {
  naam: string;
  formule: string;
  zichtbaar: boolean;
}

export interface MockGrafiek {
  soort: string;
  bron: string;
  reeksen: string;
  titel: string;
  positie: string | null;
  /** Chart types set per series (`chart.series.getItemAt(i).chartType`); absent when none was set. */
  reeksSoorten?: Record<number, string>;
  /** Axis groups set per series (`axisGroup`, ExcelApi 1.8); absent when none was set. */
  reeksAssen?: Record<number, string>;
  /** The value axis' scale as set (`chart.axes.valueAxis`); absent when none was set. */
  waardeAs?: { minimum?: number; maximum?: number; majorUnit?: number };
}

export interface MockAfdruk {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
  printTitleRows?: string;
}

export interface MockBlad {
  naam: string;
  waarden: CelWaarde[][];
  formaten: string[][];
  vullingen: (string | null)[][];
  vet: boolean[][];
  /** Column widths in points (undefined = default). */
  breedten: (number | undefined)[];
  tabellen: { naam: string; r: Rechthoek }[];
  grafieken: MockGrafiek[];
  actieveCel: { rij: number; kolom: number };
  /** Formula per cell (0-based), undefined for a constant. */
  formules: (string | undefined)[][];
  /** Merged ranges (1-based rij, as leesAdres gives them). */
  samengevoegd: Rechthoek[];
  /** Hidden columns, 0-based. */
  verborgenKolommen: number[];
  namen: MockNaam[];
  zichtbaarheid: "Visible" | "Hidden" | "VeryHidden";
  /** Conditional formats (ExcelApi 1.6) in the order added: range (0-based rij), type, criteria. */
  voorwaardelijkeOpmaak: { r: Rechthoek; type: string; criteria: unknown }[];
  /** Data-validation input messages (ExcelApi 1.8) per cell, "rij:kolom" (0-based). */
  invoerBerichten: Map<string, { showPrompt: boolean; title: string; message: string }>;
  /**
   * Print settings written through `worksheet.pageLayout` (ExcelApi 1.9; below that the property throws
   * ApiNotFound, as Office.js does): absent until something was set.
   */
  afdruk?: MockAfdruk;
}

export interface ExcelMockOpties {
  actiefBlad?: string;
  /** A1 address of the active cell on the active sheet. */
  actieveCel?: string;
  /** Highest ExcelApi requirement set the mock claims, e.g. "1.20" (default) or "1.8". */
  apiVersie?: string;
  /** Request size limit per sync, as Excel on the web (5 MB); larger requests fail. */
  maxVerzoekBytes?: number;
}

/** Per sync: what the adapter asked of Excel. */
export interface SyncVerslag {
  /** Estimated request size: JSON of written values/formats plus ~120 bytes per other operation. */
  verzoekBytes: number;
  schrijfOperaties: number;
  berekeningOnderbroken: boolean;
  schermOnderbroken: boolean;
}

const MOCK_FOUT = /^Error, /;

function isMockFout(v: unknown): boolean {
  return typeof v === "string" && MOCK_FOUT.test(v);
}

function versieGetal(v: string): number {
  const [a, b = "0"] = v.split(".");
  return Number(a) * 1000 + Number(b);
}

class OfficeFout extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A proxy made during a run: `openstaand` = request bytes of writes not yet synced. */
type Proxy = { pasToe: () => void; mock: OfficeMockObject; openstaand?: () => number };

/** Collection proxy with `load("items/...")` and `items` readable only after a sync. */
class MockVerzameling<T> {
  private geladen = false;
  private klaar = false;
  private lijst: T[] = [];
  constructor(private readonly bron: () => T[]) {}
  load(): this {
    this.geladen = true;
    return this;
  }
  laad(): void {
    if (this.geladen) {
      this.lijst = this.bron();
      this.klaar = true;
    }
  }
  get items(): T[] {
    if (!this.klaar) throw new Error("Mock: items gelezen zonder load() en context.sync()");
    return this.lijst;
  }
}

/** A RangeAreas proxy: `isNullObject` and `areas.items` readable only after load() and a sync. */
class MockGebieden {
  private geladen = false;
  private klaar = false;
  private lijst: Rechthoek[] = [];
  constructor(private readonly bron: () => Rechthoek[]) {}
  load(): this {
    this.geladen = true;
    return this;
  }
  laad(): void {
    if (this.geladen) {
      this.lijst = this.bron();
      this.klaar = true;
    }
  }
  get isNullObject(): boolean {
    if (!this.klaar) throw new Error("Mock: isNullObject gelezen zonder load() en context.sync()");
    return this.lijst.length === 0;
  }
  get areas(): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } {
    if (!this.klaar) throw new Error("Mock: areas gelezen zonder load() en context.sync()");
    if (this.lijst.length === 0) throw new Error("Mock: areas van een null-object gelezen");
    return {
      items: this.lijst.map((g) => ({
        rowIndex: g.rij,
        columnIndex: g.kolom,
        rowCount: g.rijen,
        columnCount: g.kolommen,
      })),
    };
  }
}

/** A ClientResult (`range.getColumnProperties`): `value` readable only after a sync. */
class MockUitkomst<T> {
  private klaar = false;
  private waarde: T | undefined;
  constructor(private readonly bron: () => T) {}
  laad(): void {
    this.waarde = this.bron();
    this.klaar = true;
  }
  get value(): T {
    if (!this.klaar) throw new Error("Mock: value gelezen zonder context.sync()");
    return this.waarde as T;
  }
}

export class ExcelMock {
  readonly bladen: MockBlad[] = [];
  actief: MockBlad;
  readonly instellingen = new Map<string, unknown>();
  /** All context.sync() calls since the mock was made (or `nulSyncs()`). */
  syncs = 0;
  readonly syncVerslagen: SyncVerslag[] = [];
  readonly runOpties: unknown[] = [];
  /** When true, context.sync() never resolves (Excel not answering). */
  hangen = false;
  /** Delay of every context.sync() in ms (Excel answering late). */
  vertragingMs = 0;
  /** More merged areas than this in one range and getMergedAreasOrNullObject fails, as in Excel. */
  maxSamenvoegingen = 512;
  private readonly apiVersie: number;
  private readonly maxVerzoekBytes: number;

  constructor(invoer: MockBladInvoer[], opties: ExcelMockOpties = {}) {
    for (const b of invoer) {
      const blad = this.nieuwBlad(b.naam);
      const r0 = b.beginRij ?? 0;
      const k0 = b.beginKolom ?? 0;
      b.waarden.forEach((rij, r) =>
        rij.forEach((w, k) => {
          this.zet(blad.waarden, r0 + r, k0 + k, w ?? "", "");
          this.zet(blad.formaten, r0 + r, k0 + k, b.formaten?.[r]?.[k] ?? "General", "General");
        }),
      );
      for (const t of b.tabellen ?? []) blad.tabellen.push({ naam: t.naam, r: leesAdres(t.adres)! });
      for (const [adres, formule] of Object.entries(b.formules ?? {})) {
        const c = leesAdres(adres)!;
        this.zet(blad.formules, c.rij - 1, c.kolom, formule as string | undefined, undefined);
      }
      for (const adres of b.samenvoegingen ?? []) blad.samengevoegd.push(leesAdres(adres)!);
      blad.verborgenKolommen.push(...(b.verborgenKolommen ?? []));
      for (const [naam, formule] of Object.entries(b.namen ?? {}))
        blad.namen.push({ naam, formule, zichtbaar: false });
      if (b.zichtbaarheid) blad.zichtbaarheid = b.zichtbaarheid;
      this.bladen.push(blad);
    }
    this.actief = this.zoek(opties.actiefBlad ?? invoer[0].naam)!;
    if (opties.actieveCel) {
      const c = leesAdres(opties.actieveCel)!;
      this.actief.actieveCel = { rij: c.rij - 1, kolom: c.kolom };
    }
    this.apiVersie = versieGetal(opties.apiVersie ?? "1.20");
    this.maxVerzoekBytes = opties.maxVerzoekBytes ?? 5_000_000;
  }

  /** Office.context.requirements.isSetSupported("ExcelApi", versie) of this mock. */
  ondersteunt = (versie: string): boolean => versieGetal(versie) <= this.apiVersie;

  /** Excel.run(options?, batch). */
  run = async <T>(
    optiesOfBatch: unknown,
    batch?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const uitvoeren = (batch ?? optiesOfBatch) as (context: Excel.RequestContext) => Promise<T>;
    this.runOpties.push(batch ? optiesOfBatch : {});
    return uitvoeren(this.maakContext() as unknown as Excel.RequestContext);
  };

  nulSyncs(): void {
    this.syncs = 0;
    this.syncVerslagen.length = 0;
  }

  blad(naam: string): MockBlad {
    const b = this.zoek(naam);
    if (!b) throw new Error(`Mock: geen blad ${naam}`);
    return b;
  }

  /** Values of a rectangle "E3:F6" ("" for empty). */
  lees(
    naam: string,
    adres: string,
    wat: "waarden" | "formaten" | "vullingen" | "vet" = "waarden",
  ): unknown[][] {
    const b = this.blad(naam);
    const r = leesAdres(adres)!;
    const leeg = wat === "waarden" ? "" : wat === "formaten" ? "General" : wat === "vullingen" ? null : false;
    const grid = b[wat] as unknown[][];
    return Array.from({ length: r.rijen }, (_, i) =>
      Array.from({ length: r.kolommen }, (_, k) => grid[r.rij - 1 + i]?.[r.kolom + k] ?? leeg),
    );
  }

  // ---- the object model --------------------------------------------------------------------------

  private nieuwBlad(naam: string): MockBlad {
    return {
      naam,
      waarden: [],
      formaten: [],
      vullingen: [],
      vet: [],
      breedten: [],
      tabellen: [],
      grafieken: [],
      actieveCel: { rij: 0, kolom: 0 },
      formules: [],
      samengevoegd: [],
      verborgenKolommen: [],
      namen: [],
      zichtbaarheid: "Visible",
      voorwaardelijkeOpmaak: [],
      invoerBerichten: new Map(),
    };
  }

  /** The formula of a cell ("I3"), or null. */
  formule(naam: string, adres: string): string | null {
    const c = leesAdres(adres)!;
    return this.blad(naam).formules[c.rij - 1]?.[c.kolom] ?? null;
  }

  /**
   * Inserts an empty column before 0-based column `kolom`, as Excel does: cells, formats, fills, bold,
   * formulas and widths right of it move one to the right, and so do merged ranges and the cell
   * references of names (a name is how the add-in records its columns, so it must follow).
   */
  voegKolomIn(naam: string, kolom: number): void {
    const b = this.blad(naam);
    for (const grid of [b.waarden, b.formaten, b.vullingen, b.vet, b.formules] as unknown[][][]) {
      for (const rij of grid) if (rij && rij.length > kolom) rij.splice(kolom, 0, undefined);
    }
    for (const rij of b.waarden) if (rij && rij[kolom] === undefined && rij.length > kolom) rij[kolom] = "";
    for (const rij of b.formaten)
      if (rij && rij[kolom] === undefined && rij.length > kolom) rij[kolom] = "General";
    for (const rij of b.vullingen) if (rij && rij.length > kolom) rij[kolom] = null;
    for (const rij of b.vet) if (rij && rij.length > kolom) rij[kolom] = false;
    if (b.breedten.length > kolom) b.breedten.splice(kolom, 0, undefined);
    for (const g of b.samengevoegd) if (g.kolom >= kolom) g.kolom++;
    b.verborgenKolommen = b.verborgenKolommen.map((k) => (k >= kolom ? k + 1 : k));
    for (const n of b.namen) {
      n.formule = n.formule.replace(
        /(\$?)([A-Z]{1,3})(\$?[0-9]+)/g,
        (geheel, dollar: string, letters: string, rij: string) => {
          const k = [...letters].reduce((a, t) => a * 26 + t.charCodeAt(0) - 64, 0) - 1;
          if (k < kolom) return geheel;
          return `${dollar}${bereikAdres({ rij: 1, kolom: k + 1, rijen: 1, kolommen: 1 }).replace(/1$/, "")}${rij}`;
        },
      );
    }
  }

  private zoek(naam: string): MockBlad | undefined {
    return this.bladen.find((b) => b.naam.toLowerCase() === naam.toLowerCase());
  }

  private zet<T>(grid: T[][], r: number, k: number, w: T, leeg: T): void {
    const rij = (grid[r] ??= []);
    for (let i = rij.length; i < k; i++) rij[i] = leeg;
    rij[k] = w;
  }

  private maakContext() {
    const ops: (() => void)[] = [];
    const proxies: Proxy[] = [];
    const verzamelingen: MockVerzameling<unknown>[] = [];
    const onderbroken = { berekening: false, scherm: false };
    let operaties = 0;
    const bronAdressen = new WeakMap<object, string>();
    const op = (f: () => void) => {
      operaties++;
      ops.push(f);
    };

    /** A RangeAreas (or its null object when there are no areas); areas 0-based rij. */
    const maakGebieden = (bron: () => Rechthoek[]) => {
      const gebieden = new MockGebieden(bron);
      verzamelingen.push(gebieden as unknown as MockVerzameling<unknown>);
      return gebieden;
    };
    const snijdt = (g: Rechthoek /* 1-based */, r: Rechthoek /* 0-based */): boolean =>
      g.rij - 1 < r.rij + r.rijen &&
      g.rij - 1 + g.rijen > r.rij &&
      g.kolom < r.kolom + r.kolommen &&
      g.kolom + g.kolommen > r.kolom;

    const maakRange = (
      blad: MockBlad,
      r: Rechthoek /* 0-based rij */,
    ): OfficeMockObject & Record<string, unknown> => {
      const snap = <T>(grid: T[][], leeg: T) =>
        Array.from({ length: r.rijen }, (_, i) =>
          Array.from({ length: r.kolommen }, (_, k) => grid[r.rij + i]?.[r.kolom + k] ?? leeg),
        );
      const basis = {
        values: snap<CelWaarde>(blad.waarden, ""),
        numberFormat: snap<string>(blad.formaten, "General"),
      };
      const adres = `${blad.naam}!${bereikAdres({ ...r, rij: r.rij + 1 })}`;
      const mock = new OfficeMockObject({
        values: basis.values,
        numberFormat: basis.numberFormat,
        address: adres,
        rowIndex: r.rij,
        columnIndex: r.kolom,
        rowCount: r.rijen,
        columnCount: r.kolommen,
        format: {
          columnWidth: 48,
          font: { bold: false },
          fill: {
            color: "",
            clear: () =>
              op(() =>
                this.elkeCel(r, (i, k) => this.zet(blad.vullingen, i, k, null as string | null, null)),
              ),
          },
        },
        clear: (welke?: string) =>
          op(() =>
            this.elkeCel(r, (i, k) => {
              this.zet<CelWaarde>(blad.waarden, i, k, "", "");
              this.zet(blad.formules, i, k, undefined as string | undefined, undefined);
              if (!welke || welke === "All" || welke === "Formats") {
                this.zet(blad.formaten, i, k, "General", "General");
                this.zet(blad.vullingen, i, k, null as string | null, null);
              }
            }),
          ),
        // Conditional formats (ExcelApi 1.6): clearAll removes every format that touches the range
        // (Excel trims one that reaches outside it; the mock removes it), add queues a new one whose
        // criteria are read when the sync applies it.
        conditionalFormats: {
          clearAll: () =>
            op(() => {
              if (!this.ondersteunt("1.6")) throw new OfficeFout("ApiNotFound", "Mock: vraagt ExcelApi 1.6");
              blad.voorwaardelijkeOpmaak = blad.voorwaardelijkeOpmaak.filter(
                (v) => !snijdt({ ...v.r, rij: v.r.rij + 1 }, r),
              );
            }),
          add: (type: string) => {
            const opmaak = { type, colorScale: { criteria: undefined as unknown } };
            op(() => {
              if (!this.ondersteunt("1.6")) throw new OfficeFout("ApiNotFound", "Mock: vraagt ExcelApi 1.6");
              blad.voorwaardelijkeOpmaak.push({ r: { ...r }, type, criteria: opmaak.colorScale.criteria });
            });
            return opmaak;
          },
        },
        // Data validation (ExcelApi 1.8): clear (a method, in call order) and the input message (a
        // property, applied with the other property writes of the sync).
        dataValidation: {
          prompt: "",
          clear: () =>
            op(() => {
              if (!this.ondersteunt("1.8")) throw new OfficeFout("ApiNotFound", "Mock: vraagt ExcelApi 1.8");
              this.elkeCel(r, (i, k) => blad.invoerBerichten.delete(`${i}:${k}`));
            }),
        },
        select: () =>
          op(() => {
            this.actief = blad;
            blad.actieveCel = { rij: r.rij, kolom: r.kolom };
          }),
        // Excel's current region (Ctrl+*): grown while any cell just outside it (corners included) is
        // non-empty; a lone empty cell is its own region.
        getSurroundingRegion: () => maakRange(blad, this.huidigGebied(blad, r)),
        getMergedAreasOrNullObject: () =>
          maakGebieden(() => {
            const gebieden = blad.samengevoegd.filter((g) => snijdt(g, r));
            // Excel gives up on more than 512 merged areas (Range.getMergedAreasOrNullObject).
            if (gebieden.length > this.maxSamenvoegingen)
              throw new OfficeFout("GeneralException", "Mock: meer dan 512 samengevoegde gebieden");
            return gebieden.map((g) => ({
              rij: g.rij - 1,
              kolom: g.kolom,
              rijen: g.rijen,
              kolommen: g.kolommen,
            }));
          }),
        getSpecialCellsOrNullObject: (soort: string) => {
          if (soort !== "Formulas") throw new OfficeFout("InvalidArgument", `Mock: ${soort} niet nagebootst`);
          return maakGebieden(() => {
            const uit: Rechthoek[] = [];
            this.elkeCel(r, (i, k) => {
              if (blad.formules[i]?.[k] !== undefined) uit.push({ rij: i, kolom: k, rijen: 1, kolommen: 1 });
            });
            return uit;
          });
        },
        getRow: (i: number) => maakRange(blad, { ...r, rij: r.rij + i, rijen: 1 }),
        // ExcelApi 1.7; like Excel, a range past the sheet's last row or column fails.
        getResizedRange: (rijenErbij: number, kolommenErbij: number) => {
          const nieuw = { ...r, rijen: r.rijen + rijenErbij, kolommen: r.kolommen + kolommenErbij };
          if (nieuw.rijen < 1 || nieuw.kolommen < 1 || nieuw.rij + nieuw.rijen > 1_048_576)
            throw new OfficeFout("InvalidArgument", "Mock: bereik buiten het blad");
          return maakRange(blad, nieuw);
        },
        getColumn: (k: number) => maakRange(blad, { ...r, kolom: r.kolom + k, kolommen: 1 }),
        // One item per column of the range (ExcelApi 1.9; an older Excel fails the sync, as Excel does).
        getColumnProperties: (welke: Record<string, boolean>) => {
          const uitkomst = new MockUitkomst(() => {
            if (!this.ondersteunt("1.9"))
              throw new OfficeFout("ApiNotFound", "Mock: getColumnProperties vraagt ExcelApi 1.9");
            return Array.from({ length: r.kolommen }, (_, k) => {
              const kolom = r.kolom + k;
              const uit: Record<string, unknown> = {};
              if (welke.columnIndex) uit.columnIndex = kolom;
              if (welke.columnHidden) uit.columnHidden = blad.verborgenKolommen.includes(kolom);
              if (welke.address)
                uit.address = `${blad.naam}!${bereikAdres({ ...r, rij: r.rij + 1, kolom, kolommen: 1 })}`;
              return uit;
            });
          });
          verzamelingen.push(uitkomst as unknown as MockVerzameling<unknown>);
          return uitkomst;
        },
        getTables: () => {
          const c = new MockVerzameling(() =>
            blad.tabellen
              .filter(
                (t) =>
                  r.rij >= t.r.rij - 1 &&
                  r.rij < t.r.rij - 1 + t.r.rijen &&
                  r.kolom >= t.r.kolom &&
                  r.kolom < t.r.kolom + t.r.kolommen,
              )
              .map((t) => ({ name: t.naam })),
          );
          verzamelingen.push(c as MockVerzameling<unknown>);
          return c;
        },
      }) as OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const m = mock as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      // `columnHidden` is true, false or null (some hidden); office-addin-mock cannot hold null, so it
      // is a getter here, readable after load("columnHidden") and a sync like any other property.
      const verborgen = { gevraagd: false, waarde: undefined as boolean | null | undefined };
      const laad = m.load.bind(m) as (wat?: unknown) => unknown;
      m.load = (wat?: unknown) => {
        if (typeof wat !== "string" || !/\bcolumnHidden\b/.test(wat)) return laad(wat);
        verborgen.gevraagd = true;
        const rest = wat
          .split(",")
          .map((w) => w.trim())
          .filter((w) => w !== "columnHidden");
        if (rest.length > 0) laad(rest.join(", "));
        return m;
      };
      Object.defineProperty(m, "columnHidden", {
        get: () => {
          if (verborgen.waarde === undefined)
            throw new Error("Mock: columnHidden gelezen zonder load() en context.sync()");
          return verborgen.waarde;
        },
      });
      verzamelingen.push({
        laad: () => {
          if (!verborgen.gevraagd) return;
          let aantal = 0;
          for (let k = r.kolom; k < r.kolom + r.kolommen; k++)
            if (blad.verborgenKolommen.includes(k)) aantal++;
          verborgen.waarde = aantal === 0 ? false : aantal === r.kolommen ? true : null;
        },
      } as unknown as MockVerzameling<unknown>);
      const toegepast = {
        bold: false as unknown,
        color: "" as unknown,
        width: 48 as unknown,
        prompt: "" as unknown,
      };
      bronAdressen.set(m, adres);
      const isNieuw = (e: "values" | "numberFormat") =>
        m[e] !== basis[e] && m[e] !== undefined && !isMockFout(m[e]);
      proxies.push({
        mock,
        openstaand: () =>
          (isNieuw("values") ? JSON.stringify(m.values).length : 0) +
          (isNieuw("numberFormat") ? JSON.stringify(m.numberFormat).length : 0) +
          [
            [m.format.font.bold, toegepast.bold],
            [m.format.fill.color, toegepast.color],
            [m.format.columnWidth, toegepast.width],
          ].filter(([nu, oud]) => nu !== oud && !isMockFout(nu)).length *
            120,
        pasToe: () => {
          for (const eigenschap of ["values", "numberFormat"] as const) {
            if (!isNieuw(eigenschap)) continue;
            const nieuw = m[eigenschap];
            if (
              !Array.isArray(nieuw) ||
              nieuw.length !== r.rijen ||
              nieuw.some((rij) => rij.length !== r.kolommen)
            ) {
              throw new OfficeFout("InvalidArgument", `Mock: ${eigenschap} past niet op ${adres}`);
            }
            nieuw.forEach((rij: unknown[], i: number) =>
              rij.forEach((w, k) => {
                if (w === null) return;
                if (eigenschap === "values") this.schrijfWaarde(blad, r.rij + i, r.kolom + k, w as CelWaarde);
                else this.zet(blad.formaten, r.rij + i, r.kolom + k, w as string, "General");
              }),
            );
            (basis as Record<string, unknown>)[eigenschap] = nieuw;
          }
          const vet = m.format.font.bold;
          if (vet !== toegepast.bold && !isMockFout(vet)) {
            this.elkeCel(r, (i, k) => this.zet(blad.vet, i, k, vet === true, false));
            toegepast.bold = vet;
          }
          const kleur = m.format.fill.color;
          if (kleur !== toegepast.color && !isMockFout(kleur)) {
            this.elkeCel(r, (i, k) => this.zet(blad.vullingen, i, k, kleur as string, null));
            toegepast.color = kleur;
          }
          const breedte = m.format.columnWidth;
          if (breedte !== toegepast.width && !isMockFout(breedte)) {
            for (let k = r.kolom; k < r.kolom + r.kolommen; k++) blad.breedten[k] = breedte as number;
            toegepast.width = breedte;
          }
          const bericht = m.dataValidation.prompt;
          if (bericht !== toegepast.prompt && typeof bericht === "object" && bericht !== null) {
            if (!this.ondersteunt("1.8")) throw new OfficeFout("ApiNotFound", "Mock: vraagt ExcelApi 1.8");
            this.elkeCel(r, (i, k) => blad.invoerBerichten.set(`${i}:${k}`, { ...bericht }));
            toegepast.prompt = bericht;
          }
        },
      });
      return m;
    };

    const gebruikt = (blad: MockBlad): Rechthoek => {
      let rij = Infinity;
      let kolom = Infinity;
      let totRij = -1;
      let totKolom = -1;
      blad.waarden.forEach((rr, i) =>
        rr?.forEach((w, k) => {
          // A formula counts as content, also when it gives "".
          if ((w === "" || w === null || w === undefined) && blad.formules[i]?.[k] === undefined) return;
          rij = Math.min(rij, i);
          kolom = Math.min(kolom, k);
          totRij = Math.max(totRij, i);
          totKolom = Math.max(totKolom, k);
        }),
      );
      if (totRij < 0) return { rij: 0, kolom: 0, rijen: 1, kolommen: 1 };
      return { rij, kolom, rijen: totRij - rij + 1, kolommen: totKolom - kolom + 1 };
    };

    const adresRechthoek = (adres: string): Rechthoek => {
      const r = leesAdres(adres);
      if (!r) throw new OfficeFout("InvalidArgument", `Mock: ongeldig adres ${adres}`);
      return { ...r, rij: r.rij - 1 };
    };

    const maakWerkblad = (blad: MockBlad) => {
      const mock = new OfficeMockObject({
        name: blad.naam,
        position: this.bladen.indexOf(blad),
        visibility: blad.zichtbaarheid,
        getUsedRange: () => maakRange(blad, gebruikt(blad)),
        getRange: (adres: string) => maakRange(blad, adresRechthoek(adres)),
        getRangeByIndexes: (rij: number, kolom: number, rijen: number, kolommen: number) => {
          if (rijen < 1 || kolommen < 1) throw new OfficeFout("InvalidArgument", "Mock: leeg bereik");
          return maakRange(blad, { rij, kolom, rijen, kolommen });
        },
        getRanges: (adressen: string) => {
          const gebieden = adressen.split(",").map(adresRechthoek);
          const areas = new OfficeMockObject({ address: adressen, format: { fill: { color: "" } } });
          const a = areas as any; // eslint-disable-line @typescript-eslint/no-explicit-any
          let toegepast: unknown = "";
          proxies.push({
            mock: areas,
            openstaand: () =>
              a.format.fill.color !== toegepast && !isMockFout(a.format.fill.color)
                ? adressen.length + 120
                : 0,
            pasToe: () => {
              const kleur = a.format.fill.color;
              if (kleur === toegepast || isMockFout(kleur)) return;
              for (const g of gebieden)
                this.elkeCel(g, (i, k) => this.zet(blad.vullingen, i, k, kleur as string, null));
              toegepast = kleur;
            },
          });
          return a;
        },
        activate: () => op(() => (this.actief = blad)),
        delete: () =>
          op(() => {
            const i = this.bladen.indexOf(blad);
            if (i >= 0) this.bladen.splice(i, 1);
            if (this.actief === blad) this.actief = this.bladen[0];
          }),
      });
      const m = mock as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      let naam = blad.naam;
      let positie: unknown = this.bladen.indexOf(blad);
      proxies.push({
        mock,
        pasToe: () => {
          if (m.name !== naam && !isMockFout(m.name)) {
            if (
              this.bladen.some((b) => b !== blad && b.naam.toLowerCase() === String(m.name).toLowerCase())
            ) {
              throw new OfficeFout("ItemAlreadyExists", `Mock: blad ${m.name} bestaat al`);
            }
            blad.naam = naam = m.name;
          }
          if (m.position !== positie && !isMockFout(m.position) && typeof m.position === "number") {
            const i = this.bladen.indexOf(blad);
            this.bladen.splice(i, 1);
            this.bladen.splice(m.position, 0, blad);
            positie = m.position;
          }
        },
      });
      const naamItem = (naam: string) => {
        const item = new OfficeMockObject({ name: naam, formula: "", visible: true });
        const n = item as any; // eslint-disable-line @typescript-eslint/no-explicit-any
        const beginFormule = n.formula;
        const beginZichtbaar = n.visible;
        n.delete = () =>
          op(() => {
            const i = blad.namen.findIndex((x) => x.naam.toLowerCase() === naam.toLowerCase());
            if (i < 0) throw new OfficeFout("ItemNotFound", `Mock: geen naam ${naam}`);
            blad.namen.splice(i, 1);
          });
        proxies.push({
          mock: item,
          pasToe: () => {
            const x = blad.namen.find((y) => y.naam.toLowerCase() === naam.toLowerCase());
            if (!x) return;
            if (n.formula !== beginFormule && !isMockFout(n.formula)) x.formule = String(n.formula);
            if (n.visible !== beginZichtbaar && !isMockFout(n.visible)) x.zichtbaar = n.visible === true;
          },
        });
        return n;
      };
      const namen = new MockVerzameling(() => blad.namen.map((x) => ({ name: x.naam, formula: x.formule })));
      verzamelingen.push(namen as MockVerzameling<unknown>);
      const nm = namen as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      nm.add = (naam: string, formule: string) => {
        op(() => {
          if (blad.namen.some((x) => x.naam.toLowerCase() === naam.toLowerCase()))
            throw new OfficeFout("ItemAlreadyExists", `Mock: naam ${naam} bestaat al`);
          blad.namen.push({ naam, formule: String(formule), zichtbaar: true });
        });
        return naamItem(naam);
      };
      nm.getItem = (naam: string) => naamItem(naam);
      m.names = nm;
      const pagina = new OfficeMockObject({
        orientation: "Portrait",
        paperSize: "Letter",
        zoom: { scale: 100 },
        headersFooters: { defaultForAllPages: { leftFooter: "", centerFooter: "", rightFooter: "" } },
      });
      const pl = pagina as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      const voet = pl.headersFooters.defaultForAllPages;
      const beginZoom: unknown = pl.zoom;
      pl.setPrintTitleRows = (rijen: string) =>
        op(() => (blad.afdruk = { ...blad.afdruk, printTitleRows: String(rijen) }));
      proxies.push({
        mock: pagina,
        pasToe: () => {
          const gezet: MockAfdruk = {};
          if (pl.orientation !== "Portrait" && !isMockFout(pl.orientation))
            gezet.orientation = pl.orientation;
          if (pl.paperSize !== "Letter" && !isMockFout(pl.paperSize)) gezet.paperSize = pl.paperSize;
          if (pl.zoom !== beginZoom && !isMockFout(pl.zoom)) gezet.zoom = { ...pl.zoom };
          for (const k of ["leftFooter", "centerFooter", "rightFooter"] as const)
            if (voet[k] !== "" && !isMockFout(voet[k])) gezet[k] = String(voet[k]);
          if (Object.keys(gezet).length) blad.afdruk = { ...blad.afdruk, ...gezet };
        },
      });
      const apiVersie = this.apiVersie;
      Object.defineProperty(m, "pageLayout", {
        get: () => {
          if (apiVersie < versieGetal("1.9"))
            throw new OfficeFout("ApiNotFound", "Mock: worksheet.pageLayout vraagt ExcelApi 1.9");
          return pl;
        },
      });
      m.tables = {
        getItem: (tabel: string) => {
          const t = blad.tabellen.find((x) => x.naam === tabel);
          if (!t) throw new OfficeFout("ItemNotFound", `Mock: geen tabel ${tabel}`);
          return { getRange: () => maakRange(blad, { ...t.r, rij: t.r.rij - 1 }) };
        },
      };
      m.charts = {
        add: (soort: string, bron: { address: unknown }, reeksen: string) => {
          const grafiek = new OfficeMockObject({
            title: { text: "" },
            axes: { valueAxis: { minimum: "auto", maximum: "auto", majorUnit: "auto" } },
          });
          const g = grafiek as any; // eslint-disable-line @typescript-eslint/no-explicit-any
          const record: MockGrafiek = {
            soort,
            bron: bronAdressen.get(bron) ?? "",
            reeksen,
            titel: "",
            positie: null,
          };
          g.setPosition = (start: string) => op(() => (record.positie = start));
          const reeksProxies: { i: number; mock: any }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
          g.series = {
            getItemAt: (i: number) => {
              const reeks = new OfficeMockObject({ chartType: "ColumnClustered", axisGroup: "Primary" });
              reeksProxies.push({ i, mock: reeks });
              return reeks;
            },
          };
          op(() => blad.grafieken.push(record));
          proxies.push({
            mock: grafiek,
            pasToe: () => {
              if (!isMockFout(g.title.text)) record.titel = g.title.text;
              for (const { i, mock: reeks } of reeksProxies) {
                if (reeks.chartType === "ColumnClustered" || isMockFout(reeks.chartType)) continue;
                record.reeksSoorten = { ...record.reeksSoorten, [i]: String(reeks.chartType) };
              }
              for (const { i, mock: reeks } of reeksProxies) {
                if (reeks.axisGroup === "Primary" || isMockFout(reeks.axisGroup)) continue;
                if (!this.ondersteunt("1.8"))
                  throw new OfficeFout("ApiNotFound", "Mock: vraagt ExcelApi 1.8");
                record.reeksAssen = { ...record.reeksAssen, [i]: String(reeks.axisGroup) };
              }
              const as = g.axes.valueAxis;
              const schaal = Object.fromEntries(
                (["minimum", "maximum", "majorUnit"] as const)
                  .filter((k) => typeof as[k] === "number")
                  .map((k) => [k, as[k] as number]),
              );
              if (Object.keys(schaal).length > 0) record.waardeAs = schaal;
            },
          });
          return g;
        },
      };
      return m;
    };

    const werkbladen = new MockVerzameling(() =>
      this.bladen.map((b) => {
        const ws = maakWerkblad(b);
        ws.load("name, position, visibility");
        (ws as OfficeMockObject).sync();
        return ws;
      }),
    );
    const wb = werkbladen as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    verzamelingen.push(werkbladen as MockVerzameling<unknown>);
    wb.getActiveWorksheet = () => maakWerkblad(this.actief);
    wb.getItem = (naam: string) => {
      const b = this.zoek(naam);
      if (!b) throw new OfficeFout("ItemNotFound", `Mock: geen blad ${naam}`);
      return maakWerkblad(b);
    };
    wb.add = (naam: string) => {
      if (this.zoek(naam)) throw new OfficeFout("ItemAlreadyExists", `Mock: blad ${naam} bestaat al`);
      const blad = this.nieuwBlad(naam);
      op(() => this.bladen.push(blad));
      return maakWerkblad(blad);
    };

    const context = new OfficeMockObject({
      workbook: {
        getActiveCell: () => maakRange(this.actief, { ...this.actief.actieveCel, rijen: 1, kolommen: 1 }),
        getSelectedRange: () => maakRange(this.actief, { ...this.actief.actieveCel, rijen: 1, kolommen: 1 }),
        settings: {
          add: (sleutel: string, waarde: unknown) => op(() => this.instellingen.set(sleutel, waarde)),
          getItemOrNullObject: (sleutel: string) => {
            const bestaat = this.instellingen.has(sleutel);
            const s = new OfficeMockObject({
              value: bestaat ? this.instellingen.get(sleutel) : undefined,
            }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
            s.isNullObject = !bestaat;
            proxies.push({ mock: s, pasToe: () => undefined });
            return s;
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          onderbroken.berekening = true;
        },
        suspendScreenUpdatingUntilNextSync: () => {
          onderbroken.scherm = true;
        },
      },
    }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    context.workbook.worksheets = werkbladen;

    context.sync = async () => {
      this.syncs++;
      if (this.hangen) await new Promise(() => undefined);
      if (this.vertragingMs > 0) await new Promise((klaar) => setTimeout(klaar, this.vertragingMs));
      // Request size: written grids as JSON, other operations at ~120 bytes each.
      let bytes = 0;
      let schrijf = operaties;
      for (const p of proxies) {
        const n = p.openstaand?.() ?? 0;
        bytes += n;
        if (n > 0) schrijf++;
      }
      bytes += operaties * 120;
      this.syncVerslagen.push({
        verzoekBytes: bytes,
        schrijfOperaties: schrijf,
        berekeningOnderbroken: onderbroken.berekening,
        schermOnderbroken: onderbroken.scherm,
      });
      if (bytes > this.maxVerzoekBytes) {
        throw new OfficeFout("RequestPayloadSizeLimitExceeded", "Mock: verzoek groter dan 5 MB");
      }
      for (const f of ops.splice(0)) f();
      for (const p of proxies) p.pasToe();
      for (const p of proxies) await p.mock.sync();
      for (const v of verzamelingen) v.laad();
      await new Promise((klaar) => setImmediate(klaar));
      operaties = 0;
      onderbroken.berekening = false;
      onderbroken.scherm = false;
    };
    return context;
  }

  private huidigGebied(blad: MockBlad, begin: Rechthoek): Rechthoek {
    const gevuld = (i: number, k: number) => {
      if (i < 0 || k < 0) return false;
      const w = blad.waarden[i]?.[k];
      return w !== "" && w !== null && w !== undefined;
    };
    let { rij, kolom } = begin;
    let totRij = begin.rij + begin.rijen - 1;
    let totKolom = begin.kolom + begin.kolommen - 1;
    for (let gegroeid = true; gegroeid;) {
      gegroeid = false;
      const boven = rij - 1;
      const onder = totRij + 1;
      const links = kolom - 1;
      const rechts = totKolom + 1;
      const rijGevuld = (i: number) => {
        for (let k = links; k <= rechts; k++) if (gevuld(i, k)) return true;
        return false;
      };
      const kolomGevuld = (k: number) => {
        for (let i = boven; i <= onder; i++) if (gevuld(i, k)) return true;
        return false;
      };
      if (boven >= 0 && rijGevuld(boven)) [rij, gegroeid] = [boven, true];
      if (rijGevuld(onder)) [totRij, gegroeid] = [onder, true];
      if (links >= 0 && kolomGevuld(links)) [kolom, gegroeid] = [links, true];
      if (kolomGevuld(rechts)) [totKolom, gegroeid] = [rechts, true];
    }
    return { rij, kolom, rijen: totRij - rij + 1, kolommen: totKolom - kolom + 1 };
  }

  /**
   * A value written through `range.values`, taken as Excel takes typed input: a leading apostrophe makes
   * the rest text; "=...", "+...", "-...", "@..." that are no number become a formula ("#NAME?" here).
   */
  private schrijfWaarde(blad: MockBlad, rij: number, kolom: number, w: CelWaarde): void {
    let waarde = w;
    let formule: string | undefined;
    if (typeof w === "string" && w.startsWith("'")) waarde = w.slice(1);
    else if (typeof w === "string" && /^[=+\-@]/.test(w) && !/^[+-]?\d+([.,]\d+)?$/.test(w)) {
      formule = w.startsWith("=") ? w : `=${w}`;
      waarde = "#NAME?";
    }
    this.zet<CelWaarde>(blad.waarden, rij, kolom, waarde, "");
    this.zet(blad.formules, rij, kolom, formule, undefined);
  }

  private elkeCel(r: Rechthoek, f: (rij: number, kolom: number) => void): void {
    for (let i = r.rij; i < r.rij + r.rijen; i++)
      for (let k = r.kolom; k < r.kolom + r.kolommen; k++) f(i, k);
  }
}
