/**
 * An in-memory workbook with the same interface and write semantics as the Excel adapter, for the
 * browser preview and tests: a grid per sheet of values, number formats, fills, bold and column
 * widths, the active sheet and cell, settings, and a change notification for a React grid.
 */
import {
  WerkboekFout,
  allesBevestigd,
  celAdres,
  celConflicten,
  geenRuimteMelding,
  genummerdeBladnaam,
  isEigenBlad,
  isEigenKolom,
  isGeldigeBladnaam,
  isOnbeschreven,
  leesAdres,
  planAfmetingen,
  samengevoegdMelding,
  samengevoegdeCellen,
  schrijfMetBevestiging,
  telTeSchrijvenCellen,
  vindConflicten,
  vindSamengevoegd,
  voorbijLaatsteKolom,
  type Rechthoek,
} from "../host/conflicten";
import {
  EIGEN_BLAD_NAAM,
  EIGEN_BLAD_VERWIJZING,
  eigenNamenVoorPlan,
  isEigenBladNaam,
  isEigenNaam,
  leesEigenKolommen,
  naamVerwijzing,
  naamVoorKop,
  type GedefinieerdeNaam,
} from "../sheet/eigenKolommen";
import { hostBerichten } from "../host/berichten";
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
  Gebied,
  Grafiek,
  Kleurschaal,
  NieuwBlad,
  SchrijfPlan,
} from "../sheet/types";

/** A copy of print settings (nothing of the caller's object is kept). */
function kopieAfdruk(a: Afdruk): Afdruk {
  return a.kopRijenHerhalen ? { ...a, kopRijenHerhalen: { ...a.kopRijenHerhalen } } : { ...a };
}
import { heeftOpdrachtKolom, KOP_LEESRIJEN } from "../sheet/vergelijk";

export { toonWaarde } from "./toonWaarde";

/** A chart as stored by `schrijfNieuwBlad` (the preview describes it; Excel makes a native chart). */
export type { Grafiek };

/** An Excel table on a sheet (optional, to mimic "the selected table" when reading). */
export interface GeheugenTabel {
  blad: string;
  naam: string;
  /** A1 range, e.g. "B3:H30". */
  adres: string;
}

export interface GeheugenOpties {
  /** Active sheet; default the first. */
  actiefBlad?: string;
  /** Active cell of the active sheet (A1); default "A1". */
  actieveCel?: string;
  tabellen?: GeheugenTabel[];
}

/** Everything the preview grid shows of one sheet, dense from A1 to the last used cell. */
export interface BladWeergave {
  naam: string;
  /** rows x columns; "" for an empty cell. */
  waarden: CelWaarde[][];
  /** Number formats; "General" when none was set. */
  formaten: string[][];
  /** Fill colour "#RRGGBB" or null. */
  vullingen: (string | null)[][];
  vet: boolean[][];
  /** Column width in characters, or null for the default width. */
  kolombreedten: (number | null)[];
  grafieken: Grafiek[];
  rijen: number;
  kolommen: number;
  /** Colour scales of the sheet (IBT Verhouding), as the write plan gave them. (Additive.) */
  kleurschalen?: Kleurschaal[];
  /** Notes on header cells (data-validation input messages in Excel), by A1 address. (Additive.) */
  notities?: Record<string, { titel: string; tekst: string }>;
  /** Print settings of a sheet the add-in made (NieuwBlad.afdruk); the preview describes them. (Additive.) */
  afdruk?: Afdruk;
}

interface Cel {
  waarde: CelWaarde;
  formaat?: string;
  vulling?: string;
  vet?: boolean;
}

