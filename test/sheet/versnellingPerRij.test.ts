/**
 * Rule 8 per row (issue 10): every gemeente row with an opdracht versnelling gets its share within the
 * set of its period (the gemeenten of that period with an opdracht and a backlog > 0), from the one
 * domain function. Expected figures are the golden versnelling of SPEC (docs/rekenregels.md):
 * Leusden A 26, V 45; IJsselstein A 21, V 17; Houten A 24, V 35 -> opdracht per achterstand 1.73,
 * 0.81, 1.46; over the three Leusden 46.4% / 36.6%, verhouding 1.27, evenredig 35.5, verschil +9.5;
 * IJsselstein 17.5% / 29.6%, 0.59, 28.7, -11.7; Houten 36.1% / 33.8%, 1.07, 32.8, +2.2; with Leusden's
 * corrected backlog 18: 2.50.
 */
import {
  controleerBlad,
  maakSchrijfPlan,
  naarJsonRapport,
  vergelijkGemeenten,
  VERSNELLING_KOLOMMEN,
  type Blad,
  type CelWaarde,
  type Rapport,
  type RijResultaat,
} from "../../src/sheet";
import { blad, codes, opmerking, pasToe, rij } from "./hulp";

const r2 = (x: number | null): number => Math.round(x! * 100) / 100;
const r1 = (x: number | null): number => Math.round(x! * 10) / 10;
const procent = (x: number | null): number => Math.round(x! * 1000) / 10;

/**
 * The 2022-1 sheet of the example: a closed period, so the backlog is the achterstand eind on 1 juli
 * 2022 (Leusden 21 + 18 - 13 = 26 registered, 26 - 8 = 18 corrected; IJsselstein 20 + 20 - 19 = 21;
 * Houten 20 + 30 - 26 = 24), with the golden opdrachten.
 */
function blad2022_1(extra: CelWaarde[][] = []): Blad {
  return blad(
    [
      ["Overzicht 2022-1"],
      [
        "Gemeente",
        "Achterstand begin",
        "Taakstelling",
        "Gerealiseerd",
        "Na-registratie",
        "Opdracht versnelling",
      ],
      ["Leusden", 21, 18, 13, 8, 45],
      ["IJsselstein", 20, 20, 19, 0, 17],
      ["Houten", 20, 30, 26, 0, 35],
      ["Baarn", 4, 20, 30, 0, ""],
      ...extra,
    ],
    { naam: "2022-1" },
  );
}

const VERSNELLING_VELDEN = [
  "opdrachtPerAchterstand",
  "aandeelOpdracht",
  "aandeelAchterstand",
  "verhouding",
  "evenredigeOpdracht",
  "verschil",
] as const;

function zonderAandelen(r: RijResultaat): void {
  for (const veld of VERSNELLING_VELDEN) expect({ veld, waarde: r[veld] }).toEqual({ veld, waarde: null });
}

