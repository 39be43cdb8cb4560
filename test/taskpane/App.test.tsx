import { screen } from "@testing-library/react";
import { kiesThema, helderheid } from "../../src/taskpane/thema";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { beginToestand, verwerk } from "../../src/taskpane/toestand";
import { renderApp, stubAdapter } from "./hulp";

describe("App", () => {
  it("toont zeven tabbladen in het Nederlands en begint bij Controleren", () => {
    renderApp(stubAdapter());
    const tabs = screen.getAllByRole("tab");
    const namen = [
      "Controleren",
      "Terugschrijven",
      "Vergelijken",
      "Brieftabel",
      "Prognose",
      "Dossier",
      "Rapportage",
    ];
    expect(tabs).toHaveLength(namen.length);
    namen.forEach((naam, i) => expect(tabs[i]).toHaveAccessibleName(naam));
    expect(screen.getByRole("tab", { name: "Controleren" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Controleren");
    expect(screen.getByRole("button", { name: "Controleer blad" })).toBeEnabled();
  });

  it.each(["Terugschrijven", "Vergelijken", "Brieftabel", "Prognose", "Dossier", "Rapportage"])(
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

  it("gaat met de pijltjestoetsen rond langs de tabbladen; Tab komt op het gekozen tabblad", async () => {
    const { user } = renderApp(stubAdapter());
    const tab = (naam: string) => screen.getByRole("tab", { name: naam });
    // One tab in the Tab order: the chosen one.
    expect(screen.getAllByRole("tab").filter((t) => t.tabIndex === 0)).toEqual([tab("Controleren")]);
    await user.tab();
    expect(tab("Controleren")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Terugschrijven")).toHaveFocus();
    expect(tab("Controleren")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(tab("Terugschrijven")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Terugschrijven");
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(tab("Rapportage")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab("Controleren")).toHaveFocus();
    await user.keyboard("{End}");
    expect(tab("Rapportage")).toHaveFocus();
    await user.keyboard(" ");
    expect(tab("Rapportage")).toHaveAttribute("aria-selected", "true");
    // Leaving the list and coming back lands on the chosen tab.
    await user.tab();
    await user.tab({ shift: true });
    expect(tab("Rapportage")).toHaveFocus();
  });

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
