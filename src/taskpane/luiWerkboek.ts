/**
 * A WerkboekAdapter that loads the real one on its first call (code splitting): the Excel adapter and
 * the engine parts it uses are not needed to show the first screen. A failed load rejects that call
 * with the Dutch message of OnderdeelNietGeladen (the operation shows it; doing it again retries).
 */
import type { WerkboekAdapter } from "../host/werkboek";
import { maakLader, type Lader } from "./laden";

/** Every method of the adapter (the type makes sure none is missing when the interface grows). */
const METHODEN: Record<keyof WerkboekAdapter, true> = {
  leesActiefBlad: true,
  schrijfPlan: true,
  schrijfCellen: true,
  selecteerCel: true,
  schrijfNieuwBlad: true,
  leesBladen: true,
  activeerBlad: true,
  leesInstelling: true,
  bewaarInstelling: true,
};

export function luiWerkboek(importeer: () => Promise<WerkboekAdapter>): {
  adapter: WerkboekAdapter;
  lader: Lader<WerkboekAdapter>;
} {
  const lader = maakLader(importeer);
  const adapter: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const naam of Object.keys(METHODEN) as (keyof WerkboekAdapter)[]) {
    adapter[naam] = async (...args: unknown[]) => {
      const echt = (await lader.laad()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return echt[naam](...args);
    };
  }
  return { adapter: adapter as unknown as WerkboekAdapter, lader };
}
