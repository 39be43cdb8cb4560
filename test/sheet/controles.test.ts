/**
 * The check registry: each code has one severity and message, maakOpmerking takes both from it, and
 * docs/controles.md lists exactly the registry's codes with their severities and explanations.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { CONTROLES, ernstVan, maakOpmerking, type ControleCode } from "../../src/sheet/controles";

const DOC = readFileSync(path.join(__dirname, "..", "..", "docs", "controles.md"), "utf8");

/** The rows of the table in docs/controles.md: code, ernst, betekenis. */
function tabel(): { code: string; ernst: string; uitleg: string }[] {
  return DOC.split("\n")
    .map((r) => /^\|\s*`([a-z-]+)`\s*\|\s*(\w+)\s*\|\s*(.+?)\s*\|$/.exec(r))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ code: m[1], ernst: m[2], uitleg: m[3] }));
}

describe("het register van controles", () => {
  it("noemt in docs/controles.md elke code met haar ernst en uitleg, in de volgorde van het register", () => {
    const register = Object.entries(CONTROLES).map(([code, d]) => ({
      code,
      ernst: d.ernst,
      uitleg: d.uitleg,
    }));
    expect(tabel()).toEqual(register);
    expect(register.length).toBeGreaterThanOrEqual(32);
  });

  it("heeft bij elke code een ernst fout, waarschuwing of info en een uitleg als hele zin", () => {
    for (const [code, d] of Object.entries(CONTROLES)) {
      expect(["fout", "waarschuwing", "info"]).toContain(d.ernst);
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(d.uitleg).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("neemt in maakOpmerking de ernst en de melding uit het register", () => {
    const o = maakOpmerking("taakstelling-negatief", 7, 3, "D7", -18);
    expect(o).toEqual({
      cel: "D7",
      rij: 7,
      kolom: 3,
      code: "taakstelling-negatief",
      ernst: "fout",
      bericht: "Taakstelling in D7 is -18; een taakstelling is 0 of meer personen.",
    });
    expect(maakOpmerking("deler-nul", 2, 0, "totaalopgave", 0)).toMatchObject({
      cel: "A2",
      ernst: "info",
      bericht: "Realisatie totaalopgave is niet te berekenen: de totaalopgave is 0 (niet groter dan 0).",
    });
    expect(maakOpmerking("kopregel-ontbreekt", 1, 0, []).bericht).toMatch(/^Geen kopregel gevonden/);
  });

  it.each<[ControleCode, string]>([
    ["leeg", "fout"],
    ["gerealiseerd-leeg", "info"],
    ["achterstand-wijkt-af", "fout"],
    ["achterstand-is-gecorrigeerd", "info"],
    ["periode-ongeldig", "fout"],
    ["periode-onbekend", "waarschuwing"],
    ["periode-jaar-onbekend", "waarschuwing"],
  ])("geeft %s altijd ernst %s (een code met twee betekenissen is twee codes)", (code, ernst) => {
    expect(ernstVan(code)).toBe(ernst);
  });
});
