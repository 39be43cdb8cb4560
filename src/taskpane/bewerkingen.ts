/**
 * The task pane's operations: adapter calls (through the WerkboekAdapter passed in, never Office
 * directly) and engine calls, reported to the reducer. Every failure becomes a `mislukt` action, so
 * it shows in an error MessageBar instead of leaving a blank pane.
 */
import type { SchrijfOpties, WerkboekAdapter } from "../host/werkboek";
import type { Blad, NieuwBlad, SchrijfPlan } from "../sheet/types";
import { foutTekst } from "./opmaak";
import { teksten, toewijzingSleutel } from "./teksten";
import type { Actie, Toewijzing } from "./toestand";
import { controleLader, uitslagLader } from "./weergaven";

type Dispatch = (actie: Actie) => void;

/** Keeps only numeric column keys with a known field or null (settings may come from older versions). */
function schoonToewijzing(waarde: unknown): Toewijzing {
  if (!waarde || typeof waarde !== "object" || Array.isArray(waarde)) return {};
  const uit: Toewijzing = {};
  for (const [sleutel, veld] of Object.entries(waarde as Record<string, unknown>)) {
    const kolom = Number(sleutel);
    if (!Number.isInteger(kolom) || kolom < 0) continue;
    if (veld === null || typeof veld === "string") uit[kolom] = veld as Toewijzing[number];
  }
  return uit;
}

/**
 * Resolves after the browser has painted (so the spinner shows before the synchronous check of a large
 * sheet), or after 50 ms when no frame comes (a hidden pane).
 */
function naVerf(): Promise<void> {
  return new Promise((klaar) => {
    const tijdslot = setTimeout(klaar, 50);
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(tijdslot);
          klaar();
        }, 0),
      );
    }
  });
}

/**
 * Reads the active sheet (or uses `opties.blad`), loads the saved column assignment for that sheet
 * (or uses `opties.toewijzing`) and runs the check.
 */
export async function controleer(
  adapter: WerkboekAdapter,
  dispatch: Dispatch,
  opties: { blad?: Blad; toewijzing?: Toewijzing } = {},
): Promise<boolean> {
  dispatch({ type: "start", bezig: teksten.bezigLezen });
  // The engine and the result view load on demand, meanwhile the sheet is read.
  const motor = controleLader.laad();
  const uitslag = uitslagLader.laad();
  motor.catch(() => undefined);
  uitslag.catch(() => undefined);
  try {
    const blad = opties.blad ?? (await adapter.leesActiefBlad());
    const toewijzing =
      opties.toewijzing ??
      schoonToewijzing(await adapter.leesInstelling<Toewijzing>(toewijzingSleutel(blad.naam)));
    const [controleerBlad] = await Promise.all([motor, uitslag]);
    await naVerf();
    const rapport = controleerBlad(blad, { kolomToewijzing: toewijzing });
    dispatch({ type: "gecontroleerd", blad, rapport, toewijzing });
    return true;
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
    return false;
  }
}

/** Saves a changed column assignment for the sheet and re-runs the check on the same cells. */
export async function wijzigToewijzing(
  adapter: WerkboekAdapter,
  dispatch: Dispatch,
  blad: Blad,
  toewijzing: Toewijzing,
): Promise<void> {
  try {
    await adapter.bewaarInstelling(toewijzingSleutel(blad.naam), toewijzing);
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
    return;
  }
  await controleer(adapter, dispatch, { blad, toewijzing });
}

/** Selects a remark's cell in the sheet. */
export async function selecteer(
  adapter: WerkboekAdapter,
  dispatch: Dispatch,
  blad: string,
  cel: string,
): Promise<void> {
  try {
    await adapter.selecteerCel(blad, cel);
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
  }
}

/** Applies a write plan, then re-reads and re-checks the sheet so that state matches what is there now. */
export async function schrijf(
  adapter: WerkboekAdapter,
  dispatch: Dispatch,
  plan: SchrijfPlan,
  bevestigOverschrijven: NonNullable<SchrijfOpties["bevestigOverschrijven"]>,
  toewijzing: Toewijzing,
): Promise<void> {
  dispatch({ type: "start", bezig: teksten.bezigSchrijven });
  let uitkomst;
  try {
    uitkomst = await adapter.schrijfPlan(plan, { bevestigOverschrijven });
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
    return;
  }
  if (await controleer(adapter, dispatch, { toewijzing })) dispatch({ type: "geschreven", uitkomst });
}

/**
 * Activates another sheet of the workbook and checks it (Vergelijken's offer "daar vergelijken"): the
 * view stays where it is and shows that sheet's report. The saved column assignment of that sheet counts.
 */
export async function controleerAnderBlad(
  adapter: WerkboekAdapter,
  dispatch: Dispatch,
  naam: string,
): Promise<boolean> {
  dispatch({ type: "start", bezig: teksten.bezigAnderBlad(naam) });
  try {
    await adapter.activeerBlad(naam);
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
    return false;
  }
  return controleer(adapter, dispatch);
}

/** Creates a new sheet (comparison, letter table). */
export async function schrijfNieuwBlad(
  adapter: WerkboekAdapter,
  dispatch: Dispatch,
  maak: () => NieuwBlad,
): Promise<void> {
  dispatch({ type: "start", bezig: teksten.bezigNieuwBlad });
  try {
    const blad = maak();
    await adapter.schrijfNieuwBlad(blad);
    dispatch({ type: "klaar", melding: teksten.nieuwBladGeschreven(blad.naam) });
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
  }
}

/** Copies text to the clipboard; falls back to a hidden textarea and execCommand only when needed. */
export async function kopieerTekst(tekst: string): Promise<void> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(tekst);
      return;
    } catch {
      // Excel's web view may refuse the async clipboard: fall through to the old way.
    }
  }
  const vak = document.createElement("textarea");
  vak.value = tekst;
  vak.setAttribute("readonly", "");
  vak.style.position = "fixed";
  vak.style.opacity = "0";
  document.body.appendChild(vak);
  vak.select();
  const gelukt = document.execCommand?.("copy") ?? false;
  document.body.removeChild(vak);
  if (!gelukt) throw new Error(teksten.kopierenMislukt);
}
