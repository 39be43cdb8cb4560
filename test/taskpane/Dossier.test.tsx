import { screen, waitFor, within } from "@testing-library/react";
import type { Blad } from "../../src/sheet/types";
import { celTekst, controleer, openTab, renderApp, stubAdapter } from "./hulp";

/**
 * Leusden's history 2021-1 to the interim of 2022-2 (SPEC's golden figures) and Houten in 2022-1, with
 * "abc" as Houten's na-registratie (a remark on G6).
 */
function historieBlad(): Blad {
  return {
    naam: "Historie",
    waarden: [
      [
        "Gemeente",
        "Periode",
        "Achterstand begin",
        "Taakstelling",
        "Herverdeling",
        "Gerealiseerd",
        "Na-registratie",
        "Vorige trede",
        "Meetdatum",
      ],
      ["Leusden", "2021-1", 1, 24, 0, 6, 0, 1, ""],
      ["Leusden", "2021-2", 19, 19, 0, 17, 6, "", ""],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, "", ""],
      ["Leusden", "2022-2", 26, 24, 1, 33, "", "", "22-11-2022"],
      ["Houten", "2022-1", 20, 20, 0, 16, "abc", "", ""],
    ],
  };
}

async function openDossier(adapter = stubAdapter(historieBlad())) {
  const app = renderApp(adapter);
  await controleer(app.user);
  await openTab(app.user, "Dossier");
  return { ...app, adapter };
}

