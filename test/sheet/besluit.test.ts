/**
 * Rule 11 through the engine: the supervisors' decided step ("Vastgestelde trede") and its reason are
 * read, the ladder continues from the decided step, and the remarks say what was decided.
 */
import { controleerBlad, maakSchrijfPlan, naarJsonRapport, TREDE_KLEUREN } from "../../src/sheet";
import { BesluitFout, planBesluit } from "../../src/sheet/besluit";
import { leesVastgesteldeTrede } from "../../src/sheet/lezen";
import { blad, codes, KOP, opmerking, pasToe, rij } from "./hulp";

const PERIODEN = ["2020-1", "2020-2", "2021-1", "2021-2"];

/** Lopik with a backlog of at least its taakstelling every period (3, 4, 5, 6 without decisions). */
function lopik(
  besluiten: [string | number, string][],
  kop: string[] = ["Vastgestelde trede", "Reden besluit"],
) {
  return blad([
    [...KOP, ...kop],
    ...PERIODEN.map((p, i) => ["Lopik", p, 10 + i, 10, 0, 9, 0, ...(besluiten[i] ?? ["", ""])]),
  ]);
}

describe("vastgestelde trede (regel 11)", () => {
  it("zonder besluit: 3, 4, 5, 6 en de geldende trede is de berekende", () => {
    const r = controleerBlad(lopik([]));
    expect(PERIODEN.map((p) => rij(r, "Lopik", p).trede)).toEqual([3, 4, 5, 6]);
    expect(PERIODEN.map((p) => rij(r, "Lopik", p).geldendeTrede)).toEqual([3, 4, 5, 6]);
    expect(PERIODEN.map((p) => rij(r, "Lopik", p).vastgesteldeTrede)).toEqual([null, null, null, null]);
    expect(r.opmerkingen).toEqual([]);
  });

  it("een vastgestelde trede breekt de keten: berekend 4, vastgesteld 3, de volgende periode schaalt op vanaf 3", () => {
    const r = controleerBlad(
      lopik([
        ["", ""],
        [3, "Versnellingsactie geldt als verbeterplan"],
      ]),
    );
    const rijen = PERIODEN.map((p) => rij(r, "Lopik", p));
    expect(rijen.map((x) => x.trede)).toEqual([3, 4, 4, 5]);
    expect(rijen.map((x) => x.geldendeTrede)).toEqual([3, 3, 4, 5]);
    expect(rijen.map((x) => x.vorigeTrede)).toEqual([null, 3, 3, 4]);
    expect(rijen.map((x) => x.escalatie)).toEqual([null, "Gelijk", "Opschalen", "Opschalen"]);
    expect(rijen[1]).toMatchObject({
      vastgesteldeTrede: 3,
      redenBesluit: "Versnellingsactie geldt als verbeterplan",
      tredeBevroren: true,
      maatregel: "Verbeterplan vragen en bestuurlijk overleg plannen; actief monitoren.",
    });
    // Same step as the previous period while rule 6 escalates: a frozen step that names both.
    expect(codes(r)).toEqual(["trede-bevroren@H3"]);
    expect(opmerking(r, "trede-bevroren").bericht).toBe(
      "Trede berekend 4, vastgesteld 3, bevroren (vorige periode 3): Versnellingsactie geldt als verbeterplan.",
    );
    expect(opmerking(r, "trede-bevroren").ernst).toBe("info");
  });

  it("een afwijkende vastgestelde trede geeft een info-opmerking met beide treden", () => {
    const r = controleerBlad(lopik([[2, "Versnellingsactie geldt als verbeterplan"]]));
    const rijen = PERIODEN.map((p) => rij(r, "Lopik", p));
    expect(rijen.map((x) => x.trede)).toEqual([3, 3, 4, 5]);
    expect(rijen.map((x) => x.geldendeTrede)).toEqual([2, 3, 4, 5]);
    expect(rijen[0].tredeBevroren).toBe(false);
    expect(rijen[0].maatregel).toBe("Informatie opvragen bij COA en gemeente; ambtelijke gesprekken.");
    expect(rijen[1].escalatie).toBe("Opschalen");
    const o = opmerking(r, "trede-vastgesteld", "H2");
    expect(o).toMatchObject({
      ernst: "info",
      bericht: "Trede berekend 3, vastgesteld 2: Versnellingsactie geldt als verbeterplan.",
    });
  });

  it("een vastgestelde trede gelijk aan de berekende geeft geen opmerking", () => {
    const r = controleerBlad(lopik([[3, "Conform advies"]]));
    expect(r.opmerkingen).toEqual([]);
    expect(rij(r, "Lopik", "2020-1")).toMatchObject({ vastgesteldeTrede: 3, geldendeTrede: 3 });
  });

  it("een besluit zonder reden is een waarschuwing; ook zonder kolom Reden", () => {
    const r = controleerBlad(
      lopik([
        ["", ""],
        [3, ""],
      ]),
    );
    expect(opmerking(r, "besluit-zonder-reden", "H3")).toMatchObject({
      ernst: "waarschuwing",
      bericht: "Vastgestelde trede 3 in H3 heeft geen reden; vul de reden van het besluit in.",
    });
    expect(opmerking(r, "trede-bevroren", "H3").bericht).toBe(
      "Trede berekend 4, vastgesteld 3, bevroren (vorige periode 3).",
    );
    expect(rij(r, "Lopik", "2020-2").redenBesluit).toBeNull();
    const zonderKolom = controleerBlad(lopik([[5]] as never, ["Vastgestelde trede"]));
    expect(opmerking(zonderKolom, "besluit-zonder-reden", "H2").bericht).toBe(
      "Vastgestelde trede 5 in H2 heeft geen reden; het blad heeft geen kolom Reden besluit.",
    );
    expect(opmerking(zonderKolom, "trede-vastgesteld", "H2").bericht).toBe(
      "Trede berekend 3, vastgesteld 5 (zonder reden).",
    );
    // The ladder continues from 5: 6, 6, 6.
    expect(PERIODEN.map((p) => rij(zonderKolom, "Lopik", p).geldendeTrede)).toEqual([5, 6, 6, 6]);
  });

  it("bevroren in de cel: '3 (bevroren)' en 'bevroren' alleen (de trede van de vorige periode)", () => {
    const r = controleerBlad(
      lopik([
        ["", ""],
        ["bevroren", "Excuseerbaar gemist"],
        ["4 (bevroren)", "Idem"],
      ]),
    );
    const rijen = PERIODEN.map((p) => rij(r, "Lopik", p));
    expect(rijen.map((x) => x.vastgesteldeTrede)).toEqual([null, 3, 4, null]);
    expect(rijen.map((x) => x.geldendeTrede)).toEqual([3, 3, 4, 5]);
    expect(rijen.map((x) => x.tredeBevroren)).toEqual([false, true, true, false]);
    expect(codes(r)).toEqual(["trede-bevroren@H3", "trede-bevroren@H4"]);
    expect(opmerking(r, "trede-bevroren", "H4").bericht).toBe("Trede 4 bevroren (vorige periode 3): Idem.");
  });

  it("bevroren in de reden maakt een besluit bevroren", () => {
    const r = controleerBlad(lopik([[2, "Trede bevroren wegens excuseerbare achterstand"]]));
    expect(rij(r, "Lopik", "2020-1").tredeBevroren).toBe(true);
    expect(codes(r)).toEqual(["trede-bevroren@H2"]);
  });

  it("een onleesbare vastgestelde trede is een fout op de cel, nooit stil een waarde", () => {
    const r = controleerBlad(
      lopik([
        [7, "x"],
        ["drie", "x"],
        [2.5, "x"],
        ["#N/A", "x"],
      ]),
    );
    expect(codes(r)).toEqual(["geen-trede@H2", "geen-trede@H3", "geen-trede@H4", "geen-trede@H5"]);
    expect(opmerking(r, "geen-trede", "H2").bericht).toBe(
      "Vastgestelde trede in H2: 7 is geen trede: gebruik een getal van 1 tot en met 6.",
    );
    expect(PERIODEN.map((p) => rij(r, "Lopik", p).vastgesteldeTrede)).toEqual([null, null, null, null]);
    expect(PERIODEN.map((p) => rij(r, "Lopik", p).geldendeTrede)).toEqual([3, 4, 5, 6]);
  });

  it("'bevroren' zonder bekende vorige trede is een fout", () => {
    const r = controleerBlad(lopik([["bevroren", "x"]]));
    expect(opmerking(r, "geen-trede", "H2").bericht).toBe(
      'Vastgestelde trede in H2: alleen "bevroren", maar de trede van de vorige periode is niet bekend.',
    );
    expect(rij(r, "Lopik", "2020-1").geldendeTrede).toBe(3);
  });

  it("een reden die geen tekst is, en een reden zonder besluit", () => {
    const r = controleerBlad(
      lopik([
        [3, "#N/A"],
        ["", "Gesprek gepland"],
      ]),
    );
    expect(opmerking(r, "reden-ongeldig", "I2")).toMatchObject({
      ernst: "fout",
      bericht: "Reden besluit in I2: Excel-fout #N/A is geen tekst; een reden is een tekst.",
    });
    expect(codes(r)).not.toContain("besluit-zonder-reden@H2");
    expect(opmerking(r, "reden-zonder-besluit", "I3").ernst).toBe("info");
    expect(rij(r, "Lopik", "2020-2").redenBesluit).toBeNull();
  });

  it("een opgegeven vorige trede wordt vergeleken met de geldende trede van de vorige periode", () => {
    const b = lopik([[2, "Verbeterplan"]], ["Vastgestelde trede", "Reden besluit", "Vorige trede"]);
    b.waarden[2].push("", "", 2);
    const r = controleerBlad(b);
    expect(codes(r)).toEqual(["trede-vastgesteld@H2"]);
    expect(rij(r, "Lopik", "2020-2").vorigeTrede).toBe(2);
  });

  it("de samenvatting telt de geldende trede; --json krijgt de drie velden", () => {
    const r = controleerBlad(
      lopik([
        ["", ""],
        ["", ""],
        ["", ""],
        [4, "Bestuurlijk overleg loopt"],
      ]),
    );
    expect(r.samenvatting.perTrede).toMatchObject({ "4": 1, "6": 0 });
    const json = naarJsonRapport(r);
    expect(json.rows.map((x) => [x.trede, x.vastgesteldeTrede, x.redenBesluit, x.geldendeTrede])).toEqual([
      [3, null, null, 3],
      [4, null, null, 4],
      [5, null, null, 5],
      [6, 4, "Bestuurlijk overleg loopt", 4],
    ]);
    expect(json.summary.perTrede["4"]).toBe(1);
  });
});