describe("regel 8 per rij: de gouden versnelling", () => {
  // Reports are made in each test, not once per describe block: mutation testing credits a test only
  // with the code it runs itself.
  const rapport = () => controleerBlad(blad2022_1());

  it("geeft Leusden 1,73 en IJsselstein 0,81 opdracht per achterstand (Houten 1,46)", () => {
    expect(r2(rij(rapport(), "Leusden").opdrachtPerAchterstand)).toBe(1.73);
    expect(r2(rij(rapport(), "IJsselstein").opdrachtPerAchterstand)).toBe(0.81);
    expect(r2(rij(rapport(), "Houten").opdrachtPerAchterstand)).toBe(1.46);
  });

  it("geeft over Leusden, IJsselstein en Houten de aandelen, verhouding, evenredige opdracht en verschil", () => {
    const l = rij(rapport(), "Leusden");
    const ij = rij(rapport(), "IJsselstein");
    const h = rij(rapport(), "Houten");
    expect([procent(l.aandeelOpdracht), procent(l.aandeelAchterstand)]).toEqual([46.4, 36.6]);
    expect([procent(ij.aandeelOpdracht), procent(ij.aandeelAchterstand)]).toEqual([17.5, 29.6]);
    expect([procent(h.aandeelOpdracht), procent(h.aandeelAchterstand)]).toEqual([36.1, 33.8]);
    expect([r2(l.verhouding), r2(ij.verhouding), r2(h.verhouding)]).toEqual([1.27, 0.59, 1.07]);
    expect([r1(l.evenredigeOpdracht), r1(ij.evenredigeOpdracht), r1(h.evenredigeOpdracht)]).toEqual([
      35.5, 28.7, 32.8,
    ]);
    expect([r1(l.verschil), r1(ij.verschil), r1(h.verschil)]).toEqual([9.5, -11.7, 2.2]);
  });

  it("rekent onafgerond: Leusden 45 / 26 en IJsselstein 17 - 97 · 21 / 71", () => {
    expect(rij(rapport(), "Leusden").opdrachtPerAchterstand).toBe(45 / 26);
    expect(rij(rapport(), "IJsselstein").verschil).toBeCloseTo(17 - (97 * 21) / 71, 12);
    expect(rij(rapport(), "Leusden").versnellingAchterstand).toBe("geregistreerd");
  });

  it("laat een rij zonder opdracht leeg, zonder opmerking", () => {
    const baarn = rij(rapport(), "Baarn");
    zonderAandelen(baarn);
    expect(baarn.versnellingAchterstand).toBeNull();
    expect(codes(rapport()).filter((c) => c.startsWith("opdracht-"))).toEqual([]);
  });

  it("geeft met de gecorrigeerde achterstand Leusden 2,50 (45 / 18)", () => {
    const gecorrigeerd = controleerBlad(blad2022_1(), { versnellingAchterstand: "gecorrigeerd" });
    const l = rij(gecorrigeerd, "Leusden");
    expect(r2(l.opdrachtPerAchterstand)).toBe(2.5);
    expect(l.versnellingAchterstand).toBe("gecorrigeerd");
    expect(gecorrigeerd.versnellingAchterstand).toBe("gecorrigeerd");
    // IJsselstein and Houten had no na-registratie: the same backlog, other sums.
    expect(r2(rij(gecorrigeerd, "IJsselstein").opdrachtPerAchterstand)).toBe(0.81);
    expect(rij(gecorrigeerd, "IJsselstein").aandeelAchterstand).toBe(21 / (18 + 21 + 24));
  });

  it("geeft het rapport() (de CLI-tabel) en het taakvenster dezelfde getallen voor dezelfde set", () => {
    const v = rapport().versnelling!;
    expect(v.map((x) => x.gemeente)).toEqual(["Leusden", "IJsselstein", "Houten"]);
    for (const x of v) {
      const r = rij(rapport(), x.gemeente);
      expect([
        x.opdrachtPerAchterstand,
        x.aandeelOpdracht,
        x.aandeelAchterstand,
        x.verhouding,
        x.evenredigeOpdracht,
        x.verschil,
      ]).toEqual(VERSNELLING_VELDEN.map((veld) => r[veld]));
    }
    const paneel = vergelijkGemeenten(rapport(), ["Leusden", "IJsselstein", "Houten"]);
    expect(paneel.map((p) => [p.gemeente, p.verhouding, p.evenredigeOpdracht, p.verschil])).toEqual(
      v.map((x) => [x.gemeente, x.verhouding, x.evenredigeOpdracht, x.verschil]),
    );
  });

  it("zet de velden in --json, onafgerond en null waar ze niet gelden", () => {
    const json = naarJsonRapport(rapport());
    const l = json.rows.find((r) => r.gemeente === "Leusden")!;
    expect(l).toMatchObject({
      opdrachtVersnelling: 45,
      opdrachtPerAchterstand: 45 / 26,
      aandeelOpdracht: 45 / 97,
      aandeelAchterstand: 26 / 71,
      versnellingAchterstand: "geregistreerd",
    });
    expect(r2(l.verhouding)).toBe(1.27);
    const baarn = json.rows.find((r) => r.gemeente === "Baarn")!;
    expect(baarn).toMatchObject({
      opdrachtVersnelling: null,
      opdrachtPerAchterstand: null,
      aandeelOpdracht: null,
      aandeelAchterstand: null,
      verhouding: null,
      evenredigeOpdracht: null,
      verschil: null,
      versnellingAchterstand: null,
    });
  });
});

