/**
 * Issue 12, points 1-3 through direct calls (the same cases through Microsoft's runtime are in
 * test/functions/runtime/): omitted required arguments and lists are #N/A, every result cell is a
 * finite number or an Excel error (#NUM! for Infinity, NaN and counts beyond a billion), whole rows are
 * trimmed like whole columns, a range is read once per distinct value, and VERSNELLING_VERHOUDING
 * gives for a column the same as row by row. Times are measured by `npm run bench`, never here.
 */
import { berekenVerhouding, gelukt, maakVerhouding, MAX_AANTAL } from "../../src/domain";
import { GETALFOUT, leesAantal, optioneel, perCel, verplicht } from "../../src/functions/argumenten";
import {
  achterstand,
  benodigdTempoFunctie,
  prognose,
  taakstelling,
  totaalopgave,
  versnellingVerhouding,
} from "../../src/functions/functions";

const c = (v: unknown): unknown[][] => [[v]];
const kol = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
const WEG = null as unknown as unknown[][];
const een = (m: unknown[][]): unknown => {
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
};
const ontbreekt = (bericht: RegExp) =>
  expect.objectContaining({ code: "#N/A", message: expect.stringMatching(bericht) });
const getalFout = (bericht: RegExp) =>
  expect.objectContaining({ code: GETALFOUT, message: expect.stringMatching(bericht) });

describe("weggelaten verplichte argumenten: #N/A, ook voor lijsten", () => {
  it("=IBT.VERSNELLING_VERHOUDING(45;26;;{26;21;24}) geeft #N/A, niet 'niet even lang'", () => {
    expect(een(versnellingVerhouding(c(45), c(26), WEG, kol(26, 21, 24)))).toEqual(
      ontbreekt(/^opdrachten: Dit argument ontbreekt in de formule/),
    );
    expect(een(versnellingVerhouding(c(45), c(26), kol(45, 17, 35), undefined as never))).toEqual(
      ontbreekt(/^achterstanden: Dit argument ontbreekt/),
    );
  });
  it("geeft #N/A voor een lijst die als lege cel aankomt naast een langere lijst", () => {
    for (const leeg of [c(null), c(""), kol("", null)]) {
      expect(een(versnellingVerhouding(c(45), c(26), leeg, kol(26, 21, 24)))).toEqual(
        ontbreekt(/^opdrachten: de lijst bevat geen waarden/),
      );
    }
  });
  it("geeft #VALUE! voor een scheve lijst (een rij die geen lijst van de juiste breedte is)", () => {
    for (const scheef of [
      [[45], [17, 1], [35]],
      [[45], 17, [35]],
    ]) {
      expect(een(versnellingVerhouding(c(45), c(26), scheef as unknown[][], kol(26, 21, 24)))).toEqual(
        expect.objectContaining({
          code: "#VALUE!",
          message: "opdrachten: Het bereik is leeg of niet rechthoekig.",
        }),
      );
    }
  });
  it("houdt #VALUE! 'niet even lang' voor twee gevulde lijsten van verschillende lengte", () => {
    expect(een(versnellingVerhouding(c(45), c(26), kol(45, 17), kol(26, 21, 24)))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/niet even lang/) }),
    );
  });
  it("geeft één #N/A voor elk weggelaten verplicht argument, ook naast kolommen", () => {
    expect(een(totaalopgave(WEG, c(21)))).toEqual(ontbreekt(/^taakstelling: Dit argument ontbreekt/));
    expect(een(achterstand(kol(25, 38), WEG))).toEqual(ontbreekt(/^gerealiseerd: Dit argument ontbreekt/));
    expect(een(prognose(c(6), c("2022-2"), undefined as never))).toEqual(ontbreekt(/^meetdatum:/));
    expect(een(versnellingVerhouding(WEG, c(26), kol(45), kol(26)))).toEqual(ontbreekt(/^opdracht:/));
  });
  it("laat een weggelaten optioneel argument de standaardwaarde geven", () => {
    expect(totaalopgave(c(18), c(21), WEG, WEG)).toEqual([[39]]);
  });
});

