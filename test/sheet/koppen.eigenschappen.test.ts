/**
 * Property tests of header recognition (kolommen.ts, kopgrammatica.ts) through the whole check: a valid
 * plain sheet (one header row, one row per gemeente with consistent figures, headers in several forms of
 * the header grammar) reads the same, row by row and remark by remark, whatever its layout: columns in
 * any order, title rows above the header, empty columns anywhere, what an Excel table does to the grid
 * ("Kolom1" headers, a totals row) and a two-row header (a group title row, merged or not).
 */
import fc from "fast-check";
import { controleerBlad, type Blad, type CelWaarde, type Gebied, type Rapport } from "../../src/sheet";

/** One half year. */
interface Per {
  jaar: number;
  helft: 1 | 2;
}

/** The generated figures of one gemeente. */
interface Figuren {
  gemeente: string;
  begin: number;
  ts: number;
  h: number | null;
  g: number;
  n: number | null;
  vorigeTrede: number;
  nieuweTs: number;
}

/** The figures a row of the sheet should give (from the rules: TO = TS + A + H, A_eind = TO - G). */
function verwacht(f: Figuren) {
  const to = f.ts + f.begin + (f.h ?? 0);
  const eind = to - f.g;
  // Rule 10 without a next-period herverdeling column: TO(next) = TS(next) + A_eind.
  return { to, eind, eindGecorrigeerd: eind - (f.n ?? 0), nieuweTo: f.nieuweTs + eind };
}

/** A column of the plain sheet: its header, its cell per gemeente, whether a totals row sums it. */
interface Kolom {
  kop: string;
  waarde: (f: Figuren, p: Per) => CelWaarde;
  som: boolean;
  /** The header split over two rows: a group title over a sub-header (kop = `${titel} ${sub}`). */
  groep?: { titel: string; sub: string };
}

const GEMEENTEN = [
  "Leusden",
  "IJsselstein",
  "Houten",
  "Amersfoort",
  "Zeist",
  "Nieuwegein",
  "Veenendaal",
  "Woerden",
  "De Bilt",
  "Utrechtse Heuvelrug",
];

const MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli"];

const label = (p: Per): string => `${p.jaar}-${p.helft}`;
const volgende = (p: Per): Per =>
  p.helft === 1 ? { jaar: p.jaar, helft: 2 } : { jaar: p.jaar + 1, helft: 1 };

/** The ways a header may name a period (the grammar's `periode`). */
function periodeVormen(p: Per): string[] {
  const romeins = p.helft === 1 ? "I" : "II";
  return [
    label(p),
    `${p.jaar}-${romeins}`,
    `${p.jaar}/${p.helft}`,
    `H${p.helft} ${p.jaar}`,
    `${p.jaar} H${p.helft}`,
    `${p.helft}e helft ${p.jaar}`,
    p.helft === 1 ? `januari-juni ${p.jaar}` : `juli t/m december ${p.jaar}`,
  ];
}

/** The peildatum that begins period p, in the ways a header may write it (with the sheet's year). */
function beginDatumVormen(p: Per): string[] {
  const m = p.helft === 1 ? 1 : 7;
  const vorigeDag = p.helft === 1 ? `31-12-${p.jaar - 1}` : `30-6-${p.jaar}`;
  return [`1 ${MAAND[m - 1]} ${p.jaar}`, `1-${m}-${p.jaar}`, `op 1/${m}`, `per 1 ${MAAND[m - 1]}`, vorigeDag];
}

/** The peildatum that ends period p. */
function eindDatumVormen(p: Per): string[] {
  const v = volgende(p);
  const m = v.helft === 1 ? 1 : 7;
  const vorigeDag = p.helft === 1 ? `30-6-${p.jaar}` : `31-12-${p.jaar}`;
  return [`1 ${MAAND[m - 1]} ${v.jaar}`, `1-${m}-${v.jaar}`, `per 1 ${MAAND[m - 1]} ${v.jaar}`, vorigeDag];
}

