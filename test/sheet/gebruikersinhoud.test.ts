/**
 * "Nothing lost" through the engine: which columns are the add-in's own (exactly the headers it writes,
 * or recorded in the workbook), what counts as the user's content (any value, a cell of spaces, a
 * formula without a value, every cell of a merged range), and bad values that become remarks instead of
 * crashes or silent numbers. The same rows run through the CLI copy (test/cli/gebruikersinhoud.test.ts)
 * and the Excel adapter (test/excel/gebruikersinhoud.test.ts).
 */
import {
  EIGEN_KOP_LIJST,
  VERSNELLING_KOLOMMEN,
  KOLOM_TOTAALOPGAVE_INCL_EXTRA,
  KOLOM_TREDE_GELDEND,
  MAX_CEL_TEKENS,
  UITVOER_KOLOMMEN,
  beperkTekst,
  controleerBlad,
  eigenNamenVoorPlan,
  kopVoorNaam,
  leesEigenKolommen,
  leesNaamVerwijzing,
  maakSchrijfPlan,
  maakVergelijkingsblad,
  naamVerwijzing,
  naamVoorKop,
  opmerkingenTekst,
  samengevoegdeDoelcellen,
  vindDoelConflicten,
  type Blad,
  type CelWaarde,
  type SchrijfPlan,
} from "../../src/sheet";
import { blad, codes, opmerking, pasToe } from "./hulp";

const KOP = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
];

/** Leusden's periods (golden cases): columns A..G, header on row 1. */
function leusden(extra: CelWaarde[][] = []): CelWaarde[][] {
  return [
    [...KOP],
    ["Leusden", "2021-1", 1, 24, 0, 6, 0],
    ["Leusden", "2021-2", 19, 19, 0, 17, 6],
    ["Leusden", "2022-1", 21, 18, 0, 13, 8],
    ...extra,
  ];
}

function plan(b: Blad): SchrijfPlan {
  return maakSchrijfPlan(b, controleerBlad(b));
}

/** Every cell the plan names (a value or a format), as "row:column" (1-based row, 0-based column). */
function genoemd(p: SchrijfPlan): Set<string> {
  const uit = new Set<string>();
  p.waarden.forEach((rij, r) =>
    rij.forEach((w, c) => {
      if (w !== null || p.formaten[r]?.[c] !== null) uit.add(`${p.beginRij + r}:${p.beginKolom + c}`);
    }),
  );
  return uit;
}

/** The columns of a plan's cells, by header. */
function kolomVan(p: SchrijfPlan, kop: string): number {
  return p.kolommen.find((k) => k.kop === kop)!.kolom;
}

