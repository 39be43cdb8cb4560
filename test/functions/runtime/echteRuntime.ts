/**
 * Test harness: Microsoft's own custom-functions runtime
 * (`node_modules/@microsoft/office-js/dist/custom-functions-runtime.debug.js`) loaded in a node `vm`
 * context with the few browser globals it touches, and a fake native host bridge in place of Excel.
 *
 * How the runtime talks to Excel (read from the debug file):
 * - At load it looks for a global `_richApiNativeBridge` and, if present, calls `HostBridge.init(bridge)`:
 *   it sets `bridge.onMessageFromHost(text)` and sends with `bridge.sendMessageToHost(text)`.
 *   CustomFunctionProxy registers on it (`_initFromHostBridge`): a host message of `type: 3` carries
 *   `{ entries: [[messageCategory, messageType, targetId, message, id], ...] }`; category 1, type 1000
 *   is an invocation `[invocationId, functionName, parameterValues, address, flags]`. Excel sends many
 *   invocations in one message (a batch); flag 4 (allow errors: functions.json sets
 *   `allowErrorForDataTypeAny`) turns `{ type: "CustomFunctionError", code }` arguments into
 *   CustomFunctions.Error objects.
 * - The runtime calls the function that `CustomFunctions.associate(id, f)` registered with the
 *   parameter values plus an invocation context, and collects the results. After 50 ms it sends them in a
 *   ProcessQuery request (`type: 1`) whose body has the action `SetInvocationArrayResults` with
 *   `[invocationId, succeeded, value, errorCode?, outboundData]` per invocation; the host answers with the
 *   same `id`. A number result that is not finite is marked failed there; inside a matrix JSON turns
 *   Infinity and NaN into null (which Excel shows as 0): exactly what the harness must catch.
 *
 * The runtime's pauses of up to 2 s (see KORTE_WACHTTIJD_MS) run at once: the fake host answers at once.
 *
 * The office.js bootstrap in the same file also tries to load Excel's host script through a `<script>`
 * element; the fake document swallows it, and `sluit()` clears every timer the runtime set (its
 * 10-second script time-out included), so nothing runs after a test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const RUNTIME = path.join(
  __dirname,
  "../../../node_modules/@microsoft/office-js/dist/custom-functions-runtime.debug.js",
);

/** messageCategory of custom functions, messageType of an invocation (CustomFunctionProxy._handleMessage). */
const CATEGORIE_FUNCTIES = 1;
const TYPE_AANROEP = 1000;
/** Invocation flag: error values may be passed in (allowErrorForDataTypeAny). */
const VLAG_FOUTEN_TOEGESTAAN = 4;
/**
 * The runtime's own pauses (50 ms before it sends results, at least 500 ms between two sends, retries
 * after 2 s) run at once here: the host answers immediately, so they only cost test time. Longer timers
 * (the 10-second time-out of the host script the bootstrap tries to load) keep their length and are
 * cleared by sluit().
 */
const KORTE_WACHTTIJD_MS = 2_000;

/** One result as the runtime reports it to Excel. */
export interface Uitkomst {
  readonly id: number;
  /** False when the call as a whole failed (a thrown exception, a non-finite single number, ...). */
  readonly gelukt: boolean;
  /** The value Excel would get: a matrix as plain JSON (errors as objects with `valueType`), or a message. */
  readonly waarde: unknown;
  /** The runtime's error code of a failed call (1 #N/A, 2 exception, 6 #NUM!, 7 #VALUE!, ...). */
  readonly foutcode?: number;
}

/** An argument cell that is an Excel error, as Excel sends it with allowErrorForDataTypeAny. */
export const excelFout = (code: string): { type: string; code: string } => ({
  type: "CustomFunctionError",
  code,
});

/** One call: the function id (as in functions.json) and its parameter values, `null` for an omitted one. */
export interface Aanroep {
  readonly functie: string;
  readonly argumenten: readonly unknown[];
}

