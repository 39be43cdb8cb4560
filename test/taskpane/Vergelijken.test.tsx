import { screen, waitFor, within } from "@testing-library/react";
import { celTekst, controleer, openTab, renderApp, stubAdapter } from "./hulp";

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
