/**
 * The Fluent theme that follows Office's theme: dark when Office's body background is dark,
 * else Fluent's web light theme (also outside Office).
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0..1) of "#RRGGBB" / "RRGGBB", or null when not a colour. */
export function helderheid(kleur: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((kleur ?? "").trim());
  if (!m) return null;
  const lin = (hex: string) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}

/** True when Office's theme (Office.context.officeTheme) has a dark body background. */
export function isDonker(officeThema?: { bodyBackgroundColor?: string } | null): boolean {
  const l = helderheid(officeThema?.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

/**
 * Office's theme to a Fluent theme. The task pane's entry uses `isDonker` and loads the dark theme only
 * when it needs it; this one imports both.
 */
export function kiesThema(officeThema?: { bodyBackgroundColor?: string } | null): Theme {
  return isDonker(officeThema) ? webDarkTheme : webLightTheme;
}
