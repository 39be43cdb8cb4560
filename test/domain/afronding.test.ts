import {
  formatAantalMetTeken,
  formatGetal,
  formatProcent,
  rondAf,
  rondProcentAf,
} from "../../src/domain/afronding";

describe("foute invoer", () => {
  it("geeft NaN voor een procent van NaN of oneindig, nooit 0", () => {
    expect(rondProcentAf(Number.NaN)).toBeNaN();
    expect(rondProcentAf(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(rondAf(Number.NaN, 2)).toBeNaN();
  });

  it('schrijft "n.v.t." voor een getal dat er niet is', () => {
    expect(formatProcent(Number.NaN)).toBe("n.v.t.");
    expect(formatGetal(Number.POSITIVE_INFINITY, 1)).toBe("n.v.t.");
    expect(formatAantalMetTeken(Number.NaN, 1)).toBe("n.v.t.");
  });
});

describe("afronden op hele procenten, half naar boven", () => {
  it.each([
    [33 / 24, 138],
    [17 / 19, 89],
    [17 / 38, 45],
    [13 / 18, 72],
    [13 / 39, 33],
    [33 / 50, 66],
    [0.725, 73],
    [6 / 24, 25],
    [6 / 25, 24],
    [0.005, 1],
    [0.00499, 0],
    [0.145, 15],
    [0.285, 29],
    [1.005, 101],
    [0, 0],
  ])("rondt %p af op %i%%", (fractie, procent) => {
    expect(rondProcentAf(fractie)).toBe(procent);
  });

  it("rondt negatieve helften van nul af (zoals AFRONDEN in Excel)", () => {
    expect(rondProcentAf(-0.725)).toBe(-73);
    expect(Object.is(rondProcentAf(-0.001), -0)).toBe(false);
  });

  it("rondt op decimalen af zonder last van drijvende-kommaruis", () => {
    expect(rondAf(1.005, 2)).toBe(1.01);
    expect(rondAf(2.675, 2)).toBe(2.68);
    expect(rondAf(-11.75, 1)).toBe(-11.8);
  });
});

describe("Nederlandse opmaak", () => {
  it("schrijft procenten zonder decimalen", () => {
    expect(formatProcent(13 / 18)).toBe("72%");
    expect(formatProcent(1.375)).toBe("138%");
    expect(formatProcent(12.345)).toBe("1.235%");
  });

  it("schrijft decimalen met een komma", () => {
    expect(formatGetal(1.7307, 2)).toBe("1,73");
    expect(formatGetal(35.5, 1)).toBe("35,5");
    expect(formatGetal(-11.7, 1)).toBe("-11,7");
    expect(formatGetal(2, 2)).toBe("2,00");
    expect(formatGetal(0.125, 2)).toBe("0,13");
  });

  it("rondt bij het schrijven half naar boven af, ook waar toFixed het binaire getal volgt (2,675 -> 2,68)", () => {
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(formatGetal(2.675, 2)).toBe("2,68");
    expect(formatGetal(1.005, 2)).toBe("1,01");
  });

  it("groepeert duizendtallen niet als het formaat dat niet doet (Excel's 0.00)", () => {
    expect(formatGetal(1234.5, 2, false)).toBe("1234,50");
    expect(formatGetal(1234.5, 2)).toBe("1.234,50");
  });

  it("schrijft duizendtallen met een punt", () => {
    expect(formatGetal(1234, 0)).toBe("1.234");
    expect(formatGetal(999, 0)).toBe("999");
    expect(formatGetal(-1234567.891, 2)).toBe("-1.234.567,89");
    expect(formatGetal(1000, 1)).toBe("1.000,0");
    expect(formatGetal(1234567890123, 0)).toBe("1.234.567.890.123");
    expect(formatGetal(-98765432109.5, 0)).toBe("-98.765.432.110");
  });

  it("schrijft geen min-teken voor een waarde die op 0 uitkomt", () => {
    expect(formatGetal(-0.04, 1)).toBe("0,0");
    expect(formatGetal(-0, 0)).toBe("0");
  });

  it("schrijft een teken voor verschillen en herverdeling", () => {
    expect(formatAantalMetTeken(1)).toBe("+1");
    expect(formatAantalMetTeken(-1)).toBe("-1");
    expect(formatAantalMetTeken(0)).toBe("0");
    expect(formatAantalMetTeken(0.04, 1)).toBe("0,0");
    expect(formatAantalMetTeken(1500)).toBe("+1.500");
  });
});

describe("golden cases (docs/rekenregels.md)", () => {
  it("Leusden: 25%, 24%, 89%, 45%, 72%, 33%", () => {
    expect([6 / 24, 6 / 25, 17 / 19, 17 / 38, 13 / 18, 13 / 39].map(formatProcent)).toEqual([
      "25%",
      "24%",
      "89%",
      "45%",
      "72%",
      "33%",
    ]);
  });

  it("tussenstand 2022-2: 137,5% wordt 138%, 33/50 wordt 66%", () => {
    expect(formatProcent(33 / 24)).toBe("138%");
    expect(formatProcent(33 / 50)).toBe("66%");
  });

  it("versnelling: verschillen +9,5, -11,7 en +2,2", () => {
    expect(formatAantalMetTeken(45 - (97 * 26) / 71, 1)).toBe("+9,5");
    expect(formatAantalMetTeken(17 - (97 * 21) / 71, 1)).toBe("-11,7");
    expect(formatAantalMetTeken(35 - (97 * 24) / 71, 1)).toBe("+2,2");
  });
});

describe("formatAantalMetTeken: grenzen (mutatietests)", () => {
  it("zet een plus voor een waarde die pas bij de gevraagde decimalen boven 0 uitkomt", () => {
    expect(formatAantalMetTeken(0.3, 1)).toBe("+0,3");
    expect(formatAantalMetTeken(0.04, 2)).toBe("+0,04");
    expect(formatAantalMetTeken(0.3, 0)).toBe("0");
    expect(formatAantalMetTeken(0.04, 1)).toBe("0,0");
  });

  it("geeft n.v.t. zonder teken voor NaN en oneindig", () => {
    expect(formatAantalMetTeken(Number.NaN, 1)).toBe("n.v.t.");
    expect(formatAantalMetTeken(Number.POSITIVE_INFINITY)).toBe("n.v.t.");
    expect(formatAantalMetTeken(Number.NEGATIVE_INFINITY, 2)).toBe("n.v.t.");
  });
});
