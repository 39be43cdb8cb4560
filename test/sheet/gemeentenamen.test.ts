/**
 * Official gemeente names in the check: any spelling of a gemeente on the CBS list is that gemeente
 * (history, duplicates, comparison), the report and `--json` give the official name and the CBS code,
 * and a name that is not on the list gets one info remark with the closest official name.
 */
import {
  brieftabelVoor,
  controleerBlad,
  gemeenteSleutel,
  maakSynthetischBlad,
  naarJsonRapport,
  vergelijkGemeenten,
} from "../../src/sheet";
import { blad, codes, KOP, opmerking } from "./hulp";

/** Leusden's golden periods 2021-1 to 2022-1 with the names as given. */
function leusden(namen: [string, string, string]) {
  return controleerBlad(
    blad([
      [...KOP, "Vorige trede"],
      [namen[0], "2021-1", 1, 24, 0, 6, 0, 1],
      [namen[1], "2021-2", 19, 19, 0, 17, 6, ""],
      [namen[2], "2022-1", 21, 18, 0, 13, 8, ""],
    ]),
  );
}

describe("officiële gemeentenamen in het rapport", () => {
  it("geeft de officiële naam en de CBS-code, en de naam op het blad alleen als die anders is", () => {
    const r = leusden(["Gemeente Leusden ", "Leusden", "leusden"]);
    expect(r.rijen.map((x) => [x.gemeente, x.gemeenteOpBlad, x.gemeentecode])).toEqual([
      ["Leusden", "Gemeente Leusden", "GM0327"],
      ["Leusden", null, "GM0327"],
      ["Leusden", "leusden", "GM0327"],
    ]);
    expect(codes(r)).not.toContain("gemeente-onbekend@A2");
  });

  it("schrijft de CBS-naam ook bij een gangbare andere naam: Den Haag is 's-Gravenhage", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Den Haag", "2022-1", 100, 80, 0, 90, 0],
        ["Den Bosch", "2022-1", 10, 30, 0, 35, 0],
        ["Sudwest Fryslan", "2022-1", 5, 20, 0, 20, 0],
      ]),
    );
    expect(r.rijen.map((x) => [x.gemeente, x.gemeenteOpBlad, x.gemeentecode])).toEqual([
      ["'s-Gravenhage", "Den Haag", "GM0518"],
      ["'s-Hertogenbosch", "Den Bosch", "GM0796"],
      ["Súdwest-Fryslân", "Sudwest Fryslan", "GM1900"],
    ]);
    expect(r.opmerkingen).toEqual([]);
  });

  it("geeft in --json gemeente, gemeenteOpBlad en gemeentecode, met null voor een onbekende naam", () => {
    const json = naarJsonRapport(
      controleerBlad(
        blad([KOP, ["Ijsselstein", "2022-1", 21, 20, 0, 20, 0], ["Atlantis", "2022-1", 3, 10, 0, 10, 0]]),
      ),
    );
    expect(json.rows.map((x) => [x.gemeente, x.gemeenteOpBlad, x.gemeentecode])).toEqual([
      ["IJsselstein", "Ijsselstein", "GM0353"],
      ["Atlantis", null, null],
    ]);
  });
});

describe("dezelfde gemeente in twee schrijfwijzen", () => {
  it("is in één periode een dubbele rij, en de melding noemt de eerste schrijfwijze", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Gemeente Leusden", "2022-1", 21, 18, 0, 13, 8],
      ]),
    );
    expect(codes(r)).toEqual(["dubbele-rij@A4"]);
    expect(opmerking(r, "dubbele-rij").bericht).toBe(
      'Gemeente Leusden 2022-1 staat er twee keer in (eerst in rij 2 als "Leusden", dezelfde gemeente); alleen rij 2 telt mee in de historie en de samenvatting.',
    );
    expect(r.samenvatting.gemeenten).toBe(2);
  });

  it("is ook dubbel als het blad Den Haag en 's-Gravenhage schrijft", () => {
    const r = controleerBlad(
      blad([KOP, ["'s-Gravenhage", "2022-1", 100, 80, 0, 90, 0], ["Den Haag", "2022-1", 100, 80, 0, 90, 0]]),
    );
    expect(codes(r)).toEqual(["dubbele-rij@A3"]);
  });

  it("is één historie: Gemeente Leusden 2021-1 en Leusden 2021-2 ketenen en de trede loopt door", () => {
    const r = leusden(["Gemeente Leusden", "Leusden", "LEUSDEN"]);
    // The golden treden: 2021-1 trede 2 (vorige 1), 2021-2 trede 2 (corrected), 2022-1 trede 3.
    expect(r.rijen.map((x) => [x.periode, x.vorigeTrede, x.trede])).toEqual([
      ["2021-1", 1, 2],
      ["2021-2", 2, 2],
      ["2022-1", 2, 3],
    ]);
    expect(codes(r).filter((c) => c.startsWith("keten-breuk"))).toEqual([]);
    expect(r.samenvatting.gemeenten).toBe(1);
    expect(r.samenvatting.perTrede["3"]).toBe(1);
  });

  it("breekt de keten wel zichtbaar als de achterstand niet aansluit, ook over schrijfwijzen heen", () => {
    const r = controleerBlad(
      blad([KOP, ["Gemeente Leusden", "2021-1", 1, 24, 0, 6, 0], ["Leusden", "2021-2", 20, 19, 0, 17, 6]]),
    );
    expect(codes(r)).toContain("keten-breuk@C3");
  });
});