class Werkblad {
  /** 0-based rows and columns. */
  readonly cellen: (Cel | undefined)[][] = [];
  readonly breedten: (number | undefined)[] = [];
  readonly grafieken: Grafiek[] = [];
  /** Conditional colour scales written by a plan (IBT Verhouding). */
  kleurschalen: Kleurschaal[] = [];
  /** Print settings of a new sheet (Excel's page setup), null for the host's defaults. */
  afdruk: Afdruk | null = null;
  /** Header notes written by a plan, "rij:kolom" (1-based row, 0-based column). */
  readonly notities = new Map<string, { titel: string; tekst: string }>();
  /** Active cell of this sheet (A1). */
  actieveCel = "A1";
  /** Merged ranges (as the Blad they came from gave them). */
  samengevoegd: Gebied[] = [];
  /** Cells holding a formula without a value, "rij:kolom" (1-based row, 0-based column). */
  readonly formules = new Set<string>();
  /**
   * Sheet-scoped names: the add-in's record of its columns ("_IBT_Trede" -> "Overzicht!$P$1") and, on a
   * sheet it made, its marker "_IBT_Blad".
   */
  namen: GedefinieerdeNaam[] = [];

  constructor(public naam: string) {}

  cel(rij: number, kolom: number): Cel | undefined {
    return this.cellen[rij]?.[kolom];
  }

  maakCel(rij: number, kolom: number): Cel {
    const r = (this.cellen[rij] ??= []);
    return (r[kolom] ??= { waarde: "" });
  }

  waarde(rij: number, kolom: number): CelWaarde {
    return this.cel(rij, kolom)?.waarde ?? "";
  }

  /** Bounding box of non-empty values (like `getUsedRange(true)`), 0-based; null when empty. */
  gebruikt(): { rij: number; kolom: number; totRij: number; totKolom: number } | null {
    let rij = Infinity;
    let kolom = Infinity;
    let totRij = -1;
    let totKolom = -1;
    this.cellen.forEach((r, i) => {
      r?.forEach((c, k) => {
        if (!c || isOnbeschreven(c.waarde)) return;
        rij = Math.min(rij, i);
        kolom = Math.min(kolom, k);
        totRij = Math.max(totRij, i);
        totKolom = Math.max(totKolom, k);
      });
    });
    return totRij < 0 ? null : { rij, kolom, totRij, totKolom };
  }

  /** Bounding box from A1 of everything set (values, formats, fills), for display. */
  omvang(): { rijen: number; kolommen: number } {
    let rijen = 0;
    let kolommen = this.breedten.length;
    this.cellen.forEach((r, i) => {
      r?.forEach((c, k) => {
        if (!c) return;
        if (isOnbeschreven(c.waarde) && !c.vulling && !c.formaat && !c.vet) return;
        rijen = Math.max(rijen, i + 1);
        kolommen = Math.max(kolommen, k + 1);
      });
    });
    return { rijen, kolommen };
  }
}

const STANDAARD_FORMAAT = "General";

export class GeheugenWerkboek implements WerkboekAdapter {
  private readonly werkbladen: Werkblad[] = [];
  private actief: Werkblad;
  private readonly tabellen: GeheugenTabel[];
  private readonly instellingen = new Map<string, string>();
  private readonly luisteraars = new Set<() => void>();

  constructor(bladen: Blad[], opties: GeheugenOpties = {}) {
    for (const blad of bladen) {
      const ws = new Werkblad(blad.naam);
      const r0 = blad.beginRij ?? 0;
      const k0 = blad.beginKolom ?? 0;
      blad.waarden.forEach((rij, r) =>
        rij.forEach((w, k) => {
          const formaat = blad.formaten?.[r]?.[k];
          if (isOnbeschreven(w) && (!formaat || formaat === STANDAARD_FORMAAT)) return;
          const cel = ws.maakCel(r0 + r, k0 + k);
          cel.waarde = w ?? "";
          if (formaat && formaat !== STANDAARD_FORMAAT) cel.formaat = formaat;
        }),
      );
      ws.samengevoegd = (blad.samengevoegd ?? []).map((g) => ({ ...g }));
      for (const f of blad.formulesZonderWaarde ?? []) ws.formules.add(`${f.rij}:${f.kolom}`);
      ws.namen = (blad.eigenKolommen ?? []).map((e) => ({
        naam: naamVoorKop(e.kop),
        verwijzing: naamVerwijzing(blad.naam, e.rij, e.kolom),
      }));
      this.werkbladen.push(ws);
    }
    if (this.werkbladen.length === 0) this.werkbladen.push(new Werkblad("Blad1"));
    this.actief = this.zoek(opties.actiefBlad ?? this.werkbladen[0].naam) ?? this.werkbladen[0];
    if (opties.actieveCel) this.actief.actieveCel = opties.actieveCel;
    this.tabellen = opties.tabellen ?? [];
  }

