/**
 * Loading parts of the task pane on demand (src/taskpane/laden.ts, weergaven.ts, Laadbaar.tsx,
 * luiWerkboek.ts): the spinner while a view loads, the focus staying on the tab, a failed load as a Dutch
 * message with "Opnieuw proberen", and the engine and the Excel adapter loaded on their first use.
 *
 * The loaders of src/taskpane/weergaven.ts are replaced by gated ones here: each load waits until the test
 * opens its gate (or makes it fail as webpack does when a chunk's script does not load), then loads the
 * real module. Nothing here waits for real time.
 */
import { act, screen } from "@testing-library/react";
import type { WerkboekAdapter } from "../../src/host/werkboek";
import { maakLader, OnderdeelNietGeladen } from "../../src/taskpane/laden";
import { luiWerkboek } from "../../src/taskpane/luiWerkboek";
import { controleer, renderApp, stubAdapter } from "./hulp";

const NIET_GELADEN =
  "Dit onderdeel van IBT Huisvesting kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.";

/** webpack's error for a chunk whose script failed to load. */
function chunkFout(naam: string): Error {
  const fout = new Error(`Loading chunk ${naam} failed.\n(error: https://ibt.example.nl/${naam}.js)`);
  fout.name = "ChunkLoadError";
  return fout;
}

const mockPoorten = new Map<string, { open: () => void; faal: () => void }>();

jest.mock("../../src/taskpane/weergaven", () => {
  const echt = jest.requireActual("../../src/taskpane/weergaven");
  const { maakLader: lader } = jest.requireActual("../../src/taskpane/laden");
  const gepoort = (naam: string, echteLader: { laad: () => Promise<unknown> }) =>
    lader(() =>
      new Promise<void>((open, faal) => {
        mockPoorten.set(naam, {
          open: () => open(),
          faal: () => {
            const fout = new Error(`Loading chunk ${naam} failed.`);
            fout.name = "ChunkLoadError";
            faal(fout);
          },
        });
      }).then(() => echteLader.laad()),
    );
  return {
    ...echt,
    weergaveLaders: Object.fromEntries(
      Object.entries(echt.weergaveLaders as Record<string, { laad: () => Promise<unknown> }>).map(
        ([naam, echteLader]) => [naam, gepoort(naam, echteLader)],
      ),
    ),
    controleLader: gepoort("controle", echt.controleLader),
    uitslagLader: echt.uitslagLader,
    // Nothing preloaded (test/taskpane/setup.ts loads alleLaders before the tests).
    alleLaders: [echt.uitslagLader],
  };
});

/** Opens (or fails) the gate of a part once its load has started. */
async function poort(naam: string, gelukt: boolean): Promise<void> {
  await act(async () => {
    const p = mockPoorten.get(naam);
    if (!p) throw new Error(`${naam} wordt niet geladen`);
    mockPoorten.delete(naam);
    if (gelukt) p.open();
    else p.faal();
  });
}

describe("maakLader", () => {
  it("laadt één keer, onthoudt het deel en probeert het na een mislukte lading opnieuw", async () => {
    const importeer = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(chunkFout("prognose"))
      .mockResolvedValue("deel");
    const lader = maakLader(importeer);
    expect(lader.geladen()).toBeUndefined();
    const fout = await lader.laad().catch((f: unknown) => f);
    expect(fout).toBeInstanceOf(OnderdeelNietGeladen);
    expect((fout as Error).message).toBe(NIET_GELADEN);
    expect(lader.geladen()).toBeUndefined();
    const [a, b] = await Promise.all([lader.laad(), lader.laad()]);
    expect([a, b, lader.geladen()]).toEqual(["deel", "deel", "deel"]);
    await lader.laad();
    expect(importeer).toHaveBeenCalledTimes(2);
  });

  it("laat een andere fout (een fout in de module zelf) zoals hij is", async () => {
    const lader = maakLader(() => Promise.reject(new TypeError("x is geen functie")));
    await expect(lader.laad()).rejects.toThrow(new TypeError("x is geen functie"));
  });
});

