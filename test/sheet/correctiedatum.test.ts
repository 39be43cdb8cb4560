/**
 * The Correctiedatum column: the date the backlog after the late-registration correction was measured
 * (docs/rekenregels.md: golden cases Leusden 2021-2 and 2022-1; "De brieftabel": Stand van zaken <datum>).
 */
import { brieftabelVoor, controleerBlad, herkenKop, naarJsonRapport, VELD_LABELS } from "../../src/sheet";
import type { CelWaarde } from "../../src/sheet";
import { blad, codes, KOP, opmerking, rij } from "./hulp";
import { JSON_RIJ_SLEUTELS } from "../jsonVorm";

const KOP_C = [...KOP, "Vorige trede", "Correctiedatum"];

/** Leusden 2021-1 .. 2022-2 (golden cases), with the given correctiedata for 2021-2 and 2022-1. */
function leusden(correctie2021_2: CelWaarde, correctie2022_1: CelWaarde, kop = "Correctiedatum") {
  return controleerBlad(
    blad([
      [...KOP_C.slice(0, -1), kop],
      ["Leusden", "2021-1", 1, 24, 0, 6, 0, 1, ""],
      ["Leusden", "2021-2", 19, 19, 0, 17, 6, "", correctie2021_2],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, "", correctie2022_1],
      ["Leusden", "2022-2", 26, 24, 1, "", "", "", ""],
      // Leusden's herverdeling +1 in 2022-2 comes from Utrechtse Heuvelrug (sum 0, golden cases).
      ["Utrechtse Heuvelrug", "2022-2", 18, 20, -1, "", "", 2, ""],
    ]),
  );
}

describe("Correctiedatum: herkenning", () => {
  it.each([
    "Correctiedatum",
    "Datum correctie",
    "Peildatum correctie",
    "Datum na-registratie",
    "Datum naregistratie",
    "Gecorrigeerd op",
    "CORRECTIE-DATUM",
    "Correctiedatum (na-registratie)",
  ])("herkent %p als correctiedatum", (kop) => {
    expect(herkenKop(kop)).toMatchObject({ veld: "correctiedatum", eigen: false });
  });

  it("laat Correctie zelf de na-registratie (aantal) blijven", () => {
    expect(herkenKop("Correctie")?.veld).toBe("naRegistratie");
    expect(herkenKop("Peildatum meting")?.veld).toBe("meetdatum");
    expect(VELD_LABELS.correctiedatum).toBe("Correctiedatum");
  });
});

describe("Correctiedatum: lezen", () => {
  it.each<[string, CelWaarde, CelWaarde]>([
    ["Excel-datum", 44593, 44774],
    ["d-m-jjjj", "1-2-2022", "1-8-2022"],
    ["lange datum", "1 februari 2022", "1 augustus 2022"],
    ["ISO", "2022-02-01", "2022-08-01"],
  ])("leest een correctiedatum als %s", (_soort, a, b) => {
    const r = leusden(a, b);
    expect(codes(r)).toEqual(["trede-correctie-verschil@G3"]);
    expect(rij(r, "Leusden", "2021-2")).toMatchObject({ correctiedatum: "2022-02-01", trede: 2 });
    expect(rij(r, "Leusden", "2022-1")).toMatchObject({ correctiedatum: "2022-08-01", trede: 3 });
    expect(rij(r, "Leusden", "2021-1").correctiedatum).toBeNull();
  });

  it("leest een datum uit een Date-waarde", () => {
    const r = leusden(new Date(Date.UTC(2022, 1, 1)) as unknown as CelWaarde, "");
    expect(rij(r, "Leusden", "2021-2").correctiedatum).toBe("2022-02-01");
    expect(rij(r, "Leusden", "2022-1").correctiedatum).toBeNull();
  });

  it("geeft null zonder kolom, en de rijen blijven verder gelijk", () => {
    const r = controleerBlad(blad([KOP_C.slice(0, -1), ["Leusden", "2022-1", 21, 18, 0, 13, 8, 2]]));
    expect(rij(r, "Leusden")).toMatchObject({ correctiedatum: null, achterstandEindGecorrigeerd: 18 });
  });
});

