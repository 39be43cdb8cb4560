import { screen, waitFor, within } from "@testing-library/react";
import type { Blad } from "../../src/sheet/types";
import { celTekst, controleer, openTab, renderApp, stubAdapter, voorbeeldBlad } from "./hulp";

describe("Vergelijken", () => {
  it("kiest Leusden en IJsselstein vooraf en toont 1,73 en 0,81 opdracht per achterstand", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Vergelijken");
    expect(screen.getByRole("checkbox", { name: "Leusden" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "IJsselstein" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Houten" })).not.toBeChecked();
    const tabel = screen.getByRole("table", { name: "Vergelijking opdracht versnelling en achterstand" });
    expect(
      within(tabel)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Maatstaf", "Leusden", "IJsselstein"]);
    expect(celTekst(tabel, "Achterstand (geregistreerd)", 1)).toBe("26");
    expect(celTekst(tabel, "Achterstand (geregistreerd)", 2)).toBe("21");
    expect(celTekst(tabel, "Achterstand (gecorrigeerd)", 1)).toBe("18");
    expect(screen.getByText("Verhoudingen berekend op de geregistreerde achterstand.")).toBeInTheDocument();
    expect(celTekst(tabel, "Opdracht", 1)).toBe("45");
    expect(celTekst(tabel, "Opdracht per achterstand", 1)).toBe("1,73");
    expect(celTekst(tabel, "Opdracht per achterstand", 2)).toBe("0,81");
    expect(screen.getByRole("img", { name: /Leusden 1,73; IJsselstein 0,81/ })).toBeInTheDocument();
  });

  it("rekent over drie gemeenten de aandelen, verhouding, evenredige opdracht en het verschil", async () => {
    const { user } = renderApp(stubAdapter());
    await controleer(user);
    await openTab(user, "Vergelijken");
    await user.click(screen.getByRole("checkbox", { name: "Houten" }));
    const tabel = screen.getByRole("table", { name: "Vergelijking opdracht versnelling en achterstand" });
    expect(celTekst(tabel, "Opdracht per achterstand", 3)).toBe("1,46");
    expect(celTekst(tabel, "Aandeel opdracht", 1)).toBe("46,4%");
    expect(celTekst(tabel, "Aandeel achterstand", 1)).toBe("36,6%");
    expect(celTekst(tabel, "Verhouding", 1)).toBe("1,27");
    expect(celTekst(tabel, "Evenredige opdracht", 1)).toBe("35,5");
    expect(celTekst(tabel, "Verschil", 1)).toBe("+9,5");
    expect(celTekst(tabel, "Verschil", 2)).toBe("-11,7");
  });

  it("gebruikt met de schakelaar de gecorrigeerde achterstand (Leusden 18: 2,50)", async () => {
    const { user } = renderApp(stubAdapter());
    await controleer(user);
    await openTab(user, "Vergelijken");
    await user.click(screen.getByRole("switch", { name: "Gecorrigeerde achterstand" }));
    const tabel = screen.getByRole("table", { name: "Vergelijking opdracht versnelling en achterstand" });
    expect(celTekst(tabel, "Achterstand (geregistreerd)", 1)).toBe("26");
    expect(celTekst(tabel, "Achterstand (gecorrigeerd)", 1)).toBe("18");
    expect(celTekst(tabel, "Opdracht per achterstand", 1)).toBe("2,50");
    expect(
      screen.getByText("Verhoudingen berekend op de gecorrigeerde achterstand (met na-registratie)."),
    ).toBeInTheDocument();
  });

  it("vraagt om minstens twee gemeenten", async () => {
    const { user } = renderApp(stubAdapter());
    await controleer(user);
    await openTab(user, "Vergelijken");
    await user.click(screen.getByRole("checkbox", { name: "IJsselstein" }));
    expect(screen.getByText("Kies minstens twee gemeenten.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("schrijft de vergelijking naar een eigen werkblad", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Vergelijken");
    const knop = screen.getByRole("button", { name: "Naar werkblad" });
    await user.click(knop);
    await waitFor(() => expect(adapter.schrijfNieuwBlad).toHaveBeenCalledTimes(1));
    const blad = adapter.schrijfNieuwBlad.mock.calls[0][0];
    expect(JSON.stringify(blad.waarden)).toContain("Leusden");
    // The message sits right under the button that caused it and takes the focus.
    const melding = await screen.findByRole("group", { name: /^Gelukt/ });
    expect(melding).toHaveTextContent(`Werkblad "${blad.naam}" gemaakt.`);
    expect(knop.nextElementSibling).toBe(melding);
    await waitFor(() => expect(melding).toHaveFocus());
  });
});

/** Leusden's golden periods 2021-2 and 2022-1 and IJsselstein's (invented), without an opdracht column. */
function meerperiodenBlad(): Blad {
  return {
    naam: "Overzicht",
    waarden: [
      [
        "Gemeente",
        "Periode",
        "Achterstand begin",
        "Taakstelling",
        "Herverdeling",
        "Gerealiseerd",
        "Na-registratie",
      ],
      ["Leusden", "2021-2", 19, 19, 0, 17, 6],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8],
      ["IJsselstein", "2021-2", 14, 22, 0, 21, 0],
      ["IJsselstein", "2022-1", 15, 20, 0, 14, 0],
      ["Houten", "2022-1", 20, 20, 0, 16, 0],
    ],
  };
}

describe("Vergelijken op een blad zonder opdracht versnelling", () => {
  it("vergelijkt Leusden en IJsselstein op de cijfers van het blad, per periode een tabel", async () => {
    const { user } = renderApp(stubAdapter(meerperiodenBlad()));
    await controleer(user);
    await openTab(user, "Vergelijken");
    expect(
      screen.getByText(/Dit blad heeft geen kolom met een opdracht versnelling\. Hieronder/),
    ).toBeVisible();
    expect(screen.getByRole("checkbox", { name: "Leusden" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "IJsselstein" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Houten" })).not.toBeChecked();
    expect(screen.getByRole("heading", { name: "2021-2" })).toBeInTheDocument();
    const t2022 = screen.getByRole("table", { name: "Cijfers 2022-1" });
    expect(
      within(t2022)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Maatstaf", "Leusden", "IJsselstein"]);
    expect(celTekst(t2022, "Taakstelling", 1)).toBe("18");
    expect(celTekst(t2022, "Totaalopgave", 1)).toBe("39");
    expect(celTekst(t2022, "Gerealiseerd", 1)).toBe("13");
    expect(celTekst(t2022, "Achterstand eind (geregistreerd)", 1)).toBe("26");
    expect(celTekst(t2022, "Achterstand eind (gecorrigeerd)", 1)).toBe("18");
    expect(celTekst(t2022, "Realisatie taakstelling", 1)).toBe("72%");
    expect(celTekst(t2022, "Realisatie totaalopgave", 1)).toBe("33%");
    expect(celTekst(t2022, "Trede", 1)).toBe("3");
    expect(celTekst(t2022, "Achterstand eind (geregistreerd)", 2)).toBe("21");
    const t2021 = screen.getByRole("table", { name: "Cijfers 2021-2" });
    expect(celTekst(t2021, "Achterstand eind (geregistreerd)", 1)).toBe("21");
    expect(celTekst(t2021, "Achterstand eind (gecorrigeerd)", 1)).toBe("15");
    expect(celTekst(t2021, "Realisatie taakstelling", 1)).toBe("89%");
    // Each table scrolls in its own labelled, focusable region.
    expect(screen.getByRole("region", { name: "Cijfers 2022-1 (schuifbaar)" })).toHaveAttribute(
      "tabindex",
      "0",
    );
  });

  it("toont een derde gemeente na het aanvinken, en 'geen rij' in een periode zonder rij", async () => {
    const { user } = renderApp(stubAdapter(meerperiodenBlad()));
    await controleer(user);
    await openTab(user, "Vergelijken");
    await user.click(screen.getByRole("checkbox", { name: "Houten" }));
    const t2021 = screen.getByRole("table", { name: "Cijfers 2021-2" });
    expect(celTekst(t2021, "Taakstelling", 3)).toBe("geen rij");
    expect(celTekst(screen.getByRole("table", { name: "Cijfers 2022-1" }), "Totaalopgave", 3)).toBe("40");
    await user.click(screen.getByRole("checkbox", { name: "Leusden" }));
    await user.click(screen.getByRole("checkbox", { name: "Houten" }));
    expect(screen.getByText("Kies minstens twee gemeenten.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("biedt het blad met de opdracht aan en vergelijkt daar, met het toetsenbord", async () => {
    const adapter = stubAdapter(meerperiodenBlad());
    let actief = "Overzicht";
    adapter.leesBladen.mockResolvedValue([
      { naam: "Overzicht", opdrachtKolom: false },
      { naam: "2022-1", opdrachtKolom: true },
      { naam: "Notities", opdrachtKolom: false },
    ]);
    adapter.activeerBlad.mockImplementation(async (naam: string) => {
      actief = naam;
    });
    adapter.leesActiefBlad.mockImplementation(async () =>
      actief === "2022-1" ? { ...voorbeeldBlad(), naam: "2022-1" } : meerperiodenBlad(),
    );
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Vergelijken");
    const aanbod = await screen.findByRole("group", { name: "Bladen met een opdracht versnelling" });
    const knoppen = within(aanbod).getAllByRole("button");
    expect(knoppen.map((k) => k.textContent)).toEqual(["Opdracht staat op blad 2022-1: daar vergelijken"]);
    knoppen[0].focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(adapter.activeerBlad).toHaveBeenCalledWith("2022-1"));
    const tabel = await screen.findByRole("table", {
      name: "Vergelijking opdracht versnelling en achterstand",
    });
    expect(celTekst(tabel, "Opdracht per achterstand", 1)).toBe("1,73");
    expect(celTekst(tabel, "Opdracht per achterstand", 2)).toBe("0,81");
    expect(screen.getByRole("tab", { name: "Vergelijken" })).toHaveAttribute("aria-selected", "true");
    expect(
      screen.queryByRole("group", { name: "Bladen met een opdracht versnelling" }),
    ).not.toBeInTheDocument();
  });

  it("zegt het als het blad niet te openen is, en houdt de cijfers", async () => {
    const adapter = stubAdapter(meerperiodenBlad());
    adapter.leesBladen.mockResolvedValue([{ naam: "2022-1", opdrachtKolom: true }]);
    adapter.activeerBlad.mockRejectedValue(new Error("Het werkblad '2022-1' bestaat niet (meer)."));
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Vergelijken");
    await user.click(await screen.findByRole("button", { name: /daar vergelijken/ }));
    expect(await screen.findByText("Het werkblad '2022-1' bestaat niet (meer).")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Cijfers 2022-1" })).toBeInTheDocument();
  });

  it("zegt het als de kolom opdracht er is maar leeg, en vergelijkt dan de cijfers", async () => {
    const blad = meerperiodenBlad();
    blad.waarden = blad.waarden.map((r, i) => [...r, i === 0 ? "Opdracht versnelling" : ""]);
    const { user } = renderApp(stubAdapter(blad));
    await controleer(user);
    await openTab(user, "Vergelijken");
    expect(screen.getByText(/De kolom opdracht versnelling van dit blad is leeg\./)).toBeVisible();
    expect(celTekst(screen.getByRole("table", { name: "Cijfers 2022-1" }), "Totaalopgave", 1)).toBe("39");
  });

  it("vergelijkt de cijfers ook als de werkmap niet zegt welke bladen een opdracht hebben", async () => {
    const adapter = stubAdapter(meerperiodenBlad());
    adapter.leesBladen.mockRejectedValue(new Error("Excel reageert niet"));
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Vergelijken");
    await waitFor(() => expect(adapter.leesBladen).toHaveBeenCalled());
    expect(screen.queryByRole("button", { name: /daar vergelijken/ })).not.toBeInTheDocument();
    expect(celTekst(screen.getByRole("table", { name: "Cijfers 2022-1" }), "Trede", 1)).toBe("3");
  });
});
