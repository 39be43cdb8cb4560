import {
  bewerkingsafstand,
  GEMEENTE_ALIASSEN,
  GEMEENTEN,
  normaliseerGemeentenaam,
  stelGemeenteVoor,
  stelGemeentenVoor,
  zoekGemeente,
} from "../../src/domain/gemeenten";

const naamVan = (naam: string) => zoekGemeente(naam)?.naam ?? null;

// The index of names and the letter counts for suggestions are built once, on first use. A test that
// runs first in this file is the one that sees how they are built, so it checks every kind of entry.
describe("de index van namen (eerste test: de index wordt hier gebouwd)", () => {
  it("bevat officiële namen, CBS-codes, namen zonder provincieafkorting, met provincie, en bijnamen", () => {
    expect(naamVan("Leusden")).toBe("Leusden");
    expect(naamVan("GM0327")).toBe("Leusden");
    expect(naamVan("Hengelo")).toBe("Hengelo (O.)");
    expect(naamVan("Hengelo Overijssel")).toBe("Hengelo (O.)");
    expect(naamVan("Den Bosch")).toBe("'s-Hertogenbosch");
    expect(naamVan("Gemeente  Leusden")).toBe("Leusden");
    expect(naamVan("Bergen")).toBeNull();
    // Suggestions (the letter counts are built here too): a swap, a typo, nothing for an anagram.
    expect(stelGemeentenVoor("Luesden").map((g) => g.naam)).toEqual(["Leusden"]);
    expect(stelGemeentenVoor("Keckraue").map((g) => g.naam)).toEqual(["Kerkrade"]);
    expect(stelGemeentenVoor("Nedsuel")).toEqual([]);
  });
});

describe("stelGemeentenVoor: grenzen van de afstand", () => {
  it("stelt bij 4 letters alleen iets voor op 1 verschil, bij 8 op 2, bij 9 op 3", () => {
    expect(stelGemeentenVoor("Btst").map((g) => g.naam)).toEqual(["Best"]);
    expect(stelGemeentenVoor("Fees")).toEqual([]);
    expect(stelGemeentenVoor("Glns")).toEqual([]);
    expect(stelGemeentenVoor("Keckraue").map((g) => g.naam)).toEqual(["Kerkrade"]);
    expect(stelGemeentenVoor("Wesmtdnd")).toEqual([]);
    expect(stelGemeentenVoor("Blvaiczm")).toEqual([]);
    expect(stelGemeentenVoor("Eeemspwde").map((g) => g.naam)).toEqual(["Heemstede"]);
  });

  it("noemt er hoogstens drie, in de volgorde van CBS", () => {
    expect(stelGemeentenVoor("Bteel").map((g) => g.naam)).toEqual(["Beek (L.)", "Beesel", "Boekel"]);
  });

  it("noemt niets bij een naam met dezelfde letters in een andere volgorde", () => {
    expect(stelGemeentenVoor("Nedsuel")).toEqual([]);
    expect(stelGemeentenVoor("Tchreut")).toEqual([]);
  });
});

describe("normaliseerGemeentenaam", () => {
  it("haalt alleen een voorloper 'Gemeente' weg, ook na meer spaties", () => {
    expect(normaliseerGemeentenaam("Gemeente   Leusden")).toBe("leusden");
    expect(normaliseerGemeentenaam("Oude gemeente Leusden")).toBe("oudegemeenteleusden");
    expect(normaliseerGemeentenaam("gemeente")).toBe("gemeente");
  });
});

