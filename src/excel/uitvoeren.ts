/**
 * The one path to Excel: every `Excel.run` of the add-in goes through `voerUit`, which
 * - rejects with a Dutch message when Excel does not answer within the timeout (instead of a pane
 *   that hangs), except while the batch waits for the user (a confirmation dialog);
 * - turns Office.js errors (`error.code`) into a `WerkboekFout` with a Dutch message.
 */
import { WerkboekFout } from "../host/conflicten";
import { EXCEL_FOUTCODES, excelBerichten } from "./berichten";

/** `Excel.run(options, batch)`; injectable so tests pass an office-addin-mock object. */
export type ExcelRunFunctie = <T>(
  opties: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Given to a batch: waits for the user without the timeout running. */
export interface Wachter {
  opGebruiker<U>(p: Promise<U>): Promise<U>;
  /**
   * Throws the timeout error when the caller was already told that Excel did not answer, so that a
   * batch whose first sync came back late does not go on to write behind the user's back.
   */
  stopAlsVerlopen(): void;
}

export const STANDAARD_TIMEOUT_MS = 30_000;

/** The real `Excel.run`, looked up when called (so importing this module needs no Office.js). */
export const excelRun: ExcelRunFunctie = (opties, batch) => Excel.run(opties, batch);

/** Office.js error (OfficeExtension.Error) or anything else -> WerkboekFout with a Dutch message. */
export function vertaalFout(fout: unknown): WerkboekFout {
  if (fout instanceof WerkboekFout) return fout;
  const code = typeof fout === "object" && fout !== null && "code" in fout ? String(fout.code) : "";
  const bericht = fout instanceof Error ? fout.message : typeof fout === "string" ? fout : "";
  const tekst = EXCEL_FOUTCODES[code] ?? excelBerichten.onbekendeFout(code, bericht);
  return new WerkboekFout(code || "onbekend", tekst);
}

/**
 * Runs `batch` in `run(opties, ...)` with a timeout that pauses while `wachter.opGebruiker(...)` waits.
 * Rejects with WerkboekFout code `timeout` when Excel does not answer within `timeoutMs`.
 */
export function voerUit<T>(
  run: ExcelRunFunctie,
  opties: Excel.RunOptions,
  timeoutMs: number,
  batch: (context: Excel.RequestContext, wachter: Wachter) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let klaar = false;
    let verlopen = false;
    let klok: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      if (klok !== undefined) clearTimeout(klok);
      klok = undefined;
    };
    const start = () => {
      stop();
      klok = setTimeout(() => {
        if (klaar) return;
        klaar = true;
        verlopen = true;
        reject(new WerkboekFout("timeout", excelBerichten.timeout(timeoutMs)));
      }, timeoutMs);
    };
    const wachter: Wachter = {
      async opGebruiker<U>(p: Promise<U>): Promise<U> {
        stop();
        try {
          return await p;
        } finally {
          if (!klaar) start();
        }
      },
      stopAlsVerlopen() {
        if (verlopen) throw new WerkboekFout("timeout", excelBerichten.timeout(timeoutMs));
      },
    };
    start();
    let uitvoering: Promise<T>;
    try {
      uitvoering = run(opties, (context) => batch(context, wachter));
    } catch (fout) {
      uitvoering = Promise.reject(fout);
    }
    uitvoering.then(
      (waarde) => {
        stop();
        if (klaar) return;
        klaar = true;
        resolve(waarde);
      },
      (fout: unknown) => {
        stop();
        if (klaar) return;
        klaar = true;
        reject(vertaalFout(fout));
      },
    );
  });
}