describe("regel 8 per rij: wie niet in de set hoort", () => {
  it("geeft een opdracht zonder achterstand een waarschuwing op de opdrachtcel en geen aandelen; de set blijft gouden", () => {
    // Bunnik: 10 + 10 - 20 = 0 achterstand; Eemnes: 5 + 5 - 13 = -3, een voorsprong.
    const rapport = controleerBlad(
      blad2022_1([
        ["Bunnik", 10, 10, 20, 0, 5],
        ["Eemnes", 5, 5, 13, 0, 4],
      ]),
    );
    const bunnik = opmerking(rapport, "opdracht-zonder-achterstand", "F7");
    expect(bunnik.ernst).toBe("waarschuwing");
    expect(bunnik.bericht).toBe(
      "Bunnik heeft een opdracht versnelling van 5, maar de geregistreerde achterstand is 0: zonder achterstand zijn aandeel en verhouding niet te berekenen (regel 8), en Bunnik telt niet mee in de verdeling.",
    );
    expect(opmerking(rapport, "opdracht-zonder-achterstand", "F8").bericht).toContain(
      "de geregistreerde achterstand is -3 (een voorsprong van 3)",
    );
    zonderAandelen(rij(rapport, "Bunnik"));
    zonderAandelen(rij(rapport, "Eemnes"));
    expect(rij(rapport, "Bunnik").versnellingAchterstand).toBe("geregistreerd");
    // The set is still Leusden, IJsselstein, Houten: sum V 97, sum A 71.
    expect(r2(rij(rapport, "Leusden").verhouding)).toBe(1.27);
    expect(r1(rij(rapport, "IJsselstein").evenredigeOpdracht)).toBe(28.7);
    expect(rapport.versnelling!.map((v) => v.gemeente)).toEqual(["Leusden", "IJsselstein", "Houten"]);
  });

  it("noemt bij gecorrigeerd de gecorrigeerde achterstand", () => {
    // Zeist: 10 + 10 - 18 = 2 geregistreerd, met na-registratie 4 gecorrigeerd -2.
    const rapport = controleerBlad(blad2022_1([["Zeist", 10, 10, 18, 4, 6]]), {
      versnellingAchterstand: "gecorrigeerd",
    });
    expect(opmerking(rapport, "opdracht-zonder-achterstand", "F7").bericht).toContain(
      "de gecorrigeerde achterstand is -2 (een voorsprong van 2)",
    );
    const geregistreerd = controleerBlad(blad2022_1([["Zeist", 10, 10, 18, 4, 6]]));
    expect(r2(rij(geregistreerd, "Zeist").opdrachtPerAchterstand)).toBe(3);
  });

  it("geeft een opdracht met een onbekende achterstand een info op de opdrachtcel en geen aandelen", () => {
    const rapport = controleerBlad(blad2022_1([["Lopik", "abc", 10, 5, 0, 8]]));
    expect(codes(rapport)).toContain("geen-aantal@B7");
    const o = opmerking(rapport, "opdracht-achterstand-onbekend", "F7");
    expect(o.ernst).toBe("info");
    expect(o.bericht).toBe(
      "Lopik heeft een opdracht versnelling van 8, maar de achterstand is onbekend: aandeel en verhouding zijn niet te berekenen (regel 8), en Lopik telt niet mee in de verdeling.",
    );
    const lopik = rij(rapport, "Lopik");
    zonderAandelen(lopik);
    expect(lopik.versnellingAchterstand).toBeNull();
    expect(r2(rij(rapport, "Leusden").verhouding)).toBe(1.27);
  });

  it("telt een dubbele rij niet mee en geeft haar geen aandelen", () => {
    const rapport = controleerBlad(blad2022_1([["Leusden", 21, 18, 13, 8, 45]]));
    expect(codes(rapport)).toContain("dubbele-rij@A7");
    const tweede = rapport.rijen.find((r) => r.row === 7)!;
    zonderAandelen(tweede);
    expect(r2(rij(rapport, "Leusden").verhouding)).toBe(1.27);
  });

  it("rekent een opdracht 0 mee in de set (aandeel 0, verschil -evenredig)", () => {
    const rapport = controleerBlad(blad2022_1([["Woerden", 10, 10, 0, 0, 0]]));
    const woerden = rij(rapport, "Woerden");
    expect(woerden.aandeelOpdracht).toBe(0);
    expect(woerden.verschil).toBe(-woerden.evenredigeOpdracht!);
    expect(woerden.aandeelAchterstand).toBe(20 / (71 + 20));
  });
});