  // ---- WerkboekAdapter -------------------------------------------------------------------------

  async leesActiefBlad(): Promise<Blad> {
    const ws = this.actief;
    const tabel = this.tabelOpActieveCel(ws);
    let rechthoek: { rij: number; kolom: number; rijen: number; kolommen: number } | null;
    if (tabel) {
      rechthoek = { rij: tabel.rij - 1, kolom: tabel.kolom, rijen: tabel.rijen, kolommen: tabel.kolommen };
    } else {
      const g = ws.gebruikt();
      rechthoek = g && {
        rij: g.rij,
        kolom: g.kolom,
        rijen: g.totRij - g.rij + 1,
        kolommen: g.totKolom - g.kolom + 1,
      };
    }
    const extra: Partial<Blad> = {};
    if (ws.samengevoegd.length > 0) extra.samengevoegd = ws.samengevoegd.map((g) => ({ ...g }));
    if (ws.formules.size > 0)
      extra.formulesZonderWaarde = [...ws.formules].map((f) => {
        const [rij, kolom] = f.split(":").map(Number);
        return { rij, kolom };
      });
    const eigen = leesEigenKolommen(ws.namen, ws.naam);
    if (eigen.length > 0) extra.eigenKolommen = eigen;
    if (!rechthoek) return { naam: ws.naam, waarden: [], formaten: [], beginRij: 0, beginKolom: 0, ...extra };
    const waarden: CelWaarde[][] = [];
    const formaten: string[][] = [];
    for (let r = 0; r < rechthoek.rijen; r++) {
      const rij: CelWaarde[] = [];
      const fRij: string[] = [];
      for (let k = 0; k < rechthoek.kolommen; k++) {
        const cel = ws.cel(rechthoek.rij + r, rechthoek.kolom + k);
        rij.push(cel?.waarde ?? "");
        fRij.push(cel?.formaat ?? STANDAARD_FORMAAT);
      }
      waarden.push(rij);
      formaten.push(fRij);
    }
    return {
      naam: ws.naam,
      waarden,
      formaten,
      beginRij: rechthoek.rij,
      beginKolom: rechthoek.kolom,
      ...extra,
    };
  }

  /** Single cells with the same safety as schrijfPlan (same conflict rule and protocol as Excel). */
  async schrijfCellen(
    blad: string,
    cellen: CelSchrijving[],
    opties: SchrijfOpties = {},
  ): Promise<SchrijfUitkomst> {
    const ws = this.zoek(blad);
    if (!ws) throw new WerkboekFout("blad-onbekend", `Het werkblad '${blad}' bestaat niet (meer).`);
    const inSamenvoeging = samengevoegdeCellen(cellen, ws.samengevoegd);
    if (inSamenvoeging.length > 0)
      throw new WerkboekFout("samengevoegd", samengevoegdMelding(blad, inSamenvoeging), inSamenvoeging);
    await schrijfMetBevestiging(
      blad,
      async (bevestigd) => {
        const conflicten = celConflicten(cellen, (rij, kolom) => ({
          waarde: ws.waarde(rij - 1, kolom),
          formule: ws.formules.has(`${rij}:${kolom}`),
        }));
        return allesBevestigd(conflicten, bevestigd)
          ? { geschreven: true, uitkomst: null }
          : { geschreven: false, conflicten };
      },
      opties.bevestigOverschrijven,
    );
    for (const c of cellen) {
      ws.maakCel(c.rij - 1, c.kolom).waarde = c.waarde;
      ws.formules.delete(`${c.rij}:${c.kolom}`);
    }
    this.meld();
    return { cellen: cellen.length, syncs: 0, eenOngedaanStap: false };
  }

