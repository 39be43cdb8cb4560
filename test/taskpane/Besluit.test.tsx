/**
 * Recording a decision (rule 11) in Controleren: choose a row, a step and a reason; the pane writes them
 * into new "Vastgestelde trede" / "Reden besluit" columns right of the header row (or the existing ones),
 * asks before it overwrites a filled cell, and checks the sheet again so that the report shows it.
 */
import { screen, within } from "@testing-library/react";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { controleer, renderApp, voorbeeldBlad } from "./hulp";

const REDEN = "Versnellingsactie geldt als verbeterplan";

async function start() {
  const werkboek = new GeheugenWerkboek([voorbeeldBlad()]);
  const { user } = renderApp(werkboek);
  await controleer(user);
  const sectie = await screen.findByRole("region", { name: "Besluit vastleggen" });
  const velden = {
    rij: within(sectie).getByRole("combobox", { name: "Gemeente en periode" }),
    trede: within(sectie).getByRole("combobox", { name: "Vastgestelde trede" }),
    reden: within(sectie).getByRole("textbox", { name: /Reden besluit/ }),
    knop: within(sectie).getByRole("button", { name: "Besluit vastleggen" }),
  };
  return { werkboek, user, sectie, velden };
}

describe("Besluit vastleggen", () => {
  it("schrijft trede en reden in nieuwe kolommen naast de kopregel en toont het besluit in de controle", async () => {
    const { werkboek, user, velden } = await start();
    expect(
      within(velden.rij)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Leusden 2022-1 (rij 2)",
      "IJsselstein 2022-1 (rij 3)",
      "Houten 2022-1 (rij 4)",
      "Lopik 2022-1 (rij 5)",
    ]);
    // The step starts at the computed one (Leusden 2022-1: 3).
    expect(velden.trede).toHaveValue("3");
    expect(screen.getByText("Berekend: trede 3.")).toBeInTheDocument();
    await user.selectOptions(velden.trede, "2");
    await user.type(velden.reden, REDEN);
    await user.click(velden.knop);

    expect(
      await screen.findByText(
        "Besluit vastgelegd in de cellen J2, K2. Nieuwe kolommen: Vastgestelde trede (J1), Reden besluit (K1).",
      ),
    ).toBeInTheDocument();
    const w = werkboek.leesBlad("Test")!.waarden;
    expect([w[0][9], w[0][10], w[1][9], w[1][10]]).toEqual(["Vastgestelde trede", "Reden besluit", 2, REDEN]);
    // The check ran again: the decision is in the remarks, and the form shows it.
    const info = screen.getByRole("button", { name: /^Informatie \(/ });
    if (info.getAttribute("aria-expanded") !== "true") await user.click(info);
    expect(
      await screen.findByText(/Trede berekend 3, vastgesteld 2: Versnellingsactie geldt als verbeterplan\./),
    ).toBeInTheDocument();
    expect(screen.getByText("Berekend: trede 3; nu vastgesteld: trede 2.")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("vraagt eerst voordat een gevulde cel wordt overschreven; bij nee blijft het oude besluit", async () => {
    const { werkboek, user, velden } = await start();
    await user.selectOptions(velden.trede, "2");
    await user.type(velden.reden, REDEN);
    await user.click(velden.knop);
    await screen.findByText(/^Besluit vastgelegd/);

    const sectie = screen.getByRole("region", { name: "Besluit vastleggen" });
    await user.selectOptions(within(sectie).getByRole("combobox", { name: "Vastgestelde trede" }), "4");
    await user.click(within(sectie).getByRole("button", { name: "Besluit vastleggen" }));
    let dialoog = await screen.findByRole("alertdialog", { name: "Cellen overschrijven?" });
    expect(
      within(dialoog)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["J2"]);
    expect(within(dialoog).getByRole("button", { name: "Niet overschrijven" })).toHaveFocus();
    await user.click(within(dialoog).getByRole("button", { name: "Niet overschrijven" }));
    expect(await screen.findByText(/Er is niets geschreven/)).toBeInTheDocument();
    expect(werkboek.leesBlad("Test")!.waarden[1][9]).toBe(2);

    await user.click(within(sectie).getByRole("button", { name: "Besluit vastleggen" }));
    dialoog = await screen.findByRole("alertdialog", { name: "Cellen overschrijven?" });
    await user.click(within(dialoog).getByRole("button", { name: "Overschrijven" }));
    expect(await screen.findByText("Besluit vastgelegd in de cellen J2, K2.")).toBeInTheDocument();
    expect(werkboek.leesBlad("Test")!.waarden[1][9]).toBe(4);
  });

  it("vraagt om een reden en schrijft zonder reden niets", async () => {
    const { werkboek, user, velden } = await start();
    await user.click(velden.knop);
    expect(await screen.findByText("Geef de reden van het besluit.")).toBeInTheDocument();
    expect(werkboek.leesBlad("Test")!.waarden[0]).toHaveLength(9);
  });
});