describe("weergaven op aanvraag", () => {
  it("toont een spinner terwijl een weergave laadt; de focus blijft op het tabblad", async () => {
    const { user } = renderApp(stubAdapter());
    const tab = screen.getByRole("tab", { name: "Prognose" });
    await user.click(tab);
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Prognose");
    expect(screen.getByText("Prognose laden…")).toBeInTheDocument();
    expect(tab).toHaveFocus();
    await poort("prognose", true);
    expect(
      await screen.findByText("Controleer eerst het blad; daarna is dit onderdeel te gebruiken."),
    ).toBeInTheDocument();
    expect(screen.queryByText("Prognose laden…")).not.toBeInTheDocument();
    expect(tab).toHaveFocus();
    // Loaded once: back and forth shows it at once.
    await user.click(screen.getByRole("tab", { name: "Controleren" }));
    await user.click(tab);
    expect(
      screen.getByText("Controleer eerst het blad; daarna is dit onderdeel te gebruiken."),
    ).toBeVisible();
  });

  it("zegt het in het Nederlands als een weergave niet laadt, en laadt haar met Opnieuw proberen", async () => {
    const { user } = renderApp(stubAdapter());
    await user.click(screen.getByRole("tab", { name: "Brieftabel" }));
    await poort("brieftabel", false);
    expect(await screen.findByText(NIET_GELADEN)).toBeInTheDocument();
    expect(screen.getByText("Er ging iets mis")).toBeInTheDocument();
    const opnieuw = screen.getByRole("button", { name: "Opnieuw proberen" });
    await user.click(opnieuw);
    expect(screen.getByText("Brieftabel laden…")).toBeInTheDocument();
    await poort("brieftabel", true);
    expect(
      await screen.findByText("Controleer eerst het blad; daarna is dit onderdeel te gebruiken."),
    ).toBeInTheDocument();
    expect(screen.queryByText(NIET_GELADEN)).not.toBeInTheDocument();
    // The retry button is gone; the focus did not fall back to the page but stays in the panel.
    expect(screen.getByRole("tabpanel")).toContainElement(document.activeElement as HTMLElement);
  });

  it("laadt de controle bij de eerste klik op Controleer blad; mislukt dat, dan werkt een tweede klik", async () => {
    const adapter = stubAdapter();
    const { user } = renderApp(adapter);
    const knop = screen.getByRole("button", { name: "Controleer blad" });
    await user.click(knop);
    expect(screen.getByText("Blad lezen en controleren…")).toBeInTheDocument();
    await poort("controle", false);
    expect(await screen.findByText(NIET_GELADEN)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Controleer blad" }));
    await poort("controle", true);
    expect(await screen.findByRole("heading", { name: "Samenvatting" })).toBeInTheDocument();
    expect(screen.queryByText(NIET_GELADEN)).not.toBeInTheDocument();
    expect(adapter.leesActiefBlad).toHaveBeenCalledTimes(2);
    // From now on the engine is in memory: a check needs no load.
    await controleer(user);
  });
});

describe("luiWerkboek", () => {
  it("laadt de echte adapter bij de eerste aanroep, één keer, en geeft elke aanroep door", async () => {
    const echt = stubAdapter();
    const importeer = jest.fn(async (): Promise<WerkboekAdapter> => echt);
    const { adapter, lader } = luiWerkboek(importeer);
    expect(importeer).not.toHaveBeenCalled();
    await adapter.bewaarInstelling("a", 1);
    expect(await adapter.leesInstelling("a")).toBe(1);
    await adapter.selecteerCel("Blad1", "B2");
    expect(echt.selecteerCel).toHaveBeenCalledWith("Blad1", "B2");
    expect(importeer).toHaveBeenCalledTimes(1);
    expect(lader.geladen()).toBe(echt);
    expect(Object.keys(adapter).sort()).toEqual(Object.keys(echt).sort());
  });

  it("geeft een Nederlandse melding als de adapter niet laadt, en probeert het bij de volgende aanroep opnieuw", async () => {
    const echt = stubAdapter();
    const importeer = jest
      .fn<Promise<WerkboekAdapter>, []>()
      .mockRejectedValueOnce(chunkFout("excel"))
      .mockResolvedValue(echt);
    const { adapter } = luiWerkboek(importeer);
    await expect(adapter.leesActiefBlad()).rejects.toThrow(NIET_GELADEN);
    await expect(adapter.leesActiefBlad()).resolves.toMatchObject({ naam: "Test" });
  });
});