describe("zoekGemeente", () => {
  it("geeft naam, CBS-code en provincie van een officiële naam", () => {
    expect(zoekGemeente("Leusden")).toEqual({ naam: "Leusden", code: "GM0327", provincie: "Utrecht" });
    expect(zoekGemeente("IJsselstein")).toEqual({
      naam: "IJsselstein",
      code: "GM0353",
      provincie: "Utrecht",
    });
  });

  it("vindt elke gemeente van de lijst onder haar eigen naam en haar code", () => {
    for (const g of GEMEENTEN) {
      expect(zoekGemeente(g.naam)).toBe(g);
      expect(zoekGemeente(g.code)).toBe(g);
    }
  });

  it.each([
    ["Ijsselstein", "IJsselstein"],
    ["ijsselstein", "IJsselstein"],
    ["  IJSSELSTEIN  ", "IJsselstein"],
    ["Gemeente Leusden ", "Leusden"],
    ["gemeente leusden", "Leusden"],
    ["Leusden\u00a0", "Leusden"],
    ["Gemeente\u00a0Leusden", "Leusden"],
    ["Utrecht (gemeente)", "Utrecht"],
    ["De  Ronde   Venen", "De Ronde Venen"],
    ["Stichtse-Vecht", "Stichtse Vecht"],
    ["Den Haag", "'s-Gravenhage"],
    ["'s-Gravenhage", "'s-Gravenhage"],
    ["’s-Gravenhage", "'s-Gravenhage"],
    ["s Gravenhage", "'s-Gravenhage"],
    ["Gravenhage, 's-", "'s-Gravenhage"],
    ["Den Bosch", "'s-Hertogenbosch"],
    ["'s Hertogenbosch", "'s-Hertogenbosch"],
    ["Sudwest Fryslan", "Súdwest-Fryslân"],
    ["Súdwest-Fryslân", "Súdwest-Fryslân"],
    ["Zuidwest-Friesland", "Súdwest-Fryslân"],
    ["Noordoost-Friesland", "Noardeast-Fryslân"],
    ["De Friese Meren", "De Fryske Marren"],
    ["Tietjerksteradeel", "Tytsjerksteradiel"],
    ["Dantumadeel", "Dantumadiel"],
    ["Ljouwert", "Leeuwarden"],
    ["Skylge", "Terschelling"],
    ["Hengelo", "Hengelo (O.)"],
    ["Hengelo (O)", "Hengelo (O.)"],
    ["Hengelo Overijssel", "Hengelo (O.)"],
    ["Laren", "Laren (NH.)"],
    ["Rijswijk", "Rijswijk (ZH.)"],
    ["Bergen (NH)", "Bergen (NH.)"],
    ["Bergen NH", "Bergen (NH.)"],
    ["Bergen (L.)", "Bergen (L.)"],
    ["Bergen (Limburg)", "Bergen (L.)"],
    ["Capelle a/d IJssel", "Capelle aan den IJssel"],
    ["Alphen a.d. Rijn", "Alphen aan den Rijn"],
    ["St. Michielsgestel", "Sint-Michielsgestel"],
    ["Nuenen c.a.", "Nuenen, Gerwen en Nederwetten"],
    ["Nuenen", "Nuenen, Gerwen en Nederwetten"],
    ["gm0327", "Leusden"],
  ])("leest %p als %p", (invoer, naam) => {
    expect(naamVan(invoer)).toBe(naam);
  });

  it.each(["Bergen", "Gemeente 001", "Leusen", "Totaal", "Provincie Utrecht", "", "   ", "Gemeente"])(
    "geeft null voor %p: onbekend of niet eenduidig",
    (invoer) => {
      expect(zoekGemeente(invoer)).toBeNull();
    },
  );

  it("geeft voor dezelfde tekst steeds hetzelfde antwoord (ook uit het geheugen)", () => {
    expect(zoekGemeente("Den Haag")).toBe(zoekGemeente("Den Haag"));
    expect(zoekGemeente("Leusen")).toBeNull();
    expect(zoekGemeente("Leusen")).toBeNull();
  });
});

describe("normaliseerGemeentenaam", () => {
  it.each([
    ["Gemeente Leusden ", "leusden"],
    ["'s-Gravenhage", "sgravenhage"],
    ["Súdwest-Fryslân", "sudwestfryslan"],
    ["Bergen (NH.)", "bergennh"],
    ["Nuenen, Gerwen en Nederwetten", "nuenengerwenennederwetten"],
    ["Capelle aan den IJssel", "capelleadijssel"],
    ["Valkenburg aan de Geul", "valkenburgadgeul"],
    ["Voorne aan Zee", "voorneaanzee"],
    ["\u0132sselstein", "ijsselstein"],
    ["Gemeente", "gemeente"],
  ])("maakt van %p %p", (invoer, uit) => {
    expect(normaliseerGemeentenaam(invoer)).toBe(uit);
  });

  it("geeft geen twee gemeenten van de lijst dezelfde vergelijkbare vorm", () => {
    const vormen = GEMEENTEN.map((g) => normaliseerGemeentenaam(g.naam));
    expect(new Set(vormen).size).toBe(GEMEENTEN.length);
  });
});

describe("GEMEENTE_ALIASSEN", () => {
  it("noemt alleen codes van de lijst, en elke alias vindt zijn eigen gemeente", () => {
    const codes = new Set(GEMEENTEN.map((g) => g.code));
    for (const [code, namen] of Object.entries(GEMEENTE_ALIASSEN)) {
      expect(codes.has(code)).toBe(true);
      for (const naam of namen) expect(zoekGemeente(naam)?.code).toBe(code);
    }
  });

  it("laat geen alias samenvallen met de naam van een andere gemeente", () => {
    for (const [code, namen] of Object.entries(GEMEENTE_ALIASSEN))
      for (const naam of namen)
        for (const g of GEMEENTEN)
          if (g.code !== code)
            expect(normaliseerGemeentenaam(naam)).not.toBe(normaliseerGemeentenaam(g.naam));
  });
});

