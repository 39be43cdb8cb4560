/**
 * Exact behaviour of the record of the add-in's own columns (src/sheet/eigenKolommen.ts) at its edges:
 * record names of headers, sheet names in a formula, reading a record reference (the sheet's limits),
 * the own columns and conflicts of a plan's target, merged target cells, and the target rectangle of a
 * plan as a read sheet shows it (the CLI's check before its copy). Written against the surviving mutants
 * of a Stryker run: each test states one behaviour with exact values.
 */
import type { Blad, CelWaarde, Gebied, SchrijfPlan } from "../../src/sheet";
import {
  bladInFormule,
  doelInhoudVanBlad,
  eigenDoelKolommen,
  isEigenBladNaam,
  kopVoorNaam,
  leesEigenKolommen,
  leesNaamVerwijzing,
  naamVoorKop,
  samengevoegdeDoelcellen,
  vindDoelConflicten,
} from "../../src/sheet/eigenKolommen";

/** A write plan with only what these functions read. */
function plan(
  beginRij: number,
  beginKolom: number,
  waarden: (CelWaarde | null)[][],
  formaten: (string | null)[][] = [],
): SchrijfPlan {
  return {
    blad: "Overzicht",
    beginRij,
    beginKolom,
    waarden,
    formaten,
    kolommen: [],
    opvullingen: [],
    teWissenKolommen: [],
    conflicten: [],
    aantalCellen: 0,
  };
}

/** A merged range of one cell (1-based row, 0-based column). */
function cel(rij: number, kolom: number): Gebied {
  return { rij, kolom, rijen: 1, kolommen: 1 };
}

describe("naamVoorKop", () => {
  it("haalt alleen een voorvoegsel IBT aan het begin weg, niet een IBT midden in de kop", () => {
    expect(naamVoorKop("Mijn IBT kolom")).toBe("_IBT_Mijn_IBT_kolom");
    expect(naamVoorKop("IBT Trede")).toBe("_IBT_Trede");
  });

  it("laat leestekens aan het eind helemaal weg", () => {
    expect(naamVoorKop("IBT Trede!")).toBe("_IBT_Trede");
    expect(naamVoorKop("IBT Totaalopgave incl. extra")).toBe("_IBT_Totaalopgave_incl_extra");
  });
});

describe("kopVoorNaam en isEigenBladNaam", () => {
  it("negeren spaties rond de naam", () => {
    expect(kopVoorNaam("  _IBT_Trede  ")).toBe("IBT Trede");
    expect(kopVoorNaam("_ibt_trede")).toBe("IBT Trede");
    expect(isEigenBladNaam("  _IBT_Blad  ")).toBe(true);
    expect(isEigenBladNaam("_IBT_Blad2")).toBe(false);
  });
});

describe("bladInFormule", () => {
  it("zet een naam die op een celadres lijkt (1 tot 3 letters en cijfers) tussen aanhalingstekens", () => {
    expect(bladInFormule("A1")).toBe("'A1'");
    expect(bladInFormule("AB1")).toBe("'AB1'");
    expect(bladInFormule("XFD12")).toBe("'XFD12'");
    expect(bladInFormule("A12")).toBe("'A12'");
  });

  it("laat een gewone naam die alleen deels op een celadres lijkt zonder aanhalingstekens", () => {
    expect(bladInFormule("Blad1")).toBe("Blad1");
    expect(bladInFormule("AB1x")).toBe("AB1x");
    expect(bladInFormule("Overzicht")).toBe("Overzicht");
    expect(bladInFormule("Mijn blad")).toBe("'Mijn blad'");
  });
});

describe("leesNaamVerwijzing", () => {
  it("leest een rij van meer dan één cijfer", () => {
    expect(leesNaamVerwijzing("=Overzicht!$P$15", "Overzicht")).toEqual({ rij: 15, kolom: 15 });
    expect(leesNaamVerwijzing("Overzicht!B123", "overzicht")).toEqual({ rij: 123, kolom: 1 });
  });

  it("leest de verwijzing vanaf het begin, niet een passend stuk verderop", () => {
    expect(leesNaamVerwijzing("'a'b!A1", "b")).toBeNull();
    expect(leesNaamVerwijzing("'a'b!A1", "a")).toBeNull();
    expect(leesNaamVerwijzing("'Mijn blad'!$C$2", "Mijn blad")).toEqual({ rij: 2, kolom: 2 });
  });

  it("neemt de eerste kolom en rij (A1) en de laatste (XFD1048576)", () => {
    expect(leesNaamVerwijzing("=Overzicht!$A$1", "Overzicht")).toEqual({ rij: 1, kolom: 0 });
    expect(leesNaamVerwijzing("=Overzicht!$XFD$1048576", "Overzicht")).toEqual({
      rij: 1_048_576,
      kolom: 16_383,
    });
  });

  it("weigert een kolom voorbij XFD en een rij 0 of voorbij 1048576", () => {
    expect(leesNaamVerwijzing("=Overzicht!$XFE$1", "Overzicht")).toBeNull();
    expect(leesNaamVerwijzing("=Overzicht!$ZZZ$1", "Overzicht")).toBeNull();
    expect(leesNaamVerwijzing("=Overzicht!$A$0", "Overzicht")).toBeNull();
    expect(leesNaamVerwijzing("=Overzicht!$A$1048577", "Overzicht")).toBeNull();
  });
});

