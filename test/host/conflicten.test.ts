import {
  bereikAdres,
  bevestigConflicten,
  celAdres,
  genummerdeBladnaam,
  isEigenBlad,
  isEigenKolom,
  isEigenKop,
  kolomLetters,
  leesAdres,
  noemCellen,
  planAfmetingen,
  schrijfMetBevestiging,
  telTeSchrijvenCellen,
  type SchrijfPoging,
  vindConflicten,
  WerkboekFout,
} from "../../src/host/conflicten";
import { isEigenNaam } from "../../src/sheet/eigenKolommen";
import { voorbeeldPlan } from "../preview/voorbeeld";

describe("adressen", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("kolom %p heet %p", (kolom, letters) => {
    expect(kolomLetters(kolom)).toBe(letters);
  });

  it("maakt en leest A1-adressen", () => {
    expect(celAdres(7, 5)).toBe("F7");
    expect(leesAdres("F7")).toEqual({ rij: 7, kolom: 5, rijen: 1, kolommen: 1 });
    expect(leesAdres("'Mijn blad'!$b$3:D10")).toEqual({ rij: 3, kolom: 1, rijen: 8, kolommen: 3 });
    expect(leesAdres("D10:B3")).toEqual({ rij: 3, kolom: 1, rijen: 8, kolommen: 3 });
    expect(bereikAdres({ rij: 3, kolom: 1, rijen: 8, kolommen: 3 })).toBe("B3:D10");
    expect(bereikAdres({ rij: 3, kolom: 1, rijen: 1, kolommen: 1 })).toBe("B3");
  });

  it("geeft null voor wat geen celadres is", () => {
    expect(leesAdres("Leusden")).toBeNull();
    expect(leesAdres("A:A")).toBeNull();
    expect(leesAdres("A0")).toBeNull();
    expect(leesAdres("")).toBeNull();
  });
});

describe("eigen kolommen en bladen", () => {
  it("herkent een eigen kolom alleen aan een kop die de invoegtoepassing schrijft, of aan de vastlegging", () => {
    expect(isEigenKop("IBT Trede")).toBe(true);
    expect(isEigenKop("  IBT Trede")).toBe(true);
    expect(isEigenKop("IBT trede")).toBe(false);
    expect(isEigenKop("IBT notitie")).toBe(false);
    expect(isEigenKop("IBTtrede")).toBe(false);
    expect(isEigenKop("Trede")).toBe(false);
    expect(isEigenKop(3)).toBe(false);
    expect(isEigenKop("")).toBe(false);
    expect(isEigenKolom("Mijn trede", 5, 7, [{ rij: 5, kolom: 7, kop: "IBT Trede" }])).toBe(true);
    expect(isEigenKolom("Mijn trede", 6, 7, [{ rij: 5, kolom: 7, kop: "IBT Trede" }])).toBe(false);
    expect(isEigenKolom("IBT notitie", 5, 8, [{ rij: 5, kolom: 7, kop: "IBT Trede" }])).toBe(false);
  });

  it("herkent een eigen blad alleen aan de verborgen markering, niet aan zijn naam of A1", () => {
    expect(isEigenBlad(["_IBT_Blad"])).toBe(true);
    expect(isEigenBlad(["_IBT_Trede", "_ibt_blad"])).toBe(true);
    expect(isEigenBlad([])).toBe(false);
    expect(isEigenBlad(["_IBT_Trede", "_IBT_mijn", "Afdrukbereik"])).toBe(false);
  });

  it("herkent precies de namen die de invoegtoepassing schrijft, nooit een eigen _IBT_-naam van de gebruiker", () => {
    expect(isEigenNaam("_IBT_Trede")).toBe(true);
    expect(isEigenNaam("_ibt_totaalopgave_incl_extra")).toBe(true);
    expect(isEigenNaam("_IBT_Blad")).toBe(true);
    expect(isEigenNaam("_IBT_mijn")).toBe(false);
    expect(isEigenNaam("_IBT_")).toBe(false);
    expect(isEigenNaam("IBT_Trede")).toBe(false);
  });

  it("nummert een bladnaam binnen Excels 31 tekens", () => {
    expect(genummerdeBladnaam("Brieftabel", 2)).toBe("Brieftabel (2)");
    const lang = "Vergelijking versnelling Utrecht";
    expect(genummerdeBladnaam(lang, 12)).toBe("Vergelijking versnelling U (12)");
    expect(genummerdeBladnaam(lang, 12).length).toBeLessThanOrEqual(31);
  });
});