describe("eigen kolommen: precies de koppen die de invoegtoepassing schrijft", () => {
  it("heeft één register: de koppen van UITVOER_KOLOMMEN, de extra kolom, de geldende trede en de versnelling, en niets anders", () => {
    expect([...EIGEN_KOP_LIJST].sort()).toEqual(
      [...UITVOER_KOLOMMEN, KOLOM_TOTAALOPGAVE_INCL_EXTRA, KOLOM_TREDE_GELDEND, ...VERSNELLING_KOLOMMEN]
        .map((k) => k.kop)
        .sort(),
    );
  });

  it("laat een kolom 'IBT notitie' van de gebruiker staan: het blok komt erachter, niets wordt gewist", () => {
    const b = blad(leusden().map((r, i) => [...r, i === 0 ? "IBT notitie" : `notitie ${i}`]));
    const p = plan(b);
    expect(controleerBlad(b).kolommen.find((k) => k.kop === "IBT notitie")).toMatchObject({ eigen: false });
    expect(p.beginKolom).toBe(8);
    expect(p.teWissenKolommen).toEqual([]);
    expect([...genoemd(p)].some((c) => c.endsWith(":7"))).toBe(false);
    const na = pasToe(b, p);
    expect(na.waarden.map((r) => r[7])).toEqual(b.waarden.map((r) => r[7]));
    expect(pasToe(na, plan(na))).toEqual(na);
  });

  it("wist of overschrijft 'IBT notitie' ook niet als zij naast een eerder geschreven blok staat", () => {
    const b = blad(leusden());
    const na = pasToe(b, plan(b));
    const breedte = na.waarden[0].length;
    na.waarden.forEach((r, i) => (r[breedte] = i === 0 ? "IBT notitie" : `notitie ${i}`));
    const q = plan(na);
    expect(q.teWissenKolommen).toEqual([]);
    expect(q.kolommen.map((k) => k.kolom)).not.toContain(breedte);
    expect(pasToe(na, q).waarden.map((r) => r[breedte])).toEqual(na.waarden.map((r) => r[breedte]));
  });

  it("herkent eigen kolommen aan de vastlegging in de werkmap (namen), ook na hernoemen", () => {
    const b = blad(leusden());
    const eerste = plan(b);
    const namen = eigenNamenVoorPlan(eerste);
    expect(namen[0]).toEqual({ naam: "_IBT_Totaalopgave", verwijzing: "Overzicht!$H$1" });
    const record = leesEigenKolommen(
      [
        ...namen,
        { naam: "Afdrukbereik", verwijzing: "Overzicht!$A$1:$G$4" },
        { naam: "_IBT_Trede", verwijzing: "#REF!" },
      ],
      "Overzicht",
    );
    // The print area and the broken duplicate "_IBT_Trede" (#REF!) are no record of a column.
    expect(record).toEqual(eerste.kolommen.map((k) => ({ rij: 1, kolom: k.kolom, kop: k.kop })));
    const na = pasToe(b, eerste);
    const trede = kolomVan(eerste, "IBT Trede");
    na.waarden[0][trede] = "Stap op de ladder"; // renamed by the user
    const q = plan({ ...na, eigenKolommen: leesEigenKolommen(namen, "Overzicht") });
    expect(kolomVan(q, "IBT Trede")).toBe(trede);
    expect(q.waarden[0][trede - q.beginKolom]).toBeNull();
    expect(pasToe(na, q).waarden[0][trede]).toBe("Stap op de ladder");
  });

  it("schrijft en leest de namen van de vastlegging, ook voor bladnamen met spaties en apostrof", () => {
    expect(naamVoorKop("IBT Totaalopgave incl. extra")).toBe("_IBT_Totaalopgave_incl_extra");
    expect(new Set(EIGEN_KOP_LIJST.map(naamVoorKop)).size).toBe(EIGEN_KOP_LIJST.length);
    for (const kop of EIGEN_KOP_LIJST) expect(kopVoorNaam(naamVoorKop(kop).toUpperCase())).toBe(kop);
    expect(naamVerwijzing("Mijn blad", 5, 7)).toBe("'Mijn blad'!$H$5");
    expect(naamVerwijzing("Gemeente's", 5, 27)).toBe("'Gemeente''s'!$AB$5");
    expect(naamVerwijzing("A1", 1, 0)).toBe("'A1'!$A$1");
    expect(leesNaamVerwijzing("='Gemeente''s'!$AB$5", "gemeente's")).toEqual({ rij: 5, kolom: 27 });
    expect(leesNaamVerwijzing("=Overzicht!H5", "Overzicht")).toEqual({ rij: 5, kolom: 7 });
    expect(leesNaamVerwijzing("=Ander!$H$5", "Overzicht")).toBeNull();
    expect(leesNaamVerwijzing("=Overzicht!$H$5:$H$9", "Overzicht")).toBeNull();
    expect(leesNaamVerwijzing("=#REF!", "Overzicht")).toBeNull();
    expect(leesNaamVerwijzing(42, "Overzicht")).toBeNull();
  });

  it("rekent bij het schrijven een cel van een eigen kolom nooit tot conflict, een cel van de gebruiker wel", () => {
    const b = blad(leusden());
    const p = maakSchrijfPlan(b, controleerBlad(b), { beginKolom: 6 });
    const waarden = p.waarden.map((r) => r.map(() => "x" as CelWaarde));
    waarden[0] = waarden[0].map((_, c) => (c === 1 ? "IBT Totaalopgave incl. extra" : "IBT notitie"));
    const conflicten = vindDoelConflicten(p, { waarden });
    expect(conflicten).toContain("G1");
    expect(conflicten).not.toContain("H1");
    expect(conflicten).not.toContain("H2");
    expect(
      vindDoelConflicten(p, { waarden, eigenKolommen: [{ rij: 1, kolom: 6, kop: "IBT Trede" }] }),
    ).not.toContain("G2");
    // A formula that gives "" is content too.
    const leeg = p.waarden.map((r) => r.map(() => "" as CelWaarde));
    expect(vindDoelConflicten(p, { waarden: leeg, formules: [{ rij: 3, kolom: 8 }] })).toEqual(["I3"]);
  });
});