describe("stelGemeenteVoor", () => {
  it.each([
    ["Leusen", "Leusden"],
    ["Leusdn", "Leusden"],
    ["Luesden", "Leusden"],
    ["Amersfort", "Amersfoort"],
    ["Ysselstein", "IJsselstein"],
    ["Ijselstein", "IJsselstein"],
    ["Gemeente Houtn", "Houten"],
    ["Den Hag", "'s-Gravenhage"],
    ["Stichtse Vegt", "Stichtse Vecht"],
    ["Utrechtse Heuvelrg", "Utrechtse Heuvelrug"],
  ])("stelt voor %p de officiële naam %p voor", (invoer, naam) => {
    expect(stelGemeenteVoor(invoer)?.naam).toBe(naam);
  });

  it("geeft een officiële of bekende naam zichzelf", () => {
    expect(stelGemeenteVoor("Leusden")?.code).toBe("GM0327");
    expect(stelGemeenteVoor("Den Bosch")?.naam).toBe("'s-Hertogenbosch");
  });

  it("noemt bij een naam die meer gemeenten kan zijn ze allemaal, en kiest er zelf geen", () => {
    expect(stelGemeentenVoor("Bergen").map((g) => g.naam)).toEqual(["Bergen (L.)", "Bergen (NH.)"]);
    expect(stelGemeenteVoor("Bergen")).toBeNull();
  });

  it.each(["Gemeente 001", "001", "Xyzzy", "Totaal provincie", "Amsterdam-Noord-Oost-West", ""])(
    "stelt voor %p niets voor: geen officiële naam ligt dichtbij",
    (invoer) => {
      expect(stelGemeentenVoor(invoer)).toEqual([]);
      expect(stelGemeenteVoor(invoer)).toBeNull();
    },
  );

  it("stelt voor een korte naam alleen iets voor bij één letter verschil", () => {
    expect(stelGemeenteVoor("Ed")?.naam).toBe("Ede");
    expect(stelGemeentenVoor("Eb")).toEqual([]);
  });
});

describe("bewerkingsafstand", () => {
  it.each([
    ["leusden", "leusden", 0],
    ["leusen", "leusden", 1],
    ["luesden", "leusden", 1],
    ["kitten", "sitting", 3],
    ["", "ede", 3],
    ["abc", "", 3],
  ])("is tussen %p en %p %p", (a, b, d) => {
    expect(bewerkingsafstand(a, b)).toBe(d);
    expect(bewerkingsafstand(b, a)).toBe(d);
  });

  it("stopt boven het maximum met maximum + 1", () => {
    expect(bewerkingsafstand("kitten", "sitting", 2)).toBe(3);
    expect(bewerkingsafstand("a", "abcdef", 2)).toBe(3);
    expect(bewerkingsafstand("kitten", "sitting", 3)).toBe(3);
    // Even when the real distance is far above it (6), and the lengths are equal.
    expect(bewerkingsafstand("abcdef", "uvwxyz", 2)).toBe(3);
    expect(bewerkingsafstand("abcdef", "uvwxyz")).toBe(6);
  });
});

describe("elke gemeente van de lijst", () => {
  /** Variants a supervisor may type: case, spaces, "Gemeente", hyphens and accents. */
  const varianten = (naam: string): string[] => [
    naam.toUpperCase(),
    naam.toLowerCase(),
    ` Gemeente ${naam}  `,
    `gemeente\u00a0${naam}`,
    naam.replace(/ /g, "\u00a0"),
    naam.replace(/-/g, " "),
    naam.replace(/ /g, "-"),
    naam.normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
    naam.replace(/'/g, "’"),
  ];

  it("wordt onder al haar schrijfwijzen gevonden", () => {
    for (const g of GEMEENTEN)
      for (const v of varianten(g.naam)) expect([v, zoekGemeente(v)]).toEqual([v, g]);
  });

  it("staat bij een tikfout (een letter weg) tussen de voorstellen", () => {
    for (const g of GEMEENTEN) {
      if (g.naam.length < 5) continue;
      const tikfout = g.naam.slice(0, 2) + g.naam.slice(3);
      if (zoekGemeente(tikfout)) continue; // the typo is itself a name of the list
      expect([tikfout, stelGemeentenVoor(tikfout)]).toEqual([tikfout, expect.arrayContaining([g])]);
    }
  });
});