describe("leesVastgesteldeTrede", () => {
  it.each([
    [3, 3, false],
    ["3", 3, false],
    ["trede 3", 3, false],
    ["3 Actief toezicht", 3, false],
    ["3 (bevroren)", 3, true],
    ["3 - bevroren", 3, true],
    ["Bevroren op 3", 3, true],
    ["Trede 4, bevroren", 4, true],
    ["bevroren", null, true],
  ])("%p -> %p (bevroren %p)", (cel, trede, bevroren) => {
    expect(leesVastgesteldeTrede(cel)).toEqual({ ok: true, waarde: { trede, bevroren } });
  });

  it.each([0, 7, 2.5, "drie", "3 (bevroren) 4", true, "#N/A"])("%p is geen trede", (cel) => {
    expect(leesVastgesteldeTrede(cel).ok).toBe(false);
  });
});

describe("koppen van het besluit", () => {
  const kop = (...koppen: string[]) =>
    controleerBlad(
      blad([
        [...KOP, ...koppen],
        ["Lopik", "2020-1", 10, 10, 0, 9, 0, 3, "r"],
      ]),
    ).kolommen.slice(KOP.length);
  it.each([
    ["Vastgestelde trede", "vastgesteldeTrede"],
    ["Besloten trede", "vastgesteldeTrede"],
    ["Trede (besluit)", "vastgesteldeTrede"],
    ["Trede vastgesteld", "vastgesteldeTrede"],
    ["Vastgestelde trede 2020-1", "vastgesteldeTrede"],
    ["Vastgestelde trede 2022-1", "vastgesteldeTrede"],
  ])("%s is %s", (tekst, veld) => {
    expect(kop(tekst, "Reden")[0].veld).toBe(veld);
  });
  it.each([
    ["Reden", "redenBesluit"],
    ["Reden besluit", "redenBesluit"],
    ["Toelichting besluit", "redenBesluit"],
    ["Reden (besluit)", "redenBesluit"],
    ["Toelichting", null],
    ["Opmerking", null],
    ["Opmerkingen", null],
  ])("%s is %s", (tekst, veld) => {
    expect(kop("Vastgestelde trede", tekst)[1].veld).toBe(veld);
  });
  it("Trede (personen) blijft de trede", () => {
    expect(kop("Trede (personen)", "Reden")[0].veld).toBe("trede");
  });
});