describe("Correctiedatum: opmerkingen", () => {
  it("meldt een onleesbare datum als fout geen-datum met cel en waarde", () => {
    const r = leusden("morgen", "31-2-2022");
    expect(codes(r)).toEqual(["trede-correctie-verschil@G3", "geen-datum@I3", "geen-datum@I4"]);
    const eerste = opmerking(r, "geen-datum", "I3");
    expect(eerste.ernst).toBe("fout");
    expect(eerste.bericht).toBe(
      'Correctiedatum in I3: "morgen" is geen datum: gebruik bijvoorbeeld 22-11-2022, 22 november 2022 of 2022-11-22.',
    );
    expect(opmerking(r, "geen-datum", "I4").bericht).toContain("Correctiedatum in I4: ");
    expect(opmerking(r, "geen-datum", "I4").bericht).toContain("31-2-2022");
    // One bad cell never stops the rest: the figures are still computed.
    expect(rij(r, "Leusden", "2022-1")).toMatchObject({
      correctiedatum: null,
      achterstandEindGecorrigeerd: 18,
      trede: 3,
    });
  });

  it("waarschuwt bij een correctiedatum die niet na de eindpeildatum ligt (ook op de peildatum zelf)", () => {
    const r = leusden("1-1-2022", "15-6-2022");
    expect(codes(r)).toEqual([
      "trede-correctie-verschil@G3",
      "correctiedatum-te-vroeg@I3",
      "correctiedatum-te-vroeg@I4",
    ]);
    const o = opmerking(r, "correctiedatum-te-vroeg", "I4");
    expect(o.ernst).toBe("waarschuwing");
    expect(o.bericht).toBe(
      "Correctiedatum in I4 is 15 juni 2022, maar dat is niet na het einde van 2022-1 (1 juli 2022); de gecorrigeerde achterstand wordt na de peildatum gemeten. De brieftabel noemt deze datum niet.",
    );
    expect(opmerking(r, "correctiedatum-te-vroeg", "I3").bericht).toContain("1 januari 2022");
    // The date is still reported as read.
    expect(rij(r, "Leusden", "2022-1").correctiedatum).toBe("2022-06-15");
  });

  it("geeft info bij een correctiedatum zonder na-registratie (leeg of 0)", () => {
    const r = controleerBlad(
      blad([
        KOP_C,
        ["Houten", "2022-1", 24, 30, 0, 30, 0, 3, "1-8-2022"],
        ["Baarn", "2022-1", 4, 15, 0, 15, "", 2, "1 augustus 2022"],
      ]),
    );
    expect(codes(r)).toEqual([
      "correctiedatum-zonder-na-registratie@I2",
      "correctiedatum-zonder-na-registratie@I3",
    ]);
    const o = opmerking(r, "correctiedatum-zonder-na-registratie", "I2");
    expect(o.ernst).toBe("info");
    expect(o.bericht).toBe(
      "Correctiedatum in I2 is 1 augustus 2022, maar de rij heeft geen na-registratie: er is geen gecorrigeerde achterstand, de datum wordt niet gebruikt.",
    );
    expect(r.samenvatting).toMatchObject({ fouten: 0, waarschuwingen: 0 });
  });

  it("meldt niets bij een correctiedatum na de peildatum met na-registratie", () => {
    const r = leusden("1-2-2022", "1-8-2022");
    expect(r.opmerkingen.filter((o) => o.code.startsWith("correctiedatum"))).toEqual([]);
    expect(r.samenvatting).toMatchObject({ fouten: 0, waarschuwingen: 0 });
  });

  it("houdt de correctiedatum buiten de --json-vorm", () => {
    const json = naarJsonRapport(leusden("1-2-2022", "1-8-2022"));
    expect(Object.keys(json.rows[0])).toEqual(JSON_RIJ_SLEUTELS);
    expect(JSON.stringify(json)).not.toContain("correctiedatum");
  });
});

describe("Correctiedatum in de brieftabel (rekenregels: Stand van zaken <correctiedatum>)", () => {
  const regels = (r: ReturnType<typeof leusden>, periode: string) =>
    brieftabelVoor(r, "Leusden", periode)!.map((x) => [x.label, x.waarde]);

  it("Leusden 2022-1: stand van zaken 1 augustus 2022 = 18 vergunninghouders achterstand", () => {
    const r = leusden("1-2-2022", "1-8-2022");
    expect(regels(r, "2022-1")).toEqual([
      ["Stand van zaken 1 januari 2022", "21 vergunninghouders achterstand"],
      expect.any(Array),
      expect.any(Array),
      expect.any(Array),
      ["Realisatie taakstelling in percentage", "72%"],
      ["Realisatie totaalopgave in percentage", "33%"],
      ["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand"],
      ["Stand van zaken 1 augustus 2022", "18 vergunninghouders achterstand"],
      expect.any(Array),
      ["Stand van zaken 1 juli 2022", "26 vergunninghouders achterstand"],
      expect.any(Array),
      expect.any(Array),
    ]);
  });

  it("Leusden 2021-2: stand van zaken 1 februari 2022 = 15 vergunninghouders achterstand", () => {
    const r = leusden(44593, 44774);
    const tabel = regels(r, "2021-2");
    expect(tabel.slice(6, 8)).toEqual([
      ["Stand van zaken 1 januari 2022", "21 vergunninghouders achterstand"],
      ["Stand van zaken 1 februari 2022", "15 vergunninghouders achterstand"],
    ]);
    expect(tabel.filter(([label]) => label.includes("na correctie"))).toEqual([]);
  });

  it("zegt 'na correctie voor na-registratie' zonder, met een onleesbare of een te vroege datum", () => {
    for (const r of [leusden("", ""), leusden("morgen", "?"), leusden("31-12-2021", "1-7-2022")]) {
      expect(regels(r, "2022-1")[7]).toEqual([
        "Stand van zaken na correctie voor na-registratie",
        "18 vergunninghouders achterstand",
      ]);
      expect(regels(r, "2021-2")[7]).toEqual([
        "Stand van zaken na correctie voor na-registratie",
        "15 vergunninghouders achterstand",
      ]);
    }
  });

  it("voegt zonder na-registratie geen gecorrigeerde stand toe, ook niet met een datum", () => {
    const r = controleerBlad(blad([KOP_C, ["Houten", "2022-1", 24, 30, 0, 30, 0, 3, "1-8-2022"]]));
    const tabel = brieftabelVoor(r, "Houten", "2022-1")!;
    expect(tabel.map((x) => x.label)).not.toContain("Stand van zaken 1 augustus 2022");
    expect(tabel).toHaveLength(7);
  });
});