describe("wat van de gebruiker is: elke waarde, ook een spatie, een formule zonder waarde, samengevoegde cellen", () => {
  it("schrijft bij een samengevoegde laatste kopcel G1:H1 niet in H1, en een tweede run laat de cijfers heel", () => {
    const b = blad(leusden(), { samengevoegd: [{ rij: 1, kolom: 6, rijen: 1, kolommen: 2 }] });
    const p = plan(b);
    expect(p.beginKolom).toBe(8);
    expect(samengevoegdeDoelcellen(p, b.samengevoegd!)).toEqual([]);
    expect([...genoemd(p)].some((c) => c.endsWith(":7") || c.endsWith(":6"))).toBe(false);
    const na = pasToe(b, p);
    const r2 = controleerBlad(na);
    expect(r2.rijen.map((r) => r.naRegistratie)).toEqual([0, 6, 8]);
    expect(r2.rijen.map((r) => r.totaalopgave)).toEqual([25, 38, 39]);
    expect(pasToe(na, plan(na))).toEqual(na);
  });

  it("laat een eigen kolom die nu in een samengevoegd bereik ligt aan de gebruiker", () => {
    const b = blad(leusden());
    const eerste = plan(b);
    const na = pasToe(b, eerste);
    const trede = kolomVan(eerste, "IBT Trede");
    const q = plan({ ...na, samengevoegd: [{ rij: 3, kolom: trede, rijen: 1, kolommen: 2 }] });
    expect(q.kolommen.map((k) => k.kolom)).not.toContain(trede);
    expect(q.kolommen.map((k) => k.kolom)).not.toContain(trede + 1);
    expect(q.teWissenKolommen).not.toContain(trede);
    expect(samengevoegdeDoelcellen(q, [{ rij: 3, kolom: trede, rijen: 1, kolommen: 2 }])).toEqual([]);
  });

  it("leest een kop die over twee kolommen is samengevoegd als één kolom, ook als de werkmap de tweede als eigen kolom vastlegde", () => {
    // Found by the property test: "Totaalopgave" merged over D1:E1 and a stale record of E as "IBT
    // Totaalopgave" made E a second Totaalopgave (kolom-dubbel) in the first run but not in the second.
    const waarden: CelWaarde[][] = [
      ["Gemeente", "Taakstelling", "Gerealiseerd", "Totaalopgave", ""],
      ["Leusden", 18, 13, 39, ""],
    ];
    const samengevoegd = [{ rij: 1, kolom: 3, rijen: 1, kolommen: 2 }];
    const b: Blad = {
      naam: "x",
      waarden,
      samengevoegd,
      eigenKolommen: [{ rij: 1, kolom: 4, kop: "IBT Totaalopgave" }],
    };
    const r = controleerBlad(b);
    expect(r.kolommen.filter((k) => k.veld === "totaalopgave").map((k) => k.kolom)).toEqual([3]);
    expect(r.opmerkingen.map((o) => o.code)).not.toContain("kolom-dubbel");
    const eerste = maakSchrijfPlan(b, r);
    const na = pasToe(b, eerste);
    const record = eerste.kolommen.map((k) => ({ rij: eerste.beginRij, kolom: k.kolom, kop: k.kop }));
    const tweede: Blad = { ...na, eigenKolommen: record };
    expect(pasToe(tweede, maakSchrijfPlan(tweede, controleerBlad(tweede))).waarden).toEqual(na.waarden);
  });

  it("schuift het blok voorbij een formule zonder opgeslagen uitkomst", () => {
    const b = blad(leusden(), { formulesZonderWaarde: [{ rij: 3, kolom: 9 }] });
    const p = plan(b);
    expect(p.beginKolom).toBe(10);
    expect(genoemd(p).has("3:9")).toBe(false);
  });

  it("schuift het blok voorbij een cel met alleen een spatie", () => {
    const waarden = leusden();
    waarden[2][8] = " ";
    const p = plan(blad(waarden));
    expect(p.beginKolom).toBe(9);
    expect(pasToe(blad(waarden), p).waarden[2][8]).toBe(" ");
  });

  it("meldt met een geforceerde beginkolom elke soort inhoud als conflict", () => {
    const waarden = leusden();
    waarden[1][8] = " ";
    const b = blad(waarden, {
      formulesZonderWaarde: [{ rij: 3, kolom: 9 }],
      samengevoegd: [{ rij: 4, kolom: 10, rijen: 1, kolommen: 2 }],
    });
    const p = maakSchrijfPlan(b, controleerBlad(b), { beginKolom: 7 });
    expect(p.conflicten.map((c) => c.cel)).toEqual(["I2", "J3", "K4", "L4"]);
  });
});

