import { toonWaarde } from "../../src/preview/toonWaarde";

describe("toonWaarde: datums", () => {
  it.each([
    [44887, "d-m-yyyy", "22-11-2022"],
    [44805, "d-m-yyyy", "1-9-2022"],
    [44805, "dd-mm-yyyy", "01-09-2022"],
    [44805, "d mmmm yyyy", "1 september 2022"],
    [44621, "d mmm yyyy", "1 mrt 2022"],
    [44805, "dddd d mmmm yyyy", "donderdag 1 september 2022"],
    [44805, "[$-413]d-mmm-yy", "1-sep-22"],
    [44887.75, "yyyy-mm-dd", "2022-11-22"],
    // Excel's built-in short date as Office.js reports it; Dutch Excel shows it day first.
    [44805, "m/d/yyyy", "1-9-2022"],
    [44805, "dd/mm/yyyy", "01-09-2022"],
    [61, "d-m-yyyy", "1-3-1900"],
  ])("toont %p met notatie %p als %p", (waarde, formaat, tekst) => {
    expect(toonWaarde(waarde, formaat)).toBe(tekst);
  });

  it("laat tijden en onbekende notaties als Standaard zien", () => {
    expect(toonWaarde(44887, "h:mm")).toBe("44887");
    expect(toonWaarde(0.3, "dd-mm-jjjj")).toBe("0,3");
  });
});

describe("toonWaarde: secties positief;negatief;nul", () => {
  it.each([
    [2.211267606, "+0.0;-0.0;0.0", "+2,2"],
    [-2.211267606, "+0.0;-0.0;0.0", "-2,2"],
    [0, "+0.0;-0.0;0.0", "0,0"],
    [1.005, "+0.00;-0.00;0.00", "+1,01"],
    [3, "0;-0", "3"],
    [-3, "0;-0", "-3"],
    [0, "0;-0", "0"],
    [-3, "0;(0)", "(3)"],
    [0.052, "+0%;-0%;0%", "+5%"],
    [-0.052, "+0.0%;-0.0%;0%", "-5,2%"],
    [0, "+0%;-0%;0%", "0%"],
    [-1234.5, "#,##0.0;[Red]-#,##0.0", "-1.234,5"],
    // One section with a literal sign: a negative number gets a minus sign in front, as in Excel.
    [2.2, "+0.0", "+2,2"],
    [-2.2, "+0.0", "-+2,2"],
  ])("toont %p met notatie %p als %p", (waarde, formaat, tekst) => {
    expect(toonWaarde(waarde, formaat)).toBe(tekst);
  });

  it("laat tekst en een onbekende sectie ongemoeid", () => {
    expect(toonWaarde("n.v.t.", "+0.0;-0.0;0.0")).toBe("n.v.t.");
    expect(toonWaarde(2.5, "0.0 ?/?;-0.0")).toBe("2,5");
  });
});