  async schrijfPlan(plan: SchrijfPlan, opties: SchrijfOpties = {}): Promise<SchrijfUitkomst> {
    const ws = this.zoek(plan.blad);
    if (!ws) throw new WerkboekFout("blad-onbekend", `Het werkblad '${plan.blad}' bestaat niet (meer).`);
    if (voorbijLaatsteKolom(plan)) {
      throw new WerkboekFout("geen-ruimte", geenRuimteMelding(plan.blad, plan.kolommen.length));
    }
    const samengevoegd = vindSamengevoegd(plan, ws.samengevoegd);
    if (samengevoegd.length > 0) {
      throw new WerkboekFout("samengevoegd", samengevoegdMelding(plan.blad, samengevoegd), samengevoegd);
    }
    const r0 = plan.beginRij - 1; // 0-based row of waarden[0] (the header row)
    const eigenKolommen = leesEigenKolommen(ws.namen, ws.naam);
    const formules = [...ws.formules].map((f) => {
      const [rij, kolom] = f.split(":").map(Number);
      return { rij, kolom };
    });

    // Conflict check on the current content (same rule as Excel).
    // Checked again after every question (same protocol as Excel); nothing awaits between the last
    // check and the write below.
    await schrijfMetBevestiging(
      plan.blad,
      async (bevestigd) => {
        const huidig = plan.waarden.map((rij, r) =>
          rij.map((_, k) => ws.waarde(r0 + r, plan.beginKolom + k)),
        );
        const conflicten = vindConflicten(plan, huidig, { formules, eigenKolommen });
        return allesBevestigd(conflicten, bevestigd)
          ? { geschreven: true, uitkomst: null }
          : { geschreven: false, conflicten };
      },
      opties.bevestigOverschrijven,
    );

    // Own columns of an earlier run that the plan no longer uses: only while still the add-in's (a
    // registered header, or recorded), in the plan's rows only (a note of the user below the table stays).
    const laatsteRij = r0 + planAfmetingen(plan).rijen - 1;
    for (const kolom of plan.teWissenKolommen) {
      if (!isEigenKolom(ws.waarde(r0, kolom), plan.beginRij, kolom, eigenKolommen)) continue;
      for (let r = r0; r <= laatsteRij; r++) {
        ws.formules.delete(`${r + 1}:${kolom}`);
        const cel = ws.cel(r, kolom);
        if (!cel) continue;
        cel.waarde = "";
        delete cel.vulling;
      }
      // Its colour scale and header note go with it.
      ws.kleurschalen = ws.kleurschalen.filter((k) => k.kolom !== kolom);
      ws.notities.delete(`${plan.beginRij}:${kolom}`);
    }

    // Values are kept as they are: text stays text here ("=HYPERLINK(...)" is no formula in memory).
    plan.waarden.forEach((rij, r) =>
      rij.forEach((w, k) => {
        if (w === null || w === undefined) return;
        ws.maakCel(r0 + r, plan.beginKolom + k).waarde = w;
        ws.formules.delete(`${r0 + r + 1}:${plan.beginKolom + k}`);
      }),
    );
    // The record: exactly one "_IBT_" name per planned column (other names, the marker among them, stay).
    ws.namen = [
      ...ws.namen.filter((n) => !isEigenNaam(n.naam) || isEigenBladNaam(n.naam)),
      ...eigenNamenVoorPlan(plan),
    ];
    plan.formaten.forEach((rij, r) =>
      rij.forEach((f, k) => {
        if (f === null || f === undefined) return;
        ws.maakCel(r0 + r, plan.beginKolom + k).formaat = f;
      }),
    );
    for (const kolom of plan.kolommen) {
      ws.maakCel(r0, kolom.kolom).vet = true;
      ws.breedten[kolom.kolom] = kolom.breedte;
    }
    // Trede columns: old fills below the header go, then the plan's fills.
    const gevuldeKolommen = new Set(plan.opvullingen.map((o) => o.kolom));
    for (const kolom of gevuldeKolommen) {
      for (let r = r0 + 1; r < r0 + plan.waarden.length; r++) {
        const cel = ws.cel(r, kolom);
        if (cel) delete cel.vulling;
      }
    }
    for (const o of plan.opvullingen) ws.maakCel(o.rij - 1, o.kolom).vulling = o.kleur;
    // Rule 8 per row: the plan's colour scale replaces the one of an earlier run in its column (as in
    // Excel), and each versnelling header gets its note.
    for (const k of plan.kleurschalen ?? []) {
      ws.kleurschalen = [
        ...ws.kleurschalen.filter((x) => x.kolom !== k.kolom),
        { ...k, midden: { ...k.midden } },
      ];
    }
    for (const n of plan.kopNotities ?? [])
      ws.notities.set(`${n.rij}:${n.kolom}`, { titel: n.titel, tekst: n.tekst });

    this.meld();
    return { cellen: telTeSchrijvenCellen(plan), syncs: 0, eenOngedaanStap: false };
  }