/** Everything that decides the plain sheet, drawn by fast-check. */
interface Opzet {
  periode: Per;
  periodeKolom: boolean;
  /** Index choices of the header forms (taken modulo the number of forms). */
  vorm: number[];
  /** Optional columns present. */
  metTo: boolean;
  metH: boolean;
  metG: boolean;
  metN: boolean;
  metEind: boolean;
  metVorigeTrede: boolean;
  metNieuw: boolean;
  figuren: Figuren[];
}

const per: fc.Arbitrary<Per> = fc.record({
  jaar: fc.integer({ min: 2020, max: 2024 }),
  helft: fc.constantFrom<1 | 2>(1, 2),
});

const opzet: fc.Arbitrary<Opzet> = fc
  .record({
    periode: per,
    periodeKolom: fc.boolean(),
    vorm: fc.array(fc.nat(50), { minLength: 12, maxLength: 12 }),
    metTo: fc.boolean(),
    metH: fc.boolean(),
    metG: fc.boolean(),
    metN: fc.boolean(),
    metEind: fc.boolean(),
    metVorigeTrede: fc.boolean(),
    metNieuw: fc.boolean(),
    namen: fc.shuffledSubarray(GEMEENTEN, { minLength: 1, maxLength: 6 }),
    cijfers: fc.array(
      fc.record({
        begin: fc.integer({ min: -20, max: 60 }),
        ts: fc.integer({ min: 0, max: 80 }),
        h: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
        g: fc.integer({ min: 0, max: 120 }),
        n: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        vorigeTrede: fc.integer({ min: 1, max: 6 }),
        nieuweTs: fc.integer({ min: 0, max: 80 }),
      }),
      { minLength: 6, maxLength: 6 },
    ),
  })
  .map(({ namen, cijfers, ...rest }) => ({
    ...rest,
    // Without a herverdeling or na-registratie column those figures do not exist.
    // The next period's TS is at least the lead (a TO of the next period is never negative).
    figuren: namen.map((gemeente, i): Figuren => {
      const c = cijfers[i];
      const f = { gemeente, ...c, h: rest.metH ? c.h : null, n: rest.metN ? c.n : null };
      return { ...f, nieuweTs: Math.max(c.nieuweTs, -verwacht(f).eind) };
    }),
  }));

