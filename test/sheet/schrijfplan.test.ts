import { controleerBlad, maakSchrijfPlan, TREDE_KLEUREN, UITVOER_KOLOMMEN, type Blad } from "../../src/sheet";
import { blad, leusdenBlad, pasToe } from "./hulp";

const plan = (b: Blad) => maakSchrijfPlan(b, controleerBlad(b));

describe("maakSchrijfPlan: slechte invoer", () => {
  it("plant niets zonder kopregel", () => {
    const p = plan(blad([["zomaar"], [1, 2, 3]]));
    expect(p).toMatchObject({
      waarden: [],
      kolommen: [],
      aantalCellen: 0,
      conflicten: [],
      teWissenKolommen: [],
    });
  });

  it("schrijft nooit in een niet-lege cel van de gebruiker: het blok schuift naar rechts", () => {
    const b = leusdenBlad();
    b.waarden[2][11] = "notitie van de gebruiker"; // L3, inside the block J..T
    const p = plan(b);
    expect(p.kolommen[0].kolom).toBe(12);
    expect(p.kolommen.map((k) => k.kolom)).toEqual(Array.from({ length: 11 }, (_, i) => 12 + i));
    expect(p.conflicten).toEqual([]);
    const toegepast = pasToe(b, p);
    expect(toegepast.waarden[2][11]).toBe("notitie van de gebruiker");
  });

  it("laat een waarde ver rechts van het blok staan en schuift dan niet", () => {
    const b = leusdenBlad();
    b.waarden[1][30] = "ver weg";
    expect(plan(b).beginKolom).toBe(9);
  });

  it("meldt conflicten alleen bij een opgelegde beginkolom", () => {
    const b = leusdenBlad();
    b.waarden[2][11] = "notitie";
    const r = controleerBlad(b);
    const p = maakSchrijfPlan(b, r, { beginKolom: 9 });
    expect(p.kolommen[0].kolom).toBe(9);
    expect(p.conflicten).toEqual([{ cel: "L3", waarde: "notitie" }]);
  });
});

describe("maakSchrijfPlan: kolommen en waarden", () => {
  const b = leusdenBlad([0, 1, 2, 3], 50);
  const p = plan(b);

  it("zet de uitvoerkolommen direct rechts van de gegevens, met koppen en formaten", () => {
    expect(p.blad).toBe("Overzicht");
    expect(p.beginRij).toBe(1);
    expect(p.beginKolom).toBe(9);
    expect(p.kolommen.map((k) => [k.kolom, k.kop, k.formaat])).toEqual([
      [9, "IBT Totaalopgave", "0"],
      [10, "IBT Achterstand eind", "0"],
      [11, "IBT Achterstand eind gecorrigeerd", "0"],
      [12, "IBT Realisatie taakstelling", "0%"],
      [13, "IBT Realisatie totaalopgave", "0%"],
      [14, "IBT Taakstelling gehaald", "General"],
      [15, "IBT Vorige trede", "0"],
      [16, "IBT Trede", "General"],
      [17, "IBT Escalatie", "General"],
      [18, "IBT Maatregel", "General"],
      [19, "IBT Opmerkingen", "General"],
    ]);
    expect(p.waarden[0]).toEqual(UITVOER_KOLOMMEN.map((k) => k.kop));
    expect(p.formaten[0]).toEqual(new Array(11).fill(null));
    expect(p.formaten[1][3]).toBe("0%");
    expect(p.aantalCellen).toBe(5 * 11);
  });

  it("schrijft per rij de berekende waarden, trede als tekst met kleur, en de opmerkingen", () => {
    expect(p.waarden[1]).toEqual([
      25,
      19,
      19,
      0.25,
      0.24,
      "nee",
      1,
      "2 Informatie opvragen en valideren",
      "Opschalen",
      "Informatie opvragen bij COA en gemeente; ambtelijke gesprekken.",
      // The first data row also carries the sheet-level remark (Leusden's +1 has no counterpart).
      "Blad: De herverdelingen in 2022-2 tellen op tot +1 in plaats van 0. Wat de ene gemeente overneemt, geeft een andere af (Huisvestingswet art. 29 lid 2); controleer of alle betrokken gemeenten op het blad staan.",
    ]);
    expect(p.waarden[2].slice(6, 9)).toEqual([2, "2 Informatie opvragen en valideren", "Gelijk"]);
    expect(p.waarden[2][10]).toBe(
      "Met de gecorrigeerde achterstand trede 2, zonder correctie trede 3 (na-registratie 6).",
    );
    expect(p.waarden[3].slice(0, 9)).toEqual([
      39,
      26,
      18,
      13 / 18,
      13 / 39,
      "ja",
      2,
      "3 Actief toezicht",
      "Opschalen",
    ]);
    expect(p.waarden[4]).toEqual([
      51,
      "",
      "",
      "",
      "",
      "",
      3,
      "",
      "",
      "",
      "Totaalopgave is 50, berekend 51 (taakstelling 24 + achterstand 26 + herverdeling 1). Het verschil is gelijk aan de herverdeling: die is waarschijnlijk vergeten.",
    ]);
    expect(p.opvullingen).toEqual([
      { rij: 2, kolom: 16, kleur: TREDE_KLEUREN[2] },
      { rij: 3, kolom: 16, kleur: TREDE_KLEUREN[2] },
      { rij: 4, kolom: 16, kleur: TREDE_KLEUREN[3] },
    ]);
  });

  it("laat rijen die geen gegevensrij zijn onaangeroerd (null)", () => {
    const metTitel: Blad = blad([
      ["Overzicht Leusden"],
      ...leusdenBlad().waarden.slice(0, 3),
      [],
      ["Totaal", "", 20, 43, 0, 63, 23, 6, ""],
      ...leusdenBlad().waarden.slice(3),
    ]);
    const q = plan(metTitel);
    expect(q.beginRij).toBe(2);
    expect(q.waarden).toHaveLength(7);
    expect(q.waarden[3]).toEqual(new Array(11).fill(null));
    expect(q.formaten[3]).toEqual(new Array(11).fill(null));
    expect(q.waarden[4].slice(0, 3)).toEqual([63, 40, 34]);
    expect(q.waarden[4][7]).toBe("");
  });

  it("telt kolommen voorbij Z en een bereik dat niet op A1 begint", () => {
    const verschoven = { ...leusdenBlad(), beginRij: 2, beginKolom: 20 };
    const q = plan(verschoven);
    expect(q.beginRij).toBe(3);
    expect(q.beginKolom).toBe(29);
    const r = controleerBlad(verschoven);
    expect(r.opmerkingen.map((o) => o.cel)).toEqual(["Y3", "AB5"]);
  });
});