  async selecteerCel(blad: string, adres: string): Promise<void> {
    const ws = this.zoek(blad);
    if (!ws) throw new WerkboekFout("blad-onbekend", `Het werkblad '${blad}' bestaat niet (meer).`);
    const cel = leesAdres(adres);
    if (!cel) throw new WerkboekFout("adres-ongeldig", hostBerichten.adresOngeldig(adres));
    ws.actieveCel = celAdres(cel.rij, cel.kolom);
    this.actief = ws;
    this.meld();
  }

  async schrijfNieuwBlad(nieuw: NieuwBlad): Promise<void> {
    if (!isGeldigeBladnaam(nieuw.naam)) {
      throw new WerkboekFout("bladnaam-ongeldig", hostBerichten.bladnaamOngeldig(nieuw.naam));
    }
    // The first of "naam", "naam (2)", "naam (3)", ... that is free or the add-in's own (marked).
    let naam = nieuw.naam;
    let plek = this.werkbladen.length;
    for (let i = 2; ; i++) {
      const bestaand = this.zoek(naam);
      if (!bestaand) break;
      if (isEigenBlad(bestaand.namen.map((n) => n.naam))) {
        plek = this.werkbladen.indexOf(bestaand);
        this.werkbladen.splice(plek, 1);
        break;
      }
      naam = genummerdeBladnaam(nieuw.naam, i);
    }
    const ws = new Werkblad(naam);
    ws.namen = [{ naam: EIGEN_BLAD_NAAM, verwijzing: EIGEN_BLAD_VERWIJZING }];
    this.werkbladen.splice(plek, 0, ws);
    nieuw.waarden.forEach((rij, r) =>
      rij.forEach((w, k) => {
        if (isOnbeschreven(w)) return;
        ws.maakCel(r, k).waarde = w;
      }),
    );
    nieuw.formaten.forEach((rij, r) =>
      rij.forEach((f, k) => {
        if (f) ws.maakCel(r, k).formaat = f;
      }),
    );
    nieuw.kolombreedten.forEach((b, k) => (ws.breedten[k] = b));
    for (const g of nieuw.grafieken ?? []) ws.grafieken.push({ ...g });
    if (nieuw.afdruk) ws.afdruk = kopieAfdruk(nieuw.afdruk);
    this.actief = ws;
    this.meld();
  }

  /** Every sheet (all are visible here), with the engine's verdict on the top rows of its used range. */
  async leesBladen(): Promise<BladOverzicht[]> {
    return this.werkbladen.map((ws) => {
      const g = ws.gebruikt();
      const waarden: CelWaarde[][] = [];
      const formaten: string[][] = [];
      if (g) {
        for (let r = g.rij; r < g.rij + KOP_LEESRIJEN; r++) {
          const cellen = Array.from({ length: g.totKolom - g.kolom + 1 }, (_, k) => ws.cel(r, g.kolom + k));
          waarden.push(cellen.map((c) => c?.waarde ?? ""));
          formaten.push(cellen.map((c) => c?.formaat ?? STANDAARD_FORMAAT));
        }
      }
      const blad: Blad = {
        naam: ws.naam,
        waarden,
        formaten,
        beginRij: g?.rij ?? 0,
        beginKolom: g?.kolom ?? 0,
      };
      return { naam: ws.naam, opdrachtKolom: heeftOpdrachtKolom(blad) };
    });
  }

