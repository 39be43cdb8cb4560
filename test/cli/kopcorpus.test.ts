/**
 * The header corpus (test/fixtures/koppen/, made by scripts/make-kopcorpus.ts) through the command line:
 * `ibt check <file> --json` on every layout (the CLI's `main` in-process, as `bin/ibt.js` calls it; the
 * spawned binary itself is tested in gouden.test.ts and kopie.test.ts), compared with the expected report next to it
 * (`<naam>.verwacht.json`, written by hand from the rules). A layout without a recognisable header must be
 * refused (exit code 2) with a message that lists the headers seen.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { opnameIo } from "./helpers";

const MAP = path.resolve(__dirname, "..", "fixtures", "koppen");

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
  koppenGezien?: string[];
}
interface Json {
  sheet: string;
  rows: Record<string, unknown>[];
  remarks: { cell: string; severity: string; code: string; message: string }[];
}

const VERWACHTINGEN: Verwachting[] = readdirSync(MAP)
  .filter((f) => f.endsWith(".verwacht.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(MAP, f), "utf8")) as Verwachting);

async function draaiBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = opnameIo();
  const code = await main(args, io);
  return { code, stdout: io.uit, stderr: io.fout };
}

/** The JSON row in the shape of the expected one: only the keys the expectation names. */
function projecteer(
  rij: Record<string, unknown>,
  verwacht: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.keys(verwacht).map((k) => [k, rij[k]]));
}

const sleutel = (o: { code: string; cel: string }): string => `${o.code} ${o.cel}`;

describe("kopcorpus: ibt check <bestand> --json", () => {
  describe.each(VERWACHTINGEN.filter((v) => v.kopRij !== null).map((v) => [v.bestand, v] as const))(
    "%s",
    (_naam, verwacht) => {
      let uitvoer: { code: number; stdout: string; stderr: string };
      let json: Json;
      beforeAll(async () => {
        uitvoer = await draaiBin(["check", path.join(MAP, verwacht.bestand), "--json"]);
        json = JSON.parse(uitvoer.stdout) as Json;
      }, 60_000);

      it(`controleert het blad ${verwacht.blad} (${verwacht.omschrijving})`, () => {
        expect(uitvoer.stderr).toBe("");
        expect(json.sheet).toBe(verwacht.blad);
        expect(uitvoer.code).toBe(json.remarks.some((r) => r.severity === "fout") ? 1 : 0);
      });

      it("geeft per gemeenterij de kerncijfers", () => {
        const werkelijk = json.rows.map((r, i) => projecteer(r, verwacht.rijen[i] ?? { row: null }));
        expect(werkelijk).toEqual(verwacht.rijen);
      });

      it("geeft precies de verwachte opmerkingen, op hun cel", () => {
        const werkelijk = json.remarks.map((r) => sleutel({ code: r.code, cel: r.cell })).sort();
        expect(werkelijk).toEqual(verwacht.opmerkingen.map(sleutel).sort());
        for (const o of verwacht.opmerkingen) {
          const gevonden = json.remarks.find((r) => r.code === o.code && r.cell === o.cel);
          for (const tekst of o.bevat ?? []) expect(gevonden?.message).toContain(tekst);
        }
      });

      it("zegt waar de periode van het blad vandaan komt", () => {
        const melding = json.remarks.find((r) => r.code === "periode-uit-titel");
        if (verwacht.periodeBron === null) {
          expect(melding).toBeUndefined();
          return;
        }
        expect(melding?.message).toContain(verwacht.periode!);
        for (const tekst of verwacht.periodeBron) expect(melding?.message).toContain(tekst);
      });
    },
  );

  describe.each(VERWACHTINGEN.filter((v) => v.kopRij === null).map((v) => [v.bestand, v] as const))(
    "%s (geweigerd)",
    (_naam, verwacht) => {
      it("weigert het bestand (afsluitcode 2, geen JSON) en noemt de koppen die het zag", async () => {
        const { code, stdout, stderr } = await draaiBin([
          "check",
          path.join(MAP, verwacht.bestand),
          "--json",
        ]);
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(stderr).toContain(verwacht.blad);
        for (const tekst of verwacht.koppenGezien ?? []) expect(stderr).toContain(tekst);
      }, 60_000);
    },
  );
});