describe("leesEigenKolommen", () => {
  it("neemt alleen namen van een geregistreerde kop die naar één cel van dit blad verwijzen", () => {
    const namen = [
      { naam: "_IBT_Blad", verwijzing: "=Overzicht!$A$1" },
      { naam: "_IBT_mijn", verwijzing: "=Overzicht!$B$1" },
      { naam: "Mijn_naam", verwijzing: "=Overzicht!$C$1" },
      { naam: "_IBT_Escalatie", verwijzing: "=#REF!" },
      { naam: "_IBT_Maatregel", verwijzing: "=Ander!$E$1" },
      { naam: " _ibt_trede ", verwijzing: "=Overzicht!$P$5" },
    ];
    expect(leesEigenKolommen(namen, "Overzicht")).toStrictEqual([{ rij: 5, kolom: 15, kop: "IBT Trede" }]);
  });
});

describe("eigenDoelKolommen", () => {
  it("neemt alleen opgenomen kolommen waarvan de kopcel in de eerste rij van het plan staat", () => {
    const p = plan(4, 2, [["IBT Trede"]]);
    const eigen = eigenDoelKolommen(p, {
      waarden: [],
      eigenKolommen: [
        { rij: 3, kolom: 5, kop: "IBT Trede" },
        { rij: 4, kolom: 7, kop: "IBT Escalatie" },
        { rij: 5, kolom: 8, kop: "IBT Maatregel" },
      ],
    });
    expect([...eigen]).toEqual([7]);
  });

  it("geeft niets voor een doel zonder waarden en zonder opgenomen kolommen", () => {
    expect([...eigenDoelKolommen(plan(1, 0, [["x"]]), { waarden: [] })]).toEqual([]);
  });
});

describe("vindDoelConflicten", () => {
  it("slaat een cel over waar het plan niets (undefined) schrijft", () => {
    const p = plan(1, 0, [[undefined as unknown as CelWaarde, "nieuw"]]);
    expect(vindDoelConflicten(p, { waarden: [["oud", "ook oud"]] })).toEqual(["B1"]);
  });

  it("ziet een rij voorbij het gelezen doel als leeg", () => {
    const p = plan(3, 1, [["a"], ["b"], ["c"]]);
    expect(vindDoelConflicten(p, { waarden: [["x"]] })).toEqual(["B3"]);
    expect(vindDoelConflicten(p, { waarden: [] })).toEqual([]);
  });
});

describe("samengevoegdeDoelcellen", () => {
  it("geeft niets zonder samengevoegde gebieden", () => {
    expect(samengevoegdeDoelcellen(plan(1, 0, [["a", "b"]], [["0%"]]), [])).toEqual([]);
  });

  it("kijkt ook naar rijen met alleen een getalnotatie, voorbij de waarden", () => {
    const p = plan(2, 1, [], [["0%"], [null, "0.0"]]);
    expect(samengevoegdeDoelcellen(p, [cel(2, 1), cel(3, 2)])).toEqual(["B2", "C3"]);
  });

  it("kijkt ook naar rijen met alleen waarden, voorbij de getalnotaties", () => {
    const p = plan(2, 1, [["a"], [null, "b"]], []);
    expect(samengevoegdeDoelcellen(p, [cel(2, 1), cel(3, 2)])).toEqual(["B2", "C3"]);
  });

  it("kijkt in een rij tot de langste van waarden en getalnotaties", () => {
    const kortereWaarden = plan(1, 0, [["x"]], [[null, "0%"]]);
    expect(samengevoegdeDoelcellen(kortereWaarden, [cel(1, 1)])).toEqual(["B1"]);
    const kortereFormaten = plan(1, 0, [["x", "y"]], [[]]);
    expect(samengevoegdeDoelcellen(kortereFormaten, [cel(1, 1)])).toEqual(["B1"]);
  });

  it("slaat een cel zonder waarde en zonder getalnotatie over, ook als een van beide ontbreekt", () => {
    const p = plan(1, 0, [[], [null, null]], [[null], [null]]);
    expect(samengevoegdeDoelcellen(p, [{ rij: 1, kolom: 0, rijen: 2, kolommen: 2 }])).toEqual([]);
  });

  it("neemt een cel met alleen een getalnotatie (waarde null)", () => {
    const p = plan(1, 0, [[null]], [["0%"]]);
    expect(samengevoegdeDoelcellen(p, [cel(1, 0)])).toEqual(["A1"]);
  });

  it("neemt een cel die in één van meerdere gebieden valt", () => {
    const p = plan(1, 0, [["a", "b"]], []);
    expect(samengevoegdeDoelcellen(p, [cel(1, 0), cel(5, 5)])).toEqual(["A1"]);
  });
});

describe("doelInhoudVanBlad", () => {
  it("leest de rechthoek van het plan uit een blad dat niet op A1 begint", () => {
    // Sheet rows 3..6 (1-based), columns B..D.
    const b: Blad = {
      naam: "Overzicht",
      beginRij: 2,
      beginKolom: 1,
      waarden: [
        ["a", "b", "c"],
        ["d", "e", "f"],
        ["g", "h", "i"],
        ["j", "k", "l"],
      ],
      formulesZonderWaarde: [{ rij: 5, kolom: 2 }],
      eigenKolommen: [{ rij: 3, kolom: 3, kop: "IBT Trede" }],
    };
    const p = plan(4, 2, [[1, 2], [3]], [[null], [null], [null]]);
    expect(doelInhoudVanBlad(p, b)).toStrictEqual({
      waarden: [
        ["e", "f"],
        ["h", "i"],
        ["k", "l"],
      ],
      formules: [{ rij: 5, kolom: 2 }],
      eigenKolommen: [{ rij: 3, kolom: 3, kop: "IBT Trede" }],
    });
  });

  it("geeft lege lijsten voor een blad zonder formules en zonder opgenomen kolommen", () => {
    const b: Blad = { naam: "Overzicht", waarden: [["a", "b"]] };
    expect(doelInhoudVanBlad(plan(1, 1, [["x"]]), b)).toStrictEqual({
      waarden: [["b"]],
      formules: [],
      eigenKolommen: [],
    });
  });
});