  async activeerBlad(naam: string): Promise<void> {
    const ws = this.zoek(naam);
    if (!ws) throw new WerkboekFout("blad-onbekend", `Het werkblad '${naam}' bestaat niet.`);
    this.actief = ws;
    this.meld();
  }

  async leesInstelling<T>(sleutel: string): Promise<T | null> {
    const tekst = this.instellingen.get(sleutel);
    return tekst === undefined ? null : (JSON.parse(tekst) as T);
  }

  async bewaarInstelling<T>(sleutel: string, waarde: T): Promise<void> {
    this.instellingen.set(sleutel, JSON.stringify(waarde));
  }

  // ---- For the preview UI ------------------------------------------------------------------------

  /** Sheet names in workbook order. */
  bladen(): string[] {
    return this.werkbladen.map((w) => w.naam);
  }

  /** The active sheet and its active cell. */
  selectie(): { blad: string; adres: string } {
    return { blad: this.actief.naam, adres: this.actief.actieveCel };
  }

  /** The whole sheet for display (values, formats, fills, bold, widths, charts), or null if unknown. */
  leesBlad(naam: string): BladWeergave | null {
    const ws = this.zoek(naam);
    if (!ws) return null;
    const { rijen, kolommen } = ws.omvang();
    const weergave: BladWeergave = {
      naam: ws.naam,
      waarden: [],
      formaten: [],
      vullingen: [],
      vet: [],
      kolombreedten: Array.from({ length: kolommen }, (_, k) => ws.breedten[k] ?? null),
      grafieken: ws.grafieken.map((g) => ({ ...g })),
      rijen,
      kolommen,
    };
    if (ws.afdruk) weergave.afdruk = kopieAfdruk(ws.afdruk);
    if (ws.kleurschalen.length > 0)
      weergave.kleurschalen = ws.kleurschalen.map((k) => ({ ...k, midden: { ...k.midden } }));
    if (ws.notities.size > 0) {
      weergave.notities = {};
      for (const [plek, n] of ws.notities) {
        const [rij, kolom] = plek.split(":").map(Number);
        weergave.notities[celAdres(rij, kolom)] = { ...n };
      }
    }
    for (let r = 0; r < rijen; r++) {
      const cellen = Array.from({ length: kolommen }, (_, k) => ws.cel(r, k));
      weergave.waarden.push(cellen.map((c) => c?.waarde ?? ""));
      weergave.formaten.push(cellen.map((c) => c?.formaat ?? STANDAARD_FORMAAT));
      weergave.vullingen.push(cellen.map((c) => c?.vulling ?? null));
      weergave.vet.push(cellen.map((c) => c?.vet === true));
    }
    return weergave;
  }

  /** Calls `luisteraar` after every change (write, selection, new sheet); returns the unsubscribe. */
  abonneer(luisteraar: () => void): () => void {
    this.luisteraars.add(luisteraar);
    return () => {
      this.luisteraars.delete(luisteraar);
    };
  }

  // ---- Internals ---------------------------------------------------------------------------------

  private zoek(naam: string): Werkblad | undefined {
    const gezocht = naam.toLocaleLowerCase("nl");
    return this.werkbladen.find((w) => w.naam.toLocaleLowerCase("nl") === gezocht);
  }

  private tabelOpActieveCel(ws: Werkblad): Rechthoek | null {
    const cel = leesAdres(ws.actieveCel);
    if (!cel) return null;
    for (const t of this.tabellen) {
      if (t.blad.toLocaleLowerCase("nl") !== ws.naam.toLocaleLowerCase("nl")) continue;
      const r = leesAdres(t.adres);
      if (!r) continue;
      const binnen =
        cel.rij >= r.rij &&
        cel.rij < r.rij + r.rijen &&
        cel.kolom >= r.kolom &&
        cel.kolom < r.kolom + r.kolommen;
      if (binnen) return r;
    }
    return null;
  }

  private meld(): void {
    for (const l of [...this.luisteraars]) l();
  }
}
