import { screen, waitFor, within } from "@testing-library/react";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import type { SchrijfOpties } from "../../src/host/werkboek";
import { controleer, openTab, renderApp, stubAdapter, voorbeeldBlad } from "./hulp";

describe("Terugschrijven", () => {
  it("toont eerst wat geschreven wordt en schrijft pas na Schrijven", async () => {
    const werkboek = new GeheugenWerkboek([voorbeeldBlad()]);
    const { user } = renderApp(werkboek);
    await controleer(user);
    await openTab(user, "Terugschrijven");
    await user.click(screen.getByRole("button", { name: "Schrijf resultaten" }));
    const voorbeeld = screen.getByRole("region", { name: "Wat wordt geschreven" });
    const cellen = within(voorbeeld).getByText(/^[\d.]+ cellen$/).textContent!;
    expect(within(voorbeeld).getAllByRole("listitem")[0]).toHaveTextContent(/^[A-Z]+: IBT /);
    expect(within(voorbeeld).getByText("Geen cellen met eigen inhoud in de weg.")).toBeInTheDocument();
    expect(werkboek.leesBlad("Test")!.waarden[0].some((w) => String(w).startsWith("IBT "))).toBe(false);

    await user.click(screen.getByRole("button", { name: "Schrijven" }));
    expect(
      await screen.findByText(`${cellen.replace(" cellen", "")} cellen geschreven.`),
    ).toBeInTheDocument();
    expect(werkboek.leesBlad("Test")!.waarden[0].some((w) => String(w).startsWith("IBT "))).toBe(true);
    // The preview with its Schrijven button is gone: the keyboard focus is on the result, not on <body>.
    await waitFor(() => expect(screen.getByRole("group", { name: /^Gelukt/ })).toHaveFocus());

    // A second run over its own columns: nothing to confirm, the same columns again.
    const kolommen = werkboek.leesBlad("Test")!.kolommen;
    await user.click(screen.getByRole("button", { name: "Schrijf resultaten" }));
    expect(screen.getByText("Geen cellen met eigen inhoud in de weg.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Schrijven" }));
    expect(await screen.findByText(/^[\d.]+ cellen geschreven\.$/)).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(werkboek.leesBlad("Test")!.kolommen).toBe(kolommen);
  });

  it("vraagt bevestiging voor cellen met eigen inhoud en meldt cellen, syncs en ongedaan maken", async () => {
    const adapter = stubAdapter();
    adapter.schrijfPlan.mockImplementation(async (_plan, opties: SchrijfOpties) => {
      const ja = await opties.bevestigOverschrijven!(["J3", "J4"]);
      if (!ja) throw new Error("Niets geschreven.");
      return { cellen: 1234, syncs: 2, eenOngedaanStap: true };
    });
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Terugschrijven");
    await user.click(screen.getByRole("button", { name: "Schrijf resultaten" }));
    await user.click(screen.getByRole("button", { name: "Schrijven" }));

    const dialoog = await screen.findByRole("alertdialog", { name: "Cellen overschrijven?" });
    expect(
      within(dialoog)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["J3", "J4"]);
    expect(within(dialoog).getByRole("button", { name: "Niet overschrijven" })).toHaveFocus();
    await user.click(within(dialoog).getByRole("button", { name: "Overschrijven" }));

    expect(await screen.findByText("1.234 cellen geschreven.")).toBeInTheDocument();
    expect(screen.getByText("2 keer gesynchroniseerd met Excel.")).toBeInTheDocument();
    expect(screen.getByText(/Ongedaan maken/)).toBeInTheDocument();
    expect(adapter.schrijfPlan.mock.calls[0][0].blad).toBe("Test");
  });

  it("schrijft niet als de gebruiker niet wil overschrijven (Enter op de veilige keuze) en toont dat als fout", async () => {
    const adapter = stubAdapter();
    adapter.schrijfPlan.mockImplementation(async (_plan, opties: SchrijfOpties) => {
      const ja = await opties.bevestigOverschrijven!(["J3"]);
      if (!ja) throw new Error("Niets geschreven: J3 heeft eigen inhoud.");
      return { cellen: 1, syncs: 0, eenOngedaanStap: false };
    });
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Terugschrijven");
    await user.click(screen.getByRole("button", { name: "Schrijf resultaten" }));
    await user.click(screen.getByRole("button", { name: "Schrijven" }));
    // The safe answer has the focus: Enter right away does not overwrite.
    const dialoog = await screen.findByRole("alertdialog", { name: "Cellen overschrijven?" });
    expect(within(dialoog).getByRole("button", { name: "Niet overschrijven" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Niets geschreven: J3 heeft eigen inhoud.")).toHaveTextContent(
      "Er ging iets mis",
    );
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  });
});
