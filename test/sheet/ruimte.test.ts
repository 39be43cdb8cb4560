/** A header that reaches column XFD: checked as usual, with one warning that nothing can be written back. */
import { controleerBlad, maakSchrijfPlan, type CelWaarde } from "../../src/sheet";
import { blad, codes, opmerking, rij } from "./hulp";

/** A sheet whose header and data start at `beginKolom` (0-based), with `extra` trailing header cells. */
function verBlad(beginKolom: number, extra: CelWaarde[] = []) {
  return blad(
    [
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", ...extra],
      ["Leusden", "2022-1", 21, 18, 13, ...extra.map(() => "")],
    ],
    { beginKolom },
  );
}

describe("een kopregel tot de laatste kolom van Excel", () => {
  it("wordt gecontroleerd en krijgt één waarschuwing dat rechts geen plaats is voor de IBT-kolommen", () => {
    // Gemeente in XEZ (16,379), Gerealiseerd in XFD (16,383).
    const r = controleerBlad(verBlad(16_379));
    expect(rij(r, "Leusden")).toMatchObject({ totaalopgave: 39, achterstandEind: 26, trede: 3 });
    expect(codes(r)).toEqual(["geen-ruimte-rechts@XFD1"]);
    expect(opmerking(r, "geen-ruimte-rechts")).toMatchObject({ ernst: "waarschuwing" });
    expect(opmerking(r, "geen-ruimte-rechts").bericht).toBe(
      "De kopregel loopt tot XFD1, bij de laatste kolom van Excel (XFD): rechts is geen plaats voor de 11 IBT-kolommen. De controle werkt wel; om de uitkomsten terug te schrijven moeten er kolommen weg of naar links.",
    );
  });

  it("telt de kolom incl. extra mee als het blad een extra opgave heeft", () => {
    const r = controleerBlad(verBlad(16_372, ["Extra opgave"]));
    expect(opmerking(r, "geen-ruimte-rechts").bericht).toContain("de 12 IBT-kolommen");
  });

  it("waarschuwt niet zolang de IBT-kolommen er precies naast passen", () => {
    // Last header cell in XES (16,372): 11 columns XET..XFD fit exactly.
    const r = controleerBlad(verBlad(16_368));
    expect(codes(r)).toEqual([]);
    const plan = maakSchrijfPlan(verBlad(16_368), r);
    expect(Math.max(...plan.kolommen.map((k) => k.kolom))).toBe(16_383);
    expect(codes(controleerBlad(verBlad(16_369)))).toEqual(["geen-ruimte-rechts@XET1"]);
  });
});
