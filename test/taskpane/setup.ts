/** Setup of the jsdom component tests: jest-dom matchers and the browser APIs jsdom lacks. */
import "@testing-library/jest-dom";

// findBy/waitFor keep Testing Library's default of 1 s: nothing here waits for real time. A whole
// test is a few dozen user steps, about 3 s on a busy 2-core machine; 15 s leaves room without
// hiding a hang.
jest.setTimeout(15_000);

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
