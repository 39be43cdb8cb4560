import { fireEvent, screen, within } from "@testing-library/react";
import { controleer, openTab, prognoseBlad, renderApp, stubAdapter } from "./hulp";

function rijVan(tabel: HTMLElement, gemeente: string): string[] {
  const rij = within(tabel)
    .getAllByRole("row")
    .find((tr) => tr.firstElementChild?.textContent === gemeente);
  return rij ? Array.from(rij.children).map((c) => c.textContent ?? "") : [];
}

describe("Prognose", () => {
  it("rekent vanaf de meetdatum: Leusden 22 november 2022 met 33 gerealiseerd -> 42, trede 2, niet op schema", async () => {
    const { user } = renderApp(stubAdapter(prognoseBlad()), "2022-11-22");
    await controleer(user);
    await openTab(user, "Prognose");
    expect(screen.getByLabelText("Meetdatum")).toHaveValue("2022-11-22");
    const tabel = screen.getByRole("table", { name: "Prognose per gemeente" });
    const [gemeente, gerealiseerd, prognose, trede, perMaand, opSchema] = rijVan(tabel, "Leusden");
    expect([gemeente, gerealiseerd, prognose, trede, opSchema]).toEqual([
      "Leusden",
      "33",
      "42",
      "Trede 2",
      "nee",
    ]);
    // (51 - 33) / (40 days left / (365.25 / 12)) = 13.70 per month
    expect(perMaand).toBe("13,7");
    expect(rijVan(tabel, "Houten")[5]).toBe("ja");
  });

  it("filtert op wie achter op schema ligt", async () => {
    const { user } = renderApp(stubAdapter(prognoseBlad()), "2022-11-22");
    await controleer(user);
    await openTab(user, "Prognose");
    await user.click(screen.getByRole("switch", { name: "Alleen achter op schema" }));
    const tabel = screen.getByRole("table", { name: "Prognose per gemeente" });
    expect(rijVan(tabel, "Leusden")[0]).toBe("Leusden");
    expect(rijVan(tabel, "Houten")).toEqual([]);
  });

  it("meldt een ongeldige meetdatum in plaats van een lege tabel", async () => {
    const { user } = renderApp(stubAdapter(prognoseBlad()), "2022-11-22");
    await controleer(user);
    await openTab(user, "Prognose");
    fireEvent.change(screen.getByLabelText("Meetdatum"), { target: { value: "" } });
    expect(screen.getByText("Vul een geldige meetdatum in.")).toBeInTheDocument();
  });

  it("neemt de meetdatum van het blad over en zegt dat de cijfers van het blad gebruikt worden", async () => {
    const blad = prognoseBlad();
    blad.waarden[0].push("Meetdatum");
    blad.waarden[1].push("22-11-2022");
    blad.waarden[2].push("22-11-2022");
    const { user } = renderApp(stubAdapter(blad), "2023-01-15");
    await controleer(user);
    await openTab(user, "Prognose");
    expect(screen.getByLabelText("Meetdatum")).toHaveValue("2022-11-22");
    expect(screen.getByText("2022-2: gemeten op 22-11-2022 (uit het blad).")).toBeInTheDocument();
    expect(screen.queryByText(/kiest alleen de periode/)).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Meetdatum"), { target: { value: "2022-12-01" } });
    expect(
      screen.getByText(
        "De gekozen datum 01-12-2022 kiest alleen de periode 2022-2; de prognose rekent met de cijfers en de meetdatum van het blad.",
      ),
    ).toBeInTheDocument();
    // Still Leusden's measured figures of 22 November: 42 and trede 2.
    const tabel = screen.getByRole("table", { name: "Prognose per gemeente" });
    expect(rijVan(tabel, "Leusden").slice(2, 4)).toEqual(["42", "Trede 2"]);
  });
});
