/**
 * Exact behaviour of the write plan (src/sheet/schrijfplan.ts) at its edges: empty values, the limit of
 * the remarks cell, a range that does not start at A1, merged ranges around the add-in's own columns,
 * headers of the user that are not in the header row, the search for a free block, a forced begin
 * column, and the fills and colour scale without their columns. Written against the surviving mutants of
 * a Stryker run: each test states one behaviour with exact values, computed inside the test.
 */
import {
  beperkTekst,
  controleerBlad,
  maakSchrijfPlan,
  type Blad,
  type KolomHerkenning,
  type Rapport,
  type SchrijfPlan,
} from "../../src/sheet";
import { blad, leusdenBlad, pasToe } from "./hulp";

const plan = (b: Blad, opties: { beginKolom?: number } = {}): SchrijfPlan =>
  maakSchrijfPlan(b, controleerBlad(b), opties);

const kolommenVan = (p: SchrijfPlan): number[] => p.kolommen.map((k) => k.kolom);

const reeks = (van: number, aantal: number): number[] => Array.from({ length: aantal }, (_, i) => van + i);

/** A column of the user's that the report names but whose header cell is empty (e.g. a group header). */
const gebruikersKolom = (kolom: number, kop: string): KolomHerkenning => ({
  kolom,
  kop,
  veld: null,
  eigen: false,
});

/** Leusden with the add-in's output already written by a first run (own columns J..T = 9..19). */
function naEersteRun(): Blad {
  const b = leusdenBlad();
  return pasToe(b, plan(b));
}

/** A report with a header row 1 and nothing else: no headers, no rows, no remarks. */
function kaleRapport(extra: Partial<Rapport> = {}): Rapport {
  return { ...controleerBlad(leusdenBlad()), kopRij: 1, kolommen: [], rijen: [], opmerkingen: [], ...extra };
}

describe("maakSchrijfPlan: lege waarden", () => {
  it("schrijft ja, nee of leeg voor taakstelling gehaald, en leeg voor een ontbrekende escalatie en maatregel", () => {
    const p = plan(leusdenBlad());
    const kop = p.waarden[0];
    const gehaald = kop.indexOf("IBT Taakstelling gehaald");
    const escalatie = kop.indexOf("IBT Escalatie");
    const maatregel = kop.indexOf("IBT Maatregel");
    expect([gehaald, escalatie, maatregel]).toEqual([5, 8, 9]);
    expect(p.waarden.slice(1).map((w) => w[gehaald])).toEqual(["nee", "ja", "ja", ""]);
    expect(p.waarden[1][escalatie]).toBe("Opschalen");
    expect(p.waarden[1][maatregel]).toBe("Informatie opvragen bij COA en gemeente; ambtelijke gesprekken.");
    expect(p.waarden[4][escalatie]).toBe("");
    expect(p.waarden[4][maatregel]).toBe("");
  });

  it("schrijft een lege geldende trede als lege cel", () => {
    const b = leusdenBlad();
    const basis = controleerBlad(b);
    const rapport: Rapport = {
      ...basis,
      kolommen: [
        ...basis.kolommen,
        { kolom: 8, kop: "Vastgestelde trede", veld: "vastgesteldeTrede", eigen: false },
      ],
      rijen: basis.rijen.map((r) => ({ ...r, geldendeTrede: null })),
    };
    const p = maakSchrijfPlan(b, rapport);
    const geldend = p.waarden[0].indexOf("IBT Trede geldend");
    expect(geldend).toBe(8);
    expect(p.waarden.slice(1).map((w) => w[geldend])).toEqual(["", "", "", ""]);
    expect(p.formaten[1][geldend]).toBe("General");
  });
});

describe("beperkTekst: grenzen", () => {
  it("knipt niet midden in een emoji, ook niet bij de eerste en laatste hoge helft", () => {
    expect(beperkTekst(["ab\ud800\udc00cdef"], 7)).toBe("ab ...");
    expect(beperkTekst(["ab\udbff\udfffcdef"], 7)).toBe("ab ...");
    expect(beperkTekst(["ab\ud7ffcdefg"], 7)).toBe("ab\ud7ff ...");
  });

  it("geeft de hele tekst wanneer die precies past, ook als er geen ruimte voor een staart is", () => {
    expect(beperkTekst(["abc", "de"], 6)).toBe("abc de");
  });

  it("neemt een deel mee wanneer het met de staart precies op de grens uitkomt", () => {
    const tekst = beperkTekst(["aaaa", "bbbb", "x".repeat(30)], 23);
    expect(tekst).toBe("aaaa bbbb ... en 1 meer");
    expect(tekst).toHaveLength(23);
  });

  it("kort het eerste deel in wanneer het alleen met de staart al niet past", () => {
    expect(beperkTekst(["aaaa", "bbbb", "cccc"], 12)).toBe(" ... en 2 meer");
  });

  it("rekent met de staart van de delen die na dit deel nog komen (9, niet 10 of 11)", () => {
    const delen = reeks(0, 11).map((i) => `p${i}`);
    const tekst = beperkTekst(delen, 19);
    expect(tekst).toBe("p0 p1 ... en 9 meer");
    expect(tekst).toHaveLength(19);
  });
});

