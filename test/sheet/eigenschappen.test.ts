import fc from "fast-check";
import {
  brieftabelVoor,
  controleerBlad,
  maakSchrijfPlan,
  naarJsonRapport,
  prognosesVoor,
  vergelijkGemeenten,
  type Blad,
  type CelWaarde,
} from "../../src/sheet";
import { pasToe } from "./hulp";

const koppen = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Saldo begin",
  "Voorsprong",
  "Taakstelling",
  "Herverdeling",
  "Extra opgave",
  "Totaalopgave",
  "Gerealiseerd",
  "Na-registratie",
  "Achterstand eind",
  "Realisatie taakstelling",
  "Realisatie totaalopgave",
  "Vorige trede",
  "Trede",
  "Opdracht versnelling",
  "Meetdatum",
  "Achterstand 1 januari",
  "Stand van zaken 1 juli 2022",
  "IBT Trede",
  "Totaal",
];
const cel: fc.Arbitrary<CelWaarde> = fc.oneof(
  fc.constantFrom(...koppen),
  fc.constantFrom(
    "",
    null,
    "#N/A",
    "#VALUE!",
    "2022-1",
    "2022-3",
    "tweede helft 2021",
    "Leusden",
    "Houten",
    "Totaal",
    "72%",
    "−26",
    "3 Actief toezicht",
    "22-11-2022",
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
);
const grid = fc.array(fc.array(cel, { maxLength: 12 }), { maxLength: 30 });
/** Grids with a recognisable header, so that the checks themselves get random cells. */
const metKop = fc
  .tuple(
    fc.shuffledSubarray(koppen, { minLength: 3 }),
    fc.array(fc.array(cel, { maxLength: 22 }), { maxLength: 25 }),
  )
  .map(([kop, rijen]) => [["Gemeente", "Taakstelling", ...kop], ...rijen]);

function alles(b: Blad): void {
  const r = controleerBlad(b);
  const plan = maakSchrijfPlan(b, r);
  naarJsonRapport(r);
  vergelijkGemeenten(r, ["Leusden", "Houten"]);
  vergelijkGemeenten(r, ["Leusden"], { gecorrigeerd: true });
  brieftabelVoor(r, "Leusden", "2022-1");
  prognosesVoor(r, new Date(Date.UTC(2022, 10, 22)));
  for (const o of r.opmerkingen) {
    expect(o.cel).toMatch(/^[A-Z]+[0-9]+$/);
    expect(o.bericht.length).toBeGreaterThan(0);
  }
  expect(plan.waarden.every((w) => w.length === plan.waarden[0].length)).toBe(true);
}

describe("eigenschappen van de engine", () => {
  it("gooit nooit een fout op een willekeurig blad", () => {
    fc.assert(
      fc.property(grid, (waarden) => alles({ naam: "x", waarden })),
      { numRuns: fc.readConfigureGlobal().numRuns ?? 300 },
    );
  });

  it("gooit nooit een fout op willekeurige cellen onder een herkende kopregel", () => {
    fc.assert(
      fc.property(metKop, fc.nat(5), fc.nat(30), (waarden, beginRij, beginKolom) =>
        alles({ naam: "x", waarden, beginRij, beginKolom }),
      ),
      { numRuns: fc.readConfigureGlobal().numRuns ?? 300 },
    );
  });

  it("schrijft nooit in een niet-lege cel van de gebruiker en is idempotent", () => {
    fc.assert(
      fc.property(metKop, (waarden) => {
        const b: Blad = { naam: "x", waarden };
        const plan = maakSchrijfPlan(b, controleerBlad(b));
        expect(plan.conflicten).toEqual([]);
        plan.waarden.forEach((rij, i) =>
          rij.forEach((w, j) => {
            if (w === null) return;
            const oud = waarden[plan.beginRij - 1 + i]?.[plan.beginKolom + j];
            const eigen =
              typeof waarden[plan.beginRij - 1]?.[plan.beginKolom + j] === "string" &&
              /^ibt\s/i.test(String(waarden[plan.beginRij - 1][plan.beginKolom + j]).trim());
            if (!eigen) expect(oud === undefined || oud === null || String(oud).trim() === "").toBe(true);
          }),
        );
        const na = pasToe(b, plan);
        expect(maakSchrijfPlan(na, controleerBlad(na))).toEqual(plan);
      }),
      { numRuns: fc.readConfigureGlobal().numRuns ?? 200 },
    );
  });

  it("houdt per rij totaalopgave - gerealiseerd = achterstand eind", () => {
    const getal = fc.integer({ min: -50, max: 300 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(getal, fc.nat(300), getal, fc.nat(300), fc.nat(20)), {
          minLength: 1,
          maxLength: 20,
        }),
        (rijen) => {
          const b: Blad = {
            naam: "x",
            waarden: [
              [
                "Gemeente",
                "Periode",
                "Achterstand begin",
                "Taakstelling",
                "Herverdeling",
                "Gerealiseerd",
                "Na-registratie",
              ],
              ...rijen.map(([a, ts, h, r, n], i) => [`Gemeente ${i}`, "2022-1", a, ts, h, r, n]),
            ],
          };
          for (const r of controleerBlad(b).rijen) {
            expect(r.totaalopgave! - r.gerealiseerd!).toBe(r.achterstandEind);
            expect(r.achterstandEind! - r.naRegistratie!).toBe(r.achterstandEindGecorrigeerd);
            expect(r.trede).not.toBeNull();
          }
        },
      ),
    );
  });
});
