/**
 * Loading parts of the task pane on demand (code splitting): a `Lader` wraps one dynamic `import()`,
 * remembers the loaded module so that a view that is already there renders at once (no spinner, no
 * focus lost), and forgets a failed attempt so that the next call tries again (webpack resets a chunk
 * whose script failed to load). Pure: no React, no Office.
 */
import { teksten } from "./teksten";

export interface Lader<T> {
  /** Loads the part (at most one request at a time); rejects with a Dutch message when it fails. */
  laad(): Promise<T>;
  /** The loaded part, or undefined while it has not loaded (yet). */
  geladen(): T | undefined;
}

/**
 * A failed `import()` (webpack's ChunkLoadError: offline, the server gone, a new version deployed
 * meanwhile) in Dutch, for the error message of the pane. Other errors (a bug in the module) keep
 * their own message.
 */
export class OnderdeelNietGeladen extends Error {
  constructor(public readonly oorzaak: unknown) {
    super(teksten.onderdeelNietGeladen);
    this.name = "OnderdeelNietGeladen";
  }
}

function isLaadFout(fout: unknown): boolean {
  if (!(fout instanceof Error)) return false;
  return fout.name === "ChunkLoadError" || /loading (css )?chunk .* failed/i.test(fout.message);
}

/** A Lader around `importeer` (a function calling `import()`, so that nothing loads before it is asked). */
export function maakLader<T>(importeer: () => Promise<T>): Lader<T> {
  let module: T | undefined;
  let bezig: Promise<T> | null = null;
  return {
    laad() {
      if (module !== undefined) return Promise.resolve(module);
      bezig ??= importeer().then(
        (m) => {
          module = m;
          bezig = null;
          return m;
        },
        (fout: unknown) => {
          bezig = null;
          throw isLaadFout(fout) ? new OnderdeelNietGeladen(fout) : fout;
        },
      );
      return bezig;
    },
    geladen: () => module,
  };
}

/** A Lader of something that is part of the initial bundle anyway. */
export function directeLader<T>(module: T): Lader<T> {
  return { laad: () => Promise.resolve(module), geladen: () => module };
}

/**
 * Loads `laders` one after another when the browser is idle, after the first screen: a later click on a
 * tab then finds its view in memory (also when the network drops meanwhile). Failures are ignored here;
 * the view reports them when it is opened. Returns a function that cancels what has not started yet.
 */
export function laadStraks(laders: readonly Lader<unknown>[], wachtMs = 1_000): () => void {
  let gestopt = false;
  const wacht = (): Promise<void> =>
    new Promise((verder) => {
      const ric = (globalThis as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => void })
        .requestIdleCallback;
      if (typeof ric === "function") ric(() => verder(), { timeout: 2_000 });
      else setTimeout(verder, 50);
    });
  const tijdslot = setTimeout(async () => {
    for (const lader of laders) {
      if (gestopt) return;
      await wacht();
      if (gestopt) return;
      await lader.laad().catch(() => undefined);
    }
  }, wachtMs);
  return () => {
    gestopt = true;
    clearTimeout(tijdslot);
  };
}
