import { screen } from "@testing-library/react";
import { TABS } from "../../src/taskpane/toestand";

// The entry renders with its own root, outside Testing Library's render: wait with findBy instead of act
// (Testing Library switches the act environment on before each file, so switch it off per test).
const actOmgeving = globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean };
beforeEach(() => {
  actOmgeving.IS_REACT_ACT_ENVIRONMENT = false;
});

/** Loads the task-pane entry afresh into a page with <div id="container">. */
async function laadIngang(): Promise<void> {
  document.body.replaceChildren();
  const container = document.createElement("div");
  container.id = "container";
  document.body.appendChild(container);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
}

describe("ingang van het taakvenster", () => {
  const globaal = globalThis as unknown as { Office?: unknown };

  afterEach(() => {
    delete globaal.Office;
  });

  it("toont het taakvenster binnen Office.onReady", async () => {
    const onReady = jest.fn((klaar: () => void) => klaar());
    globaal.Office = { onReady, context: { officeTheme: { bodyBackgroundColor: "#1F1F1F" } } };
    await laadIngang();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "Controleer blad" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toHaveLength(TABS.length);
  });

  it("toont een foutmelding in plaats van een leeg venster als office.js niet geladen is", async () => {
    await laadIngang();
    expect(
      await screen.findByText(/De Office-bibliotheek \(office\.js\) kon niet worden geladen/),
    ).toHaveTextContent("Er ging iets mis");
  });
});
