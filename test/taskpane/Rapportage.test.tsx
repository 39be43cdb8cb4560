import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { controleerBlad } from "../../src/sheet";
import { maakRapportage } from "../../src/sheet/rapportage";
import type { Blad } from "../../src/sheet/types";
import { RapportageView, rapportageAlsHtml, rapportageAlsTekst } from "../../src/taskpane/RapportageView";
import { beginToestand, type Actie } from "../../src/taskpane/toestand";
import { stubAdapter } from "./hulp";

/**
 * Leusden's real 2022-1 (A_eind 26, corrected 18 = TS 18 after trede 2: up to 3), Houten (backlog 4 of
 * TS 30: stays 2) and Eemnes (a lead of 2: down to 1).
 */
function blad(): Blad {
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
        "Vorige trede",
      ],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, 2],
      ["Houten", "2022-1", 5, 30, 0, 31, 0, 2],
      ["Eemnes", "2022-1", 4, 6, 0, 12, 0, 2],
    ],
  };
}

function opzet(metRapport = true) {
  const rapport = controleerBlad(blad());
  const toestand = { ...beginToestand("2022-11-22"), blad: blad(), rapport: metRapport ? rapport : null };
  const dispatch = jest.fn<void, [Actie]>();
  const adapter = stubAdapter(blad());
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <RapportageView toestand={toestand} dispatch={dispatch} adapter={adapter} />
    </FluentProvider>,
  );
  return { rapport, dispatch, adapter, user };
}

const rijTeksten = (tabel: HTMLElement): string[][] =>
  within(tabel)
    .getAllByRole("row")
    .map((tr) => Array.from(tr.children).map((c) => c.textContent ?? ""));

describe("RapportageView", () => {
  it("toont titel, peildatum en de tabellen met de cijfers van de laatste periode", () => {
    opzet();
    expect(
      screen.getByRole("heading", {
        name: "Rapportage huisvesting vergunninghouders aan Gedeputeerde Staten, 2022-1",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("Peildatum 1 juli 2022")).toBeInTheDocument();
    const treden = screen.getByRole("table", { name: "Aantal gemeenten per trede na 2022-1" });
    expect(rijTeksten(treden).slice(1, 4)).toEqual([
      ["1", "Signaleren", "1", "1"],
      ["2", "Informatie opvragen en valideren", "1", "1"],
      ["3", "Actief toezicht", "1", "1"],
    ]);
    const op = screen.getByRole("table", { name: "Opgeschaald" });
    expect(rijTeksten(op)[1].slice(0, 3)).toEqual(["Leusden", "2", "3"]);
    expect(rijTeksten(op)[1][3]).toMatch(/^achterstand 18 na correctie \(26 geregistreerd\)/);
    expect(rijTeksten(screen.getByRole("table", { name: "Afgeschaald" }))[1].slice(0, 3)).toEqual([
      "Eemnes",
      "2",
      "1",
    ]);
    // Province: TS 18+30+6 = 54, TO 39+35+10 = 84, R 13+31+12 = 56 -> 104% and 67%.
    const totalen = rijTeksten(screen.getByRole("table", { name: "Provinciale totalen" }));
    expect(totalen[1]).toEqual(["2022-1", "3", "54", "0", "84", "56", "8", "28", "20", "104%", "67%"]);
    expect(screen.getByText(/^Geen prognose: 2022-1 is afgesloten op 1 juli 2022/)).toBeInTheDocument();
  });

  it("schrijft het afdrukklare werkblad via de adapter", async () => {
    const { adapter, user, dispatch } = opzet();
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(adapter.schrijfNieuwBlad).toHaveBeenCalledTimes(1);
    const nieuw = adapter.schrijfNieuwBlad.mock.calls[0][0];
    expect(nieuw.naam).toBe("Rapportage 2022-1");
    expect(nieuw.afdruk).toMatchObject({ stand: "liggend", papier: "A4", paginasBreed: 1 });
    expect(nieuw.afdruk.voettekst).toMatch(/^IBT Huisvesting, werkblad Overzicht, /);
    expect(dispatch).toHaveBeenLastCalledWith({
      type: "klaar",
      melding: expect.stringContaining("Rapportage 2022-1"),
    });
  });

  it("kopieert als tabel: tekst met tabs en HTML samen, met het toetsenbord te bereiken", async () => {
    const { user, dispatch, rapport } = opzet();
    const geschreven: ClipboardItem[][] = [];
    const write = jest.fn(async (items: ClipboardItem[]) => {
      geschreven.push(items);
    });
    Object.defineProperty(navigator, "clipboard", { value: { write }, configurable: true });
    class NepItem {
      constructor(readonly data: Record<string, Blob>) {}
    }
    (globalThis as unknown as { ClipboardItem: unknown }).ClipboardItem = NepItem;
    try {
      const knop = screen.getByRole("button", { name: "Kopieer als tabel" });
      knop.focus();
      await user.keyboard("{Enter}");
      expect(write).toHaveBeenCalledTimes(1);
      const item = geschreven[0][0] as unknown as NepItem;
      expect(Object.keys(item.data).sort()).toEqual(["text/html", "text/plain"]);
      expect(dispatch).toHaveBeenLastCalledWith({
        type: "klaar",
        melding: "Rapportage gekopieerd als tabel; plak hem in een document of werkblad.",
      });
    } finally {
      delete (globalThis as unknown as { ClipboardItem?: unknown }).ClipboardItem;
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    }
    const r = maakRapportage(rapport);
    const tekst = rapportageAlsTekst(r);
    expect(tekst).toContain("Opgeschaald\nGemeente\tVan\tNaar\tWaarom\nLeusden\t2\t3\tachterstand 18");
    const html = rapportageAlsHtml({ ...r, opgeschaald: [{ ...r.opgeschaald[0], gemeente: "<b>&" }] });
    expect(html).toContain("<td>&lt;b&gt;&amp;</td>");
    expect(html).not.toContain("<b>&");
  });

  it("vraagt eerst te controleren zonder rapport", () => {
    opzet(false);
    expect(screen.queryByRole("button", { name: "Naar werkblad" })).not.toBeInTheDocument();
  });
});