describe("Dossier", () => {
  it("toont na een keuze met het toetsenbord Leusdens perioden met de gouden cijfers", async () => {
    const { user } = await openDossier();
    const keuze = screen.getByRole("combobox", { name: "Gemeente" });
    // Houten first, then back to Leusden with the keyboard.
    await user.click(keuze);
    await user.click(await screen.findByRole("option", { name: "Houten" }));
    expect(await screen.findByRole("heading", { name: "Dossier Houten" })).toBeInTheDocument();
    keuze.focus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Home}{Enter}");
    expect(await screen.findByRole("heading", { name: "Dossier Leusden" })).toBeInTheDocument();
    const tabel = screen.getByRole("table", { name: "Cijfers per periode van Leusden" });
    const koppen = within(tabel)
      .getAllByRole("columnheader")
      .map((c) => c.textContent);
    expect(koppen).toEqual(["Maatstaf", "2021-1", "2021-2", "2022-1", "2022-2"]);
    const rij = (label: string) => [1, 2, 3, 4].map((k) => celTekst(tabel, label, k));
    expect(rij("Taakstelling")).toEqual(["24", "19", "18", "24"]);
    expect(rij("Herverdeling")).toEqual(["0", "0", "0", "+1"]);
    expect(rij("Totaalopgave")).toEqual(["25", "38", "39", "51"]);
    expect(rij("Gerealiseerd")).toEqual(["6", "17", "13", "33"]);
    expect(rij("Na-registratie")).toEqual(["0", "6", "8", "–"]);
    expect(rij("Achterstand eind (geregistreerd)")).toEqual(["19", "21", "26", "–"]);
    expect(rij("Achterstand eind (gecorrigeerd)")).toEqual(["19", "15", "18", "–"]);
    expect(rij("Realisatie taakstelling")).toEqual(["25%", "89%", "72%", "138%"]);
    expect(rij("Realisatie totaalopgave")).toEqual(["24%", "45%", "33%", "65%"]);
    expect(rij("Trede (berekend)")).toEqual(["2", "2", "3", "–"]);
    expect(rij("Trede (vastgesteld)")).toEqual(["–", "–", "–", "–"]);
    expect(rij("Escalatie")).toEqual(["Opschalen", "Gelijk", "Opschalen", "–"]);
    expect(
      screen.getByText("2022-2: tussenstand gemeten op 22-11-2022 (nog geen achterstand eind en trede)."),
    ).toBeInTheDocument();
    expect(
      screen.getByText("2021-2: zonder correctie voor na-registratie zou het trede 3 zijn."),
    ).toBeInTheDocument();
  });

  it("toont een vastgestelde, bevroren trede met de reden naast de berekende", async () => {
    const blad = historieBlad();
    blad.waarden[0].push("Vastgestelde trede", "Reden besluit");
    blad.waarden.slice(1).forEach((r, i) => r.push(...(i === 2 ? [2, "Versnellingsactie"] : ["", ""])));
    await openDossier(stubAdapter(blad));
    const tabel = screen.getByRole("table", { name: "Cijfers per periode van Leusden" });
    expect(celTekst(tabel, "Trede (berekend)", 3)).toBe("3");
    expect(celTekst(tabel, "Trede (vastgesteld)", 3)).toBe("2 (bevroren)");
    expect(celTekst(tabel, "Reden besluit", 3)).toBe("Versnellingsactie");
    expect(celTekst(tabel, "Reden besluit", 1)).toBe("–");
  });

  it("beschrijft de trapgrafiek van de trede met de achterstand voor een schermlezer", async () => {
    await openDossier();
    const grafiek = screen.getByRole("img", { name: /^Trapgrafiek van de trede/ });
    expect(grafiek).toHaveAccessibleName(
      "Trapgrafiek van de trede met de gecorrigeerde achterstand als lijn: 2021-1 trede 2, achterstand 19; " +
        "2021-2 trede 2, achterstand 15; 2022-1 trede 3, achterstand 18.",
    );
    // A staircase over three periods: a level per period, a riser between 2 and 3.
    expect(grafiek.querySelector("[data-trap]")?.getAttribute("d")).toMatch(
      /^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+$/,
    );
    expect(grafiek.querySelectorAll("circle")).toHaveLength(3);
  });

  it("opent de brieftabel van een afgesloten periode hier, en op verzoek in Brieftabel", async () => {
    const { user } = await openDossier();
    const brieven = screen.getByRole("heading", { name: "Brieftabellen" }).parentElement!;
    const knoppen = within(brieven)
      .getAllByRole("button")
      .map((b) => b.textContent);
    // The interim 2022-2 has no letter table yet.
    expect(knoppen).toEqual(["Brieftabel 2021-1", "Brieftabel 2021-2", "Brieftabel 2022-1"]);
    const knop = screen.getByRole("button", { name: "Brieftabel 2022-1" });
    expect(knop).toHaveAttribute("aria-expanded", "false");
    await user.click(knop);
    expect(knop).toHaveAttribute("aria-expanded", "true");
    const tabel = screen.getByRole("table", { name: "Brieftabel Leusden 2022-1" });
    expect(knop.getAttribute("aria-controls")).toBe(tabel.parentElement!.id);
    expect(celTekst(tabel, "Realisatie taakstelling in percentage", 1)).toBe("72%");
    expect(celTekst(tabel, "Realisatie totaalopgave in percentage", 1)).toBe("33%");
    await user.click(screen.getByRole("button", { name: "Openen in Brieftabel" }));
    expect(screen.getByRole("tab", { name: "Brieftabel" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("table", { name: "Brieftabel Leusden 2022-1" })).toBeInTheDocument();
    // Back in Dossier: still Leusden (the Brieftabel's gemeente).
    await openTab(user, "Dossier");
    expect(screen.getByRole("heading", { name: "Dossier Leusden" })).toBeInTheDocument();
  });

  it("toont de opmerkingen van de gekozen gemeente; een klik selecteert de cel", async () => {
    const { user, adapter } = await openDossier();
    // Leusden's rows: the correction remark of 2021-2 and the interim of 2022-2.
    const vanLeusden = screen.getByRole("heading", { name: "Opmerkingen" }).parentElement!;
    expect(within(vanLeusden).getAllByRole("button", { name: /^[A-Z]+[345]:/ }).length).toBeGreaterThan(0);
    await user.click(screen.getByRole("combobox", { name: "Gemeente" }));
    await user.click(await screen.findByRole("option", { name: "Houten" }));
    const opmerkingen = screen.getByRole("heading", { name: "Opmerkingen" }).parentElement!;
    const link = within(opmerkingen).getByRole("button", { name: /^G6:/ });
    await user.click(link);
    await waitFor(() => expect(adapter.selecteerCel).toHaveBeenCalledWith("Historie", "G6"));
  });

  it("schrijft het dossier naar een werkblad met de grafiek", async () => {
    const { user, adapter } = await openDossier();
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    await waitFor(() => expect(adapter.schrijfNieuwBlad).toHaveBeenCalledTimes(1));
    const blad = adapter.schrijfNieuwBlad.mock.calls[0][0];
    expect(blad.naam).toBe("IBT Dossier Leusden");
    expect(blad.waarden[3].slice(0, 9)).toEqual(["2021-2", 19, 19, 0, 38, 17, 6, 21, 15]);
    expect(blad.grafieken[0]).toMatchObject({ soort: "kolommenMetLijnRechts" });
    const melding = await screen.findByRole("group", { name: /^Gelukt/ });
    expect(melding).toHaveTextContent('Werkblad "IBT Dossier Leusden" gemaakt.');
  });
});
