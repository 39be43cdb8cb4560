import { GeheugenWerkboek, toonWaarde } from "../../src/preview/geheugenWerkboek";
import { WerkboekFout } from "../../src/host/conflicten";
import type { NieuwBlad } from "../../src/sheet/types";
import { voorbeeldBlad, voorbeeldPlan } from "./voorbeeld";

function werkboek(): GeheugenWerkboek {
  return new GeheugenWerkboek([voorbeeldBlad(), { naam: "Leeg", waarden: [] }], { actiefBlad: "Overzicht" });
}

describe("GeheugenWerkboek.leesActiefBlad", () => {
  it("geeft het gebruikte bereik van het actieve blad met waarden en getalnotaties", async () => {
    const blad = await werkboek().leesActiefBlad();
    expect(blad.naam).toBe("Overzicht");
    expect(blad.beginRij).toBe(0);
    expect(blad.beginKolom).toBe(0);
    expect(blad.waarden).toEqual(voorbeeldBlad().waarden);
    expect(blad.formaten?.[3]).toEqual(["General", "@", "0", "0"]);
  });

  it("begint het bereik bij de eerste gevulde cel, zoals Excel (B3 -> beginRij 2, beginKolom 1)", async () => {
    const wb = new GeheugenWerkboek([
      {
        naam: "B",
        waarden: [
          ["a", 1],
          ["b", 2],
        ],
        beginRij: 2,
        beginKolom: 1,
      },
    ]);
    const blad = await wb.leesActiefBlad();
    expect(blad).toMatchObject({
      naam: "B",
      beginRij: 2,
      beginKolom: 1,
      waarden: [
        ["a", 1],
        ["b", 2],
      ],
    });
  });

  it("geeft een leeg blad zonder waarden", async () => {
    const wb = werkboek();
    await wb.activeerBlad("Leeg");
    expect(await wb.leesActiefBlad()).toEqual({
      naam: "Leeg",
      waarden: [],
      formaten: [],
      beginRij: 0,
      beginKolom: 0,
    });
  });

  it("geeft alleen de tabel als de actieve cel in een tabel staat", async () => {
    const wb = new GeheugenWerkboek([voorbeeldBlad()], {
      actieveCel: "B5",
      tabellen: [{ blad: "Overzicht", naam: "Tabel1", adres: "A3:C5" }],
    });
    const blad = await wb.leesActiefBlad();
    expect(blad.beginRij).toBe(2);
    expect(blad.beginKolom).toBe(0);
    expect(blad.waarden).toEqual([
      ["Gemeente", "Periode", "Taakstelling"],
      ["Leusden", "2022-1", 54],
      ["IJsselstein", "2022-1", 40],
    ]);
  });

  it("leest het hele gebruikte bereik als de actieve cel buiten de tabel staat", async () => {
    const wb = new GeheugenWerkboek([voorbeeldBlad()], {
      actieveCel: "D6",
      tabellen: [{ blad: "Overzicht", naam: "Tabel1", adres: "A3:C5" }],
    });
    expect((await wb.leesActiefBlad()).waarden).toHaveLength(6);
  });
});

