/** Fluent's dark theme, a chunk of its own: only a pane in a dark Office theme loads it (index.tsx). */
export { webDarkTheme } from "@fluentui/react-components";
