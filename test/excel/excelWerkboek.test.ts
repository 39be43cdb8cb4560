import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { WerkboekFout } from "../../src/host/conflicten";
import type { CelWaarde, NieuwBlad, SchrijfPlan } from "../../src/sheet/types";
import { vindKopregel } from "../../src/sheet/kolommen";
import { voorbeeldBlad, voorbeeldPlan } from "../preview/voorbeeld";
import { ExcelMock, type ExcelMockOpties, type MockBladInvoer } from "./excelMock";

function opzet(bladen: MockBladInvoer[] = [voorbeeldBlad()], opties: ExcelMockOpties = {}) {
  const excel = new ExcelMock(bladen, opties);
  const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
  return { excel, werkboek };
}

/** A plan of `rijen` data rows x 11 output columns (header + rows), with a trede column with fills. */
function grootPlan(rijen: number): SchrijfPlan {
  const kleuren = ["#C6EFCE", "#FFEB9C", "#FFC7CE"];
  const waarden: (CelWaarde | null)[][] = [Array.from({ length: 11 }, (_, k) => `IBT kolom ${k + 1}`)];
  const formaten: (string | null)[][] = [Array.from({ length: 11 }, () => null)];
  for (let r = 0; r < rijen; r++) {
    waarden.push([
      r * 3,
      (r % 97) / 97,
      (r % 89) / 89,
      r % 2 === 0,
      `Trede ${(r % 3) + 1}`,
      r % 5 === 0 ? "Opgeschaald" : null,
      r * 7,
      -r,
      `Maatregel voor rij ${r}: bestuurlijk gesprek`,
      r % 11,
      null,
    ]);
    formaten.push(["0", "0%", "0%", null, "@", "@", "0", "0", "@", "0", null]);
  }
  return {
    blad: "Groot",
    beginRij: 1,
    beginKolom: 2,
    waarden,
    formaten,
    kolommen: Array.from({ length: 11 }, (_, k) => ({
      kolom: 2 + k,
      kop: `IBT kolom ${k + 1}`,
      formaat: "0",
      breedte: 12,
    })),
    opvullingen: Array.from({ length: rijen }, (_, r) => ({ rij: r + 2, kolom: 6, kleur: kleuren[r % 3] })),
    teWissenKolommen: [],
    conflicten: [],
    aantalCellen: 0,
  };
}

function grootBlad(rijen: number): MockBladInvoer {
  const waarden: CelWaarde[][] = [["Gemeente", "Periode"]];
  for (let r = 0; r < rijen; r++) waarden.push([`Gemeente ${r}`, "2022-1"]);
  return { naam: "Groot", waarden };
}

