import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  kop: { margin: 0, marginBlockEnd: tokens.spacingVerticalXS },
});

/** A section heading (h2 or h3) in the pane's type ramp. */
export function Kop({ id, niveau = 2, children }: { id?: string; niveau?: 2 | 3; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text
      as={niveau === 2 ? "h2" : "h3"}
      id={id}
      block
      size={niveau === 2 ? 400 : 300}
      weight="semibold"
      className={styles.kop}
    >
      {children}
    </Text>
  );
}
