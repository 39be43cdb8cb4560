import fc from "fast-check";
import {
  EIGEN_KOP_LIJST,
  brieftabelVoor,
  eigenKopVan,
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
  "IBT notitie",
  "IBT Opmerkingen",
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
            const eigen = eigenKopVan(waarden[plan.beginRij - 1]?.[plan.beginKolom + j]) !== null;
            if (!eigen) expect(oud === undefined || oud === null || String(oud).trim() === "").toBe(true);
          }),
        );
        const na = pasToe(b, plan);
        expect(maakSchrijfPlan(na, controleerBlad(na))).toEqual(plan);
      }),
      { numRuns: fc.readConfigureGlobal().numRuns ?? 200 },
    );
  });

  it("verandert alleen cellen die het plan noemt, nooit inhoud van de gebruiker, en een tweede plan verandert niets", () => {
    // Random sheets with merged ranges, formulas without a value, a record of own columns (some of them
    // stale or pointing at the user's columns), user columns named "IBT notitie" and registered headers.
    const gebied = fc.record({
      rij: fc.integer({ min: 1, max: 12 }),
      kolom: fc.integer({ min: 0, max: 30 }),
      rijen: fc.integer({ min: 1, max: 3 }),
      kolommen: fc.integer({ min: 1, max: 3 }),
    });
    const cel = fc.record({ rij: fc.integer({ min: 1, max: 12 }), kolom: fc.integer({ min: 0, max: 30 }) });
    const vastgelegd = fc.record({
      rij: fc.integer({ min: 1, max: 3 }),
      kolom: fc.integer({ min: 0, max: 30 }),
      kop: fc.constantFrom(...EIGEN_KOP_LIJST),
    });
    fc.assert(
      fc.property(
        metKop,
        fc.array(gebied, { maxLength: 3 }),
        fc.array(cel, { maxLength: 4 }),
        fc.array(vastgelegd, { maxLength: 4 }),
        (waarden, samengevoegd, formulesZonderWaarde, eigenKolommen) => {
          // A merged range shows its value in the top-left cell only.
          const grid = waarden.map((r) => [...r]);
          for (const g of samengevoegd)
            for (let r = g.rij; r < g.rij + g.rijen; r++)
              for (let k = g.kolom; k < g.kolom + g.kolommen; k++)
                if ((r !== g.rij || k !== g.kolom) && grid[r - 1] && k < grid[r - 1].length)
                  grid[r - 1][k] = "";
          const b: Blad = { naam: "x", waarden: grid, samengevoegd, formulesZonderWaarde, eigenKolommen };
          const rapport = controleerBlad(b);
          const plan = maakSchrijfPlan(b, rapport);
          const eigen = new Set(rapport.kolommen.filter((k) => k.eigen).map((k) => k.kolom));
          const isGebruiker = (rij: number, kolom: number): boolean => {
            const w = grid[rij - 1]?.[kolom];
            return (
              samengevoegd.some(
                (g) =>
                  rij >= g.rij && rij < g.rij + g.rijen && kolom >= g.kolom && kolom < g.kolom + g.kolommen,
              ) ||
              (!eigen.has(kolom) &&
                ((w !== undefined && w !== null && w !== "") ||
                  formulesZonderWaarde.some((f) => f.rij === rij && f.kolom === kolom)))
            );
          };
          const genoemd = new Set<string>();
          plan.waarden.forEach((rij, i) =>
            rij.forEach((w, j) => {
              if (w === null && plan.formaten[i][j] === null) return;
              const r = plan.beginRij + i;
              const k = plan.beginKolom + j;
              genoemd.add(`${r}:${k}`);
              expect(isGebruiker(r, k)).toBe(false);
            }),
          );
          const na = pasToe(b, plan);
          // Only named cells changed (own columns of an earlier run that the plan clears aside).
          na.waarden.forEach((rij, i) =>
            rij.forEach((w, k) => {
              const oud = grid[i]?.[k] ?? "";
              if ((w ?? "") === oud || genoemd.has(`${i + 1}:${k}`) || plan.teWissenKolommen.includes(k))
                return;
              expect({ cel: `${i + 1}:${k}`, w }).toEqual({ cel: `${i + 1}:${k}`, w: oud });
            }),
          );
          for (const k of plan.teWissenKolommen) expect(eigen.has(k)).toBe(true);
          // The record a host keeps after writing: exactly the planned columns.
          const record = plan.kolommen.map((k) => ({ rij: plan.beginRij, kolom: k.kolom, kop: k.kop }));
          const tweede = { ...na, eigenKolommen: record };
          expect(pasToe(tweede, maakSchrijfPlan(tweede, controleerBlad(tweede))).waarden).toEqual(na.waarden);
        },
      ),
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
