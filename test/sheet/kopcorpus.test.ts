/**
 * The header corpus (test/fixtures/koppen/, made by scripts/make-kopcorpus.ts): the supervisors' own
 * layouts as .xlsx, each read with the command line's reader into a Blad and checked by controleerBlad,
 * against the expected report next to it (`<naam>.verwacht.json`, written by hand from the rules, not
 * from the engine's output).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { readWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { controleerBlad } from "../../src/sheet";
import type { Rapport, RijResultaat } from "../../src/sheet/types";

interface VerwachteOpmerking {
  code: string;
  cel: string;
  bevat?: string[];
}
interface Verwachting {
  bestand: string;
  omschrijving: string;
  blad: string;
  kopRij: number | null;
  periode: string | null;
  periodeBron: string[] | null;
  rijen: Record<string, unknown>[];
  opmerkingen: VerwachteOpmerking[];
  versnelling?: {
    gemeente: string;
    achterstand: number;
    opdracht: number;
    opdrachtPerAchterstand: number;
    verhouding: number;
  }[];
  koppenGezien?: string[];
}

const MAP = path.resolve(__dirname, "..", "fixtures", "koppen");
const VERWACHTINGEN: Verwachting[] = readdirSync(MAP)
  .filter((f) => f.endsWith(".verwacht.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(MAP, f), "utf8")) as Verwachting);

/** The actual row in the shape of the expected one: only the keys the expectation names. */
function projecteer(werkelijk: RijResultaat, verwacht: Record<string, unknown>): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const sleutel of Object.keys(verwacht)) {
    if (sleutel === "volgendePeriode") {
      const v = werkelijk.volgendePeriode;
      uit[sleutel] = v && { periode: v.periode, taakstelling: v.taakstelling, totaalopgave: v.totaalopgave };
    } else uit[sleutel] = (werkelijk as unknown as Record<string, unknown>)[sleutel];
  }
  return uit;
}

const sleutel = (o: { code: string; cel: string }): string => `${o.code} ${o.cel}`;

describe("kopcorpus: controleerBlad op de indelingen van de toezichthouders", () => {
  it("heeft minstens 15 indelingen, elk met een .xlsx", () => {
    expect(VERWACHTINGEN.length).toBeGreaterThanOrEqual(15);
    const bestanden = new Set(readdirSync(MAP));
    for (const v of VERWACHTINGEN) expect(bestanden.has(v.bestand)).toBe(true);
  });

  describe.each(VERWACHTINGEN.map((v) => [v.bestand, v] as const))("%s", (_naam, verwacht) => {
    let rapport: Rapport;
    beforeAll(async () => {
      const werkmap = await readWerkmap(path.join(MAP, verwacht.bestand));
      const werkblad = werkmap.worksheets.find((w) => w.name === verwacht.blad);
      if (!werkblad) throw new Error(`Werkblad ${verwacht.blad} ontbreekt in ${verwacht.bestand}`);
      rapport = controleerBlad(sheetToBlad(werkblad));
    });

    it(`vindt de kopregel (${verwacht.omschrijving})`, () => {
      expect(rapport.kopRij).toBe(verwacht.kopRij);
    });

    it("leest de periode van het blad en zegt waar die vandaan komt", () => {
      expect(rapport.bladPeriode?.periode ?? null).toBe(verwacht.periode);
      const melding = rapport.opmerkingen.find((o) => o.code === "periode-uit-titel");
      if (verwacht.periodeBron === null) {
        expect(melding).toBeUndefined();
        return;
      }
      expect(melding).toBeDefined();
      for (const tekst of verwacht.periodeBron) {
        expect(melding!.bericht).toContain(tekst);
        expect(rapport.bladPeriode?.bron).toContain(tekst);
      }
    });

    it("rekent per gemeenterij de kerncijfers", () => {
      const rijen = rapport.rijen.filter((r) => !r.isTotaalrij);
      const werkelijk = rijen.map((r, i) => projecteer(r, verwacht.rijen[i] ?? { row: null }));
      expect(werkelijk).toEqual(verwacht.rijen);
    });

    it("maakt precies de verwachte opmerkingen, op hun cel", () => {
      const werkelijk = rapport.opmerkingen.map(sleutel).sort();
      expect(werkelijk).toEqual(verwacht.opmerkingen.map(sleutel).sort());
      for (const o of verwacht.opmerkingen) {
        const gevonden = rapport.opmerkingen.find((w) => w.code === o.code && w.cel === o.cel);
        for (const tekst of o.bevat ?? []) expect(gevonden?.bericht).toContain(tekst);
      }
    });

    if (verwacht.versnelling) {
      const vv = verwacht.versnelling;
      it("rekent regel 8 over de versnellingslijst", () => {
        const v = rapport.versnelling ?? [];
        expect(v.map((r) => [r.gemeente, r.achterstand, r.opdracht])).toEqual(
          vv.map((r) => [r.gemeente, r.achterstand, r.opdracht]),
        );
        vv.forEach((r, i) => {
          expect(v[i].opdrachtPerAchterstand).toBeCloseTo(r.opdrachtPerAchterstand, 2);
          expect(v[i].verhouding).toBeCloseTo(r.verhouding, 2);
        });
        expect(rapport.versnellingsblad).toBe(true);
      });
    }

    if (verwacht.koppenGezien) {
      const gezien = verwacht.koppenGezien;
      it("weigert het blad en noemt de koppen die het zag", () => {
        const melding = rapport.opmerkingen.find((o) => o.code === "kopregel-ontbreekt");
        expect(melding?.ernst).toBe("fout");
        for (const tekst of gezien) expect(melding?.bericht).toContain(tekst);
      });
    }
  });
});
