import { controleerBlad, maakSchrijfPlan, maakSynthetischBlad, SYNTHETISCHE_KOPPEN } from "../../src/sheet";

describe("maakSynthetischBlad", () => {
  it("geeft een leeg overzicht bij 0 gemeenten", () => {
    const b = maakSynthetischBlad(0, 20);
    expect(b.waarden).toHaveLength(3);
    expect(controleerBlad(b).rijen).toEqual([]);
  });

  it("maakt 342 x 20 = 6.840 rijen met sluitende ketens en zonder fouten", () => {
    const b = maakSynthetischBlad(342, 20);
    expect(b.waarden).toHaveLength(3 + 6840);
    expect(b.waarden[2]).toEqual([...SYNTHETISCHE_KOPPEN]);
    const r = controleerBlad(b);
    expect(r.kopRij).toBe(3);
    expect(r.rijen).toHaveLength(6840);
    expect(r.samenvatting.gemeenten).toBe(342);
    expect(r.samenvatting.fouten).toBe(0);
    expect(r.samenvatting.waarschuwingen).toBe(0);
    expect(r.opmerkingen.every((o) => o.ernst === "info")).toBe(true);
    expect(new Set(r.opmerkingen.map((o) => o.code))).toEqual(
      new Set(["trede-correctie-verschil", "deler-nul"]),
    );
    expect(new Set(r.rijen.map((x) => x.periode)).size).toBe(20);
    expect(r.rijen.every((x) => x.trede !== null)).toBe(true);
    // Every trede occurs, so the benchmark exercises the whole ladder.
    const treden = new Set(r.rijen.map((x) => x.trede));
    expect([...treden].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.versnelling!.length).toBeGreaterThan(50);
    const plan = maakSchrijfPlan(b, r);
    expect(plan.waarden).toHaveLength(6841);
    // The sheet has an Opdracht versnelling column: 11 columns plus the six of rule 8 per row.
    expect(plan.aantalCellen).toBe(6841 * 17);
  });

  it("is deterministisch", () => {
    expect(maakSynthetischBlad(5, 3)).toEqual(maakSynthetischBlad(5, 3));
  });
});
