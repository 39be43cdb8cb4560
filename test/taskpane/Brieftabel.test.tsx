import { screen, waitFor } from "@testing-library/react";
import { celTekst, controleer, openTab, renderApp, stubAdapter } from "./hulp";

async function kiesLeusden2022(user: Awaited<ReturnType<typeof renderApp>>["user"]) {
  await user.click(screen.getByRole("combobox", { name: "Gemeente" }));
  await user.click(await screen.findByRole("option", { name: "Leusden" }));
  await user.click(screen.getByRole("combobox", { name: "Periode" }));
  await user.click(await screen.findByRole("option", { name: "2022-1" }));
  return screen.findByRole("table", { name: "Brieftabel Leusden 2022-1" });
}

describe("Brieftabel", () => {
  it("toont voor Leusden 2022-1 totaalopgave 39, realisatie 72% en 33%", async () => {
    const { user } = renderApp(stubAdapter());
    await controleer(user);
    await openTab(user, "Brieftabel");
    const tabel = await kiesLeusden2022(user);
    const rijen = Array.from(tabel.querySelectorAll("tbody tr")).map(
      (tr) => tr.lastElementChild?.textContent,
    );
    expect(rijen).toContain("72%");
    expect(rijen).toContain("33%");
    expect(celTekst(tabel, "Realisatie taakstelling in percentage", 1)).toBe("72%");
    expect(celTekst(tabel, "Realisatie totaalopgave in percentage", 1)).toBe("33%");
    expect(rijen.some((w) => /^39\b/.test(w ?? ""))).toBe(true);
  });

  it("kopieert de tabel als tab-gescheiden tekst", async () => {
    const { user } = renderApp(stubAdapter());
    // user-event replaces navigator.clipboard by its own in-memory clipboard; watch it.
    const schrijf = jest.spyOn(navigator.clipboard, "writeText");
    await controleer(user);
    await openTab(user, "Brieftabel");
    await kiesLeusden2022(user);
    await user.click(screen.getByRole("button", { name: "Kopieer" }));
    await waitFor(() => expect(schrijf).toHaveBeenCalledTimes(1));
    const tekst = await navigator.clipboard.readText();
    expect(tekst).toContain("Realisatie taakstelling in percentage\t72%");
    expect(tekst).toContain("Realisatie totaalopgave in percentage\t33%");
    expect(await screen.findByText("Brieftabel gekopieerd; plak hem in de brief.")).toBeInTheDocument();
  });

  it("schrijft de brieftabel naar een werkblad", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Brieftabel");
    await kiesLeusden2022(user);
    const knop = screen.getByRole("button", { name: "Naar werkblad" });
    await user.click(knop);
    await waitFor(() => expect(adapter.schrijfNieuwBlad).toHaveBeenCalledTimes(1));
    const blad = adapter.schrijfNieuwBlad.mock.calls[0][0];
    expect(JSON.stringify(blad.waarden)).toContain("Realisatie taakstelling in percentage");
    // The message sits right under the row of buttons and takes the focus.
    const melding = await screen.findByRole("group", { name: /^Gelukt/ });
    expect(melding).toHaveTextContent(`Werkblad "${blad.naam}" gemaakt.`);
    expect(knop.parentElement!.nextElementSibling).toBe(melding);
    await waitFor(() => expect(melding).toHaveFocus());
  });

  it("toont een fout bij het maken van het werkblad in een foutmelding", async () => {
    const adapter = stubAdapter();
    adapter.schrijfNieuwBlad.mockRejectedValueOnce(new Error("Het werkblad is beveiligd."));
    const { user } = renderApp(adapter);
    await controleer(user);
    await openTab(user, "Brieftabel");
    await kiesLeusden2022(user);
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(await screen.findByText("Het werkblad is beveiligd.")).toHaveTextContent("Er ging iets mis");
  });
});