/** The columns of the plain sheet of `o`, left to right. */
function kolommenVan(o: Opzet): Kolom[] {
  const p = o.periode;
  const pv = periodeVormen(p);
  const nv = periodeVormen(volgende(p));
  const kies = <T>(i: number, lijst: T[]): T => lijst[o.vorm[i] % lijst.length];
  const kolommen: Kolom[] = [];
  const gewoon = (kop: string, waarde: Kolom["waarde"], som = true): Kolom => ({ kop, waarde, som });
  const gesplitst = (titel: string, sub: string, waarde: Kolom["waarde"], som = true): Kolom => ({
    kop: `${titel} ${sub}`,
    waarde,
    som,
    groep: { titel, sub },
  });

  kolommen.push(
    gewoon(kies(0, ["Gemeente", "Gemeentenaam", "Naam gemeente", "GEMEENTE"]), (f) => f.gemeente, false),
  );
  if (o.periodeKolom)
    kolommen.push(gewoon(kies(1, ["Periode", "Halfjaar", "Tijdvak"]), () => label(p), false));

  // Backlog at the start and at the end: one family, so that a two-row header can group them.
  const achterstand = kies(2, ["gewoon", "peildatum", "saldo", "voorsprong"] as const);
  const a = (f: Figuren): number => f.begin;
  const e = (f: Figuren): number => verwacht(f).eind;
  const titelA = kies(3, ["Achterstand", "Stand van zaken", "Stand"]);
  const bd = kies(4, beginDatumVormen(p));
  const ed = kies(4, eindDatumVormen(p));
  const achterstandKolommen: [Kolom, Kolom] =
    achterstand === "gewoon"
      ? [gesplitst(titelA, "begin", a), gesplitst(titelA, "eind", e)]
      : achterstand === "peildatum"
        ? [gesplitst(titelA, bd, a), gesplitst(titelA, ed, e)]
        : achterstand === "saldo"
          ? [
              gesplitst("Saldo", kies(5, ["begin", bd]), (f) => -a(f)),
              gesplitst("Saldo", kies(5, ["eind", ed]), (f) => -e(f)),
            ]
          : [gewoon("Voorsprong", (f) => -a(f)), gesplitst("Voorsprong", "eind", (f) => -e(f))];
  kolommen.push(achterstandKolommen[0]);

  // Taakstelling (and the next period's), one family.
  const titelTs = kies(6, ["TS", "Taakstelling"]);
  const tsKolom =
    o.vorm[7] % 3 === 0
      ? gewoon(
          kies(7, ["Taakstelling", "TS", "Taakstelling (personen)", "Taakstelling vergunninghouders"]),
          (f) => f.ts,
        )
      : gesplitst(titelTs, kies(8, pv), (f) => f.ts);
  kolommen.push(tsKolom);
  if (o.metH)
    kolommen.push(gewoon(kies(9, ["Herverdeling", "Herverdelingen", `Herverdeling ${pv[0]}`]), (f) => f.h));
  if (o.metTo) {
    const titelTo = kies(6, ["TO", "Totaalopgave"]);
    kolommen.push(
      o.vorm[10] % 3 === 0
        ? gewoon(kies(10, ["Totaalopgave", "TO", "Totale opgave"]), (f) => verwacht(f).to)
        : gesplitst(titelTo, kies(8, pv), (f) => verwacht(f).to),
    );
  }
  if (o.metG)
    kolommen.push(
      gewoon(
        kies(11, [
          "Gerealiseerd",
          "Gehuisvest",
          "Geplaatst",
          `Gerealiseerd ${kies(8, pv)}`,
          `Gehuisvest op ${ed}`,
        ]),
        (f) => f.g,
      ),
    );
  if (o.metN)
    kolommen.push(
      gewoon(kies(1, ["Na-registratie", "Na registratie", "Correctie", "Nagekomen"]), (f) => f.n),
    );
  if (o.metEind) kolommen.push(achterstandKolommen[1]);
  if (o.metVorigeTrede)
    kolommen.push(gewoon(kies(9, ["Vorige trede", "Trede vorige periode"]), (f) => f.vorigeTrede, false));
  if (o.metNieuw) {
    // "Nieuwe TS 2022-2"; without a period column also "TS 2022-2" on a sheet over 2022-1.
    // (Only beside a TS that names this period: otherwise the earliest period in a header, the next one,
    // would be the sheet's.)
    const sub =
      o.periodeKolom || o.vorm[5] % 2 === 0 || !tsKolom.groep ? `Nieuwe ${kies(8, nv)}` : kies(8, nv);
    kolommen.push(gesplitst(titelTs, sub, (f) => f.nieuweTs));
    kolommen.push(gesplitst(kies(6, ["TO", "Totaalopgave"]), sub, (f) => verwacht(f).nieuweTo));
  }
  return kolommen;
}

/** The sheet name: it names the period when nothing else on a sheet without a period column does. */
const bladNaam = (o: Opzet): string => (o.periodeKolom ? "Overzicht" : `Overzicht ${label(o.periode)}`);

function gewoonBlad(o: Opzet): Blad {
  const kolommen = kolommenVan(o);
  return {
    naam: bladNaam(o),
    waarden: [
      kolommen.map((k) => k.kop),
      ...o.figuren.map((f) => kolommen.map((k) => k.waarde(f, o.periode))),
    ],
  };
}

/** How a layout places the plain sheet: the new grid, and where each plain row went (1-based rows). */
interface Vorm {
  blad: Blad;
  /** Plain sheet row -> sheet row in the new layout. */
  rij: Map<number, number>;
  /** Sheet row of a totals row, if any. */
  totaalRij: number | null;
}

/** A layout of the plain sheet, drawn by fast-check. */
interface Indeling {
  /** Sort keys: the order of the column units, and within a group. */
  volgorde: number[];
  /** Empty columns inserted before each unit (and after the last). */
  leeg: number[];
  titels: (
    { soort: "leeg" } | { soort: "vrij"; tekst: string } | { soort: "periode"; tekst: string; vorm: number }
  )[];
  tabel: null | { totaal: boolean };
  tweeRijen: null | {
    /** Per family title: group it in the upper row, merged or not. */
    groepen: ("los" | "samengevoegd" | "geen")[];
    /** Per ungrouped column: header in the lower row, the upper row, or merged over both. */
    plaats: ("onder" | "boven" | "samengevoegd")[];
  };
  beginRij: number;
  beginKolom: number;
}

