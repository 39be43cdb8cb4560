/** `ibt check --kolom "KOP=veld"`: headers the engine does not know, assigned on the command line. */
import path from "node:path";
import { readFileSync } from "node:fs";
import {
  EXIT_OK,
  EXIT_ONBRUIKBAAR,
  leesKolomOpties,
  main,
  parseAanroep,
  veldVanNaam,
} from "../../src/cli/main";
import { GEBRUIK } from "../../src/cli/berichten";
import { loadWerkmap, sheetToBlad } from "../../src/cli/lezen";
import { controleerBlad } from "../../src/sheet";
import { VELD_LABELS } from "../../src/sheet/kolommen";
import type { Veld } from "../../src/sheet/types";
import { maakTempMap, opnameIo, schrijfWerkmap, type FixtureBlad } from "./helpers";

/** A 2022-1 sheet whose gemeente and taakstelling headers are abbreviations no grammar knows. */
function afkortingenBlad(): FixtureBlad {
  return {
    naam: "2022-1",
    rijen: [
      ["Huisvesting vergunninghouders 2022-1"],
      [],
      ["Gem.", "Taakst.", "Achterstand begin", "Gerealiseerd"],
      ["Leusden", 18, 21, 13],
      ["Houten", 30, 0, 32],
    ],
  };
}

interface JsonUit {
  sheet: string;
  rows: Record<string, unknown>[];
  remarks: { code: string; cell: string }[];
}

