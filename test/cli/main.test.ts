/** Exit codes, messages, the --json shape and the printed summary of `ibt check`. */
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXIT_FOUTEN, EXIT_OK, EXIT_ONBRUIKBAAR, VOORBEELD_PAD, main } from "../../src/cli/main";
import { GEBRUIK } from "../../src/cli/berichten";
import { KOPPEN_OVERZICHT, hashBestand, leusdenBlad, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";
import { JSON_RIJ_SLEUTELS } from "../jsonVorm";

describe("ibt check: afsluitcodes en meldingen", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const p = (naam: string) => path.join(tmp.map, naam);

  it("toont de hulp met --help (afsluitcode 0)", async () => {
    const io = opnameIo();
    expect(await main(["--help"], io)).toBe(EXIT_OK);
    expect(io.uit).toBe(GEBRUIK);
    expect(io.uit).toContain("ibt check [bestand.xlsx] [--sheet NAAM] [--out UITVOER.xlsx] [--json]");
  });

  it("geeft 2 bij een onbekende optie", async () => {
    const io = opnameIo();
    expect(await main(["check", "--onzin"], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toBe("Ongeldige aanroep: onbekende optie --onzin (zie `ibt --help`).\n");
    expect(io.uit).toBe("");
  });

  it("geeft 2 bij een ontbrekend bestand", async () => {
    const io = opnameIo();
    expect(await main(["check", p("weg.xlsx")], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toBe(`Bestand niet gevonden: ${p("weg.xlsx")}\n`);
    expect(io.uit).toBe("");
  });

  it("geeft 2 bij een tekstbestand dat .xlsx heet", async () => {
    writeFileSync(p("tekst.xlsx"), "Gemeente;Periode;Taakstelling\nLeusden;2022-1;18\n");
    const io = opnameIo();
    expect(await main(["check", p("tekst.xlsx")], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toContain(`${p("tekst.xlsx")} is geen Excel-werkmap (.xlsx)`);
  });

  it("geeft 2 bij een werkmap zonder herkenbaar blad, en noemt de bladen", async () => {
    await schrijfWerkmap(p("geen-kop.xlsx"), [
      { naam: "Notities", rijen: [["Hallo"], ["Dit is geen overzicht"]] },
      { naam: "Leeg", rijen: [] },
    ]);
    const io = opnameIo();
    expect(await main(["check", p("geen-kop.xlsx")], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toContain(
      'Geen werkblad met een herkenbare kopregel gevonden (gezocht in "Notities", "Leeg")',
    );
  });

  it("geeft 2 bij een onbekend --sheet, en noemt de bladen die er wel zijn", async () => {
    await schrijfWerkmap(p("leusden.xlsx"), [leusdenBlad()]);
    const io = opnameIo();
    expect(await main(["check", p("leusden.xlsx"), "--sheet", "Blad9"], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toBe('Werkblad "Blad9" bestaat niet. Werkbladen in dit bestand: "Overzicht".\n');
  });

  it("geeft 2 bij --sheet op een blad zonder kopregel", async () => {
    await schrijfWerkmap(p("twee.xlsx"), [{ naam: "Notities", rijen: [["Hallo"]] }, leusdenBlad()]);
    const io = opnameIo();
    expect(await main(["check", p("twee.xlsx"), "--sheet", "Notities"], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toContain('Op werkblad "Notities" staat geen herkenbare kopregel');
  });

  it("kiest zonder --sheet het eerste zichtbare blad met een kopregel en zegt welk", async () => {
    await schrijfWerkmap(p("keuze.xlsx"), [
      { naam: "Toelichting", rijen: [["Zie het volgende blad"]] },
      { ...leusdenBlad("Verborgen"), state: "hidden" },
      leusdenBlad("Leusden"),
    ]);
    const io = opnameIo();
    expect(await main(["check", p("keuze.xlsx")], io)).toBe(EXIT_OK);
    expect(io.uit).toContain(`IBT-controle van werkblad "Leusden" in ${p("keuze.xlsx")}`);
    expect(io.uit).toContain("Kopregel op rij 3 (werkblad automatisch gekozen; kies een ander met --sheet)");
  });

  it("vindt --sheet ook zonder op hoofdletters te letten", async () => {
    const io = opnameIo();
    expect(await main(["check", p("keuze.xlsx"), "--sheet", "leusden", "--json"], io)).toBe(EXIT_OK);
    expect(JSON.parse(io.uit).sheet).toBe("Leusden");
  });

  it("geeft 1 als het blad fouten bevat", async () => {
    await schrijfWerkmap(p("fout.xlsx"), [
      {
        naam: "Overzicht",
        rijen: [KOPPEN_OVERZICHT, ["Leusden", "2022-1", 21, "abc", 0, 13, 8]],
      },
    ]);
    const io = opnameIo();
    expect(await main(["check", p("fout.xlsx")], io)).toBe(EXIT_FOUTEN);
    expect(io.uit).toMatch(/Fouten \(\d+\)/);
    expect(io.uit).toContain('"abc"');
  });

  it("weigert --out gelijk aan het invoerbestand (afsluitcode 2) en laat het bestand ongemoeid", async () => {
    const hash = hashBestand(p("leusden.xlsx"));
    const io = opnameIo();
    const zelfde = path.join(tmp.map, ".", "leusden.xlsx");
    expect(await main(["check", p("leusden.xlsx"), "--out", zelfde], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toContain("is het invoerbestand zelf; ibt wijzigt het invoerbestand nooit");
    expect(hashBestand(p("leusden.xlsx"))).toBe(hash);
  });

  it("weigert --out met een andere extensie dan .xlsx of in een map die niet bestaat", async () => {
    const io = opnameIo();
    expect(await main(["check", p("leusden.xlsx"), "--out", p("uit.csv")], io)).toBe(EXIT_ONBRUIKBAAR);
    expect(io.fout).toContain("de uitvoer moet een .xlsx-bestand zijn");
    const io2 = opnameIo();
    expect(await main(["check", p("leusden.xlsx"), "--out", p("nergens/uit.xlsx")], io2)).toBe(
      EXIT_ONBRUIKBAAR,
    );
    expect(io2.fout).toContain("bestaat niet");
  });
});

describe("ibt check --json: de vaste vorm", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("geeft sheet, rows, remarks en summary met getallen als getallen en onbekend als null", async () => {
    const pad = path.join(tmp.map, "leusden.xlsx");
    await schrijfWerkmap(pad, [leusdenBlad()]);
    const io = opnameIo();
    await main(["check", pad, "--json"], io);
    const json = JSON.parse(io.uit);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["sheet", "rows", "remarks", "summary"]));
    expect(typeof json.sheet).toBe("string");
    const rijSleutels = JSON_RIJ_SLEUTELS;
    for (const rij of json.rows) {
      expect(Object.keys(rij)).toEqual(expect.arrayContaining(rijSleutels));
      expect(typeof rij.row).toBe("number");
      for (const sleutel of rijSleutels.slice(3, 14)) {
        expect(rij[sleutel] === null || typeof rij[sleutel] === "number").toBe(true);
      }
      expect(rij.taakstellingGehaald === null || typeof rij.taakstellingGehaald === "boolean").toBe(true);
      expect(rij.escalatie === null || ["Opschalen", "Afschalen", "Gelijk"].includes(rij.escalatie)).toBe(
        true,
      );
    }
    const laatste = json.rows[3];
    expect(laatste.gerealiseerd).toBeNull();
    expect(laatste.achterstandEind).toBeNull();
    expect(laatste.extraOpgave).toBeNull();
    for (const opmerking of json.remarks) {
      expect(Object.keys(opmerking).sort()).toEqual(["cell", "code", "message", "severity"]);
      expect(opmerking.cell).toMatch(/^[A-Z]+[0-9]+$/);
      expect(["fout", "waarschuwing", "info"]).toContain(opmerking.severity);
    }
    expect(json.summary).toMatchObject({ gemeenten: 1, metAchterstand: expect.any(Number) });
    expect(Object.keys(json.summary.perTrede).sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
  });
});

describe("ibt check op het meegeleverde voorbeeldwerkboek", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("controleert zonder bestand het voorbeeld en drukt de samenvatting af (afsluitcode 0)", async () => {
    const io = opnameIo();
    expect(await main(["check"], io)).toBe(EXIT_OK);
    expect(io.uit).toContain('IBT-controle van werkblad "Overzicht"');
    expect(io.uit).toMatch(/Gemeenten\s+26\n/);
    expect(io.uit).toMatch(/Met achterstand \(eind laatste periode\)\s+\d+\n/);
    expect(io.uit).toContain("Grootste achterstanden");
    expect(io.uit).toContain("Opmerkingen: 0 fouten");
  });

  it("laat het voorbeeld byte voor byte ongemoeid, ook met --out", async () => {
    const hash = hashBestand(VOORBEELD_PAD);
    const kopie = path.join(tmp.map, "voorbeeld.xlsx");
    copyFileSync(VOORBEELD_PAD, kopie);
    const io = opnameIo();
    expect(await main(["check", "--out", path.join(tmp.map, "uit.xlsx")], io)).toBe(EXIT_OK);
    expect(hashBestand(VOORBEELD_PAD)).toBe(hash);
  });
});

describe("voortgang op stderr bij grote bestanden", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);

  it("meldt lezen, controleren en klaar op stderr (alleen op een terminal) en niets op stdout", async () => {
    const rijen: (string | number)[][] = [KOPPEN_OVERZICHT];
    for (let i = 0; i < 2_100; i++) rijen.push([`Gemeente ${i}`, "2022-1", 5, 20, 0, 18, 0]);
    const pad = path.join(tmp.map, "groot.xlsx");
    await schrijfWerkmap(pad, [{ naam: "Overzicht", rijen }]);
    const opname = opnameIo();
    opname.voortgang = true;
    expect(await main(["check", pad, "--json"], opname)).toBe(EXIT_OK);
    expect(opname.fout).toMatch(
      /^Controleren van 2\.101 rijen op werkblad "Overzicht" \.\.\.\nKlaar in \d+,\d s\.\n$/,
    );
    expect(JSON.parse(opname.uit).rows.length).toBe(2_100);
  }, 30_000);
});