describe("GeheugenWerkboek.schrijfPlan", () => {
  it("schrijft waarden, notaties, vet kopje, opvullingen en kolombreedten", async () => {
    const wb = werkboek();
    const uitkomst = await wb.schrijfPlan(voorbeeldPlan());
    expect(uitkomst).toEqual({ cellen: 7, syncs: 0, eenOngedaanStap: false });
    const blad = wb.leesBlad("Overzicht")!;
    expect(blad.waarden.map((r) => r.slice(4))).toEqual([
      ["", ""],
      ["", ""],
      ["IBT Realisatie taakstelling", "IBT Trede"],
      [0.7222222222222222, "Trede 3"],
      [0.75, "Trede 2"],
      [1.1, ""],
    ]);
    expect(blad.formaten[3].slice(4)).toEqual(["0%", "@"]);
    expect(blad.formaten[5].slice(4)).toEqual(["0%", "General"]);
    expect(blad.vet[2].slice(4)).toEqual([true, true]);
    expect(blad.vet[3].slice(4)).toEqual([false, false]);
    expect(blad.vullingen.map((r) => r[5])).toEqual([null, null, null, "#FFC7CE", "#FFEB9C", null]);
    expect(blad.kolombreedten).toEqual([null, null, null, null, 14, 10]);
    // The user's cells are unchanged.
    expect(blad.waarden.map((r) => r.slice(0, 4))).toEqual(voorbeeldBlad().waarden);
  });

  it("laat cellen met null in het plan ongemoeid", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[5].push("", "eigen notitie");
    const wb = new GeheugenWerkboek([blad]);
    // F6 is null in the plan: the user's note there is not a conflict and stays.
    await wb.schrijfPlan(voorbeeldPlan());
    expect(wb.leesBlad("Overzicht")!.waarden[5][5]).toBe("eigen notitie");
  });

  it("weigert gebruikerscellen te overschrijven zonder bevestiging en schrijft dan niets", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[3].push("notitie Leusden");
    const wb = new GeheugenWerkboek([blad]);
    const fout = await wb.schrijfPlan(voorbeeldPlan()).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WerkboekFout);
    expect((fout as WerkboekFout).cellen).toEqual(["E4"]);
    expect((fout as WerkboekFout).message).toBe(
      "Er is niets geschreven: op werkblad 'Overzicht' 1 cel bevat al gegevens die niet van IBT Huisvesting " +
        "zijn (E4). Maak die cellen leeg of bevestig dat ze overschreven mogen worden.",
    );
    const na = wb.leesBlad("Overzicht")!;
    expect(na.waarden[2][4]).toBe("");
    expect(na.waarden[3][4]).toBe("notitie Leusden");
  });

  it("vraagt bevestiging met de celadressen en schrijft niets als de gebruiker weigert", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[2].push("Opmerking");
    blad.waarden[4].push("x", "y");
    const wb = new GeheugenWerkboek([blad]);
    const bevestig = jest.fn().mockResolvedValue(false);
    await expect(wb.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig })).rejects.toThrow(
      "3 cellen bevatten al gegevens die niet van IBT Huisvesting zijn (E3, E5 en F5).",
    );
    // E3 is the user's header ("Opmerking"), so column E is not own; E5 and F5 hold user values.
    expect(bevestig).toHaveBeenCalledWith(["E3", "E5", "F5"]);
    expect(wb.leesBlad("Overzicht")!.waarden[4].slice(4)).toEqual(["x", "y"]);
  });

  it("overschrijft na bevestiging", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x");
    const wb = new GeheugenWerkboek([blad]);
    const bevestig = jest.fn().mockResolvedValue(true);
    await wb.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig });
    expect(bevestig).toHaveBeenCalledWith(["E5"]);
    expect(wb.leesBlad("Overzicht")!.waarden[4][4]).toBe(0.75);
  });

  it("controleert opnieuw na de vraag: een cel die intussen gevuld werd, wordt opnieuw gevraagd", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[4].push("x");
    const wb = new GeheugenWerkboek([blad]);
    const bevestig = jest
      .fn()
      .mockImplementationOnce(async () => {
        // Someone fills E4 while the question is open.
        await wb.schrijfPlan({
          ...voorbeeldPlan(),
          beginRij: 4,
          waarden: [["nieuw"]],
          formaten: [],
          kolommen: [],
          opvullingen: [],
          aantalCellen: 1,
        });
        return true;
      })
      .mockResolvedValueOnce(false);
    await expect(wb.schrijfPlan(voorbeeldPlan(), { bevestigOverschrijven: bevestig })).rejects.toThrow(
      "2 cellen bevatten al gegevens die niet van IBT Huisvesting zijn (E4 en E5)",
    );
    expect(bevestig.mock.calls).toEqual([[["E5"]], [["E4", "E5"]]]);
    expect(wb.leesBlad("Overzicht")!.waarden[3][4]).toBe("nieuw");
    expect(wb.leesBlad("Overzicht")!.waarden[4][4]).toBe("x");
  });

  it("telt eigen kolommen (kop begint met 'IBT ') nooit als conflict: een tweede run schrijft zonder vragen", async () => {
    const wb = werkboek();
    await wb.schrijfPlan(voorbeeldPlan());
    const plan = voorbeeldPlan();
    plan.waarden[1] = [0.5, "Trede 4"];
    const bevestig = jest.fn().mockResolvedValue(false);
    await wb.schrijfPlan(plan, { bevestigOverschrijven: bevestig });
    expect(bevestig).not.toHaveBeenCalled();
    expect(wb.leesBlad("Overzicht")!.waarden[3].slice(4)).toEqual([0.5, "Trede 4"]);
  });

  it("wist eigen kolommen die het plan niet meer gebruikt, maar nooit een kolom van de gebruiker", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[2].push("", "", "IBT Escalatie", "IBT notitie");
    blad.waarden[3].push("", "", "weg", "blijft");
    blad.waarden[5].push("", "", "ook weg", "");
    const wb = new GeheugenWerkboek([blad]);
    const plan = voorbeeldPlan();
    plan.teWissenKolommen = [6, 7];
    await wb.schrijfPlan(plan);
    const na = wb.leesBlad("Overzicht")!;
    expect(na.waarden[2].slice(6)).toEqual(["", "IBT notitie"]);
    expect(na.waarden[3].slice(6)).toEqual(["", "blijft"]);
    expect(na.waarden[5].slice(6)).toEqual(["", ""]);
  });

  it("wist een oude eigen kolom alleen in de rijen van het plan: een notitie onder de tabel blijft", async () => {
    const blad = voorbeeldBlad();
    blad.waarden[2].push("", "", "IBT Escalatie");
    blad.waarden[3].push("", "", "weg");
    // Two rows below the last data row (6), in the former own column G.
    blad.waarden.push([], ["", "", "", "", "", "", "Mijn notitie"]);
    const wb = new GeheugenWerkboek([blad]);
    const plan = voorbeeldPlan();
    plan.teWissenKolommen = [6];
    await wb.schrijfPlan(plan);
    const na = wb.leesBlad("Overzicht")!;
    expect(na.waarden.map((r) => r[6])).toEqual(["", "", "", "", "", "", "", "Mijn notitie"]);
  });

  it("vervangt oude trede-opvullingen bij een nieuwe run", async () => {
    const wb = werkboek();
    await wb.schrijfPlan(voorbeeldPlan());
    const plan = voorbeeldPlan();
    plan.opvullingen = [{ rij: 6, kolom: 5, kleur: "#C6EFCE" }];
    await wb.schrijfPlan(plan);
    expect(wb.leesBlad("Overzicht")!.vullingen.map((r) => r[5])).toEqual([
      null,
      null,
      null,
      null,
      null,
      "#C6EFCE",
    ]);
  });

  it("meldt een onbekend blad in het Nederlands", async () => {
    const plan = { ...voorbeeldPlan(), blad: "Weg" };
    await expect(werkboek().schrijfPlan(plan)).rejects.toThrow("Het werkblad 'Weg' bestaat niet (meer).");
  });
});