describe("ibt check --kolom", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const bestand = path.join(tmp.map, "afkortingen.xlsx");
  beforeAll(() => schrijfWerkmap(bestand, [afkortingenBlad()]));

  it("zonder --kolom is het blad onleesbaar (kopregel-ontbreekt, afsluitcode 2)", async () => {
    const buffer = readFileSync(bestand);
    const werkmap = await loadWerkmap(buffer, bestand);
    const rapport = controleerBlad(sheetToBlad(werkmap.worksheets[0]));
    expect(rapport.kopRij).toBeNull();
    expect(rapport.opmerkingen.map((o) => o.code)).toEqual(["kopregel-ontbreekt"]);

    const io = opnameIo();
    expect(await main(["check", bestand], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toContain('Geen werkblad met een herkenbare kopregel gevonden (gezocht in "2022-1")');
  });

  it('maakt het blad leesbaar met --kolom "Gem.=gemeente" --kolom "Taakst.=taakstelling"', async () => {
    const io = opnameIo();
    const code = await main(
      ["check", bestand, "--kolom", "Gem.=gemeente", "--kolom", "Taakst.=taakstelling", "--json"],
      io,
    );
    expect(code).toBe(EXIT_OK);
    expect(io.fout).toBe("");
    const json = JSON.parse(io.uit) as JsonUit;
    expect(json.sheet).toBe("2022-1");
    expect(
      json.rows.map((r) => [r.row, r.gemeente, r.periode, r.taakstelling, r.totaalopgave, r.trede]),
    ).toEqual([
      [4, "Leusden", "2022-1", 18, 39, 3],
      [5, "Houten", "2022-1", 30, 30, 1],
    ]);
    expect(json.rows[0].realisatieTaakstelling).toBeCloseTo(13 / 18, 12);
    expect(json.remarks.map((r) => r.code)).toEqual(["periode-uit-titel"]);
  });

  it("leest de kop ongeacht hoofdletters, spaties en leestekens, en het veld ongeacht hoofdletters", async () => {
    const io = opnameIo();
    const code = await main(
      ["check", bestand, "--kolom", "gem=GEMEENTE", "--kolom", " TAAKST =Taakstelling", "--json"],
      io,
    );
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(io.uit) as JsonUit;
    expect(json.rows.map((r) => r.taakstelling)).toEqual([18, 30]);
  });

  it("gebruikt dezelfde toewijzing voor --out: de kopie krijgt de IBT-kolommen van de toegewezen kolommen", async () => {
    const uit = path.join(tmp.map, "afkortingen-uit.xlsx");
    const io = opnameIo();
    const code = await main(
      ["check", bestand, "--kolom", "Gem.=gemeente", "--kolom", "Taakst.=taakstelling", "--out", uit],
      io,
    );
    expect(code).toBe(EXIT_OK);
    expect(io.uit).toContain(`Kopie met resultaten geschreven naar ${uit}`);
    // Read back with the same assignment: the copy's own columns hold Leusden's totaalopgave and trede.
    const werkmap = await loadWerkmap(readFileSync(uit), uit);
    const blad = sheetToBlad(werkmap.worksheets[0]);
    const rapport = controleerBlad(blad, {
      kopToewijzing: { "Gem.": "gemeente", "Taakst.": "taakstelling" },
    });
    const eigen = rapport.kolommen.filter((k) => k.eigen).map((k) => k.kop);
    expect(eigen).toContain("IBT Totaalopgave");
    expect(eigen).toContain("IBT Trede");
    const kop = blad.waarden[2];
    const rij = blad.waarden[3];
    expect(rij[kop.indexOf("IBT Totaalopgave")]).toBe(39);
    expect(rij[kop.indexOf("IBT Trede")]).toBe("3 Actief toezicht");
  });

  it("accepteert de Nederlandse naam van een veld (Taakstelling volgende periode)", async () => {
    expect(veldVanNaam("Taakstelling volgende periode")).toBe("volgendeTaakstelling");
    expect(veldVanNaam("taakstelling VOLGENDE periode")).toBe("volgendeTaakstelling");
    expect(veldVanNaam("Na-registratie")).toBe("naRegistratie");
    expect(veldVanNaam("achterstandbegin")).toBe("achterstandBegin");
    const io = opnameIo();
    const code = await main(
      ["check", bestand, "--kolom", "Gem.=Gemeente", "--kolom", "Taakst.=Taakstelling", "--json"],
      io,
    );
    expect(code).toBe(EXIT_OK);
    expect((JSON.parse(io.uit) as JsonUit).rows.map((r) => r.taakstelling)).toEqual([18, 30]);
  });

  it("elke veldcode en elke Nederlandse naam wijst haar eigen veld aan", () => {
    for (const [veld, label] of Object.entries(VELD_LABELS) as [Veld, string][]) {
      expect(veldVanNaam(veld)).toBe(veld);
      expect(veldVanNaam(label)).toBe(veld);
    }
  });

  it("negeren (of -) slaat een kolom over die de controle anders zou lezen", async () => {
    expect(veldVanNaam("negeren")).toBeNull();
    expect(veldVanNaam("Negeren")).toBeNull();
    expect(veldVanNaam("-")).toBeNull();
    const io = opnameIo();
    const code = await main(
      [
        "check",
        bestand,
        "--kolom",
        "Gem.=gemeente",
        "--kolom",
        "Taakst.=taakstelling",
        "--kolom",
        "Gerealiseerd=negeren",
        "--json",
      ],
      io,
    );
    // Without a realisation column the rows have no gerealiseerd, so no realisation and no trede.
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(io.uit) as JsonUit;
    expect(json.rows.map((r) => [r.gerealiseerd, r.realisatieTaakstelling, r.trede])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);

    const streep = opnameIo();
    await main(
      [
        "check",
        bestand,
        "--kolom",
        "Gem.=gemeente",
        "--kolom",
        "Taakst.=taakstelling",
        "--kolom",
        "Gerealiseerd=-",
        "--json",
      ],
      streep,
    );
    expect(streep.uit).toBe(io.uit);
  });

  it("geeft 2 en noemt de geldige velden bij een onbekend veld", async () => {
    const io = opnameIo();
    expect(await main(["check", bestand, "--kolom", "Taakst.=taakstelingen"], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.uit).toBe("");
    expect(io.fout).toBe(
      'Ongeldige aanroep: onbekend veld "taakstelingen" in --kolom "Taakst.=taakstelingen". Geldige velden: ' +
        "gemeente, periode, achterstandBegin, achterstandEindOpgegeven, taakstelling, herverdeling, extraOpgave, " +
        "totaalopgave, gerealiseerd, naRegistratie, realisatieTaakstelling, realisatieTotaalopgave, vorigeTrede, " +
        "trede, vastgesteldeTrede, redenBesluit, opdrachtVersnelling, meetdatum, correctiedatum, volgendeTaakstelling, volgendeTotaalopgave, " +
        'volgendeHerverdeling (of hun Nederlandse naam, zoals "Taakstelling volgende periode"), of negeren (of -) ' +
        "om de kolom over te slaan (zie `ibt --help`).\n",
    );
  });

  it("geeft 2 bij een --kolom zonder '=', zonder kop of zonder veld, en bij één kop met twee velden", () => {
    for (const waarde of ["Taakst.", "=taakstelling", "Taakst.="]) {
      expect(parseAanroep(["check", "--kolom", waarde])).toEqual({
        soort: "fout",
        bericht: `Ongeldige aanroep: --kolom "${waarde}" is niet van de vorm "KOP=veld" (zie \`ibt --help\`).`,
      });
    }
    expect(leesKolomOpties(["Taakst.=taakstelling", "taakst=herverdeling"])).toBe(
      'Ongeldige aanroep: --kolom wijst de kop "Taakst." (en "taakst") twee verschillende velden toe (zie `ibt --help`).',
    );
    // The same assignment twice is not a contradiction.
    expect(leesKolomOpties(["Taakst.=taakstelling", "Taakst.=Taakstelling"])).toEqual({
      "Taakst.": "taakstelling",
    });
  });

  it("splitst op de laatste '=': een kop mag een '=' bevatten", () => {
    expect(leesKolomOpties(["TS=2022-1=taakstelling"])).toEqual({ "TS=2022-1": "taakstelling" });
    expect(parseAanroep(["check", "a.xlsx", "--kolom", "Gem.=gemeente", "--kolom", "Oud=negeren"])).toEqual({
      soort: "check",
      argumenten: {
        bestand: "a.xlsx",
        blad: null,
        uitvoer: null,
        json: false,
        kopToewijzing: { "Gem.": "gemeente", Oud: null },
      },
    });
  });

  it("waarschuwt op stderr voor een kop die niet op het blad staat, en gaat door", async () => {
    const io = opnameIo();
    const code = await main(
      [
        "check",
        bestand,
        "--kolom",
        "Gem.=gemeente",
        "--kolom",
        "Taakst.=taakstelling",
        "--kolom",
        "Herverd.=herverdeling",
        "--json",
      ],
      io,
    );
    expect(code).toBe(EXIT_OK);
    expect(io.fout).toBe(
      'Waarschuwing: --kolom "Herverd.=...": geen kopcel "Herverd." gevonden in de eerste 20 rijen van werkblad ' +
        '"2022-1"; deze toewijzing is niet gebruikt.\n',
    );
    expect((JSON.parse(io.uit) as JsonUit).rows).toHaveLength(2);
  });

  it("noemt bij --sheet zonder herkenbare kopregel ook de koppen die er niet staan", async () => {
    const io = opnameIo();
    const code = await main(["check", bestand, "--sheet", "2022-1", "--kolom", "Gemeentenaam=gemeente"], io);
    expect(code).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toBe(
      'Op werkblad "2022-1" staat geen herkenbare kopregel (in de eerste 20 rijen): verwacht kolommen als ' +
        "Gemeente, Periode, Taakstelling, Gerealiseerd.\n" +
        "Geen kopregel gevonden in de eerste 20 rijen: er is geen rij met een kolom Gemeente en ten minste twee " +
        'andere herkende kolommen (zoals Periode, Taakstelling, Achterstand begin). Gezien: "Gem." (A3, lijkt op ' +
        'Gemeente); "Taakst." (B3, lijkt op Taakstelling); "Achterstand begin" (C3, lijkt op Achterstand begin); ' +
        '"Gerealiseerd" (D3, lijkt op Gerealiseerd). Geef de kolommen een herkenbare kop of wijs ze toe (in het ' +
        'taakvenster, of met --kolom "KOP=veld").\n' +
        'Waarschuwing: --kolom "Gemeentenaam=...": geen kopcel "Gemeentenaam" gevonden in de eerste 20 rijen ' +
        'van werkblad "2022-1"; deze toewijzing is niet gebruikt.\n',
    );
  });

  it("staat in de hulp", () => {
    expect(GEBRUIK).toContain('[--kolom "KOP=veld" ...]');
    expect(GEBRUIK).toContain('--kolom "Gem.=gemeente" --kolom "Taakst.=taakstelling"');
  });
});
