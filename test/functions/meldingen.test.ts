/**
 * The messages only the custom functions show (src/functions/meldingen.ts): Dutch, no English words,
 * in the same way as test/domain/berichten.test.ts checks the domain's messages.
 */
import { meldingen } from "../../src/functions/meldingen";

/** Every message, called with typical arguments; typed so that a new message must be added here. */
const TEKSTEN: Record<keyof typeof meldingen, readonly string[]> = {
  metArgument: [meldingen.metArgument("taakstelling", "Lege cel.")],
  legeCel: [meldingen.legeCel],
  weggelaten: [meldingen.weggelaten],
  getalTeGroot: [meldingen.getalTeGroot],
  geenEindigGetal: [meldingen.geenEindigGetal],
  ongelijkeAfmetingen: [meldingen.ongelijkeAfmetingen("a", meldingen.vorm(3, 1), "b", meldingen.vorm(2, 2))],
  vorm: [meldingen.vorm(1, 1), meldingen.vorm(2, 3)],
  legeBereik: [meldingen.legeBereik],
  bereikenLeeg: [meldingen.bereikenLeeg(["trede"]), meldingen.bereikenLeeg(["taakstelling", "achterstand"])],
  excelFout: ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"].map(
    meldingen.excelFout,
  ),
  geenWaarOnwaar: [meldingen.geenWaarOnwaar("misschien")],
  datumBuitenBereik: [meldingen.datumBuitenBereik(2022, "1905-07-14")],
  reeksLeeg: [meldingen.reeksLeeg("opdrachten")],
  reeksOngelijk: [meldingen.reeksOngelijk("opdrachten", 2, "achterstanden", 3)],
  reeksHalfLeeg: [
    meldingen.reeksHalfLeeg(3, ["opdrachten", "achterstanden"], ["achterstanden"]),
    meldingen.reeksHalfLeeg(1, ["x", "y", "z"], ["y", "z"]),
  ],
  geenAchterstandVoorVerhouding: [meldingen.geenAchterstandVoorVerhouding(0)],
};

/** Excel's own error codes (#VALUE!, #NAME?) are names, not English text: leave them out of the check. */
const zonderFoutcodes = (t: string): string => t.replace(/#[A-Z0-9/]+[!?]?/g, "");

describe("meldingen van de functies", () => {
  it("bevat geen Engelse woorden", () => {
    const alle = Object.values(TEKSTEN).flat();
    expect(alle.length).toBeGreaterThan(Object.keys(meldingen).length);
    for (const t of alle) {
      expect(zonderFoutcodes(t)).not.toMatch(
        /\b(the|is not|error|invalid|value|number|empty|range|rows?|cells?|missing|expected|please)\b/i,
      );
    }
  });
  it("de controle zelf vangt een Engels bericht (en laat alleen de foutcode vrij)", () => {
    expect(zonderFoutcodes("Excel-fout #VALUE! in de invoer")).toBe("Excel-fout  in de invoer");
    expect(zonderFoutcodes("The value is invalid")).toMatch(/\b(value|invalid)\b/i);
  });
  it("zegt bij een half ingevulde rij welke lijsten het zijn, niet vast 'opdracht en achterstand'", () => {
    const t = meldingen.reeksHalfLeeg(2, ["landelijk", "inwoners"], ["inwoners"]);
    expect(t).toBe(
      "Rij 2 van de lijsten is maar half ingevuld: inwoners is leeg. Vul landelijk en inwoners allebei in of laat ze allebei leeg.",
    );
    expect(t).not.toMatch(/opdracht/);
  });
  it("noemt een Excel-fout met de Nederlandse naam, de code en de betekenis", () => {
    expect(meldingen.excelFout("#REF!")).toBe(
      "Excel-fout #VERW! (#REF!, ongeldige verwijzing) in de invoer; herstel eerst die cel.",
    );
    expect(meldingen.excelFout("#SPILL!")).toBe("Excel-fout #SPILL! in de invoer; herstel eerst die cel.");
  });
});
