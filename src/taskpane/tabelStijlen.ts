import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles shared by the figure tables that scroll sideways in a Schuifvlak (Vergelijken, Prognose). */
export const useTabelStijlen = makeStyles({
  /** Columns sized to their content; the region scrolls sideways when the pane is too narrow. */
  tabel: { tableLayout: "auto" },
  /** The label column stays in view while the narrow pane scrolls the figures sideways; it wraps. */
  vast: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "6rem",
    whiteSpace: "normal",
  },
  getal: { textAlign: "end", whiteSpace: "nowrap" },
  getalKop: { textAlign: "end" },
});