const VRIJE_TITELS = [
  "Huisvesting vergunninghouders",
  "Interbestuurlijk toezicht huisvesting",
  "Bron: COA, bewerking provincie",
  "Concept - niet verspreiden",
  "Overzicht per gemeente",
];

const titels: fc.Arbitrary<Indeling["titels"]> = fc.array(
  fc.oneof(
    fc.constant({ soort: "leeg" as const }),
    fc.constantFrom(...VRIJE_TITELS).map((tekst) => ({ soort: "vrij" as const, tekst })),
    fc
      .record({
        tekst: fc.constantFrom("Overzicht", "Huisvesting vergunninghouders", "Stand van zaken taakstelling"),
        vorm: fc.nat(10),
      })
      .map((t) => ({ soort: "periode" as const, ...t })),
  ),
  { maxLength: 5 },
);

const indeling: fc.Arbitrary<Indeling> = fc.record({
  volgorde: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
  leeg: fc.array(fc.nat(2), { minLength: 17, maxLength: 17 }),
  titels,
  tabel: fc.option(fc.record({ totaal: fc.boolean() }), { nil: null }),
  tweeRijen: fc.constant(null),
  beginRij: fc.nat(3),
  beginKolom: fc.nat(3),
});

const indelingTweeRijen: fc.Arbitrary<Indeling> = fc.record({
  volgorde: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
  leeg: fc.array(fc.nat(2), { minLength: 17, maxLength: 17 }),
  titels,
  tabel: fc.constant(null),
  tweeRijen: fc.record({
    groepen: fc.array(fc.constantFrom("los" as const, "samengevoegd" as const, "geen" as const), {
      minLength: 4,
      maxLength: 4,
    }),
    plaats: fc.array(fc.constantFrom("onder" as const, "boven" as const, "samengevoegd" as const), {
      minLength: 16,
      maxLength: 16,
    }),
  }),
  beginRij: fc.nat(3),
  beginKolom: fc.nat(3),
});