describe("ExcelWerkboek.leesActiefBlad", () => {
  it("leest het gebruikte bereik met waarden en getalnotaties in één context.sync()", async () => {
    const { excel, werkboek } = opzet();
    const blad = await werkboek.leesActiefBlad();
    expect(excel.syncs).toBe(1);
    expect(blad).toEqual({ ...voorbeeldBlad(), beginRij: 0, beginKolom: 0 });
  });

  it("geeft de plaats van het gebruikte bereik (B3 -> beginRij 2, beginKolom 1)", async () => {
    const { excel, werkboek } = opzet([
      {
        naam: "B",
        waarden: [
          ["Gemeente", "TS"],
          ["Leusden", 54],
        ],
        beginRij: 2,
        beginKolom: 1,
      },
    ]);
    const blad = await werkboek.leesActiefBlad();
    expect(blad).toEqual({
      naam: "B",
      waarden: [
        ["Gemeente", "TS"],
        ["Leusden", 54],
      ],
      formaten: [
        ["General", "General"],
        ["General", "General"],
      ],
      beginRij: 2,
      beginKolom: 1,
    });
    expect(excel.syncs).toBe(1);
  });

  it("geeft een leeg blad zonder waarden", async () => {
    const { werkboek } = opzet([{ naam: "Leeg", waarden: [] }]);
    expect(await werkboek.leesActiefBlad()).toEqual({
      naam: "Leeg",
      waarden: [],
      formaten: [],
      beginRij: 0,
      beginKolom: 0,
    });
  });

  /** Title in A1, a table in A3:C5 with empty cells around it, a note in E3:E4 and a list in A7:B8. */
  function bladMetTabel(): MockBladInvoer {
    return {
      naam: "Overzicht",
      waarden: [
        ["Huisvesting vergunninghouders 2022-1", "", "", "", ""],
        ["", "", "", "", ""],
        ["Gemeente", "Periode", "Taakstelling", "", "Opmerking"],
        ["Leusden", "2022-1", 54, "", "zie mail"],
        ["IJsselstein", "2022-1", 40, "", ""],
        ["", "", "", "", ""],
        ["Andere lijst", "x", "", "", ""],
        ["Houten", "y", "", "", ""],
      ],
      formaten: [[], [], [], ["General", "@", "0"], ["General", "@", "0"]],
      tabellen: [{ naam: "Tabel1", adres: "A3:C5" }],
    };
  }

  it("geeft alleen de tabel als de actieve cel in een tabel staat, in één sync", async () => {
    const { excel, werkboek } = opzet([bladMetTabel()], { actieveCel: "B4" });
    const blad = await werkboek.leesActiefBlad();
    expect(blad).toEqual({
      naam: "Overzicht",
      waarden: [
        ["Gemeente", "Periode", "Taakstelling"],
        ["Leusden", "2022-1", 54],
        ["IJsselstein", "2022-1", 40],
      ],
      formaten: [
        ["General", "General", "General"],
        ["General", "@", "0"],
        ["General", "@", "0"],
      ],
      beginRij: 2,
      beginKolom: 0,
    });
    // The table's rectangle is the active cell's surrounding region, loaded in the same batch.
    expect(excel.syncs).toBe(1);
    expect(werkboek.laatsteLeesSyncs).toBe(1);
  });

  it("neemt een titel direct boven de tabel mee; de engine vindt de kopregel eronder", async () => {
    const invoer = bladMetTabel();
    invoer.waarden[1][0] = "Stand per 1 juli";
    const { excel, werkboek } = opzet([invoer], { actieveCel: "A5" });
    const blad = await werkboek.leesActiefBlad();
    expect(excel.syncs).toBe(1);
    expect(blad.beginRij).toBe(0);
    expect(blad.waarden.map((r) => r[0])).toEqual([
      "Huisvesting vergunninghouders 2022-1",
      "Stand per 1 juli",
      "Gemeente",
      "Leusden",
      "IJsselstein",
    ]);
    expect(blad.waarden[0]).toHaveLength(3);
    expect(vindKopregel(blad)?.rij).toBe(3);
  });

  it("leest het hele gebruikte bereik als de actieve cel een lege cel ver onder de tabel is", async () => {
    const invoer = bladMetTabel();
    invoer.tabellen = [{ naam: "Tabel1", adres: "A3:C12" }];
    const { excel, werkboek } = opzet([invoer], { actieveCel: "C12" });
    const blad = await werkboek.leesActiefBlad();
    expect(blad.waarden).toHaveLength(8);
    expect(blad.waarden[0]).toHaveLength(5);
    expect(excel.syncs).toBe(1);
  });

  it("leest het hele gebruikte bereik in één sync als de actieve cel buiten de tabel staat", async () => {
    const invoer = { ...voorbeeldBlad(), tabellen: [{ naam: "Tabel1", adres: "A3:C5" }] };
    const { excel, werkboek } = opzet([invoer], { actieveCel: "D6" });
    expect((await werkboek.leesActiefBlad()).waarden).toEqual(voorbeeldBlad().waarden);
    expect(excel.syncs).toBe(1);
  });
});