describe("terugschrijven met een vastgestelde trede", () => {
  it("schrijft IBT Trede geldend na IBT Trede, elk met de vulkleur van zijn trede, en blijft idempotent", () => {
    const b = lopik([
      ["", ""],
      [3, "Versnellingsactie geldt als verbeterplan"],
    ]);
    const plan = maakSchrijfPlan(b, controleerBlad(b));
    const koppen = plan.kolommen.map((k) => k.kop);
    expect(koppen.slice(koppen.indexOf("IBT Trede"), koppen.indexOf("IBT Trede") + 3)).toEqual([
      "IBT Trede",
      "IBT Trede geldend",
      "IBT Escalatie",
    ]);
    const trede = plan.kolommen.find((k) => k.kop === "IBT Trede")!.kolom;
    const geldend = plan.kolommen.find((k) => k.kop === "IBT Trede geldend")!.kolom;
    const cel = (rij: number, kolom: number) => plan.waarden[rij - plan.beginRij][kolom - plan.beginKolom];
    expect([2, 3, 4, 5].map((r) => cel(r, geldend))).toEqual([
      "3 Actief toezicht",
      "3 Actief toezicht (bevroren)",
      "4 Vooraankondiging juridische interventie",
      "5 Besluit tot indeplaatsstelling",
    ]);
    expect(cel(3, trede)).toBe("4 Vooraankondiging juridische interventie");
    expect(plan.opvullingen.filter((o) => o.rij === 3)).toEqual([
      { rij: 3, kolom: trede, kleur: TREDE_KLEUREN[4] },
      { rij: 3, kolom: geldend, kleur: TREDE_KLEUREN[3] },
    ]);
    const na = pasToe(b, plan);
    expect(maakSchrijfPlan(na, controleerBlad(na))).toEqual(plan);
  });

  it("zonder kolom Vastgestelde trede geen IBT Trede geldend (het plan blijft zoals het was)", () => {
    const b = lopik([], []);
    b.waarden[0] = b.waarden[0].slice(0, KOP.length);
    const plan = maakSchrijfPlan(b, controleerBlad(b));
    expect(plan.kolommen.map((k) => k.kop)).not.toContain("IBT Trede geldend");
    expect(new Set(plan.opvullingen.map((o) => o.kolom)).size).toBe(1);
  });

  it("een blad dat al IBT-kolommen heeft, krijgt IBT Trede geldend rechts ervan", () => {
    const zonder = lopik([], []);
    const eerst = pasToe(zonder, maakSchrijfPlan(zonder, controleerBlad(zonder)));
    // The user adds the decision columns right of the IBT columns.
    const breedte = Math.max(...eerst.waarden.map((r) => r.length));
    eerst.waarden[0][breedte] = "Vastgestelde trede";
    eerst.waarden[0][breedte + 1] = "Reden besluit";
    eerst.waarden[2][breedte] = 3;
    eerst.waarden[2][breedte + 1] = "Verbeterplan";
    const plan = maakSchrijfPlan(eerst, controleerBlad(eerst));
    const geldend = plan.kolommen.find((k) => k.kop === "IBT Trede geldend")!;
    expect(geldend.kolom).toBe(breedte + 2);
    expect(plan.teWissenKolommen).toEqual([]);
    const na = pasToe(eerst, plan);
    expect(maakSchrijfPlan(na, controleerBlad(na))).toEqual(plan);
  });
});

