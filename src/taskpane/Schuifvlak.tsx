import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  vlak: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});

/** A horizontally scrollable, keyboard-focusable region for tables wider than the 350 px pane. */
export function Schuifvlak({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.vlak} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
