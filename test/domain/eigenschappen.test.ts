/** Property-based tests (fast-check) for the invariants of STYLE.md. */
import fc from "fast-check";
import {
  berekenAchterstandEind,
  berekenTotaalopgave,
  bepaalTrede,
  formatPeriode,
  formatPeriodeLang,
  parseAantal,
  parsePeriode,
  rondProcentAf,
  vergelijkVersnelling,
  volgendePeriode,
  vorigePeriode,
  type Periode,
  type Trede,
} from "../../src/domain";
import { datumNaarExcelSerie, excelSerieNaarDatum } from "../../src/domain/datum";
import { formatGetal } from "../../src/domain/afronding";

const periode = fc.record({
  jaar: fc.integer({ min: 1900, max: 2999 }),
  helft: fc.constantFrom<1 | 2>(1, 2),
});
const trede = fc.constantFrom<Trede>(1, 2, 3, 4, 5, 6);
const aantal = fc.integer({ min: 0, max: 100_000 });

describe("eigenschappen", () => {
  it("totaalopgave - gerealiseerd = achterstand eind", () => {
    fc.assert(
      fc.property(
        aantal,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        aantal,
        (ts, a, h, r) => {
          const to = berekenTotaalopgave(ts, a, h);
          expect(to - r).toBe(berekenAchterstandEind(to, r));
        },
      ),
    );
  });

  it("de trede daalt nooit als alleen de achterstand groeit (zelfde taakstelling, zelfde vorige trede)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        aantal,
        fc.option(trede, { nil: null }),
        (a, groei, ts, vorige) => {
          expect(bepaalTrede(a + groei, ts, vorige)).toBeGreaterThanOrEqual(bepaalTrede(a, ts, vorige));
        },
      ),
    );
  });

  it("parsePeriode(formatPeriode(p)) = p, ook voor de lange naam", () => {
    fc.assert(
      fc.property(periode, (p: Periode) => {
        expect(parsePeriode(formatPeriode(p))).toEqual({ ok: true, waarde: p });
        expect(parsePeriode(formatPeriodeLang(p))).toEqual({ ok: true, waarde: p });
      }),
    );
  });

  it("volgende en vorige periode heffen elkaar op", () => {
    fc.assert(
      fc.property(periode, (p) => {
        expect(vorigePeriode(volgendePeriode(p))).toEqual(p);
      }),
    );
  });

  it("rondProcentAf ligt binnen 0,5 van f * 100", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (f) => {
        expect(Math.abs(rondProcentAf(f) - f * 100)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });

  it("rondProcentAf van een breuk R / TS geeft wat exacte rekenkunde geeft (half naar boven)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (r, ts) => {
        // floor((200 r + ts) / (2 ts)) = floor(100 r / ts + 1/2), in integers
        expect(rondProcentAf(r / ts)).toBe(Math.floor((200 * r + ts) / (2 * ts)));
      }),
    );
  });

  it("versnelling: de evenredige opdrachten tellen op tot som(V) en de verschillen tot 0 als alle A > 0", () => {
    const item = fc.record({
      gemeente: fc.string({ minLength: 1, maxLength: 10 }),
      opdracht: fc.integer({ min: 0, max: 1000 }),
      achterstand: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (items) => {
        const rijen = vergelijkVersnelling(items);
        const somV = items.reduce((s, i) => s + i.opdracht, 0);
        expect(rijen.reduce((s, r) => s + r.evenredigeOpdracht, 0)).toBeCloseTo(somV, 6);
        expect(rijen.reduce((s, r) => s + r.verschil, 0)).toBeCloseTo(0, 6);
      }),
    );
  });

  it("parseAantal leest elk geschreven geheel getal terug, ook met duizendtallen en unicode-min", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        expect(parseAantal(String(n))).toEqual({ ok: true, waarde: n === 0 ? 0 : n });
        expect(parseAantal(formatGetal(n, 0).replace("-", "\u2212"))).toEqual({
          ok: true,
          waarde: n === 0 ? 0 : n,
        });
        expect(parseAantal(n, "saldo")).toEqual({ ok: true, waarde: n === 0 ? 0 : -n });
      }),
    );
  });

  it("Excel-datumgetallen en datums zijn elkaars omgekeerde (behalve de niet-bestaande 60)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_958_465 }).filter((s) => s !== 60),
        (s) => {
          expect(datumNaarExcelSerie(excelSerieNaarDatum(s))).toBe(s);
        },
      ),
    );
  });
});
