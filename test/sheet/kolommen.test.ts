import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  adres,
  herkenKop,
  kolomLetters,
  KOLOMNAMEN,
  kopSleutel,
  pasPeriodeToe,
  vindKopregel,
} from "../../src/sheet";
import { blad } from "./hulp";

describe("kolomLetters en adres", () => {
  it("geeft de kolomletters ook voorbij Z", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(kolomLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(adres(7, 5)).toBe("F7");
    expect(adres(12, 27)).toBe("AB12");
  });
});

describe("herkenKop", () => {
  it("herkent niets in een lege of onzinnige kop", () => {
    expect(herkenKop("")).toBeNull();
    expect(herkenKop(null)).toBeNull();
    expect(herkenKop("   ")).toBeNull();
    expect(herkenKop("Wethouder")).toEqual({ kop: "Wethouder", veld: null, eigen: false });
    expect(herkenKop(42)).toEqual({ kop: "42", veld: null, eigen: false });
  });

  it("negeert hoofdletters, spaties, leestekens en accenten", () => {
    expect(herkenKop("ACHTERSTAND  begin")?.veld).toBe("achterstandBegin");
    expect(herkenKop("Na registratie")?.veld).toBe("naRegistratie");
    expect(herkenKop("na-registratie")?.veld).toBe("naRegistratie");
    expect(herkenKop("Naregistratie")?.veld).toBe("naRegistratie");
    expect(herkenKop("Gemeente naam")?.veld).toBe("gemeente");
    expect(herkenKop("Tāākstelling")?.veld).toBe("taakstelling");
    expect(herkenKop("Taakstelling (personen)")?.veld).toBe("taakstelling");
    expect(herkenKop("Realisatie taakstelling (%)")?.veld).toBe("realisatieTaakstelling");
    expect(herkenKop("% totaalopgave")?.veld).toBe("realisatieTotaalopgave");
  });

  it("kent elk synoniem uit de tabel", () => {
    for (const k of KOLOMNAMEN) expect(herkenKop(k.naam)?.veld).toBe(k.veld);
    expect(new Set(KOLOMNAMEN.map((k) => kopSleutel(k.naam))).size).toBe(KOLOMNAMEN.length);
  });

  it("leest saldo- en voorsprongkolommen met hun tekenconventie", () => {
    expect(herkenKop("Saldo begin")).toMatchObject({ veld: "achterstandBegin", conventie: "saldo" });
    expect(herkenKop("Voorsprong")).toMatchObject({ veld: "achterstandBegin", conventie: "voorsprong" });
    expect(herkenKop("Saldo eind")).toMatchObject({ veld: "achterstandEindOpgegeven", conventie: "saldo" });
    expect(herkenKop("Achterstand begin")).toMatchObject({ conventie: "achterstand" });
    expect(herkenKop("Taakstelling")).toMatchObject({ conventie: "aantal" });
  });

  it("herkent peildatumkolommen met en zonder jaar", () => {
    expect(herkenKop("Achterstand 1 januari")).toMatchObject({
      veld: null,
      conventie: "achterstand",
      peildatum: { dag: 1, maand: 1, jaar: null },
    });
    expect(herkenKop("Stand van zaken 1 juli")).toMatchObject({
      peildatum: { dag: 1, maand: 7, jaar: null },
    });
    expect(herkenKop("Saldo 1 juli 2022")).toMatchObject({
      conventie: "saldo",
      peildatum: { dag: 1, maand: 7, jaar: 2022 },
    });
    expect(herkenKop("Achterstand per 1 jan. 2023")).toMatchObject({ peildatum: { maand: 1, jaar: 2023 } });
    expect(herkenKop("Achterstand per 01-07-2022")).toMatchObject({ peildatum: { maand: 7, jaar: 2022 } });
    expect(herkenKop("Saldo 1-1-2023")).toMatchObject({
      conventie: "saldo",
      peildatum: { maand: 1, jaar: 2023 },
    });
    // Any other date is a dated column too: per row a tussenstand when it falls inside the period.
    expect(herkenKop("Achterstand 1 maart")?.peildatum).toEqual({ dag: 1, maand: 3, jaar: null });
    expect(herkenKop("Achterstand 1-3-2022")?.peildatum).toEqual({ dag: 1, maand: 3, jaar: 2022 });
    expect(herkenKop("Achterstand 31-2-2022")?.peildatum).toBeUndefined();
  });

  it("markeert de eigen IBT-kolommen en leest ze nooit als invoer", () => {
    expect(herkenKop("IBT Trede")).toEqual({
      kop: "IBT Trede",
      veld: null,
      eigen: true,
      eigenKop: "IBT Trede",
    });
    expect(herkenKop(" IBT Opmerkingen ")).toMatchObject({ eigen: true, eigenKop: "IBT Opmerkingen" });
    expect(herkenKop("Trede IBT")).toMatchObject({ veld: "trede", eigen: false });
  });

  it.each(["IBT notitie", "IBT trede", "IBT Trede 2", "IBT", "IBT  Trede"])(
    "rekent %p niet tot de eigen kolommen: alleen de koppen die de invoegtoepassing schrijft",
    (kop) => {
      expect(herkenKop(kop)).toMatchObject({ eigen: false, veld: null });
    },
  );
});