describe("maakSchrijfPlan: een bereik dat niet op rij 1 begint", () => {
  it("zoekt conflicten van de kopregel tot en met de laatste gegevensrij, niet daaronder", () => {
    const b: Blad = { ...leusdenBlad(), beginRij: 2 };
    const rapport = controleerBlad(b);
    expect(rapport.kopRij).toBe(3);
    const waarden = b.waarden.map((r) => [...r]);
    waarden[0][9] = "kop van de gebruiker";
    waarden.push(["", "", "", "", "", "", "", "", "", "", "onder de gegevens"]);
    const p = maakSchrijfPlan({ ...b, waarden }, rapport, { beginKolom: 9 });
    expect(p.conflicten).toEqual([{ cel: "J3", waarde: "kop van de gebruiker" }]);
  });
});

describe("maakSchrijfPlan: samengevoegde cellen bij eigen kolommen", () => {
  it("gebruikt eigen kolommen onder een samengevoegde titel boven de kopregel gewoon opnieuw", () => {
    const eerst = leusdenBlad();
    const metTitel = blad([["Overzicht"], ...eerst.waarden]);
    const na = pasToe(metTitel, plan(metTitel));
    const p = plan({ ...na, samengevoegd: [{ rij: 1, kolom: 0, rijen: 1, kolommen: 25 }] });
    expect(p.beginRij).toBe(2);
    expect(kolommenVan(p)).toEqual(reeks(9, 11));
    expect(p.teWissenKolommen).toEqual([]);
  });

  it("laat een eigen kolom met een samengevoegde kopcel aan de gebruiker", () => {
    const na = naEersteRun();
    const p = plan({ ...na, samengevoegd: [{ rij: 1, kolom: 9, rijen: 1, kolommen: 1 }] });
    expect(kolommenVan(p)).toEqual([20, ...reeks(10, 10)]);
    expect(p.teWissenKolommen).toEqual([]);
  });

  it("laat een eigen kolom met een samengevoegd bereik vanaf de laatste gegevensrij aan de gebruiker", () => {
    const na = naEersteRun();
    const p = plan({ ...na, samengevoegd: [{ rij: 5, kolom: 9, rijen: 2, kolommen: 1 }] });
    expect(kolommenVan(p)).toEqual([20, ...reeks(10, 10)]);
  });

  it("wist een eigen kolom die niet meer nodig is niet als er lager een samengevoegd bereik in staat", () => {
    const na = naEersteRun();
    na.waarden[0][20] = "IBT Totaalopgave incl. extra";
    expect(plan(na).teWissenKolommen).toEqual([20]);
    const p = plan({ ...na, samengevoegd: [{ rij: 8, kolom: 20, rijen: 1, kolommen: 1 }] });
    expect(p.teWissenKolommen).toEqual([]);
    expect(kolommenVan(p)).toEqual(reeks(9, 11));
  });
});

describe("maakSchrijfPlan: koppen van de gebruiker buiten de kopregel", () => {
  it("slaat een kolom over waarvan alleen de groepskop van de gebruiker is", () => {
    const na = naEersteRun();
    for (const r of na.waarden) r[19] = ""; // "IBT Opmerkingen" is gone
    const rapport = controleerBlad(na);
    rapport.kolommen.push(gebruikersKolom(19, "Toelichting"));
    const p = maakSchrijfPlan(na, rapport);
    expect(kolommenVan(p)).toEqual([...reeks(9, 10), 20]);
  });

  it("neemt een kolom zonder kop wel in gebruik", () => {
    const na = naEersteRun();
    for (const r of na.waarden) r[19] = "";
    const rapport = controleerBlad(na);
    rapport.kolommen.push(gebruikersKolom(19, ""));
    const p = maakSchrijfPlan(na, rapport);
    expect(kolommenVan(p)).toEqual(reeks(9, 11));
  });

  it("begint een nieuw blok niet achter een kolom zonder kop", () => {
    const b = leusdenBlad();
    const rapport = controleerBlad(b);
    rapport.kolommen.push(gebruikersKolom(12, ""));
    expect(maakSchrijfPlan(b, rapport).beginKolom).toBe(9);
  });
});