describe("ExcelWerkboek.schrijfPlan", () => {
  it("schrijft precies de waarden, notaties, vette kopjes, opvullingen en breedten in 2 syncs", async () => {
    const { excel, werkboek } = opzet();
    const uitkomst = await werkboek.schrijfPlan(voorbeeldPlan());
    expect(uitkomst).toEqual({ cellen: 7, syncs: 2, eenOngedaanStap: true });
    expect(excel.syncs).toBe(2);
    expect(excel.lees("Overzicht", "E3:F6")).toEqual([
      ["IBT Realisatie taakstelling", "IBT Trede"],
      [0.7222222222222222, "Trede 3"],
      [0.75, "Trede 2"],
      [1.1, ""],
    ]);
    expect(excel.lees("Overzicht", "E3:F6", "formaten")).toEqual([
      ["General", "General"],
      ["0%", "@"],
      ["0%", "@"],
      ["0%", "General"],
    ]);
    expect(excel.lees("Overzicht", "E3:F4", "vet")).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(excel.lees("Overzicht", "F3:F6", "vullingen")).toEqual([[null], ["#FFC7CE"], ["#FFEB9C"], [null]]);
    expect(excel.blad("Overzicht").breedten.slice(4, 6)).toEqual([98, 70]);
    // The user's data are untouched.
    expect(excel.lees("Overzicht", "A1:D6")).toEqual(voorbeeldBlad().waarden);
  });

  it("onderbreekt berekening en schermverversing tijdens het schrijven en maakt er één ongedaan-stap van", async () => {
    const { excel, werkboek } = opzet();
    await werkboek.schrijfPlan(voorbeeldPlan());
    expect(excel.syncVerslagen[1]).toMatchObject({ berekeningOnderbroken: true, schermOnderbroken: true });
    expect(excel.syncVerslagen[0]).toMatchObject({ schrijfOperaties: 0 });
    expect(excel.runOpties).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
  });

  it("zonder ExcelApi 1.20 geen samengevoegde ongedaan-stap, zonder 1.9 geen schermonderbreking", async () => {
    const { excel, werkboek } = opzet([voorbeeldBlad()], { apiVersie: "1.8" });
    const uitkomst = await werkboek.schrijfPlan(voorbeeldPlan());
    expect(uitkomst.eenOngedaanStap).toBe(false);
    expect(excel.runOpties).toEqual([{ delayForCellEdit: true }]);
    expect(excel.syncVerslagen[1]).toMatchObject({ berekeningOnderbroken: true, schermOnderbroken: false });
    // Fills without RangeAreas: one range per run of rows, same result.
    expect(excel.lees("Overzicht", "F4:F5", "vullingen")).toEqual([["#FFC7CE"], ["#FFEB9C"]]);
  });

  it("laat cellen met null in het plan ongemoeid (ook een notitie van de gebruiker)", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[5].push("", "eigen notitie");
    blad.formaten![5].push("General", "0.00");
    const { excel, werkboek } = opzet([blad]);
    await werkboek.schrijfPlan(voorbeeldPlan());
    expect(excel.lees("Overzicht", "F6")).toEqual([["eigen notitie"]]);
    expect(excel.lees("Overzicht", "F6", "formaten")).toEqual([["0.00"]]);
  });

  it("schrijft 7.000 rijen x 11 kolommen met hoogstens 2 syncs, onder 5 MB per verzoek", async () => {
    const { excel, werkboek } = opzet([grootBlad(7_000)], { maxVerzoekBytes: 5_000_000 });
    const plan = grootPlan(7_000);
    const uitkomst = await werkboek.schrijfPlan(plan);
    expect(uitkomst.syncs).toBeLessThanOrEqual(2);
    expect(excel.syncs).toBe(uitkomst.syncs);
    expect(werkboek.laatsteSchrijving?.blokken).toBe(1);
    expect(uitkomst.cellen).toBe(11 + 7_000 * 9 + 1_400);
    expect(excel.lees("Groot", "C7001:M7001")).toEqual([
      [
        20_997,
        (6_999 % 97) / 97,
        (6_999 % 89) / 89,
        false,
        "Trede 1",
        "",
        48_993,
        -6_999,
        "Maatregel voor rij 6999: bestuurlijk gesprek",
        3,
        "",
      ],
    ]);
    expect(excel.lees("Groot", "G2:G4", "vullingen")).toEqual([["#C6EFCE"], ["#FFEB9C"], ["#FFC7CE"]]);
    expect(excel.lees("Groot", "G7001", "vullingen")).toEqual([["#C6EFCE"]]);
    expect(Math.max(...excel.syncVerslagen.map((s) => s.verzoekBytes))).toBeLessThan(5_000_000);
  });

  it("splitst in rijblokken (één sync per blok) alleen als het verzoek boven de limiet komt", async () => {
    const { excel, werkboek } = opzet([grootBlad(300)]);
    const plan = grootPlan(300);
    // With a 20 kB limit the 300 rows need several blocks; the mock refuses any larger request.
    const klein = new ExcelWerkboek({
      run: excel.run,
      ondersteunt: excel.ondersteunt,
      maxVerzoekBytes: 20_000,
    });
    const uitkomst = await klein.schrijfPlan(plan);
    const blokken = klein.laatsteSchrijving!.blokken;
    expect(blokken).toBeGreaterThan(1);
    expect(uitkomst.syncs).toBe(1 + blokken);
    expect(excel.lees("Groot", "C301:D301")).toEqual([[897, (299 % 97) / 97]]);
    void werkboek;
  });

  it("weigert gebruikerscellen te overschrijven zonder bevestiging, met een Nederlandse melding, en schrijft niets", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[3].push("notitie Leusden");
    const { excel, werkboek } = opzet([blad]);
    const fout = await werkboek.schrijfPlan(voorbeeldPlan()).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect((fout as WerkboekFout).code).toBe("overschrijven-geweigerd");
    expect((fout as WerkboekFout).message).toBe(
      "Er is niets geschreven: op werkblad 'Overzicht' 1 cel bevat al gegevens die niet van IBT Huisvesting " +
        "zijn (E4). Maak die cellen leeg of bevestig dat ze overschreven mogen worden.",
    );
    expect(excel.syncs).toBe(1);
    expect(excel.lees("Overzicht", "E3:F4")).toEqual([
      ["", ""],
      ["notitie Leusden", ""],
    ]);
  });

  it("vraagt bevestiging met de celadressen; bij nee wordt niets geschreven", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x", "y");
    const { excel, werkboek } = opzet([blad]);
    const bevestig = jest.fn().mockResolvedValue(false);
    await expect(werkboek.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig })).rejects.toThrow(
      "2 cellen bevatten al gegevens die niet van IBT Huisvesting zijn (E5 en F5)",
    );
    expect(bevestig).toHaveBeenCalledWith(["E5", "F5"]);
    expect(excel.lees("Overzicht", "E3:F5")).toEqual([
      ["", ""],
      ["", ""],
      ["x", "y"],
    ]);
  });

  /** `excel.run`, counting the runs that are open at any moment. */
  function telOpenRuns(excel: ExcelMock) {
    const teller = { open: 0 };
    const run: typeof excel.run = async (opties, batch) => {
      teller.open++;
      try {
        return await excel.run(opties, batch);
      } finally {
        teller.open--;
      }
    };
    return { teller, run };
  }

  it("overschrijft na bevestiging: 1 sync om te controleren, de vraag buiten Excel.run, dan 2 syncs", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x", "y");
    const excel = new ExcelMock([blad]);
    const { teller, run } = telOpenRuns(excel);
    const werkboek = new ExcelWerkboek({ run, ondersteunt: excel.ondersteunt, timeoutMs: 30_000 });
    const openTijdensVraag: number[] = [];
    const bevestig = jest.fn(async () => {
      openTijdensVraag.push(teller.open);
      return true;
    });
    const uitkomst = await werkboek.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig });
    expect(openTijdensVraag).toEqual([0]);
    expect(uitkomst).toEqual({ cellen: 7, syncs: 3, eenOngedaanStap: true });
    expect(werkboek.laatsteSchrijving?.runs).toBe(2);
    expect(excel.syncs).toBe(3);
    // The check run writes nothing; the write run is one undo step with calculation suspended.
    expect(excel.syncVerslagen[0]).toMatchObject({ schrijfOperaties: 0 });
    expect(excel.syncVerslagen[1]).toMatchObject({ schrijfOperaties: 0 });
    expect(excel.syncVerslagen[2]).toMatchObject({ berekeningOnderbroken: true, schermOnderbroken: true });
    expect(excel.runOpties[1]).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(excel.lees("Overzicht", "E5:F5")).toEqual([[0.75, "Trede 2"]]);
  });

  it("vraagt opnieuw als de gebruiker tijdens de vraag een doelcel vult; bij nee blijft alles staan", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x", "y");
    const { excel, werkboek } = opzet([blad]);
    const bevestig = jest
      .fn()
      .mockImplementationOnce(async () => {
        // The user types into E4 while the dialog is open.
        excel.blad("Overzicht").waarden[3][4] = "nieuw";
        return true;
      })
      .mockResolvedValueOnce(false);
    const fout = (await werkboek
      .schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig })
      .catch((e: unknown) => e)) as WerkboekFout;
    expect(bevestig.mock.calls).toEqual([[["E5", "F5"]], [["E4", "E5", "F5"]]]);
    expect(fout.code).toBe("overschrijven-geweigerd");
    expect(excel.syncs).toBe(2);
    expect(excel.lees("Overzicht", "E3:F5")).toEqual([
      ["", ""],
      ["nieuw", ""],
      ["x", "y"],
    ]);
  });

  it("schrijft na de tweede bevestiging (1 + 1 + 2 syncs)", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x", "y");
    const { excel, werkboek } = opzet([blad]);
    const bevestig = jest
      .fn()
      .mockImplementationOnce(async () => {
        excel.blad("Overzicht").waarden[3][4] = "nieuw";
        return true;
      })
      .mockResolvedValueOnce(true);
    const uitkomst = await werkboek.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig });
    expect(bevestig).toHaveBeenCalledTimes(2);
    expect(uitkomst.syncs).toBe(4);
    expect(werkboek.laatsteSchrijving?.runs).toBe(3);
    expect(excel.lees("Overzicht", "E4:E5")).toEqual([[0.7222222222222222], [0.75]]);
  });

  it("vraagt niet opnieuw als een bevestigde cel intussen leeg werd", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x", "y");
    const { excel, werkboek } = opzet([blad]);
    const bevestig = jest.fn(async () => {
      excel.blad("Overzicht").waarden[4][4] = "";
      return true;
    });
    const uitkomst = await werkboek.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig });
    expect(bevestig).toHaveBeenCalledTimes(1);
    expect(uitkomst.syncs).toBe(3);
    expect(excel.lees("Overzicht", "E5:F5")).toEqual([[0.75, "Trede 2"]]);
  });

  it("weigert met een Nederlandse melding als de cellen na twee vragen weer veranderd zijn", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x");
    const { excel, werkboek } = opzet([blad]);
    const getypt = [
      [3, 4],
      [5, 4],
    ];
    const bevestig = jest.fn(async () => {
      const [rij, kolom] = getypt.shift() ?? [3, 5];
      excel.blad("Overzicht").waarden[rij][kolom] = "nog iets";
      return true;
    });
    const fout = (await werkboek
      .schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig })
      .catch((e: unknown) => e)) as WerkboekFout;
    expect(bevestig).toHaveBeenCalledTimes(2);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect(fout.code).toBe("conflicten-veranderd");
    expect(fout.message).toBe(
      "Er is niets geschreven: op werkblad 'Overzicht' veranderden de gegevens in de doelcellen terwijl " +
        "om bevestiging werd gevraagd; nu bevat 1 cel gegevens die niet bevestigd zijn (E6). Wacht tot " +
        "niemand het blad bewerkt en probeer het opnieuw.",
    );
    expect(excel.syncs).toBe(3);
    expect(excel.lees("Overzicht", "E4:E6")).toEqual([["nog iets"], ["x"], ["nog iets"]]);
  });

  it("de bedenktijd van de gebruiker telt niet mee voor de timeout", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x");
    const excel = new ExcelMock([blad]);
    const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 50 });
    const bevestig = () => new Promise<boolean>((klaar) => setTimeout(() => klaar(true), 150));
    await expect(
      werkboek.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig }),
    ).resolves.toMatchObject({
      syncs: 3,
    });
  });

  it("telt eigen kolommen (kop begint met 'IBT ') nooit als conflict", async () => {
    const { excel, werkboek } = opzet();
    await werkboek.schrijfPlan(voorbeeldPlan());
    const plan = voorbeeldPlan();
    plan.waarden[1] = [0.5, "Trede 4"];
    plan.opvullingen = [{ rij: 4, kolom: 5, kleur: "#F4B084" }];
    const bevestig = jest.fn().mockResolvedValue(false);
    await werkboek.schrijfPlan(plan, { bevestigOverschrijven: bevestig });
    expect(bevestig).not.toHaveBeenCalled();
    expect(excel.lees("Overzicht", "E4:F4")).toEqual([[0.5, "Trede 4"]]);
    // Old fills of the trede column are replaced, not left behind.
    expect(excel.lees("Overzicht", "F4:F5", "vullingen")).toEqual([["#F4B084"], [null]]);
  });

  it("wist eigen kolommen die het plan niet meer gebruikt (alleen de rijen van het plan), nooit die van de gebruiker", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[2].push("", "", "IBT Escalatie", "IBT notitie");
    blad.waarden[3].push("", "", "weg", "blijft");
    blad.waarden[5].push("", "", "ook weg", "");
    // A note of the user two rows below the last data row (6), in the former own column G.
    blad.waarden.push([], ["", "", "", "", "", "", "Mijn notitie", "ook blijft"]);
    const { excel, werkboek } = opzet([blad]);
    const plan = voorbeeldPlan();
    plan.teWissenKolommen = [6, 7];
    await werkboek.schrijfPlan(plan);
    expect(excel.lees("Overzicht", "G3:H8")).toEqual([
      ["", "IBT notitie"],
      ["", "blijft"],
      ["", ""],
      ["", ""],
      ["", ""],
      ["Mijn notitie", "ook blijft"],
    ]);
    expect(excel.syncs).toBe(2);
  });

  it("meldt een verdwenen werkblad in het Nederlands", async () => {
    const { werkboek } = opzet();
    await expect(werkboek.schrijfPlan({ ...voorbeeldPlan(), blad: "Weg" })).rejects.toThrow(
      "Excel kan een werkblad, tabel of bereik niet vinden. Is het intussen verwijderd of hernoemd?",
    );
  });
});