describe("GeheugenWerkboek.leesBladen en activeerBlad", () => {
  /** A versnelling list under a title, starting at B3: gemeente, achterstand, opdracht. */
  const versnelling = {
    naam: "VRU",
    waarden: [
      ["Bijlage B - versneld te plaatsen statushouders", "", ""],
      ["", "", ""],
      ["Gemeente", "Achterstand 1 juli 2022", "Opdracht VRU"],
      ["Leusden", 26, 45],
      ["IJsselstein", 21, 17],
    ],
    beginRij: 2,
    beginKolom: 1,
  };

  it("zegt per blad of de kopherkenning een kolom opdracht versnelling vindt", async () => {
    const wb = new GeheugenWerkboek([voorbeeldBlad(), versnelling, { naam: "Leeg", waarden: [] }]);
    expect(await wb.leesBladen()).toEqual([
      { naam: "Overzicht", opdrachtKolom: false },
      { naam: "VRU", opdrachtKolom: true },
      { naam: "Leeg", opdrachtKolom: false },
    ]);
  });

  it("zoekt de kopregel alleen in de bovenste 20 rijen van het gebruikte bereik, zoals de controle", async () => {
    const leeg = Array.from({ length: 21 }, () => ["", "", ""]);
    const laag = { naam: "Laag", waarden: [["titel", "", ""], ...leeg, ...versnelling.waarden.slice(2)] };
    const net = {
      naam: "Net",
      waarden: [["titel", "", ""], ...leeg.slice(3), ...versnelling.waarden.slice(2)],
    };
    expect(await new GeheugenWerkboek([laag, net]).leesBladen()).toEqual([
      { naam: "Laag", opdrachtKolom: false },
      { naam: "Net", opdrachtKolom: true },
    ]);
  });

  it("activeert een blad, zodat leesActiefBlad het leest; een onbekend blad is een fout", async () => {
    const wb = new GeheugenWerkboek([voorbeeldBlad(), versnelling]);
    await wb.activeerBlad("vru");
    expect((await wb.leesActiefBlad()).naam).toBe("VRU");
    await expect(wb.activeerBlad("Elders")).rejects.toThrow(WerkboekFout);
    expect(wb.selectie().blad).toBe("VRU");
  });
});

