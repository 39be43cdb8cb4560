/**
 * The shared argument helper of the custom functions: shapes, broadcasting, defaults, readers and
 * the mapping of domain errors to Excel errors (also through the real CustomFunctions global).
 */
import { mislukt, gelukt } from "../../src/domain";
import {
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
