import { act, screen } from "@testing-library/react";

/** Loads the task-pane entry afresh into a page with <div id="container">. */
async function laadIngang(): Promise<void> {
  document.body.replaceChildren();
  const container = document.createElement("div");
  container.id = "container";
  document.body.appendChild(container);
  await act(async () => {
    jest.isolateModules(() => {
      require("../../src/taskpane/index");
    });
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
    expect(screen.getAllByRole("tab")).toHaveLength(5);
  });

  it("toont een foutmelding in plaats van een leeg venster als office.js niet geladen is", async () => {
    await laadIngang();
    expect(
      await screen.findByText(/De Office-bibliotheek \(office\.js\) kon niet worden geladen/),
    ).toHaveTextContent("Er ging iets mis");
  });
});
