/**
 * Exact footer codes of src/sheet/afdruk.ts: the escaped ampersand, and the footer with and without page
 * numbers. Written against the surviving mutants of a Stryker run.
 */
import type { Afdruk } from "../../src/sheet/types";
import { alsVoettekst, voettekstCode, voettekstDelen } from "../../src/sheet/afdruk";

function afdruk(voettekst: string, paginanummers: boolean): Afdruk {
  return { stand: "liggend", papier: "A4", paginasBreed: 1, voettekst, paginanummers };
}

describe("voettekst", () => {
  it("verdubbelt elk &-teken", () => {
    expect(alsVoettekst("R&D & co")).toBe("R&&D && co");
    expect(alsVoettekst("zonder")).toBe("zonder");
  });

  it("heeft rechts niets zonder paginanummers, en de paginacodes met", () => {
    expect(voettekstDelen(afdruk("R&D", false))).toEqual({ links: "R&&D", rechts: "" });
    expect(voettekstDelen(afdruk("R&D", true))).toEqual({ links: "R&&D", rechts: "Pagina &P van &N" });
  });

  it("maakt de hele voettekst met &L en alleen met paginanummers &R", () => {
    expect(voettekstCode(afdruk("Werkblad R&D", false))).toBe("&LWerkblad R&&D");
    expect(voettekstCode(afdruk("Werkblad R&D", true))).toBe("&LWerkblad R&&D&RPagina &P van &N");
    expect(voettekstCode(afdruk("", false))).toBe("&L");
  });
});
