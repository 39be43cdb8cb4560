import { screen } from "@testing-library/react";
import { kiesThema, helderheid } from "../../src/taskpane/thema";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { beginToestand, verwerk } from "../../src/taskpane/toestand";
import { renderApp, stubAdapter } from "./hulp";

describe("App", () => {
  it("toont vijf tabbladen in het Nederlands en begint bij Controleren", () => {
    renderApp(stubAdapter());
    const tabs = screen.getAllByRole("tab").map((t) => t.querySelector(".fui-Tab__content")?.textContent);
    expect(tabs).toEqual(["Controleren", "Terugschrijven", "Vergelijken", "Brieftabel", "Prognose"]);
    expect(screen.getByRole("tab", { name: "Controleren" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Controleren");
    expect(screen.getByRole("button", { name: "Controleer blad" })).toBeEnabled();
  });

  it.each(["Terugschrijven", "Vergelijken", "Brieftabel", "Prognose"])(
    "toont in %s zonder controle eerst de knop Controleer blad",
    async (tab) => {
      const { user } = renderApp(stubAdapter());
      await user.click(screen.getByRole("tab", { name: tab }));
      expect(screen.getByRole("tabpanel")).toHaveAccessibleName(tab);
      expect(
        screen.getByText("Controleer eerst het blad; daarna is dit onderdeel te gebruiken."),
      ).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Controleer blad" })).toBeInTheDocument();
    },
  );

  // Arrow keys between the tabs need layout (tabster skips invisible elements): see test/e2e.
  it("is met het toetsenbord te bedienen: Enter kiest een tabblad en bedient de knop", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    screen.getByRole("tab", { name: "Terugschrijven" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Terugschrijven" })).toHaveAttribute("aria-selected", "true");
    screen.getByRole("button", { name: "Controleer blad" }).focus();
    await user.keyboard("{Enter}");
    expect(adapter.leesActiefBlad).toHaveBeenCalledTimes(1);
  });
});

describe("thema", () => {
  it("kiest het donkere thema bij een donkere achtergrond van Office", () => {
    expect(kiesThema({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(kiesThema({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  });

  it("kiest het lichte thema zonder Office-thema of bij een onleesbare kleur", () => {
    expect(kiesThema(undefined)).toBe(webLightTheme);
    expect(kiesThema({ bodyBackgroundColor: "rood" })).toBe(webLightTheme);
    expect(helderheid("#000000")).toBe(0);
    expect(helderheid("#ffffff")).toBeCloseTo(1, 6);
  });
});

describe("toestand", () => {
  it("wist een fout bij het begin van een nieuwe bewerking en onthoudt de meetdatum", () => {
    let t = beginToestand("2022-11-22");
    expect(t.prognose.meetdatum).toBe("2022-11-22");
    t = verwerk(t, { type: "mislukt", fout: "Excel reageert niet." });
    expect(t.fout).toBe("Excel reageert niet.");
    t = verwerk(t, { type: "start", bezig: "Blad lezen en controleren…" });
    expect(t.fout).toBeNull();
    expect(t.bezig).toBe("Blad lezen en controleren…");
  });

  it("begint bij een andere gemeente in de brieftabel zonder periode", () => {
    let t = verwerk(beginToestand("2022-11-22"), { type: "kiesBriefPeriode", periode: "2022-1" });
    t = verwerk(t, { type: "kiesBriefGemeente", gemeente: "Houten" });
    expect(t.brief).toEqual({ gemeente: "Houten", periode: null });
  });
});