describe("regel 8 per rij: elke periode haar eigen set", () => {
  const rapport = () =>
    controleerBlad(
      blad([
        ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Opdracht versnelling"],
        // 2022-1, invented opdrachten: the set {Leusden 21/10, IJsselstein 20/30}.
        ["Leusden", "2022-1", 21, 18, 10],
        ["IJsselstein", "2022-1", 20, 20, 30],
        // 2022-2 starts from the registered backlog of 1 juli 2022: the golden set.
        ["Leusden", "2022-2", 26, 24, 45],
        ["IJsselstein", "2022-2", 21, 20, 17],
        ["Houten", "2022-2", 24, 30, 35],
      ]),
    );

  it("geeft de rijen van 2022-2 de gouden getallen van hun eigen set", () => {
    expect(r2(rij(rapport(), "Leusden", "2022-2").verhouding)).toBe(1.27);
    expect(r1(rij(rapport(), "IJsselstein", "2022-2").evenredigeOpdracht)).toBe(28.7);
    expect(r1(rij(rapport(), "IJsselstein", "2022-2").verschil)).toBe(-11.7);
  });

  it("geeft de rijen van 2022-1 de getallen van de set van 2022-1", () => {
    const l = rij(rapport(), "Leusden", "2022-1");
    expect(l.aandeelOpdracht).toBe(10 / 40);
    expect(l.aandeelAchterstand).toBe(21 / 41);
    expect(l.evenredigeOpdracht).toBe((40 * 21) / 41);
    expect(rij(rapport(), "Houten", "2022-2").aandeelOpdracht).toBe(35 / 97);
  });

  it("geeft in het rapport() de laatste periode met opdrachten", () => {
    expect(rapport().versnelling!.map((v) => v.gemeente)).toEqual(["Leusden", "IJsselstein", "Houten"]);
    expect(rapport().versnelling![0].verhouding).toBe(rij(rapport(), "Leusden", "2022-2").verhouding);
  });
});

describe("regel 8 per rij: het versnellingsblad (gemeente, achterstand, opdracht)", () => {
  const vru: Blad = {
    naam: "Bijlage B",
    waarden: [
      ["Bijlage B - Overzicht van het aantal versneld te plaatsen statushouders in de regio Utrecht"],
      ["Gemeente", "Achterstand per 1 juli 2022", "Aantal versneld te plaatsen statushouders"],
      ["Leusden", 26, 45],
      ["Ijsselstein", 21, 17],
      ["Houten", 24, 35],
    ],
  };
  const rapport = () => controleerBlad(vru);

  it("rekent per rij de gouden getallen", () => {
    expect(rapport().versnellingsblad).toBe(true);
    expect(r2(rij(rapport(), "Leusden").opdrachtPerAchterstand)).toBe(1.73);
    expect(r2(rij(rapport(), "IJsselstein").opdrachtPerAchterstand)).toBe(0.81);
    expect(r1(rij(rapport(), "IJsselstein").evenredigeOpdracht)).toBe(28.7);
    expect(r1(rij(rapport(), "IJsselstein").verschil)).toBe(-11.7);
    expect(r2(rij(rapport(), "Leusden").verhouding)).toBe(1.27);
    expect(codes(rapport())).toEqual(["versnellingsblad@A2"]);
  });

  it("schrijft alleen de versnellingskolommen en de opmerkingen terug", () => {
    const plan = maakSchrijfPlan(vru, rapport());
    expect(plan.kolommen.map((k) => k.kop)).toEqual([
      "IBT Opdracht per achterstand",
      "IBT Aandeel opdracht",
      "IBT Aandeel achterstand",
      "IBT Verhouding",
      "IBT Evenredige opdracht",
      "IBT Verschil",
      "IBT Opmerkingen",
    ]);
    expect(plan.kolommen[0].kolom).toBe(3);
    expect(plan.waarden[0].slice(0, 6)).toEqual(plan.kolommen.slice(0, 6).map((k) => k.kop));
    expect(plan.waarden[1].slice(0, 6)).toEqual([
      45 / 26,
      45 / 97,
      26 / 71,
      45 / 97 / (26 / 71),
      (97 * 26) / 71,
      45 - (97 * 26) / 71,
    ]);
    expect(plan.kleurschalen).toEqual([
      {
        kolom: 6,
        vanRij: 3,
        totRij: 5,
        laagste: "#5A8AC6",
        midden: { waarde: 1, kleur: "#FFFFFF" },
        hoogste: "#F8696B",
      },
    ]);
  });
});