/** Lays the plain sheet of `o` out as `ind` says. */
function leg(o: Opzet, ind: Indeling): Vorm {
  const kolommen = kolommenVan(o);
  const gewoon = gewoonBlad(o);
  // Units: a group (columns with the same group title, when grouped) or one column.
  const titels = [...new Set(kolommen.flatMap((k) => (k.groep ? [k.groep.titel] : [])))];
  const groepSoort = (titel: string) =>
    ind.tweeRijen ? ind.tweeRijen.groepen[titels.indexOf(titel) % ind.tweeRijen.groepen.length] : "geen";
  const eenheden: number[][] = [];
  const perTitel = new Map<string, number[]>();
  kolommen.forEach((k, c) => {
    if (k.groep && groepSoort(k.groep.titel) !== "geen") {
      const eenheid = perTitel.get(k.groep.titel);
      if (eenheid) return eenheid.push(c);
      const nieuw = [c];
      perTitel.set(k.groep.titel, nieuw);
      eenheden.push(nieuw);
    } else eenheden.push([c]);
  });
  const sleutel = (c: number) => ind.volgorde[c % ind.volgorde.length] + c * 1e-9;
  for (const e of eenheden) e.sort((x, y) => sleutel(x) - sleutel(y));
  eenheden.sort((x, y) => sleutel(x[0]) - sleutel(y[0]));
  // Columns of the new grid: a plain column, or an empty one.
  const plaatsen: (number | null)[] = [];
  eenheden.forEach((e, i) => {
    for (let j = 0; j < ind.leeg[i]; j++) plaatsen.push(null);
    plaatsen.push(...e);
  });
  for (let j = 0; j < ind.leeg[eenheden.length]; j++) plaatsen.push(null);
  const breedte = plaatsen.length;
  const rijVan = (plain: CelWaarde[]): CelWaarde[] =>
    plaatsen.map((c) => (c === null ? "" : (plain[c] ?? "")));

  const waarden: CelWaarde[][] = [];
  const samengevoegd: Gebied[] = [];
  for (const t of ind.titels) {
    const rij: CelWaarde[] = plaatsen.map(() => "");
    if (t.soort === "vrij") rij[0] = t.tekst;
    if (t.soort === "periode") rij[0] = `${t.tekst} ${periodeVormen(o.periode)[t.vorm % 7]}`;
    waarden.push(rij);
  }
  const r0 = ind.beginRij;
  const k0 = ind.beginKolom;
  const rij = new Map<number, number>();
  if (ind.tweeRijen) {
    const boven: CelWaarde[] = plaatsen.map(() => "");
    const onder: CelWaarde[] = plaatsen.map(() => "");
    const bovenRij = r0 + waarden.length + 1;
    const gedaan = new Set<string>();
    plaatsen.forEach((c, i) => {
      if (c === null) return;
      const k = kolommen[c];
      if (k.groep && groepSoort(k.groep.titel) !== "geen") {
        onder[i] = k.groep.sub;
        if (gedaan.has(k.groep.titel)) return;
        gedaan.add(k.groep.titel);
        boven[i] = k.groep.titel;
        const aantal = perTitel.get(k.groep.titel)!.length;
        if (groepSoort(k.groep.titel) === "samengevoegd" && aantal > 1)
          samengevoegd.push({ rij: bovenRij, kolom: k0 + i, rijen: 1, kolommen: aantal });
        return;
      }
      const plaats = ind.tweeRijen!.plaats[c % ind.tweeRijen!.plaats.length];
      if (plaats === "onder") onder[i] = k.kop;
      else boven[i] = k.kop;
      if (plaats === "samengevoegd")
        samengevoegd.push({ rij: bovenRij, kolom: k0 + i, rijen: 2, kolommen: 1 });
    });
    waarden.push(boven, onder);
    rij.set(1, r0 + waarden.length);
  } else {
    const kop = rijVan(gewoon.waarden[0]);
    if (ind.tabel) {
      let n = 0;
      for (let i = 0; i < kop.length; i++) if (kop[i] === "") kop[i] = `Kolom${++n}`;
    }
    waarden.push(kop);
    rij.set(1, r0 + waarden.length);
  }
  gewoon.waarden.slice(1).forEach((r, i) => {
    waarden.push(rijVan(r));
    rij.set(i + 2, r0 + waarden.length);
  });
  let totaalRij: number | null = null;
  if (ind.tabel?.totaal) {
    const totaal: CelWaarde[] = plaatsen.map(() => "");
    plaatsen.forEach((c, i) => {
      if (c === null) return;
      const k = kolommen[c];
      if (c === 0) totaal[i] = "Totaal";
      else if (k.som) totaal[i] = o.figuren.reduce((s, f) => s + Number(k.waarde(f, o.periode) ?? 0), 0);
    });
    waarden.push(totaal);
    totaalRij = r0 + waarden.length;
  }
  expect(waarden.every((r) => r.length === breedte)).toBe(true);
  return {
    blad: {
      naam: gewoon.naam,
      waarden,
      beginRij: r0,
      beginKolom: k0,
      ...(samengevoegd.length > 0 ? { samengevoegd } : {}),
    },
    rij,
    totaalRij,
  };
}

/** What must not depend on the layout: the rows without their sheet row, in sheet order. */
function rijenVan(r: Rapport) {
  return r.rijen.filter((x) => !x.isTotaalrij).map(({ row: _row, ...rest }) => rest);
}

/** The remarks as "code@row" (rows mapped back to the plain sheet), sorted. */
function opmerkingenVan(r: Rapport, terug: (rij: number) => number | string): string[] {
  return r.opmerkingen.map((o) => `${o.code}@${terug(o.rij)}`).sort();
}

