/** Setup of the jsdom component tests: jest-dom matchers and the browser APIs jsdom lacks. */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// The shared CI machine can be busy: give findBy/waitFor and each test room (no sleeps are involved).
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(40_000);

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