describe("regel 8 per rij: het schrijfplan", () => {
  const b = blad2022_1();
  const rapport = () => controleerBlad(b);
  const plan = () => maakSchrijfPlan(b, rapport());

  it("zet de zes versnellingskolommen voor IBT Opmerkingen, met hun getalnotaties", () => {
    const koppen = plan().kolommen.map((k) => k.kop);
    const i = koppen.indexOf("IBT Opdracht per achterstand");
    expect(koppen.slice(i)).toEqual([
      "IBT Opdracht per achterstand",
      "IBT Aandeel opdracht",
      "IBT Aandeel achterstand",
      "IBT Verhouding",
      "IBT Evenredige opdracht",
      "IBT Verschil",
      "IBT Opmerkingen",
    ]);
    expect(
      plan()
        .kolommen.slice(i, i + 6)
        .map((k) => k.formaat),
    ).toEqual(["0.00", "0.0%", "0.0%", "0.00", "0.0", "+0.0;-0.0;0.0"]);
    expect(VERSNELLING_KOLOMMEN.map((k) => k.kop)).toEqual(koppen.slice(i, i + 6));
    // Leusden's row (sheet row 3): its unrounded numbers, and a format per cell.
    const leusden = plan().waarden[1];
    const c = (kop: string) => plan().kolommen.find((k) => k.kop === kop)!.kolom - plan().beginKolom;
    expect(leusden[c("IBT Opdracht per achterstand")]).toBe(45 / 26);
    expect(r2(leusden[c("IBT Verhouding")] as number)).toBe(1.27);
    expect(plan().formaten[1][c("IBT Verschil")]).toBe("+0.0;-0.0;0.0");
    // Baarn (no opdracht): empty text, so that an old value disappears.
    expect(plan().waarden[4][c("IBT Verhouding")]).toBe("");
  });

  it("geeft IBT Verhouding een kleurschaal rond 1 over de gegevensrijen", () => {
    const verhouding = plan().kolommen.find((k) => k.kop === "IBT Verhouding")!.kolom;
    expect(plan().kleurschalen).toEqual([
      {
        kolom: verhouding,
        vanRij: 3,
        totRij: 6,
        laagste: "#5A8AC6",
        midden: { waarde: 1, kleur: "#FFFFFF" },
        hoogste: "#F8696B",
      },
    ]);
  });

  it("zet op elke kopcel van de versnelling een notitie over de gebruikte achterstand", () => {
    expect(plan().kopNotities!.map((n) => n.kolom)).toEqual(
      plan()
        .kolommen.filter((k) => VERSNELLING_KOLOMMEN.some((v) => v.kop === k.kop))
        .map((k) => k.kolom),
    );
    for (const n of plan().kopNotities!) {
      expect(n.rij).toBe(2);
      expect(n.titel).toBe("IBT Huisvesting");
      expect(n.tekst).toMatch(/^Berekend met de geregistreerde achterstand/);
    }
    const gecorrigeerd = maakSchrijfPlan(b, controleerBlad(b, { versnellingAchterstand: "gecorrigeerd" }));
    expect(gecorrigeerd.kopNotities![0].tekst).toMatch(/^Berekend met de gecorrigeerde achterstand/);
  });

  it("is idempotent: een tweede plan() op het geschreven blad is hetzelfde", () => {
    const na = pasToe(b, plan());
    const tweede = maakSchrijfPlan(na, controleerBlad(na));
    expect(tweede).toEqual(plan());
  });

  it("laat een blad zonder opdrachtkolom zoals het was: geen versnellingskolommen, geen kleurschaal", () => {
    const zonder = blad([
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling"],
      ["Leusden", "2022-2", 26, 24],
    ]);
    const p = maakSchrijfPlan(zonder, controleerBlad(zonder));
    expect(p.kolommen.map((k) => k.kop)).not.toContain("IBT Verhouding");
    expect(p.kolommen).toHaveLength(11);
    expect(p.kleurschalen).toEqual([]);
    expect(p.kopNotities).toEqual([]);
  });

  it("maakt van de versnellingskolommen te wissen kolommen als de opdrachtkolom verdwijnt", () => {
    const na = pasToe(b, plan());
    const zonderOpdracht = {
      ...na,
      waarden: na.waarden.map((r, i) => (i >= 1 ? [...r.slice(0, 5), "", ...r.slice(6)] : r)),
    };
    const rapport2: Rapport = controleerBlad(zonderOpdracht);
    const p = maakSchrijfPlan(zonderOpdracht, rapport2);
    const verhouding = plan().kolommen.find((k) => k.kop === "IBT Verhouding")!.kolom;
    expect(p.teWissenKolommen).toContain(verhouding);
    expect(p.kleurschalen).toEqual([]);
  });
});