describe("slechte waarden worden opmerkingen, nooit een crash of een stil getal", () => {
  it("meldt een datum in een kolom met aantallen als fout met de cel (1-2-2022 is geen 44.593 personen)", () => {
    const waarden = leusden();
    waarden[3][3] = 44593;
    const formaten = waarden.map((r) => r.map(() => "General"));
    formaten[3][3] = "d-m-yyyy";
    const r = controleerBlad(blad(waarden, { formaten }));
    const o = opmerking(r, "datum-in-aantal", "D4");
    expect(o.ernst).toBe("fout");
    expect(o.bericht).toBe(
      "Taakstelling in D4 is een datum (1 februari 2022), geen aantal personen; de cel telt niet mee. Typ het aantal als getal of geef de cel een getalnotatie.",
    );
    expect(r.rijen[2].taakstelling).toBeNull();
    expect(r.rijen[2].trede).toBeNull();
  });

  it.each(["d-m-yyyy", "mm-dd-yy", "d mmmm yyyy", "[$-413]d-mmm-jj", "yyyy-mm-dd", "h:mm"])(
    "herkent %p als datumnotatie",
    (formaat) => {
      const waarden = leusden();
      waarden[3][5] = 13;
      const formaten = waarden.map((r) => r.map(() => "General"));
      formaten[3][5] = formaat;
      expect(codes(controleerBlad(blad(waarden, { formaten })))).toContain("datum-in-aantal@F4");
    },
  );

  it.each([
    "General",
    "0",
    "#,##0",
    '0 "personen"',
    "0%",
    "0.00E+00",
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
  ])("leest een aantal met notatie %p gewoon", (formaat) => {
    const waarden = leusden();
    const formaten = waarden.map((r) => r.map(() => "General"));
    formaten[3][5] = formaat;
    expect(controleerBlad(blad(waarden, { formaten })).rijen[2].gerealiseerd).toBe(13);
  });

  it("meldt 1e308 als geen aantal in plaats van het hele rapport te verliezen", () => {
    const waarden = leusden();
    waarden[2][2] = 1e308;
    waarden[2][3] = 1e308;
    const r = controleerBlad(blad(waarden));
    expect(opmerking(r, "geen-aantal", "C3").bericht).toBe(
      "Achterstand begin in C3: 1e+308 is geen aantal personen: het valt buiten -1.000.000.000 tot en met 1.000.000.000.",
    );
    expect(codes(r)).toContain("geen-aantal@D3");
    expect(r.rijen[1].totaalopgave).toBeNull();
    expect(() => plan(blad(waarden))).not.toThrow();
  });

  it("crasht niet op een kopregel tot kolom XFD; het plan ligt dan voorbij XFD (de hosts weigeren)", () => {
    const kop: CelWaarde[] = [...KOP, ...Array.from({ length: 16_384 - KOP.length }, (_, i) => `Kolom ${i}`)];
    const b = blad([kop, ["Leusden", "2022-1", 21, 18, 0, 13, 8]]);
    const r = controleerBlad(b);
    expect(r.kopRij).toBe(1);
    expect(r.rijen[0].totaalopgave).toBe(39);
    const p = maakSchrijfPlan(b, r);
    expect(p.beginKolom).toBe(16_384);
  });

  it("houdt 50 opmerkingen op één rij binnen de 32.767 tekens van een Excel-cel", () => {
    const kop: CelWaarde[] = [...KOP, ...Array.from({ length: 50 }, () => "Taakstelling")];
    const b = blad([kop, ["Leusden", "2022-1", 21, 18, 0, 13, 8]]);
    const r = controleerBlad(b);
    expect(r.opmerkingen.filter((o) => o.code === "kolom-dubbel")).toHaveLength(50);
    const p = plan(b);
    const tekst = String(p.waarden[1][kolomVan(p, "IBT Opmerkingen") - p.beginKolom]);
    expect(tekst.startsWith("Blad: Kolom Taakstelling staat er twee keer in (eerst in D1)")).toBe(true);
    expect(tekst.length).toBeLessThanOrEqual(MAX_CEL_TEKENS);
    expect(tekst.split("staat er twee keer in")).toHaveLength(51);
  });

  it("kort een opmerkingencel die langer zou worden dan 32.767 tekens af met '... en N meer'", () => {
    const lang = "x".repeat(1_000);
    const vanRij = Array.from({ length: 50 }, (_, i) => `Opmerking ${i + 1}: ${lang}.`);
    const tekst = opmerkingenTekst(vanRij, ["Blad-opmerking."]);
    expect(tekst.length).toBeLessThanOrEqual(MAX_CEL_TEKENS);
    expect(tekst.startsWith("Blad: Blad-opmerking. Rij: Opmerking 1: ")).toBe(true);
    const getoond = tekst.split(/Opmerking \d+:/).length - 1;
    expect(tekst.endsWith(` ... en ${50 - getoond} meer`)).toBe(true);
    // As many whole remarks as fit: one more would not.
    expect(tekst.length + vanRij[getoond].length + 1).toBeGreaterThan(MAX_CEL_TEKENS);
    expect(getoond).toBeGreaterThan(30);
    // One sentence longer than a cell is cut.
    const een = beperkTekst(["y".repeat(40_000), "kort."]);
    expect(een).toHaveLength(MAX_CEL_TEKENS);
    expect(een.endsWith("y ... en 1 meer")).toBe(true);
    expect(beperkTekst(["z".repeat(40_000)]).endsWith("z ...")).toBe(true);
    expect(beperkTekst(["a.", "b."])).toBe("a. b.");
  });

  it("knipt een te lange opmerking nooit midden in een emoji (geen losse surrogaathelft)", () => {
    // 11 units: room for 3 emoji (6 units) and " ..." (4 units); a fourth half emoji would be U+FFFD.
    expect(beperkTekst(["😀".repeat(20)], 11)).toBe("😀😀😀 ...");
    expect(beperkTekst(["😀".repeat(20)], 12)).toBe("😀😀😀😀 ...");
  });

  it("neemt stuurtekens en een formule als gemeentenaam letterlijk over (de hosts maken ze onschadelijk)", () => {
    const naam = '=HYPERLINK("http://x";"klik")';
    const vreemd = "Leus\u001b[31mden\u0007";
    const b = blad([
      [...KOP],
      [naam, "2022-1", 21, 18, 0, 13, 8],
      [naam, "2022-1", 21, 18, 0, 13, 8],
      [vreemd, "2022-1", 21, 18, 0, 13, 8],
    ]);
    const r = controleerBlad(b);
    expect(opmerking(r, "dubbele-rij", "A3").bericht.startsWith(naam)).toBe(true);
    const p = plan(b);
    const opm = String(p.waarden[2][kolomVan(p, "IBT Opmerkingen") - p.beginKolom]);
    expect(opm.startsWith("=HYPERLINK(")).toBe(true);
    expect(r.rijen.map((x) => x.gemeente)).toEqual([naam, naam, vreemd]);
    const vergelijking = maakVergelijkingsblad([
      {
        gemeente: naam,
        opdracht: 1,
        achterstand: 1,
        opdrachtPerAchterstand: 1,
        aandeelOpdracht: 1,
        aandeelAchterstand: 1,
        verhouding: 1,
        evenredigeOpdracht: 1,
        verschil: 0,
        opmerking: null,
      },
    ]);
    expect(vergelijking.waarden[2][0]).toBe(naam);
  });
});
