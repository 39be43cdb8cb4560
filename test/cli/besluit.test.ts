/**
 * Rule 11 from an .xlsx: a sheet with Vastgestelde trede and Reden besluit through `ibt check --json` and
 * `--out`; the copy reopened has IBT Trede (computed) and IBT Trede geldend (the step that counts) with
 * their fills, and a second run changes nothing.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { TREDE_KLEUREN } from "../../src/sheet";
import { KOPPEN_OVERZICHT, maakTempMap, opnameIo, schrijfWerkmap, type FixtureBlad } from "./helpers";

const VERBETERPLAN = "Versnellingsactie geldt als verbeterplan";

/** Leusden's golden periods with two decisions: 2021-2 decided 3 (without the correction), 2022-1 frozen at 3. */
function leusdenMetBesluiten(): FixtureBlad {
  return {
    naam: "Overzicht",
    rijen: [
      ["Toezicht huisvesting vergunninghouders Leusden"],
      [],
      [...KOPPEN_OVERZICHT, "Vastgestelde trede", "Reden besluit"],
      ["Leusden", "2021-1", 1, 24, 0, 6, 0, 1],
      ["Leusden", "2021-2", 19, 19, 0, 17, 6, null, 3, "Achterstand zonder na-registratie"],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, null, "3", VERBETERPLAN],
      ["Leusden", "2022-2", 26, 24, 1],
    ],
  };
}

type Cel = { waarde: unknown; vulling: string | null };

async function leesBlad(pad: string): Promise<Map<string, Cel>> {
  const werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.readFile(pad);
  const cellen = new Map<string, Cel>();
  werkmap.getWorksheet("Overzicht")!.eachRow((rij) =>
    rij.eachCell((cel) => {
      const vulling =
        cel.fill && cel.fill.type === "pattern" && cel.fill.pattern === "solid"
          ? (cel.fill.fgColor?.argb ?? null)
          : null;
      if (cel.value !== null || vulling !== null) cellen.set(cel.address, { waarde: cel.value, vulling });
    }),
  );
  return cellen;
}

const argb = (kleur: string): string => `FF${kleur.slice(1).toUpperCase()}`;

describe("ibt check met een vastgestelde trede", () => {
  const tmp = maakTempMap();
  afterAll(() => tmp.opruimen());
  const invoer = path.join(tmp.map, "besluit.xlsx");
  const uit1 = path.join(tmp.map, "besluit-ibt.xlsx");
  const uit2 = path.join(tmp.map, "besluit-ibt-2.xlsx");

  beforeAll(async () => {
    await schrijfWerkmap(invoer, [leusdenMetBesluiten()]);
    expect(await main(["check", invoer, "--out", uit1], opnameIo())).toBe(0);
  });

  it("--json: de ladder gaat verder vanaf de vastgestelde trede", async () => {
    const io = opnameIo();
    expect(await main(["check", invoer, "--json"], io)).toBe(0);
    const json = JSON.parse(io.uit);
    const rijen = json.rows.map((r: Record<string, unknown>) => [
      r.periode,
      r.vorigeTrede,
      r.trede,
      r.vastgesteldeTrede,
      r.geldendeTrede,
      r.escalatie,
    ]);
    // 2021-2: computed 2, decided 3; 2022-1 computes from 3 (4), decided 3: a frozen step.
    expect(rijen).toEqual([
      ["2021-1", 1, 2, null, 2, "Opschalen"],
      ["2021-2", 2, 2, 3, 3, "Opschalen"],
      ["2022-1", 3, 4, 3, 3, "Gelijk"],
      ["2022-2", 3, null, null, null, null],
    ]);
    expect(json.rows[2].redenBesluit).toBe(VERBETERPLAN);
    const remarks = json.remarks.map((o: { code: string; cell: string; message: string }) => [
      o.code,
      o.cell,
      o.message,
    ]);
    expect(remarks).toContainEqual([
      "trede-bevroren",
      "I6",
      `Trede berekend 4, vastgesteld 3, bevroren (vorige periode 3): ${VERBETERPLAN}.`,
    ]);
    expect(remarks).toContainEqual([
      "trede-vastgesteld",
      "I5",
      "Trede berekend 2, vastgesteld 3: Achterstand zonder na-registratie.",
    ]);
    expect(json.summary.perTrede["3"]).toBe(1);
  });

  it("de kopie: IBT Trede is de berekende, IBT Trede geldend de vastgestelde, elk met zijn vulkleur", async () => {
    const na = await leesBlad(uit1);
    const kop = [..."KLMNOPQRSTUV"].map((k) => na.get(`${k}3`)?.waarde);
    expect(kop).toEqual([
      "IBT Totaalopgave",
      "IBT Achterstand eind",
      "IBT Achterstand eind gecorrigeerd",
      "IBT Realisatie taakstelling",
      "IBT Realisatie totaalopgave",
      "IBT Taakstelling gehaald",
      "IBT Vorige trede",
      "IBT Trede",
      "IBT Trede geldend",
      "IBT Escalatie",
      "IBT Maatregel",
      "IBT Opmerkingen",
    ]);
    expect([4, 5, 6, 7].map((r) => na.get(`R${r}`)?.waarde ?? "")).toEqual([
      "2 Informatie opvragen en valideren",
      "2 Informatie opvragen en valideren",
      "4 Vooraankondiging juridische interventie",
      "",
    ]);
    expect([4, 5, 6, 7].map((r) => na.get(`S${r}`)?.waarde ?? "")).toEqual([
      "2 Informatie opvragen en valideren",
      "3 Actief toezicht",
      "3 Actief toezicht (bevroren)",
      "",
    ]);
    expect(na.get("R6")?.vulling).toBe(argb(TREDE_KLEUREN[4]));
    expect(na.get("S5")?.vulling).toBe(argb(TREDE_KLEUREN[3]));
    expect(na.get("S6")?.vulling).toBe(argb(TREDE_KLEUREN[3]));
    expect(na.get("S7")?.vulling ?? null).toBeNull();
    expect([4, 5, 6].map((r) => na.get(`T${r}`)?.waarde)).toEqual(["Opschalen", "Opschalen", "Gelijk"]);
    expect(na.get("U6")?.waarde).toBe(
      "Verbeterplan vragen en bestuurlijk overleg plannen; actief monitoren.",
    );
    expect(na.get("Q7")?.waarde).toBe(3);
    // The decision cells are the user's: unchanged.
    expect([na.get("I6")?.waarde, na.get("J6")?.waarde]).toEqual(["3", VERBETERPLAN]);
  });

  it("verandert bij een tweede run op de kopie niets (idempotent)", async () => {
    expect(await main(["check", uit1, "--out", uit2], opnameIo())).toBe(0);
    expect(await leesBlad(uit2)).toEqual(await leesBlad(uit1));
  });
});