describe("maakSchrijfPlan: opnieuw draaien", () => {
  it("is idempotent: het plan van een blad met de eigen uitvoer is hetzelfde plan", () => {
    const b = leusdenBlad([2, 0, 3, 1], 50);
    const eerste = plan(b);
    const na = pasToe(b, eerste);
    const tweede = plan(na);
    expect(tweede).toEqual(eerste);
    expect(pasToe(na, tweede)).toEqual(na);
  });

  it("is ook idempotent nadat het blok voor een gebruikerscel is opgeschoven", () => {
    const b = leusdenBlad();
    b.waarden[3][12] = "notitie";
    const eerste = plan(b);
    expect(eerste.beginKolom).toBe(13);
    expect(plan(pasToe(b, eerste))).toEqual(eerste);
  });

  it("gebruikt bestaande eigen kolommen op hun plek en wist eigen kolommen die niet meer bestaan", () => {
    const b = leusdenBlad();
    const na = pasToe(b, plan(b));
    na.waarden[0][19] = "IBT Totaalopgave incl. extra"; // an own column the sheet no longer needs
    const q = plan(na);
    expect(q.teWissenKolommen).toEqual([19]);
    expect(q.kolommen.find((k) => k.kop === "IBT Totaalopgave")!.kolom).toBe(9);
    expect(q.kolommen.find((k) => k.kop === "IBT Opmerkingen")!.kolom).toBe(20);
  });

  it("behandelt een hernoemde eigen kolom zonder vastlegging als kolom van de gebruiker: niet wissen, niet overschrijven", () => {
    const b = leusdenBlad();
    const na = pasToe(b, plan(b));
    na.waarden[0][10] = "IBT Oude kolom"; // was "IBT Achterstand eind"; the user's name now
    const q = plan(na);
    expect(q.teWissenKolommen).toEqual([]);
    expect(q.kolommen.find((k) => k.kop === "IBT Totaalopgave")!.kolom).toBe(9);
    expect(q.kolommen.find((k) => k.kop === "IBT Achterstand eind")!.kolom).toBe(20);
    expect(q.kolommen.map((k) => k.kolom)).not.toContain(10);
  });

  it("herkent een hernoemde eigen kolom aan de vastlegging, schrijft haar waarden en laat de nieuwe kop staan", () => {
    const b = leusdenBlad();
    const eerste = plan(b);
    const na = pasToe(b, eerste);
    na.waarden[0][10] = "Mijn achterstand";
    const eigenKolommen = eerste.kolommen.map((k) => ({ rij: 1, kolom: k.kolom, kop: k.kop }));
    const q = plan({ ...na, eigenKolommen });
    expect(q.kolommen.map((k) => k.kolom)).toEqual(eerste.kolommen.map((k) => k.kolom));
    expect(q.teWissenKolommen).toEqual([]);
    expect(q.waarden[0][10 - q.beginKolom]).toBeNull();
    expect(q.waarden[1][10 - q.beginKolom]).toBe(eerste.waarden[1][10 - eerste.beginKolom]);
    expect(q.aantalCellen).toBe(eerste.aantalCellen - 1);
    // Without the record, "Mijn achterstand" would be the user's column.
    expect(plan(na).kolommen.map((k) => k.kolom)).not.toContain(10);
  });

  it("leest de eigen kolommen nooit als invoer", () => {
    const b = leusdenBlad();
    const na = pasToe(b, plan(b));
    expect(controleerBlad(na).rijen).toEqual(controleerBlad(b).rijen);
  });
});