describe("vindKopregel", () => {
  it("vindt geen kopregel zonder gemeentekolom of met te weinig velden", () => {
    expect(vindKopregel(blad([["Naam", "Periode", "Taakstelling", "Achterstand begin"]]))).toBeNull();
    expect(vindKopregel(blad([["Gemeente", "Taakstelling", "Opmerking"]]))).toBeNull();
    expect(vindKopregel(blad([]))).toBeNull();
  });

  it("vindt de kopregel onder titelregels (rij 5)", () => {
    const kop = vindKopregel(
      blad([
        ["Overzicht eerste helft 2022"],
        ["Gemeente: alle gemeenten van de provincie"],
        [],
        ["Bron: TVS"],
        ["Gemeente", "Taakstelling", "Achterstand begin", "Gerealiseerd"],
      ]),
    );
    expect(kop?.index).toBe(4);
    expect(kop?.rij).toBe(5);
    expect(kop?.kolommen.map((k) => k.veld)).toEqual([
      "gemeente",
      "taakstelling",
      "achterstandBegin",
      "gerealiseerd",
    ]);
  });

  it("zoekt alleen in de eerste 20 rijen", () => {
    const rijen = Array.from({ length: 20 }, () => ["titel"]);
    expect(vindKopregel(blad([...rijen, ["Gemeente", "Taakstelling", "Periode"]]))).toBeNull();
    expect(vindKopregel(blad([...rijen.slice(1), ["Gemeente", "Taakstelling", "Periode"]]))?.rij).toBe(20);
  });

  it("telt sheetrijen en -kolommen vanaf het begin van het gebruikte bereik", () => {
    const kop = vindKopregel(
      blad([["Gemeente", "Periode", "Taakstelling"]], { beginRij: 2, beginKolom: 26 }),
    );
    expect(kop?.rij).toBe(3);
    expect(kop?.kolommen.map((k) => k.kolom)).toEqual([26, 27, 28]);
  });

  it("laat de toewijzing van de gebruiker voorgaan", () => {
    const kop = vindKopregel(blad([["Naam", "Periode", "TS-cijfer", "Achterstand begin"]]), {
      0: "gemeente",
      2: "taakstelling",
      3: null,
    });
    expect(kop?.kolommen.map((k) => k.veld)).toEqual(["gemeente", "periode", "taakstelling", null]);
  });

  it("leest een tweede kolom voor hetzelfde veld niet", () => {
    const gevonden = vindKopregel(blad([["Gemeente", "Taakstelling", "TS", "Periode"]]));
    const kop = gevonden && pasPeriodeToe(gevonden, null);
    expect(kop?.kolommen.map((k) => k.veld)).toEqual(["gemeente", "taakstelling", null, "periode"]);
    expect(kop?.dubbel).toEqual([expect.objectContaining({ veld: "taakstelling", eerste: 1 })]);
  });
});

describe("docs/kolommen.md", () => {
  it("noemt elke naam uit de tabel KOLOMNAMEN", () => {
    const tekst = readFileSync(join(__dirname, "..", "..", "docs", "kolommen.md"), "utf8");
    for (const k of KOLOMNAMEN) expect(tekst).toContain(k.naam);
  });
});