interface CustomFunctionsGlobaal {
  associate(id: string, functie: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

interface Verzoek {
  id: number;
  type: number;
  message: { body?: { Actions?: { Name?: string; ArgumentInfo?: { Arguments?: unknown[] } }[] } };
}

export class EchteRuntime {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly intervallen = new Set<ReturnType<typeof setInterval>>();
  private readonly wachtend = new Map<number, (u: Uitkomst) => void>();
  private readonly bridge: {
    sendMessageToHost(tekst: string): void;
    onMessageFromHost?: (tekst: string) => void;
  };
  private readonly vorigeGlobaal: unknown;
  private volgendeId = 1;
  /** CustomFunctions as the runtime defines it (associate, Error, ErrorCode). */
  readonly customFunctions: CustomFunctionsGlobaal;
  /** Every request the runtime sent to the host, for inspection. */
  readonly verzoeken: Verzoek[] = [];

  constructor() {
    this.bridge = { sendMessageToHost: (tekst) => this.ontvang(tekst) };
    const hoofd = { appendChild: (): void => undefined };
    const scriptElement = {
      src: "https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.debug.js",
      getAttribute: (): null => null,
    };
    const document = {
      readyState: "complete",
      getElementsByTagName: (tag: string): unknown[] =>
        tag === "script" ? [scriptElement] : tag === "head" ? [hoofd] : [],
      createElement: () => ({ setAttribute: (): void => undefined }),
      addEventListener: (): void => undefined,
    };
    const context: Record<string, unknown> = {
      console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: console.error },
      setTimeout: (f: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
        const h = setTimeout(
          () => {
            this.timers.delete(h);
            f(...args);
          },
          ms !== undefined && ms <= KORTE_WACHTTIJD_MS ? 0 : ms,
        );
        this.timers.add(h);
        return h;
      },
      clearTimeout: (h: ReturnType<typeof setTimeout>) => {
        this.timers.delete(h);
        clearTimeout(h);
      },
      setInterval: (f: () => void, ms?: number) => {
        const h = setInterval(f, ms);
        this.intervallen.add(h);
        return h;
      },
      clearInterval: (h: ReturnType<typeof setInterval>) => {
        this.intervallen.delete(h);
        clearInterval(h);
      },
      _richApiNativeBridge: this.bridge,
      document,
      location: { search: "", hash: "", href: "https://localhost:3000/functions.html", protocol: "https:" },
      history: {},
      navigator: { userAgent: "node" },
      name: "",
      addEventListener: (): void => undefined,
    };
    context.window = context;
    context.self = context;
    context.top = context;
    vm.createContext(context);
    vm.runInContext(readFileSync(RUNTIME, "utf8"), context, { filename: path.basename(RUNTIME) });
    if (typeof this.bridge.onMessageFromHost !== "function") {
      throw new Error("De runtime heeft zich niet aan de host-bridge gekoppeld (_richApiNativeBridge).");
    }
    this.customFunctions = context.CustomFunctions as CustomFunctionsGlobaal;
    // Our functions look up CustomFunctions.Error at call time (src/functions/argumenten.ts), as they
    // do in Excel, where the runtime defines the global.
    this.vorigeGlobaal = (globalThis as Record<string, unknown>).CustomFunctions;
    (globalThis as Record<string, unknown>).CustomFunctions = this.customFunctions;
  }

  /** Sends one batch of calls as Excel does (one host message) and waits for every result. */
  roepAan(aanroepen: readonly Aanroep[], wachtMs = 20_000): Promise<Uitkomst[]> {
    const ids = aanroepen.map(() => this.volgendeId++);
    const beloften = ids.map(
      (id) =>
        new Promise<Uitkomst>((resolve, reject) => {
          const h = setTimeout(() => reject(new Error(`Geen uitkomst van aanroep ${id}`)), wachtMs);
          this.timers.add(h);
          this.wachtend.set(id, (u) => {
            clearTimeout(h);
            this.timers.delete(h);
            resolve(u);
          });
        }),
    );
    const entries = aanroepen.map((a, i) => [
      CATEGORIE_FUNCTIES,
      TYPE_AANROEP,
      0,
      [ids[i], a.functie, a.argumenten, `Blad1!A${i + 1}`, VLAG_FOUTEN_TOEGESTAAN],
      0,
    ]);
    this.bridge.onMessageFromHost!(JSON.stringify({ type: 3, message: { entries } }));
    return Promise.all(beloften);
  }

  /** The host's side of a request: collect SetInvocationArrayResults, answer 200. */
  private ontvang(tekst: string): void {
    const verzoek = JSON.parse(tekst) as Verzoek;
    this.verzoeken.push(verzoek);
    for (const actie of verzoek.message.body?.Actions ?? []) {
      if (actie.Name !== "SetInvocationArrayResults") continue;
      const uitkomsten = (actie.ArgumentInfo?.Arguments?.[0] ?? []) as unknown[][];
      for (const [id, gelukt, waarde, foutcode] of uitkomsten) {
        const u: Uitkomst = {
          id: id as number,
          gelukt: gelukt as boolean,
          waarde,
          ...(gelukt ? {} : { foutcode: foutcode as number }),
        };
        this.wachtend.get(u.id)?.(u);
        this.wachtend.delete(u.id);
      }
    }
    const antwoord = {
      id: verzoek.id,
      type: 2,
      message: { statusCode: 200, headers: {}, body: { Results: [] } },
    };
    const h = setTimeout(() => {
      this.timers.delete(h);
      this.bridge.onMessageFromHost?.(JSON.stringify(antwoord));
    }, 0);
    this.timers.add(h);
  }

  /** Clears every timer of the runtime and restores the CustomFunctions global. */
  sluit(): void {
    for (const h of this.timers) clearTimeout(h);
    for (const h of this.intervallen) clearInterval(h);
    this.timers.clear();
    this.intervallen.clear();
    if (this.vorigeGlobaal === undefined) delete (globalThis as Record<string, unknown>).CustomFunctions;
    else (globalThis as Record<string, unknown>).CustomFunctions = this.vorigeGlobaal;
  }
}