describe("vindConflicten", () => {
  it("ziet geen conflicten in lege doelcellen", () => {
    const huidig = [
      ["", ""],
      ["", ""],
      ["", ""],
      ["", ""],
    ];
    expect(vindConflicten(voorbeeldPlan(), huidig)).toEqual([]);
  });

  it("noemt elke niet-lege cel van de gebruiker waar het plan wil schrijven", () => {
    const huidig = [
      ["Opmerking", ""],
      ["a", ""],
      ["", "b"],
      ["", "c"], // F6: plan has null there, so no conflict
    ];
    expect(vindConflicten(voorbeeldPlan(), huidig)).toEqual(["E3", "E4", "F5"]);
  });

  it("telt cellen onder een eigen kop nooit als conflict", () => {
    const huidig = [
      ["IBT Realisatie taakstelling", "IBT Trede"],
      [0.1, "Trede 1"],
      [0.2, "Trede 2"],
      [0.3, "Trede 3"],
    ];
    expect(vindConflicten(voorbeeldPlan(), huidig)).toEqual([]);
  });

  it("ziet 0 en ONWAAR als gegevens (niet leeg)", () => {
    const huidig = [
      ["", ""],
      [0, false],
      ["", ""],
      ["", ""],
    ];
    expect(vindConflicten(voorbeeldPlan(), huidig)).toEqual(["E4", "F4"]);
  });

  it("telt cellen onder 'IBT notitie' wel als conflict, en onder een vastgelegde hernoemde kolom niet", () => {
    const huidig = [
      ["IBT notitie", "Mijn trede"],
      ["a", "b"],
      ["", ""],
      ["", ""],
    ];
    expect(vindConflicten(voorbeeldPlan(), huidig)).toEqual(["E3", "F3", "E4", "F4"]);
    const eigenKolommen = [{ rij: 3, kolom: 5, kop: "IBT Trede" }];
    expect(vindConflicten(voorbeeldPlan(), huidig, { eigenKolommen })).toEqual(["E3", "E4"]);
  });

  it("ziet een formule die '' geeft als gegevens", () => {
    const huidig = [
      ["", ""],
      ["", ""],
      ["", ""],
      ["", ""],
    ];
    expect(vindConflicten(voorbeeldPlan(), huidig, { formules: [{ rij: 5, kolom: 5 }] })).toEqual(["F5"]);
  });
});

describe("bevestigConflicten", () => {
  it("gaat door zonder conflicten, zonder te vragen", async () => {
    const vraag = jest.fn();
    await expect(bevestigConflicten("Blad1", [], vraag)).resolves.toBeUndefined();
    expect(vraag).not.toHaveBeenCalled();
  });

  it("weigert zonder terugvraag, met de cellen in de fout", async () => {
    const fout = await bevestigConflicten("Blad1", ["F7"]).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect(fout).toMatchObject({ code: "overschrijven-geweigerd", cellen: ["F7"] });
  });

  it("gaat door als de gebruiker bevestigt", async () => {
    await expect(bevestigConflicten("Blad1", ["F7"], async () => true)).resolves.toBeUndefined();
  });

  it("noemt de eerste vijf cellen en telt de rest", () => {
    expect(noemCellen(["A1"])).toBe("A1");
    expect(noemCellen(["A1", "A2"])).toBe("A1 en A2");
    expect(noemCellen(["A1", "A2", "A3", "A4", "A5", "A6"])).toBe("A1, A2, A3, A4, A5 en 1 andere cel");
    expect(noemCellen(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"])).toBe(
      "A1, A2, A3, A4, A5 en 3 andere cellen",
    );
  });
});

describe("planmaten", () => {
  it("meet het plan en telt de te schrijven cellen", () => {
    expect(planAfmetingen(voorbeeldPlan())).toEqual({ rijen: 4, kolommen: 2 });
    expect(telTeSchrijvenCellen(voorbeeldPlan())).toBe(7);
  });
});

describe("schrijfMetBevestiging", () => {
  /** An attempt that finds the given conflict sets in turn and writes when all are confirmed. */
  function pogingen(reeks: string[][]) {
    const gezien: string[][] = [];
    const poging = jest.fn(async (bevestigd: ReadonlySet<string>): Promise<SchrijfPoging<string>> => {
      const conflicten = reeks[Math.min(gezien.length, reeks.length - 1)];
      gezien.push([...bevestigd]);
      return conflicten.every((c) => bevestigd.has(c))
        ? { geschreven: true, uitkomst: "geschreven" }
        : { geschreven: false, conflicten };
    });
    return { poging, gezien };
  }

  it("schrijft in één poging zonder conflicten, zonder te vragen", async () => {
    const { poging } = pogingen([[]]);
    const vraag = jest.fn();
    await expect(schrijfMetBevestiging("Blad1", poging, vraag)).resolves.toBe("geschreven");
    expect(poging).toHaveBeenCalledTimes(1);
    expect(vraag).not.toHaveBeenCalled();
  });

  it("vraagt, en schrijft in de tweede poging met de bevestigde cellen", async () => {
    const { poging, gezien } = pogingen([["F7"]]);
    const vraag = jest.fn().mockResolvedValue(true);
    await expect(schrijfMetBevestiging("Blad1", poging, vraag)).resolves.toBe("geschreven");
    expect(vraag).toHaveBeenCalledWith(["F7"]);
    expect(gezien).toEqual([[], ["F7"]]);
  });

  it("vraagt hoogstens twee keer en weigert daarna", async () => {
    const { poging } = pogingen([["F7"], ["F7", "F8"], ["F7", "F8", "F9"]]);
    const vraag = jest.fn().mockResolvedValue(true);
    const fout = await schrijfMetBevestiging("Blad1", poging, vraag).catch((e: unknown) => e);
    expect(vraag.mock.calls).toEqual([[["F7"]], [["F7", "F8"]]]);
    expect(poging).toHaveBeenCalledTimes(3);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect(fout).toMatchObject({ code: "conflicten-veranderd", cellen: ["F7", "F8", "F9"] });
    expect((fout as Error).message).toContain("bevat 1 cel gegevens die niet bevestigd zijn (F9)");
  });

  it("weigert meteen bij nee", async () => {
    const { poging } = pogingen([["F7"]]);
    const fout = await schrijfMetBevestiging("Blad1", poging, async () => false).catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: "overschrijven-geweigerd", cellen: ["F7"] });
    expect(poging).toHaveBeenCalledTimes(1);
  });
});