describe("eindige uitkomsten: #NUM! in plaats van Infinity, NaN of een onzinnig aantal", () => {
  it("maakt van een niet-eindige uitkomst op elke plek van de matrix #NUM!", () => {
    const uit = perCel([verplicht("a", kol(1, 2, 3, 4), leesAantal)], (a) =>
      gelukt([a, Infinity, -Infinity, NaN][a - 1]),
    );
    expect(uit).toEqual([
      [1],
      [getalFout(/geen eindig getal/)],
      [getalFout(/geen eindig getal/)],
      [getalFout(/geen eindig getal/)],
    ]);
  });
  it(`begrenst aantallen personen op ${MAX_AANTAL} (in absolute waarde)`, () => {
    expect(totaalopgave(c(MAX_AANTAL), c(0))).toEqual([[MAX_AANTAL]]);
    expect(een(totaalopgave(c(MAX_AANTAL), c(MAX_AANTAL)))).toEqual(
      getalFout(/^getal te groot voor een aantal personen/),
    );
    expect(een(achterstand(c(-MAX_AANTAL), c(MAX_AANTAL)))).toEqual(getalFout(/te groot/));
    expect(totaalopgave(kol(24, MAX_AANTAL), kol(1, 1))).toEqual([[25], [getalFout(/te groot/)]]);
  });
  it("laat invoer boven een miljard #VALUE! met uitleg (de regel van de invoer), ook 9,99999999999999E+307", () => {
    const M = 9.99999999999999e307;
    expect(een(totaalopgave(c(M), c(M)))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/valt buiten/) }),
    );
    expect(een(versnellingVerhouding(c(M), c(M), kol(M, M), kol(M, M)))).toEqual(
      expect.objectContaining({ code: "#VALUE!" }),
    );
  });
  it("begrenst een tempo niet (geen aantal personen); een taakstelling blijft binnen de grens", () => {
    expect(een(benodigdTempoFunctie(c(MAX_AANTAL), c(0), c("2022-2"), c(44925)))).toBeGreaterThan(MAX_AANTAL);
    expect(taakstelling(c(MAX_AANTAL), c(MAX_AANTAL), c(MAX_AANTAL))).toEqual([[MAX_AANTAL]]);
  });
});

describe("hele rijen (2:2) worden ingekort zoals hele kolommen", () => {
  const KOLOMMEN_IN_EXCEL = 16_384;
  const heleRij = (...gevuld: unknown[]): unknown[][] => {
    const rij = new Array<unknown>(KOLOMMEN_IN_EXCEL).fill("");
    gevuld.forEach((v, i) => (rij[i] = v));
    return [rij];
  };
  it("morst alleen tot de laatste kolom met invoer", () => {
    expect(totaalopgave(heleRij(24, 19, 18), heleRij(1, 19, 21))).toEqual([[25, 38, 39]]);
    expect(totaalopgave(heleRij(24, 19, "", 18), c(1), heleRij())).toEqual([
      [25, 20, expect.objectContaining({ code: "#N/A" }), 19],
    ]);
  });
  it("geeft één #N/A als de hele rijen leeg zijn", () => {
    expect(een(totaalopgave(heleRij(), heleRij()))).toEqual(ontbreekt(/helemaal leeg/));
  });
  it("kort een blok van meer rijen in op rijen en kolommen", () => {
    const blok = (waarden: unknown[][]): unknown[][] =>
      Array.from({ length: 5 }, (_, r) => Array.from({ length: 6 }, (_, k) => waarden[r]?.[k] ?? ""));
    expect(
      perCel(
        [
          verplicht("a", blok([[1, 2], [3]]), leesAantal),
          optioneel("b", blok([[], [0, 0, 5]]), leesAantal, 0),
        ],
        (a, b) => gelukt(a + b),
      ),
    ).toEqual([
      [1, 2, expect.objectContaining({ code: "#N/A" })],
      [3, expect.objectContaining({ code: "#N/A" }), expect.objectContaining({ code: "#N/A" })],
    ]);
  });
});