describe("een naam die niet in de lijst van gemeenten staat", () => {
  it("krijgt één info-opmerking op zijn eerste rij, met de dichtstbijzijnde officiële naam", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusen", "2021-1", 1, 24, 0, 6, 0],
        ["Houten", "2021-1", 24, 30, 0, 25, 0],
        ["Leusen", "2021-2", 19, 19, 0, 17, 6],
      ]),
    );
    expect(codes(r).filter((c) => c.startsWith("gemeente-onbekend"))).toEqual(["gemeente-onbekend@A2"]);
    const o = opmerking(r, "gemeente-onbekend");
    expect(o.ernst).toBe("info");
    expect(o.bericht).toBe(
      'Gemeente "Leusen" in A2 staat niet in de lijst van gemeenten van 2025; bedoelt u Leusden?',
    );
    // It is still checked, and its periods form one history.
    expect(r.rijen[2]).toMatchObject({
      gemeente: "Leusen",
      gemeenteOpBlad: null,
      gemeentecode: null,
      totaalopgave: 38,
      trede: 2,
    });
    expect(r.samenvatting.gemeenten).toBe(2);
  });

  it("noemt bij een dubbelzinnige naam alle gemeenten die het kunnen zijn", () => {
    const r = controleerBlad(blad([KOP, ["Bergen", "2022-1", 5, 20, 0, 20, 0]]));
    expect(opmerking(r, "gemeente-onbekend", "A2").bericht).toBe(
      'Gemeente "Bergen" in A2 staat niet in de lijst van gemeenten van 2025; bedoelt u Bergen (L.) of Bergen (NH.)?',
    );
  });

  it("zegt zonder voorstel dat de rij wel gecontroleerd wordt", () => {
    const r = controleerBlad(blad([KOP, ["Gemeente 001", "2022-1", 5, 20, 0, 20, 0]]));
    expect(opmerking(r, "gemeente-onbekend", "A2").bericht).toBe(
      'Gemeente "Gemeente 001" in A2 staat niet in de lijst van gemeenten van 2025; de rij wordt wel gecontroleerd.',
    );
    expect(r.rijen[0].totaalopgave).toBe(25);
  });

  it("geldt niet voor totaalrijen, notities onder de tabel en herhaalde kopregels", () => {
    const r = controleerBlad(
      blad([
        KOP,
        ["Leusden", "2022-1", 21, 18, 0, 13, 8],
        ["Houten", "2022-1", 24, 30, 0, 25, 0],
        ["Totaal", "", 45, 48, 0, 38, 8],
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "", "", ""],
        ["* Bron: COA, taakstellingvolgsysteem", "", "", "", "", "", ""],
      ]),
    );
    expect(codes(r).filter((c) => c.startsWith("gemeente-onbekend"))).toEqual([]);
  });
});

describe("het synthetische blad van de benchmark", () => {
  it("gebruikt de 342 echte gemeenten, zodat de benchmark geen naamopmerkingen krijgt", () => {
    const r = controleerBlad(maakSynthetischBlad(342, 2));
    expect(r.samenvatting.gemeenten).toBe(342);
    expect(new Set(r.rijen.map((x) => x.gemeentecode)).size).toBe(342);
    expect(r.rijen.every((x) => x.gemeenteOpBlad === null)).toBe(true);
    expect(r.opmerkingen.filter((o) => o.code === "gemeente-onbekend")).toEqual([]);
  });
});

describe("vergelijken en de brieftabel op officiële naam", () => {
  const KOP_V = [...KOP, "Opdracht versnelling"];
  const regio = () =>
    controleerBlad(
      blad([
        KOP_V,
        ["Gemeente Leusden", "2022-1", 21, 18, 0, 13, 8, 45],
        ["Ijsselstein", "2022-1", 21, 20, 0, 20, 0, 17],
        ["Leusden", "2021-2", 19, 19, 0, 17, 6, ""],
      ]),
    );

  it("vindt gemeenten onder elke schrijfwijze en noemt ze met hun officiële naam", () => {
    const v = vergelijkGemeenten(regio(), ["Leusden", "IJsselstein"]);
    expect(v.map((x) => [x.gemeente, x.opdracht, x.achterstand])).toEqual([
      ["Leusden", 45, 26],
      ["IJsselstein", 17, 21],
    ]);
    expect(vergelijkGemeenten(regio(), ["gemeente leusden", "ijsselstein"]).map((x) => x.gemeente)).toEqual([
      "Leusden",
      "IJsselstein",
    ]);
  });

  it("maakt de brieftabel met de volgende periode, ook als die anders gespeld is", () => {
    const regels = brieftabelVoor(regio(), "Gemeente Leusden", "2021-2")!;
    // The new period comes from the row "Gemeente Leusden" 2022-1: taakstelling 18, totaalopgave 39.
    expect(regels.slice(-3).map((x) => [x.label, x.getal])).toEqual([
      ["Taakstelling eerste helft 2022", 18],
      ["Stand van zaken 1 januari 2022", 21],
      ["Totaalopgave", 39],
    ]);
  });

  it("gebruikt de CBS-code als sleutel van een bekende naam", () => {
    expect(gemeenteSleutel("Gemeente Leusden")).toBe("GM0327");
    expect(gemeenteSleutel("Den Haag")).toBe(gemeenteSleutel("'s-Gravenhage"));
    expect(gemeenteSleutel("Atlantis")).toBe("atlantis");
  });
});
