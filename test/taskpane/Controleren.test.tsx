import { screen, waitFor, within } from "@testing-library/react";
import { ExcelWerkboek } from "../../src/excel/excelWerkboek";
import { excelBerichten } from "../../src/excel/berichten";
import type { Blad } from "../../src/sheet/types";
import { controleer, renderApp, stubAdapter, voorbeeldBlad } from "./hulp";

describe("Controleren", () => {
  it("controleert het actieve blad en toont de samenvatting met treden als tekst", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    expect(adapter.leesActiefBlad).toHaveBeenCalledTimes(1);
    expect(adapter.leesInstelling).toHaveBeenCalledWith("kolomToewijzing:Test");
    expect(screen.getByText("Blad: Test")).toBeInTheDocument();
    const gemeenten = screen.getByText("Gemeenten");
    expect(gemeenten.nextElementSibling).toHaveTextContent("4");
    const treden = screen.getByRole("list", { name: "Aantal per trede" });
    expect(
      within(treden)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toHaveLength(6);
    // Leusden 2022-1: corrected backlog 18 >= TS 18 -> trede 3 (no previous trede known).
    expect(within(treden).getByText("Trede 3").nextElementSibling?.textContent).not.toBe("0×");
  });

  it("groepeert opmerkingen naar ernst; een klik op een opmerking selecteert haar cel", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    expect(screen.getByRole("heading", { name: /^Fouten \(\d+\)$/ })).toBeInTheDocument();
    const opmerking = screen.getByRole("button", { name: /^F5: .*abc/ });
    await user.click(opmerking);
    expect(adapter.selecteerCel).toHaveBeenCalledWith("Test", "F5");
  });

  it("selecteert de cel ook met Enter op een opmerking", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    screen.getByRole("button", { name: /^F5: / }).focus();
    await user.keyboard("{Enter}");
    expect(adapter.selecteerCel).toHaveBeenCalledWith("Test", "F5");
  });

  it("toont de kolomtoewijzing en bewaart een keuze voor een niet herkende kolom, daarna opnieuw gecontroleerd", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    const kolommen = screen.getByRole("table", { name: "Kolommen" });
    expect(within(kolommen).getByRole("row", { name: /Opdracht versnelling/ })).toBeInTheDocument();
    const keuze = screen.getByRole("combobox", { name: 'Veld voor kolom "Notitie"' });
    await user.click(keuze);
    await user.click(await screen.findByRole("option", { name: "(negeren)" }));
    await waitFor(() =>
      expect(adapter.bewaarInstelling).toHaveBeenCalledWith("kolomToewijzing:Test", { 8: null }),
    );
    // Re-checked on the same cells (no second read), and the choice stays visible.
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: 'Veld voor kolom "Notitie"' })).toHaveTextContent(
        "(negeren)",
      ),
    );
    expect(adapter.leesActiefBlad).toHaveBeenCalledTimes(1);
    // The dropdown was disabled during the re-check; the focus returns to it, not to <body>.
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: 'Veld voor kolom "Notitie"' })).toHaveFocus(),
    );
    // The next check loads the saved choice.
    await user.click(screen.getByRole("button", { name: "Controleer blad" }));
    await waitFor(() => expect(adapter.leesActiefBlad).toHaveBeenCalledTimes(2));
    expect(await adapter.leesInstelling.mock.results.at(-1)?.value).toEqual({ 8: null });
  });

  it("toont voortgang met tekst zolang het lezen duurt", async () => {
    const adapter = stubAdapter();
    let klaar: (b: unknown) => void = () => undefined;
    adapter.leesActiefBlad.mockReturnValueOnce(new Promise((r) => (klaar = r)));
    const { user } = renderApp(adapter);
    await user.click(screen.getByRole("button", { name: "Controleer blad" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Blad lezen en controleren…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleer blad" })).toHaveAttribute("aria-disabled", "true");
    klaar(voorbeeldBlad());
    await screen.findByRole("heading", { name: "Samenvatting" });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("toont een fout van het werkboek (zoals een time-out) in een foutmelding", async () => {
    const adapter = stubAdapter();
    adapter.leesActiefBlad.mockRejectedValueOnce(
      new Error("Excel reageert niet binnen 10 seconden. Probeer het opnieuw."),
    );
    const { user } = renderApp(adapter);
    await user.click(screen.getByRole("button", { name: "Controleer blad" }));
    const melding = await screen.findByText("Excel reageert niet binnen 10 seconden. Probeer het opnieuw.");
    expect(melding).toHaveTextContent("Er ging iets mis");
    expect(screen.getByRole("button", { name: "Controleer blad" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Melding sluiten" }));
    expect(screen.queryByText(/Excel reageert niet/)).not.toBeInTheDocument();
  });

  it("toont de time-outmelding van de Excel-adapter als Excel niet antwoordt", async () => {
    const excel = new ExcelWerkboek({ timeoutMs: 100, run: () => new Promise<never>(() => undefined) });
    const { user } = renderApp(excel);
    await user.click(screen.getByRole("button", { name: "Controleer blad" }));
    const melding = await screen.findByText(excelBerichten.timeout(100));
    expect(melding).toHaveTextContent("Er ging iets mis");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleer blad" })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });
});

describe("Controleren: kolommen", () => {
  /** Peildatum columns as in the example workbook, and an own output column of an earlier run. */
  function peildatumBlad(): Blad {
    return {
      naam: "Peildata",
      waarden: [
        [
          "Gemeente",
          "Periode",
          "Stand van zaken 1 januari 2022",
          "Taakstelling",
          "Herverdeling",
          "Gerealiseerd",
          "Stand van zaken 1 juli 2022",
          "IBT Trede",
          "Notitie",
        ],
        ["Leusden", "2022-1", 21, 18, 0, 13, 26, "", ""],
      ],
    };
  }

  it("toont een peildatumkolom als herkend, zonder keuzelijst", async () => {
    const { user } = renderApp(stubAdapter(peildatumBlad()));
    await controleer(user);
    const kolommen = screen.getByRole("table", { name: "Kolommen" });
    const januari = within(kolommen).getByRole("row", { name: /Stand van zaken 1 januari 2022/ });
    expect(januari).toHaveTextContent("Achterstand op peildatum 1 januari 2022 (begin of eind per periode)");
    expect(within(januari).queryByRole("combobox")).not.toBeInTheDocument();
    expect(januari).not.toHaveTextContent("niet herkend");
    const juli = within(kolommen).getByRole("row", { name: /Stand van zaken 1 juli 2022/ });
    expect(juli).toHaveTextContent("Achterstand op peildatum 1 juli 2022");
    expect(within(juli).queryByRole("combobox")).not.toBeInTheDocument();
    expect(
      screen.queryByRole("combobox", { name: 'Veld voor kolom "Stand van zaken 1 juli 2022"' }),
    ).not.toBeInTheDocument();
    // Only the unknown column can be assigned (the other lists are Besluit vastleggen's).
    expect(
      within(kolommen)
        .getAllByRole("combobox")
        .map((c) => c.getAttribute("aria-label")),
    ).toEqual(['Veld voor kolom "Notitie"']);
  });

  it("toont een eigen IBT-kolom als uitvoer van de invoegtoepassing, niet toe te wijzen", async () => {
    const { user } = renderApp(stubAdapter(peildatumBlad()));
    await controleer(user);
    const rij = within(screen.getByRole("table", { name: "Kolommen" })).getByRole("row", {
      name: /IBT Trede/,
    });
    expect(rij).toHaveTextContent("uitvoer van IBT Huisvesting");
    expect(within(rij).queryByRole("combobox")).not.toBeInTheDocument();
  });
});

describe("Controleren: overzicht bij veel opmerkingen", () => {
  /** Five rows with "abc" as gerealiseerd: five remarks of the same code. */
  function veelFouten(): Blad {
    const blad = voorbeeldBlad();
    for (const naam of ["Oudewater", "Montfoort", "Woerden", "Zeist"])
      blad.waarden.push([naam, "2022-1", 2, 10, 0, "abc", 0, "", ""]);
    return blad;
  }

  it("groepeert meer dan drie opmerkingen met dezelfde code in een inklapbare subgroep", async () => {
    const adapter = stubAdapter(veelFouten());
    const { user } = renderApp(adapter);
    await controleer(user);
    const sub = screen.getByRole("heading", { level: 4, name: /\(5\)$/ });
    const knop = within(sub).getByRole("button");
    expect(knop).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: /^F5: / })).not.toBeInTheDocument();
    await user.click(knop);
    await user.click(await screen.findByRole("button", { name: /^F5: / }));
    expect(adapter.selecteerCel).toHaveBeenCalledWith("Test", "F5");
  });

  it("toont de kolommen vóór de opmerkingen, de periode en de grootste achterstanden", async () => {
    const { user } = renderApp(stubAdapter());
    await controleer(user);
    const kolommen = screen.getByRole("heading", { name: "Kolommen" });
    const opmerkingen = screen.getByRole("heading", { name: "Opmerkingen" });
    expect(kolommen.compareDocumentPosition(opmerkingen) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText("Laatste periode per gemeente: 2022-1")).toBeInTheDocument();
    const grootste = screen.getByRole("list", { name: "Grootste achterstanden" });
    const regels = within(grootste)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(regels.length).toBeGreaterThan(0);
    expect(regels.length).toBeLessThanOrEqual(5);
    expect(regels[0]).toMatch(/^Leusden \(2022-1\): \d+$/);
  });
});