describe("maakSchrijfPlan: een nieuw blok", () => {
  it("begint rechts van de laatste kop van de gebruiker, ook met een lege ruimte ervoor", () => {
    const b = leusdenBlad();
    b.waarden[0][25] = "Notitie";
    const p = plan(b);
    expect(p.beginKolom).toBe(26);
    expect(kolommenVan(p)).toEqual(reeks(26, 11));
  });

  it("telt een eigen kolom die niet meer nodig is niet als laatste kop", () => {
    const b = leusdenBlad();
    b.waarden[0][25] = "IBT Totaalopgave incl. extra";
    const p = plan(b);
    expect(p.beginKolom).toBe(9);
    expect(p.teWissenKolommen).toEqual([25]);
  });

  it("begint zonder koppen bij de eerste kolom van het bereik, niet links of rechts ervan", () => {
    const p = maakSchrijfPlan({ naam: "Overzicht", waarden: [[]], beginKolom: 5 }, kaleRapport());
    expect(p.beginKolom).toBe(5);
    expect(kolommenVan(p)).toEqual(reeks(5, 11));
  });

  it("schuift voorbij een gebruikerscel in kolom A", () => {
    const p = maakSchrijfPlan(blad([["x"]]), kaleRapport());
    expect(kolommenVan(p)).toEqual(reeks(1, 11));
  });

  it("kijkt alleen naar de kolommen van het blok: een cel direct erachter schuift niet", () => {
    const b = leusdenBlad();
    b.waarden[1][20] = "direct erachter";
    const p = plan(b);
    expect(p.beginKolom).toBe(9);
    expect(kolommenVan(p)).toEqual(reeks(9, 11));
  });
});

describe("maakSchrijfPlan: eigen kolommen aanvullen", () => {
  it("zet ontbrekende kolommen rechts van de laatste eigen kolom, niet in een gat ertussen", () => {
    const b = leusdenBlad();
    b.waarden[0][9] = "IBT Totaalopgave";
    b.waarden[0][11] = "IBT Opmerkingen";
    const p = plan(b);
    expect(kolommenVan(p)).toEqual([9, ...reeks(12, 9), 11]);
  });

  it("houdt een eigen kolom in kolom A op haar plek", () => {
    const rapport = kaleRapport({
      kolommen: [{ kolom: 0, kop: "IBT Totaalopgave", veld: null, eigen: true }],
    });
    const p = maakSchrijfPlan(blad([["IBT Totaalopgave"]]), rapport);
    expect(kolommenVan(p)).toEqual(reeks(0, 11));
  });
});

describe("maakSchrijfPlan: opgelegde beginkolom", () => {
  it("meldt geen conflict in de eigen kolommen van een eerdere run", () => {
    const p = plan(naEersteRun(), { beginKolom: 9 });
    expect(kolommenVan(p)).toEqual(reeks(9, 11));
    expect(p.conflicten).toEqual([]);
    expect(p.teWissenKolommen).toEqual([]);
  });

  it("wist een overbodige eigen kolom niet als het opgelegde blok haar beschrijft", () => {
    const na = naEersteRun();
    na.waarden[0][20] = "IBT Totaalopgave incl. extra";
    expect(plan(na).teWissenKolommen).toEqual([20]);
    const p = plan(na, { beginKolom: 10 });
    expect(kolommenVan(p)).toEqual(reeks(10, 11));
    expect(p.conflicten).toEqual([]);
    expect(p.teWissenKolommen).toEqual([9]);
  });

  it("wist de verlaten eigen kolommen op volgorde, behalve die met een samengevoegd bereik", () => {
    const na = naEersteRun();
    na.waarden[0][25] = "IBT Totaalopgave incl. extra";
    const p = plan(
      { ...na, samengevoegd: [{ rij: 8, kolom: 10, rijen: 1, kolommen: 1 }] },
      { beginKolom: 14 },
    );
    expect(kolommenVan(p)).toEqual(reeks(14, 11));
    expect(p.teWissenKolommen).toEqual([9, 11, 12, 13, 25]);
  });
});

describe("maakSchrijfPlan: opvullingen en kleurschaal zonder hun kolom", () => {
  it("geeft een versnellingslijst geen tredekleur, ook als de rij een trede heeft", () => {
    const b = leusdenBlad();
    const basis = controleerBlad(b);
    expect(basis.rijen.filter((r) => r.trede !== null)).toHaveLength(3);
    const p = maakSchrijfPlan(b, { ...basis, versnellingsblad: true });
    expect(p.kolommen.map((k) => k.kop)).toEqual([
      "IBT Opdracht per achterstand",
      "IBT Aandeel opdracht",
      "IBT Aandeel achterstand",
      "IBT Verhouding",
      "IBT Evenredige opdracht",
      "IBT Verschil",
      "IBT Opmerkingen",
    ]);
    expect(p.opvullingen).toEqual([]);
    expect(p.kleurschalen).toHaveLength(1);
  });

  it("zet geen kleurschaal op IBT Verhouding zonder gegevensrijen", () => {
    const p = maakSchrijfPlan(leusdenBlad(), kaleRapport({ versnellingsblad: true }));
    expect(p.kolommen.map((k) => k.kop)).toContain("IBT Verhouding");
    expect(p.kleurschalen).toEqual([]);
  });
});