describe("scheve bereiken", () => {
  it("geeft één #VALUE! voor een bereik waarvan een rij geen lijst van de juiste breedte is, ook onderaan", () => {
    const scheef = [[1], [2, 3], [4]];
    const heleKolomScheefOnderaan: unknown[][] = Array.from({ length: 1000 }, (_, i) =>
      i === 999 ? [] : [i],
    );
    for (const bereik of [scheef, heleKolomScheefOnderaan, [[1], 2, [3]]]) {
      expect(
        een(totaalopgave(kol(1, 2, 3).concat(bereik.slice(3).map(() => [0])), bereik as unknown[][])),
      ).toEqual(
        expect.objectContaining({
          code: "#VALUE!",
          message: "achterstand: Het bereik is leeg of niet rechthoekig.",
        }),
      );
    }
  });
});

describe("een bereik wordt per verschillende waarde één keer gelezen", () => {
  it("leest 6.840 perioden van 20 labels 20 keer", () => {
    const lezer = jest.fn(leesAantal);
    const rijen = Array.from({ length: 6840 }, (_, i) => [i % 20]);
    const uit = perCel([verplicht("a", rijen, lezer)], (a) => gelukt(a * 2));
    expect(uit).toHaveLength(6840);
    expect(uit[6839]).toEqual([38]);
    expect(lezer).toHaveBeenCalledTimes(20);
  });
  it("onthoudt met onthoud: true de uitkomst per combinatie van gelezen waarden", () => {
    const bereken = jest.fn((a: number, b: number) => gelukt(a * b));
    const rijen = Array.from({ length: 1000 }, (_, i) => [i % 7]);
    const uit = perCel([verplicht("a", rijen, leesAantal), verplicht("b", c(3), leesAantal)], bereken, {
      onthoud: true,
    });
    expect(uit[999]).toEqual([(999 % 7) * 3]);
    expect(bereken).toHaveBeenCalledTimes(7);
  });
  it("geeft elke cel met een fout zijn eigen foutwaarde", () => {
    const uit = perCel([verplicht("a", kol("x", "x"), leesAantal)], (a) => gelukt(a));
    expect(uit[0][0]).toEqual(uit[1][0]);
    expect(uit[0][0]).not.toBe(uit[1][0]);
  });
});

describe("VERSNELLING_VERHOUDING: de sommen één keer per aanroep", () => {
  it("maakVerhouding geeft hetzelfde als berekenVerhouding, fouten en hun volgorde inbegrepen", () => {
    const opdrachten = [45, 17, 35];
    const achterstanden = [26, 21, 24];
    const verhouding = maakVerhouding(opdrachten, achterstanden);
    for (const [v, a] of [
      [45, 26],
      [17, 21],
      [0, 5],
      [10, 0],
      [10, -3],
      [NaN, 1],
      [1, Infinity],
    ]) {
      expect(verhouding(v, a)).toEqual(berekenVerhouding(v, a, opdrachten, achterstanden));
    }
    expect(maakVerhouding([1, NaN], [1, 2])(NaN, 1)).toEqual(berekenVerhouding(NaN, 1, [1, NaN], [1, 2]));
    expect(maakVerhouding([1, NaN], [1, 2])(1, 1)).toEqual(berekenVerhouding(1, 1, [1, NaN], [1, 2]));
    expect(maakVerhouding([1], [1, 2])(1, 1)).toEqual(berekenVerhouding(1, 1, [1], [1, 2]));
    expect(maakVerhouding([0, 0], [1, 2])(0, 1)).toEqual(berekenVerhouding(0, 1, [0, 0], [1, 2]));
    expect(maakVerhouding([1, 2], [-1, -2])(1, 1)).toEqual(berekenVerhouding(1, 1, [1, 2], [-1, -2]));
  });
  it("geeft voor een kolom van 2.000 gemeenten per rij de verhouding binnen de hele set", () => {
    const n = 2000;
    const v = Array.from({ length: n }, (_, i) => (i * 7) % 50);
    const a = Array.from({ length: n }, (_, i) => 1 + ((i * 13) % 40));
    const uit = versnellingVerhouding(kol(...v), kol(...a), kol(...v), kol(...a));
    expect(uit).toHaveLength(n);
    for (const i of [0, 1, 999, n - 1]) {
      expect(uit[i][0]).toBe((berekenVerhouding(v[i], a[i], v, a) as { waarde: number }).waarde);
    }
  });
});
