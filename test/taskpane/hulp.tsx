/** Shared helpers of the component tests: a small example sheet, a stub adapter, rendering. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WerkboekAdapter } from "../../src/host/werkboek";
import type { Blad } from "../../src/sheet/types";
import { App } from "../../src/taskpane/App";

/**
 * One period (2022-1) of four gemeenten: Leusden's real figures (A_begin 21, TS 18, R 13, N 8 -> TO 39,
 * A_eind 26, corrected 18), IJsselstein A_eind 21 and Houten 24 with the summer 2022 opdrachten
 * 45 / 17 / 35, Lopik with "abc" as gerealiseerd (a remark on F5), and an unknown column "Notitie".
 */
export function voorbeeldBlad(): Blad {
  return {
    naam: "Test",
    waarden: [
      [
        "Gemeente",
        "Periode",
        "Achterstand begin",
        "Taakstelling",
        "Herverdeling",
        "Gerealiseerd",
        "Na-registratie",
        "Opdracht versnelling",
        "Notitie",
      ],
      ["Leusden", "2022-1", 21, 18, 0, 13, 8, 45, "echt"],
      ["IJsselstein", "2022-1", 15, 16, 0, 10, 0, 17, ""],
      ["Houten", "2022-1", 20, 20, 0, 16, 0, 35, ""],
      ["Lopik", "2022-1", 2, 10, 0, "abc", 0, "", ""],
    ],
  };
}

/** Leusden's 2022-2 interim (R 33 of TO 51) and Houten on schedule, for the prognose. */
export function prognoseBlad(): Blad {
  return {
    naam: "Tussenstand",
    waarden: [
      ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Herverdeling", "Gerealiseerd"],
      ["Leusden", "2022-2", 26, 24, 1, 33],
      ["Houten", "2022-2", 10, 20, 0, 28],
    ],
  };
}

export type StubAdapter = { [K in keyof WerkboekAdapter]: jest.Mock };

/** A WerkboekAdapter of jest.fn()s that serves `blad` and remembers settings. */
export function stubAdapter(blad: Blad = voorbeeldBlad()): StubAdapter {
  const instellingen = new Map<string, unknown>();
  return {
    leesActiefBlad: jest.fn(async () => blad),
    schrijfPlan: jest.fn(async () => ({ cellen: 0, syncs: 0, eenOngedaanStap: false })),
    schrijfCellen: jest.fn(async (_blad: string, cellen: unknown[]) => ({
      cellen: cellen.length,
      syncs: 0,
      eenOngedaanStap: false,
    })),
    selecteerCel: jest.fn(async () => undefined),
    schrijfNieuwBlad: jest.fn(async () => undefined),
    leesBladen: jest.fn(async () => [{ naam: blad.naam, opdrachtKolom: false }]),
    activeerBlad: jest.fn(async () => undefined),
    leesInstelling: jest.fn(async (sleutel: string) =>
      instellingen.has(sleutel) ? instellingen.get(sleutel) : null,
    ),
    bewaarInstelling: jest.fn(async (sleutel: string, waarde: unknown) => {
      instellingen.set(sleutel, JSON.parse(JSON.stringify(waarde)));
    }),
  };
}

export function renderApp(adapter: WerkboekAdapter, vandaag = "2022-11-22") {
  const user = userEvent.setup();
  const uitkomst = render(
    <FluentProvider theme={webLightTheme}>
      <App adapter={adapter} vandaag={vandaag} />
    </FluentProvider>,
  );
  return { user, ...uitkomst };
}

/** Runs the check from the Controleren view and waits for the summary. */
export async function controleer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Controleer blad" }));
  await screen.findByRole("heading", { name: "Samenvatting" });
}

/** Opens a view by its tab. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, naam: string) {
  await user.click(screen.getByRole("tab", { name: naam }));
}

/** The text of the cell in `rij` (row header text) and column `kolom` (0-based) of a table. */
export function celTekst(tabel: HTMLElement, rij: string, kolom: number): string {
  const r = within(tabel)
    .getAllByRole("row")
    .find((tr) => tr.firstElementChild?.textContent === rij);
  if (!r) throw new Error(`Geen rij "${rij}"`);
  return (r.children[kolom] as HTMLElement).textContent ?? "";
}
