import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import { tredeNaam } from "../domain/trede";
import type { Trede } from "../domain/types";
import { teksten } from "./teksten";

/** Token colours per trede; the text "Trede n" always says it, colour never alone. */
const KLEUR: Record<Trede, NonNullable<BadgeProps["color"]>> = {
  1: "success",
  2: "informative",
  3: "warning",
  4: "severe",
  5: "danger",
  6: "important",
};

const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

/** The trede as a badge with its number in text and its name as tooltip and accessible description. */
export function TredeBadge({ trede }: { trede: Trede }) {
  const styles = useStyles();
  return (
    <Badge
      className={styles.badge}
      appearance="tint"
      color={KLEUR[trede]}
      shape="rounded"
      title={tredeNaam(trede)}
    >
      {teksten.trede(trede)}
    </Badge>
  );
}