describe("ExcelWerkboek: timeout en foutmeldingen", () => {
  it("geeft een duidelijke melding als Excel niet antwoordt, in plaats van te blijven hangen", async () => {
    const excel = new ExcelMock([voorbeeldBlad()]);
    excel.hangen = true;
    const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 30 });
    const fout = await werkboek.leesActiefBlad().catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect((fout as WerkboekFout).code).toBe("timeout");
    expect((fout as WerkboekFout).message).toBe(
      "Excel reageert niet binnen 1 seconde. Sluit eventuele dialoogvensters of bewerkingen in Excel en probeer het opnieuw.",
    );
  });

  it("schrijft niet alsnog als Excel pas na de timeout antwoordt", async () => {
    const excel = new ExcelMock([voorbeeldBlad()]);
    excel.vertragingMs = 80;
    const werkboek = new ExcelWerkboek({ run: excel.run, ondersteunt: excel.ondersteunt, timeoutMs: 20 });
    await expect(werkboek.schrijfPlan(voorbeeldPlan())).rejects.toThrow(
      "Excel reageert niet binnen 1 seconde.",
    );
    await new Promise((klaar) => setTimeout(klaar, 200));
    expect(excel.syncs).toBe(1);
    expect(excel.lees("Overzicht", "E3:F4")).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("noemt standaard 30 seconden", async () => {
    jest.useFakeTimers();
    try {
      const werkboek = new ExcelWerkboek({
        run: () => new Promise(() => undefined),
        ondersteunt: () => true,
      });
      const belofte = werkboek.leesActiefBlad();
      jest.advanceTimersByTime(30_000);
      await expect(belofte).rejects.toThrow(
        "Excel reageert niet binnen 30 seconden. Sluit eventuele dialoogvensters of bewerkingen in Excel en probeer het opnieuw.",
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it.each([
    ["InvalidArgument", "Excel weigerde de opdracht omdat een gegeven ongeldig is"],
    ["ItemNotFound", "Excel kan een werkblad, tabel of bereik niet vinden."],
    ["GeneralException", "Excel meldt een algemene fout."],
    ["AccessDenied", "beveiligd of alleen-lezen"],
  ])("vertaalt Office-foutcode %s naar het Nederlands", async (code, tekst) => {
    const run = () =>
      Promise.reject(Object.assign(new Error("The argument is invalid or missing."), { code }));
    const werkboek = new ExcelWerkboek({ run, ondersteunt: () => true });
    const fout = (await werkboek.leesActiefBlad().catch((e: unknown) => e)) as WerkboekFout;
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect(fout.code).toBe(code);
    expect(fout.message).toContain(tekst);
  });

  it("noemt een onbekende foutcode met de tekst van Excel", async () => {
    const run = () => Promise.reject(Object.assign(new Error("Iets vreemds"), { code: "RareCode" }));
    const werkboek = new ExcelWerkboek({ run, ondersteunt: () => true });
    await expect(werkboek.leesActiefBlad()).rejects.toThrow(
      "Excel gaf een onverwachte fout (RareCode): Iets vreemds. Probeer het opnieuw.",
    );
  });

  it("schrijft zonder ongedaan-groep opnieuw als Excel UndoNotSupported meldt", async () => {
    const excel = new ExcelMock([voorbeeldBlad()]);
    let pogingen = 0;
    const run: typeof excel.run = (opties, batch) => {
      pogingen++;
      if ((opties as Excel.RunOptions).mergeUndoGroup) {
        return Promise.reject(Object.assign(new Error("Undo not supported"), { code: "UndoNotSupported" }));
      }
      return excel.run(opties, batch);
    };
    const werkboek = new ExcelWerkboek({ run, ondersteunt: excel.ondersteunt });
    const uitkomst = await werkboek.schrijfPlan(voorbeeldPlan());
    expect(pogingen).toBe(2);
    expect(uitkomst).toEqual({ cellen: 7, syncs: 2, eenOngedaanStap: false });
    expect(excel.lees("Overzicht", "E4")).toEqual([[0.7222222222222222]]);
  });
});

describe("ExcelWerkboek: selecteren, nieuwe bladen en instellingen", () => {
  it("activeert het blad en selecteert de cel in één sync", async () => {
    const { excel, werkboek } = opzet([voorbeeldBlad(), { naam: "Ander", waarden: [["x"]] }], {
      actiefBlad: "Ander",
    });
    await werkboek.selecteerCel("Overzicht", "D5");
    expect(excel.syncs).toBe(1);
    expect(excel.actief.naam).toBe("Overzicht");
    expect(excel.actief.actieveCel).toEqual({ rij: 4, kolom: 3 });
  });

  it("weigert een ongeldige bladnaam zonder Excel te storen", async () => {
    const { excel, werkboek } = opzet();
    await expect(
      werkboek.schrijfNieuwBlad({
        naam: "Vergelijking: Leusden/Houten",
        waarden: [],
        formaten: [],
        kolombreedten: [],
      }),
    ).rejects.toThrow("'Vergelijking: Leusden/Houten' kan geen naam van een werkblad zijn");
    expect(excel.syncs).toBe(0);
  });

  it("weigert een ongeldig celadres zonder Excel te storen", async () => {
    const { excel, werkboek } = opzet();
    await expect(werkboek.selecteerCel("Overzicht", "Leusden")).rejects.toThrow(
      "'Leusden' is geen geldig celadres.",
    );
    expect(excel.syncs).toBe(0);
  });

  const vergelijking: NieuwBlad = {
    naam: "IBT Vergelijking",
    waarden: [
      ["IBT vergelijking versnelling", ""],
      ["Gemeente", "Verhouding"],
      ["Leusden", 1.7272],
      ["IJsselstein", 0.8125],
    ],
    formaten: [[], [], [null, "0.00"], [null, "0.00"]],
    kolombreedten: [20, 12],
    grafieken: [{ titel: "Verhouding opdracht / achterstand", bereik: "A2:B4", soort: "staaf" }],
  };

  it("maakt een nieuw blad met waarden, notaties, breedten en een geclusterde staafgrafiek, en activeert het", async () => {
    const { excel, werkboek } = opzet();
    await werkboek.schrijfNieuwBlad(vergelijking);
    expect(excel.syncs).toBe(2);
    expect(excel.bladen.map((b) => b.naam)).toEqual(["Overzicht", "IBT Vergelijking"]);
    expect(excel.actief.naam).toBe("IBT Vergelijking");
    expect(excel.lees("IBT Vergelijking", "A1:B4")).toEqual(vergelijking.waarden);
    expect(excel.lees("IBT Vergelijking", "B3:B4", "formaten")).toEqual([["0.00"], ["0.00"]]);
    expect(excel.blad("IBT Vergelijking").breedten).toEqual([140, 84]);
    expect(excel.blad("IBT Vergelijking").grafieken).toEqual([
      {
        soort: "BarClustered",
        bron: "IBT Vergelijking!A2:B4",
        reeksen: "Auto",
        titel: "Verhouding opdracht / achterstand",
        positie: "D2",
      },
    ]);
  });

  it("markeert een nieuw blad met een verborgen naam op het blad", async () => {
    const { excel, werkboek } = opzet();
    await werkboek.schrijfNieuwBlad(vergelijking);
    expect(excel.blad("IBT Vergelijking").namen).toEqual([
      { naam: "_IBT_Blad", formule: '="IBT Huisvesting"', zichtbaar: false },
    ]);
  });

  it("laat een blad van de gebruiker met dezelfde naam staan (ook 'IBT Vergelijking') en vervangt daarna alleen het eigen blad", async () => {
    const { excel, werkboek } = opzet([
      voorbeeldBlad(),
      { naam: "IBT Vergelijking", waarden: [["Mijn eigen aantekeningen"]] },
      // Even the title the add-in writes in A1 does not make a sheet the add-in's.
      { naam: "IBT Vergelijking (2)", waarden: [["IBT vergelijking versnelling"], ["mijn kopie"]] },
    ]);
    await werkboek.schrijfNieuwBlad(vergelijking);
    expect(excel.bladen.map((b) => b.naam)).toEqual([
      "Overzicht",
      "IBT Vergelijking",
      "IBT Vergelijking (2)",
      "IBT Vergelijking (3)",
    ]);
    expect(excel.lees("IBT Vergelijking", "A1")).toEqual([["Mijn eigen aantekeningen"]]);
    expect(excel.lees("IBT Vergelijking (2)", "A2")).toEqual([["mijn kopie"]]);
    expect(excel.lees("IBT Vergelijking (3)", "A2")).toEqual([["Gemeente"]]);
    await werkboek.schrijfNieuwBlad(vergelijking);
    expect(excel.bladen.map((b) => b.naam)).toEqual([
      "Overzicht",
      "IBT Vergelijking",
      "IBT Vergelijking (2)",
      "IBT Vergelijking (3)",
    ]);
    expect(excel.lees("IBT Vergelijking", "A1")).toEqual([["Mijn eigen aantekeningen"]]);
    expect(excel.actief.naam).toBe("IBT Vergelijking (3)");
    expect(excel.blad("IBT Vergelijking (3)").namen.map((n) => n.naam)).toEqual(["_IBT_Blad"]);
  });

  it("vervangt een eigen blad op dezelfde plaats, en laat een blad van de gebruiker staan", async () => {
    const { excel, werkboek } = opzet([
      voorbeeldBlad(),
      {
        naam: "IBT Vergelijking",
        waarden: [["IBT vergelijking versnelling"], ["oud"]],
        namen: { _IBT_Blad: '="IBT Huisvesting"' },
      },
      { naam: "Brieftabel", waarden: [["mijn eigen brief"]] },
    ]);
    await werkboek.schrijfNieuwBlad(vergelijking);
    expect(excel.bladen.map((b) => b.naam)).toEqual(["Overzicht", "IBT Vergelijking", "Brieftabel"]);
    expect(excel.lees("IBT Vergelijking", "A2")).toEqual([["Gemeente"]]);

    const brief: NieuwBlad = {
      naam: "Brieftabel",
      waarden: [["Brieftabel Leusden 2022-1"]],
      formaten: [],
      kolombreedten: [],
    };
    await werkboek.schrijfNieuwBlad(brief);
    expect(excel.bladen.map((b) => b.naam)).toEqual([
      "Overzicht",
      "IBT Vergelijking",
      "Brieftabel",
      "Brieftabel (2)",
    ]);
    expect(excel.lees("Brieftabel", "A1")).toEqual([["mijn eigen brief"]]);
    await werkboek.schrijfNieuwBlad(brief);
    expect(excel.bladen.map((b) => b.naam)).toEqual([
      "Overzicht",
      "IBT Vergelijking",
      "Brieftabel",
      "Brieftabel (2)",
    ]);
    expect(excel.actief.naam).toBe("Brieftabel (2)");
  });

  it("bewaart en leest instellingen als JSON in de werkmap", async () => {
    const { excel, werkboek } = opzet();
    expect(await werkboek.leesInstelling("kolomtoewijzing")).toBeNull();
    await werkboek.bewaarInstelling("kolomtoewijzing", { 4: "gerealiseerd", 7: null });
    expect(excel.instellingen.get("ibt.kolomtoewijzing")).toBe('{"4":"gerealiseerd","7":null}');
    expect(await werkboek.leesInstelling("kolomtoewijzing")).toEqual({ 4: "gerealiseerd", 7: null });
  });
});