describe("planBesluit (een besluit vastleggen)", () => {
  const basis = () => blad([[...KOP], ["Lopik", "2020-1", 10, 10, 0, 9, 0]]);
  it("maakt ontbrekende kolommen in de eerste lege kolommen rechts van de kopregel", () => {
    const b = basis();
    b.waarden.push([], ["Bron: eigen telling", "", "", "", "", "", "", "noot"]);
    b.samengevoegd = [{ rij: 1, kolom: 8, rijen: 1, kolommen: 1 }];
    b.formulesZonderWaarde = [{ rij: 2, kolom: 9 }];
    const plan = planBesluit(b, controleerBlad(b), 2, 3, "  Verbeterplan  ");
    // H holds a note below the table, I is merged, J holds a formula: K and L.
    expect(plan.nieuweKolommen).toEqual([
      { cel: "K1", kop: "Vastgestelde trede" },
      { cel: "L1", kop: "Reden besluit" },
    ]);
    expect(plan.cellen).toEqual([
      { rij: 1, kolom: 10, waarde: "Vastgestelde trede" },
      { rij: 1, kolom: 11, waarde: "Reden besluit" },
      { rij: 2, kolom: 10, waarde: 3 },
      { rij: 2, kolom: 11, waarde: "Verbeterplan" },
    ]);
  });

  it("gebruikt bestaande kolommen; zonder reden geen redenkolom en geen redencel", () => {
    const b = lopik([[2, "Oud"]]);
    expect(planBesluit(b, controleerBlad(b), 3, 4, "").cellen).toEqual([{ rij: 3, kolom: 7, waarde: 4 }]);
    const zonder = basis();
    expect(planBesluit(zonder, controleerBlad(zonder), 2, 4, " ").cellen).toEqual([
      { rij: 1, kolom: 7, waarde: "Vastgestelde trede" },
      { rij: 2, kolom: 7, waarde: 4 },
    ]);
  });

  it("weigert een blad zonder kopregel", () => {
    const b = blad([["iets"], ["anders"]]);
    expect(() => planBesluit(b, controleerBlad(b), 2, 3, "x")).toThrow(BesluitFout);
  });
});
