import { teksten } from "../../src/taskpane/teksten";
import {
  alsTabGescheiden,
  formatAandeel,
  formatRatio,
  formatVerschil,
  isoNaarDatum,
  kolomLetter,
  vandaagIso,
} from "../../src/taskpane/opmaak";

describe("opmaak", () => {
  it("toont getallen in Nederlandse notatie", () => {
    expect(formatRatio(45 / 26)).toBe("1,73");
    expect(formatRatio(17 / 21)).toBe("0,81");
    expect(formatRatio(null)).toBe("–");
    expect(formatAandeel(45 / 97)).toBe("46,4%");
    expect(formatVerschil(45 - (97 * 26) / 71)).toBe("+9,5");
  });

  it("maakt kolomletters zoals Excel", () => {
    expect([0, 25, 26, 27, 701, 702].map(kolomLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("zet een ISO-datum om naar UTC-middernacht en weigert een niet-bestaande datum", () => {
    expect(isoNaarDatum("2022-11-22")?.toISOString()).toBe("2022-11-22T00:00:00.000Z");
    expect(isoNaarDatum("2022-02-30")).toBeNull();
    expect(isoNaarDatum("")).toBeNull();
    expect(vandaagIso(new Date(2022, 10, 22, 23, 59))).toBe("2022-11-22");
  });

  it("maakt van een brieftabel tab-gescheiden tekst", () => {
    expect(
      alsTabGescheiden([
        { label: "Totaalopgave", waarde: "39", getal: 39 },
        { label: "Realisatie taakstelling in percentage", waarde: "72%", getal: 0.72 },
      ]),
    ).toBe("Totaalopgave\t39\r\nRealisatie taakstelling in percentage\t72%");
  });
});

describe("teksten", () => {
  it("telt treden met de Nederlandse getalnotatie", () => {
    expect(teksten.tredeTelling(7)).toBe("7×");
    expect(teksten.tredeTelling(1234)).toBe("1.234×");
  });
});