/** The plain sheet reads as generated: every figure, and a period for every row. */
function verwachtGelezen(o: Opzet, r: Rapport): void {
  expect(r.kopRij).toBe(1);
  expect(r.opmerkingen.filter((x) => x.ernst === "fout")).toEqual([]);
  expect(rijenVan(r).map((x) => x.gemeente)).toEqual(o.figuren.map((f) => f.gemeente));
  r.rijen.forEach((x, i) => {
    const f = o.figuren[i];
    const v = verwacht(f);
    expect({
      periode: x.periode,
      begin: x.achterstandBegin,
      ts: x.taakstelling,
      to: x.totaalopgave,
      eind: x.achterstandEind,
    }).toEqual({
      periode: label(o.periode),
      begin: f.begin,
      ts: f.ts,
      to: v.to,
      eind: o.metG || o.metEind ? v.eind : null,
    });
    if (o.metH) expect(x.herverdeling).toBe(f.h);
    if (o.metN && (o.metG || o.metEind)) expect(x.achterstandEindGecorrigeerd).toBe(v.eindGecorrigeerd);
    if (o.metVorigeTrede) expect(x.vorigeTrede).toBe(f.vorigeTrede);
    if (o.metNieuw)
      expect(x.volgendePeriode).toMatchObject({ taakstelling: f.nieuweTs, totaalopgave: v.nieuweTo });
  });
}

/** The laid-out sheet reads the same as the plain one. */
function verwachtGelijk(o: Opzet, ind: Indeling): void {
  const gewoon = controleerBlad(gewoonBlad(o));
  verwachtGelezen(o, gewoon);
  const vorm = leg(o, ind);
  const r = controleerBlad(vorm.blad);
  const terug = new Map([...vorm.rij].map(([a, b]) => [b, a]));
  // A header over two rows is one header: a remark about it may point at either row (the upper one when
  // the lower row adds nothing, e.g. only cells merged from above).
  if (ind.tweeRijen) terug.set(vorm.rij.get(1)! - 1, 1);
  expect(rijenVan(r)).toEqual(rijenVan(gewoon));
  expect(r.rijen.filter((x) => !x.isTotaalrij).map((x) => terug.get(x.row))).toEqual(
    gewoon.rijen.map((x) => x.row),
  );
  expect(opmerkingenVan(r, (x) => terug.get(x) ?? `nieuw ${x}`)).toEqual(opmerkingenVan(gewoon, (x) => x));
  expect(r.samenvatting).toEqual(gewoon.samenvatting);
  if (vorm.totaalRij !== null) {
    expect(r.rijen.filter((x) => x.isTotaalrij).map((x) => x.row)).toEqual([vorm.totaalRij]);
  }
}

const runs = fc.readConfigureGlobal().numRuns ?? 100;

describe("kopregels in elke vorm", () => {
  it("leest het gewone blad zoals het gemaakt is", () => {
    fc.assert(
      fc.property(opzet, (o) => verwachtGelezen(o, controleerBlad(gewoonBlad(o)))),
      { numRuns: runs },
    );
  });

  it("leest hetzelfde na verschuiven van kolommen, titelregels, lege kolommen en een Excel-tabel", () => {
    fc.assert(fc.property(opzet, indeling, verwachtGelijk), { numRuns: runs });
  });

  it("leest hetzelfde met een kop over twee rijen (groepstitels, samengevoegd of niet)", () => {
    // First the smallest sheet that the engine misread when this test was written: "Gemeente" merged
    // over both rows, "Achterstand" over "begin" and "TS" over "2020-1". The upper row alone already
    // counts as a header (a backlog without a date counts as a field), the two rows count no more, and
    // the tie kept the upper row: the sub-headers became a data row.
    const voorbeeld: [Opzet, Indeling] = [
      {
        periode: { jaar: 2020, helft: 1 },
        periodeKolom: false,
        vorm: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
        metTo: false,
        metH: false,
        metG: false,
        metN: false,
        metEind: false,
        metVorigeTrede: false,
        metNieuw: false,
        figuren: [
          { gemeente: "Leusden", begin: 21, ts: 18, h: null, g: 0, n: null, vorigeTrede: 1, nieuweTs: 0 },
        ],
      },
      {
        volgorde: Array.from({ length: 16 }, () => 0),
        leeg: Array.from({ length: 17 }, () => 0),
        titels: [],
        tabel: null,
        tweeRijen: {
          groepen: ["los", "los", "los", "los"],
          plaats: ["samengevoegd", ...Array.from({ length: 15 }, () => "onder" as const)],
        },
        beginRij: 0,
        beginKolom: 0,
      },
    ];
    fc.assert(fc.property(opzet, indelingTweeRijen, verwachtGelijk), {
      numRuns: runs,
      examples: [voorbeeld],
    });
  });
});
