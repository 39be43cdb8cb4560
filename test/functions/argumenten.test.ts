/**
 * The shared argument helper of the custom functions: shapes, broadcasting, defaults, readers and
 * the mapping of domain errors to Excel errors (also through the real CustomFunctions global).
 */
import { mislukt, gelukt } from "../../src/domain";
import {
  excelFoutCode,
  FoutWaarde,
  isExcelFout,
  leesDatum,
  leesLijsten,
  leesPeriode,
  leesWaarOnwaar,
  naarExcelFout,
  optioneel,
  perCel,
  vast,
  verplicht,
  leesAantal,
} from "../../src/functions/argumenten";

const som = (a: number, b: number) => gelukt(a + b);

describe("perCel: vormen en broadcasting", () => {
  it("weigert een leeg bereik met #VALUE!", () => {
    const uit = perCel([verplicht("a", [], leesAantal), verplicht("b", 1, leesAantal)], som);
    expect(uit).toEqual([
      [expect.objectContaining({ code: "#VALUE!", message: "a: Het bereik is leeg of niet rechthoekig." })],
    ]);
  });
  it("weigert bereiken met ongelijke breedte en noemt beide vormen", () => {
    const uit = perCel([verplicht("a", [[1, 2]], leesAantal), verplicht("b", [[1], [2]], leesAantal)], som);
    expect(uit[0][0]).toEqual(
      expect.objectContaining({
        code: "#VALUE!",
        message: expect.stringContaining("a heeft 1 rij en 2 kolommen, b heeft 2 rijen"),
      }),
    );
  });
  it("rekent twee even grote blokken cel voor cel (ook rijen en meerdere kolommen)", () => {
    expect(
      perCel(
        [
          verplicht(
            "a",
            [
              [1, 2],
              [3, 4],
            ],
            leesAantal,
          ),
          verplicht(
            "b",
            [
              [10, 20],
              [30, 40],
            ],
            leesAantal,
          ),
        ],
        som,
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });
  it("accepteert kale waarden en een platte lijst (aanroep vanuit code)", () => {
    expect(perCel([verplicht("a", 1, leesAantal), verplicht("b", 2, leesAantal)], som)).toEqual([[3]]);
    expect(perCel([verplicht("a", [1, 2], leesAantal), verplicht("b", 10, leesAantal)], som)).toEqual([
      [11, 12],
    ]);
  });
  it("leest een enkele cel maar één keer, ook bij 1000 rijen", () => {
    const lezer = jest.fn(leesAantal);
    const rijen = Array.from({ length: 1000 }, (_, i) => [i]);
    const uit = perCel([verplicht("a", rijen, leesAantal), verplicht("b", [[5]], lezer)], som);
    expect(uit).toHaveLength(1000);
    expect(uit[999]).toEqual([1004]);
    expect(lezer).toHaveBeenCalledTimes(1);
  });
});

describe("perCel: hele kolommen (B:B) stoppen bij de laatste ingevulde rij", () => {
  const RIJEN_IN_EXCEL = 1_048_576;
  /** A whole column as Excel passes it: `gevuld` at the top, the rest `leeg` (one shared row array). */
  const heleKolom = (gevuld: unknown[], leeg: unknown = ""): unknown[][] => {
    const legeRij = [leeg];
    const kolom: unknown[][] = new Array<unknown[]>(RIJEN_IN_EXCEL).fill(legeRij);
    gevuld.forEach((v, i) => (kolom[i] = [v]));
    return kolom;
  };
  /** Fails fast (instead of diffing a million rows) when the output was not trimmed. */
  const kort = (uit: unknown[][]): unknown[][] => {
    expect(uit.length).toBeLessThanOrEqual(10);
    return uit;
  };
  const legeCel = (naam: string) =>
    expect.objectContaining({ code: "#N/A", message: `${naam}: Lege cel; vul een waarde in.` });

  it("geeft voor twee hele kolommen met 3 ingevulde rijen 3 rijen", () => {
    // The time this takes is measured by `npm run bench`, not asserted here.
    const a = heleKolom([1, 2, 3]);
    const b = heleKolom([10, 20, 30]);
    const uit = kort(perCel([verplicht("a", a, leesAantal), verplicht("b", b, leesAantal)], som));
    expect(uit).toEqual([[11], [22], [33]]);
  });
  it("behandelt null, undefined en alleen spaties onderaan als leeg", () => {
    for (const leeg of [null, undefined, "", "   "]) {
      const uit = kort(
        perCel([verplicht("a", heleKolom([1, 2], leeg), leesAantal), verplicht("b", 5, leesAantal)], som),
      );
      expect(uit).toEqual([[6], [7]]);
    }
  });
  it("stopt bij de laatste rij met invoer in welk bereik dan ook; de kortere kolom krijgt #N/A", () => {
    const uit = kort(
      perCel(
        [
          verplicht("a", heleKolom([1, 2, 3]), leesAantal),
          verplicht("b", heleKolom([1, 1, 1, 1, 1]), leesAantal),
        ],
        som,
      ),
    );
    expect(uit).toEqual([[2], [3], [4], [legeCel("a")], [legeCel("a")]]);
  });
  it("telt een optionele kolom mee: een rij met alleen herverdeling is invoer", () => {
    const uit = kort(
      perCel(
        [verplicht("a", heleKolom([1]), leesAantal), optioneel("b", heleKolom([0, 0, 4]), leesAantal, 0)],
        som,
      ),
    );
    expect(uit).toEqual([[1], [legeCel("a")], [legeCel("a")]]);
  });
  it("houdt lege rijen tussen ingevulde rijen (#N/A Lege cel voor een verplicht argument)", () => {
    const uit = kort(
      perCel(
        [
          verplicht("a", heleKolom([1, "", null, 4]), leesAantal),
          verplicht("b", heleKolom([1, "", null, 1]), leesAantal),
        ],
        som,
      ),
    );
    expect(uit).toEqual([[2], [legeCel("a")], [legeCel("a")], [5]]);
  });
  it("telt een Excel-fout onderaan als invoer, niet als lege cel", () => {
    const uit = kort(
      perCel(
        [verplicht("a", heleKolom([1, { code: "#REF!" }]), leesAantal), verplicht("b", 1, leesAantal)],
        som,
      ),
    );
    expect(uit).toHaveLength(2);
    expect(uit[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!" }));
  });
  it("kijkt in een bereik van meer kolommen naar elke kolom van de rij", () => {
    const uit = kort(
      perCel(
        [
          verplicht(
            "a",
            [
              [1, 2],
              ["", 4],
              ["", ""],
            ],
            leesAantal,
          ),
          verplicht("b", 1, leesAantal),
        ],
        som,
      ),
    );
    expect(uit).toEqual([
      [2, 3],
      [legeCel("a"), 5],
    ]);
  });
  it("geeft één #N/A met uitleg als alle bereiken helemaal leeg zijn (een enkele cel telt niet)", () => {
    const uit = kort(
      perCel(
        [
          verplicht("taakstelling", heleKolom([]), leesAantal),
          verplicht("achterstand", heleKolom([], null), leesAantal),
        ],
        som,
      ),
    );
    expect(uit).toEqual([
      [
        expect.objectContaining({
          code: "#N/A",
          message: "taakstelling en achterstand zijn helemaal leeg; vul ten minste één rij in.",
        }),
      ],
    ]);
    expect(
      perCel([verplicht("trede", [[""], [null]], leesAantal), verplicht("b", 7, leesAantal)], som),
    ).toEqual([
      [
        expect.objectContaining({
          code: "#N/A",
          message: "trede is helemaal leeg; vul ten minste één rij in.",
        }),
      ],
    ]);
  });
  it("laat een losse lege cel een gewone lege cel (#N/A Lege cel)", () => {
    expect(perCel([verplicht("a", [[""]], leesAantal), verplicht("b", 1, leesAantal)], som)).toEqual([
      [legeCel("a")],
    ]);
  });
});

describe("perCel: Excel-fouten als invoer (allowErrorForDataTypeAny)", () => {
  const CODES = ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!"] as const;
  const NEDERLANDS: Record<(typeof CODES)[number], string> = {
    "#N/A": "#N/B",
    "#VALUE!": "#WAARDE!",
    "#DIV/0!": "#DEEL/0!",
    "#REF!": "#VERW!",
    "#NAME?": "#NAAM?",
    "#NUM!": "#GETAL!",
    "#NULL!": "#LEEG!",
  };
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  /** Output of a column 1, <fout>, 3 plus 10: the error must stay in the middle row. */
  const metFoutInHetMidden = (fout: unknown) =>
    perCel([verplicht("a", [[1], [fout], [3]], leesAantal), verplicht("b", [[10]], leesAantal)], som);
  const verwacht = (code: string) =>
    expect.objectContaining({
      code: code === "#N/A" ? "#N/A" : "#VALUE!",
      message: expect.stringMatching(
        new RegExp(
          `^a: Excel-fout ${escape(NEDERLANDS[code as keyof typeof NEDERLANDS])} \\(${escape(code)}, [a-z0 ]+\\) in de invoer`,
        ),
      ),
    });

  it.each(CODES)(
    "CustomFunctions.Error-vorm { code: %s }: alleen die cel, #N/A blijft #N/A, de rest #VALUE!",
    (code) => {
      const uit = metFoutInHetMidden({ code, message: "Some English text from elsewhere" });
      expect(uit[0]).toEqual([11]);
      expect(uit[1]).toEqual([verwacht(code)]);
      expect(uit[2]).toEqual([13]);
      expect((uit[1][0] as { message: string }).message).not.toMatch(/English/);
    },
  );
  it.each(CODES)("datatype-vorm { type: 'Error', basicValue: %s }: zelfde uitkomst", (code) => {
    const errorType = {
      "#N/A": "NotAvailable",
      "#VALUE!": "Value",
      "#DIV/0!": "Div0",
      "#REF!": "Ref",
      "#NAME?": "Name",
      "#NUM!": "Num",
      "#NULL!": "Null",
    }[code];
    const uit = metFoutInHetMidden({ type: "Error", basicType: "Error", basicValue: code, errorType });
    expect(uit).toEqual([[11], [verwacht(code)], [13]]);
  });
  it("leest de code uit errorType als basicValue vertaald is (#VERW!) en noemt een onbekende fout bij naam", () => {
    expect(excelFoutCode({ type: "Error", basicValue: "#VERW!", errorType: "Ref" })).toBe("#REF!");
    expect(excelFoutCode({ type: "Error", basicValue: "#SPILL!", errorType: "Spill" })).toBe("#SPILL!");
    expect(excelFoutCode({ type: "Error", errorType: "Calc" })).toBe("#CALC!");
    expect(metFoutInHetMidden({ type: "Error", basicValue: "#SPILL!", errorType: "Spill" })[1]).toEqual([
      expect.objectContaining({
        code: "#VALUE!",
        message: "a: Excel-fout #SPILL! in de invoer; herstel eerst die cel.",
      }),
    ]);
  });
  it("herkent een fout die van Error afstamt (zoals een runtime die CustomFunctions.Error zo bouwt)", () => {
    class CfError extends Error {
      constructor(readonly code: string) {
        super("Not available");
      }
    }
    expect(metFoutInHetMidden(new CfError("#N/A"))[1]).toEqual([verwacht("#N/A")]);
  });
  it("ziet gewone waarden en andere objecten niet als fout", () => {
    for (const x of [
      "#N/A",
      3,
      null,
      [],
      {},
      { code: 404 },
      { code: "abc" },
      { type: "Double", basicValue: 1 },
    ]) {
      expect(excelFoutCode(x)).toBeNull();
    }
  });
  it("geeft een Excel-fout in een optioneel argument ook door (geen standaardwaarde)", () => {
    const uit = perCel(
      [verplicht("a", 1, leesAantal), optioneel("b", [[{ code: "#N/A" }]], leesAantal, 0)],
      som,
    );
    expect(uit).toEqual([
      [expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/^b: Excel-fout #N\/B/) })],
    ]);
  });
});

describe("perCel: optionele en vaste argumenten", () => {
  it("gebruikt de standaardwaarde voor null, undefined en een lege cel", () => {
    for (const weg of [null, undefined, [[null]], [[""]], [["  "]]]) {
      expect(perCel([verplicht("a", 1, leesAantal), optioneel("b", weg, leesAantal, 7)], som)).toEqual([[8]]);
    }
  });
  it("geeft een fout in een vast argument ongewijzigd door aan elke cel (de lijst noemt zelf al welke lijst)", () => {
    const fout = mislukt<number>({ soort: "waarde", code: "x", bericht: "kapot" });
    const uit = perCel([verplicht("a", [[1], [2]], leesAantal), vast("lijst", fout)], som);
    expect(uit).toEqual([
      [expect.objectContaining({ code: "#VALUE!", message: "kapot" })],
      [expect.objectContaining({ code: "#VALUE!", message: "kapot" })],
    ]);
  });
});

describe("naarExcelFout", () => {
  it("maakt zonder Excel-runtime een FoutWaarde met code en bericht", () => {
    expect(naarExcelFout({ soort: "waarde", code: "x", bericht: "Fout." })).toEqual(
      new FoutWaarde("#VALUE!", "Fout."),
    );
    expect(naarExcelFout({ soort: "ontbreekt", code: "x", bericht: "Weg." })).toEqual(
      new FoutWaarde("#N/A", "Weg."),
    );
    expect(naarExcelFout({ soort: "deling", code: "x", bericht: "Nul." })).toEqual(new FoutWaarde("#DIV/0!"));
  });

  describe("met de globale CustomFunctions van Excel", () => {
    class CfError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    beforeEach(() => {
      g.CustomFunctions = {
        Error: CfError,
        ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
      };
    });
    afterEach(() => {
      delete g.CustomFunctions;
    });

    it("maakt CustomFunctions.Error-objecten met de juiste ErrorCode", () => {
      const w = naarExcelFout({ soort: "waarde", code: "x", bericht: "Fout." });
      const o = naarExcelFout({ soort: "ontbreekt", code: "x", bericht: "Weg." });
      const d = naarExcelFout({ soort: "deling", code: "x", bericht: "Nul." });
      expect(w).toBeInstanceOf(CfError);
      expect(w).toEqual({ code: "#VALUE!", message: "Fout." });
      expect(o).toEqual({ code: "#N/A", message: "Weg." });
      expect(d).toBeInstanceOf(CfError);
      expect(d.message).toBeUndefined();
    });
    it("maakt van een binnenkomende CustomFunctions.Error weer een CustomFunctions.Error, alleen in die cel", () => {
      const uit = perCel(
        [
          verplicht("a", [[1], [new CfError("#N/A", "elders")], [new CfError("#NUM!")]], leesAantal),
          verplicht("b", 1, leesAantal),
        ],
        som,
      );
      expect(uit[0]).toEqual([2]);
      expect(uit[1][0]).toBeInstanceOf(CfError);
      expect(uit[1][0]).toEqual({ code: "#N/A", message: expect.stringMatching(/^a: Excel-fout #N\/B/) });
      expect(uit[2][0]).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(/^a: Excel-fout #GETAL! \(#NUM!/),
      });
    });
    it("zet CustomFunctions.Error in de cel van een functie-uitkomst", () => {
      const uit = perCel([verplicht("a", [[1], ["x"]], leesAantal), verplicht("b", 1, leesAantal)], som);
      expect(uit[0]).toEqual([2]);
      expect(uit[1][0]).toBeInstanceOf(CfError);
    });
  });
});

describe("lezers", () => {
  it("herkent Excel-fouten als invoer", () => {
    expect(isExcelFout({ code: "#N/A" })).toBe(true);
    expect(isExcelFout({ code: "abc" })).toBe(false);
    expect(isExcelFout("#N/A")).toBe(false);
    expect(isExcelFout(null)).toBe(false);
  });
  it("leest WAAR/ONWAAR als boolean, 1/0 en tekst; weigert de rest", () => {
    expect([true, false, 1, 0, "waar", "ONWAAR", "TRUE", "false"].map((x) => leesWaarOnwaar(x))).toEqual(
      [true, false, true, false, true, false, true, false].map((x) => ({ ok: true, waarde: x })),
    );
    expect(leesWaarOnwaar(2)).toMatchObject({ ok: false, fout: { soort: "waarde" } });
  });
  it("weigert datums voor 1990 en na 2099 (een jaartal als getal is geen datum)", () => {
    expect(leesDatum(32873)).toMatchObject({ ok: false, fout: { code: "datum-buiten-bereik" } }); // 31-12-1989
    expect(leesDatum(32874)).toEqual({ ok: true, waarde: new Date(Date.UTC(1990, 0, 1)) });
    expect(leesDatum(73050)).toEqual({ ok: true, waarde: new Date(Date.UTC(2099, 11, 31)) });
    expect(leesDatum(73051)).toMatchObject({ ok: false, fout: { code: "datum-buiten-bereik" } });
  });
  it("leest een periode uit een label, een Excel-datum of een datumtekst", () => {
    expect(leesPeriode("2022-H1")).toEqual({ ok: true, waarde: { jaar: 2022, helft: 1 } });
    expect(leesPeriode(44887)).toEqual({ ok: true, waarde: { jaar: 2022, helft: 2 } });
    expect(leesPeriode("2022-11-22")).toEqual({ ok: true, waarde: { jaar: 2022, helft: 2 } });
    expect(leesPeriode("2022-13")).toMatchObject({ ok: false, fout: { code: "periode-onbekend" } });
  });
});

describe("leesLijsten", () => {
  const lijsten = (a: unknown, b: unknown) =>
    leesLijsten(
      [
        { naam: "opdrachten", waarde: a },
        { naam: "achterstanden", waarde: b },
      ],
      leesAantal,
    );
  it("weigert lijsten van ongelijke lengte, een lege lijst en een Excel-fout in de lijst", () => {
    expect(lijsten([[1], [2]], [[1]])).toMatchObject({ ok: false, fout: { code: "lijst-ongelijk" } });
    expect(lijsten([[""], [null]], [[null], [""]])).toMatchObject({
      ok: false,
      fout: { soort: "ontbreekt", code: "lijst-leeg" },
    });
    expect(lijsten([[{ code: "#REF!" }]], [[1]])).toMatchObject({ ok: false, fout: { soort: "waarde" } });
  });
  it("noemt bij een half ingevulde rij de lijsten uit de aanroep en welke leeg is", () => {
    expect(lijsten([[1], [2]], [[1], [""]])).toEqual({
      ok: false,
      fout: expect.objectContaining({
        soort: "ontbreekt",
        bericht:
          "Rij 2 van de lijsten is maar half ingevuld: achterstanden is leeg. " +
          "Vul opdrachten en achterstanden allebei in of laat ze allebei leeg.",
      }),
    });
    const drie = leesLijsten(
      [
        { naam: "x", waarde: [[1]] },
        { naam: "y", waarde: [[""]] },
        { naam: "z", waarde: [[null]] },
      ],
      leesAantal,
    );
    expect(drie).toMatchObject({
      ok: false,
      fout: {
        bericht:
          "Rij 1 van de lijsten is maar half ingevuld: y en z zijn leeg. Vul x, y en z allemaal in of laat ze allemaal leeg.",
      },
    });
  });
  it("geeft een Excel-fout in de lijst door: #N/A blijft #N/A, de rest #VALUE!, in beide vormen", () => {
    expect(lijsten([[1], [{ code: "#N/A" }]], [[1], [2]])).toMatchObject({
      ok: false,
      fout: { soort: "ontbreekt", bericht: expect.stringMatching(/^opdrachten: Excel-fout #N\/B \(#N\/A/) },
    });
    expect(
      lijsten([[1], [2]], [[1], [{ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }]]),
    ).toMatchObject({
      ok: false,
      fout: {
        soort: "waarde",
        bericht: expect.stringMatching(/^achterstanden: Excel-fout #DEEL\/0! \(#DIV\/0!/),
      },
    });
  });
  it("leest een rij-bereik en een kolom-bereik van gelijke lengte samen", () => {
    expect(lijsten([[45, 17, 35]], [[26], [21], [24]])).toEqual({
      ok: true,
      waarde: [
        [45, 17, 35],
        [26, 21, 24],
      ],
    });
  });
});
