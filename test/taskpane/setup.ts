/** Setup of the jsdom component tests: jest-dom matchers and the browser APIs jsdom lacks. */
import "@testing-library/jest-dom";

// findBy/waitFor keep Testing Library's default of 1 s: nothing here waits for real time. A whole
// test is a few dozen user steps, about 3 s on a busy 2-core machine; 15 s leaves room without
// hiding a hang.
jest.setTimeout(15_000);

/**
 * Fluent UI (Griffel) inserts some 850 atomic CSS rules (`.f19n0e5{color:var(--colorNeutralForeground1)}`).
 * jsdom lays nothing out, so the only CSS that changes what a test sees is what hides an element or makes
 * it unclickable: display, visibility, opacity, pointer-events (and content, which can add to an accessible
 * name). But jsdom's getComputedStyle, which the role queries and user-event's pointer-events check call
 * for an element and each of its ancestors, matches every rule of every sheet on every call: with all of
 * Fluent's rules that was a third of the component tests' time. So a rule without those properties is
 * left out of the sheet; the queries see the same visible elements, names and clickability.
 */
const ZICHTBAARHEID = /(?:^|[{;\s])(?:display|visibility|opacity|pointer-events|content)\s*:/;

if (typeof CSSStyleSheet !== "undefined") {
  const voegRegelIn = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function (regel: string, index?: number): number {
    return ZICHTBAARHEID.test(regel) ? voegRegelIn.call(this, regel, index) : (index ?? this.cssRules.length);
  };
}

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}

/**
 * The parts of the pane that load on demand (src/taskpane/weergaven.ts) are loaded before each file's
 * tests, as the task pane loads them when idle: a test that opens a tab sees its view at once.
 * Imported here, not at the top, so that a test file's jest.mock of the module applies
 * (test/taskpane/laden.test.tsx tests the loading itself, the spinner and a failed load).
 */
beforeAll(async () => {
  const { alleLaders } = await import("../../src/taskpane/weergaven");
  await Promise.all(alleLaders.map((lader) => lader.laad()));
});