describe("GeheugenWerkboek: selectie, nieuwe bladen, instellingen en meldingen", () => {
  it("selecteert een cel en activeert het blad", async () => {
    const wb = werkboek();
    await wb.activeerBlad("Leeg");
    await wb.selecteerCel("Overzicht", "$d$5");
    expect(wb.selectie()).toEqual({ blad: "Overzicht", adres: "D5" });
  });

  it("meldt elke wijziging aan abonnees tot ze zich afmelden", async () => {
    const wb = werkboek();
    const luisteraar = jest.fn();
    const afmelden = wb.abonneer(luisteraar);
    await wb.selecteerCel("Overzicht", "B4");
    await wb.schrijfPlan(voorbeeldPlan());
    await wb.activeerBlad("Leeg");
    expect(luisteraar).toHaveBeenCalledTimes(3);
    afmelden();
    await wb.selecteerCel("Overzicht", "A1");
    expect(luisteraar).toHaveBeenCalledTimes(3);
  });

  const vergelijking: NieuwBlad = {
    naam: "IBT Vergelijking",
    waarden: [
      ["IBT vergelijking versnelling", ""],
      ["Gemeente", "Verhouding"],
      ["Leusden", 1.7272],
    ],
    formaten: [
      [null, null],
      [null, null],
      [null, "0.00"],
    ],
    kolombreedten: [20, 12],
    grafieken: [
      { titel: "Verhouding", bereik: "A2:B3", soort: "staaf" },
      { titel: "Verhouding, aflopend", bereik: "A2:B3", soort: "kolommenMetLijn", positie: "E5" },
    ],
  };

  it("maakt een nieuw blad met inhoud, breedten en grafieken en activeert het", async () => {
    const wb = werkboek();
    await wb.schrijfNieuwBlad(vergelijking);
    expect(wb.bladen()).toEqual(["Overzicht", "Leeg", "IBT Vergelijking"]);
    expect(wb.selectie().blad).toBe("IBT Vergelijking");
    const blad = wb.leesBlad("IBT Vergelijking")!;
    expect(blad.waarden[2]).toEqual(["Leusden", 1.7272]);
    expect(toonWaarde(blad.waarden[2][1], blad.formaten[2][1])).toBe("1,73");
    expect(blad.kolombreedten).toEqual([20, 12]);
    expect(blad.grafieken).toEqual([
      { titel: "Verhouding", bereik: "A2:B3", soort: "staaf" },
      { titel: "Verhouding, aflopend", bereik: "A2:B3", soort: "kolommenMetLijn", positie: "E5" },
    ]);
  });

  it("laat een blad 'IBT Vergelijking' van de gebruiker staan en maakt 'IBT Vergelijking (2)', daarna vervangen", async () => {
    const wb = new GeheugenWerkboek([
      voorbeeldBlad(),
      { naam: "IBT Vergelijking", waarden: [["Mijn eigen aantekeningen"]] },
    ]);
    await wb.schrijfNieuwBlad(vergelijking);
    expect(wb.bladen()).toEqual(["Overzicht", "IBT Vergelijking", "IBT Vergelijking (2)"]);
    expect(wb.leesBlad("IBT Vergelijking")!.waarden).toEqual([["Mijn eigen aantekeningen"]]);
    await wb.schrijfNieuwBlad(vergelijking);
    expect(wb.bladen()).toEqual(["Overzicht", "IBT Vergelijking", "IBT Vergelijking (2)"]);
    expect(wb.leesBlad("IBT Vergelijking")!.waarden).toEqual([["Mijn eigen aantekeningen"]]);
    expect(wb.selectie().blad).toBe("IBT Vergelijking (2)");
  });

  it("vervangt een eigen blad en laat een blad van de gebruiker met dezelfde naam staan", async () => {
    const wb = new GeheugenWerkboek([
      voorbeeldBlad(),
      { naam: "Brieftabel", waarden: [["mijn eigen tekst"]] },
    ]);
    await wb.schrijfNieuwBlad(vergelijking);
    await wb.schrijfNieuwBlad({
      ...vergelijking,
      grafieken: undefined,
      waarden: [["IBT vergelijking versnelling"]],
      formaten: [],
    });
    expect(wb.bladen()).toEqual(["Overzicht", "Brieftabel", "IBT Vergelijking"]);
    expect(wb.leesBlad("IBT Vergelijking")!.waarden).toEqual([["IBT vergelijking versnelling", ""]]);
    expect(wb.leesBlad("IBT Vergelijking")!.grafieken).toEqual([]);

    const brief: NieuwBlad = {
      naam: "Brieftabel",
      waarden: [["Brieftabel Leusden 2022-1"]],
      formaten: [],
      kolombreedten: [],
    };
    await wb.schrijfNieuwBlad(brief);
    expect(wb.bladen()).toEqual(["Overzicht", "Brieftabel", "IBT Vergelijking", "Brieftabel (2)"]);
    expect(wb.leesBlad("Brieftabel")!.waarden).toEqual([["mijn eigen tekst"]]);
    // Made by the add-in (marked when it was made): replaced in place, no "(3)".
    await wb.schrijfNieuwBlad(brief);
    expect(wb.bladen()).toEqual(["Overzicht", "Brieftabel", "IBT Vergelijking", "Brieftabel (2)"]);
    expect(wb.selectie().blad).toBe("Brieftabel (2)");
  });

  it("bewaart instellingen als JSON", async () => {
    const wb = werkboek();
    expect(await wb.leesInstelling("kolommen")).toBeNull();
    await wb.bewaarInstelling("kolommen", { 4: "gerealiseerd" });
    expect(await wb.leesInstelling("kolommen")).toEqual({ 4: "gerealiseerd" });
  });
});

describe("toonWaarde", () => {
  it.each([
    [0.45, "0%", "45%"],
    [0.725, "0%", "73%"],
    [1.375, "0%", "138%"],
    [0.8125, "0.0%", "81,3%"],
    [1.7272727, "0.00", "1,73"],
    [0.805, "0.00", "0,81"],
    [39, "0", "39"],
    [-11.5, "0", "-12"],
    [1234567, "#,##0", "1.234.567"],
    [1.7272727272727, "General", "1,727272727"],
    [0.5, "General", "0,5"],
    [26, "General", "26"],
    [26, undefined, "26"],
    [0.3, "dd-mm-jjjj", "0,3"],
  ])("toont %p met notatie %p als %p", (waarde, formaat, tekst) => {
    expect(toonWaarde(waarde, formaat)).toBe(tekst);
  });

  it("toont tekst, lege cellen en waarheidswaarden zoals Nederlandse Excel", () => {
    expect(toonWaarde("Trede 3", "0%")).toBe("Trede 3");
    expect(toonWaarde("", "0%")).toBe("");
    expect(toonWaarde(null, "General")).toBe("");
    expect(toonWaarde(true, "General")).toBe("WAAR");
    expect(toonWaarde(false)).toBe("ONWAAR");
  });
});
