import { Badge, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { tredeNaam } from "../domain/trede";
import type { Trede } from "../domain/types";
import { teksten } from "./teksten";

/**
 * Trede colours that mean what the sheet fills mean (src/sheet/schrijfplan.ts: 1 green, 2 yellow,
 * 3 orange, 4-6 increasingly red), from Fluent palette tokens only, so dark and high-contrast themes
 * follow. The text stays the neutral foreground (readable on every tint); the hue is in the fill and the
 * border. The text "Trede n" always says it, colour never alone.
 */
const useStyles = makeStyles({
  badge: {
    whiteSpace: "nowrap",
    flexShrink: 0,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
  },
  t1: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    ...shorthands.borderColor(tokens.colorPaletteGreenForeground2),
  },
  t2: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    ...shorthands.borderColor(tokens.colorPaletteYellowForeground2),
  },
  t3: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground2,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeForeground2),
  },
  t4: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    ...shorthands.borderColor(tokens.colorPaletteRedForeground2),
  },
  t5: {
    backgroundColor: tokens.colorPaletteCranberryBackground2,
    ...shorthands.borderColor(tokens.colorPaletteCranberryForeground2),
    ...shorthands.borderWidth(tokens.strokeWidthThick),
  },
  t6: {
    backgroundColor: tokens.colorPaletteBerryBackground2,
    ...shorthands.borderColor(tokens.colorPaletteBerryForeground2),
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    fontWeight: tokens.fontWeightBold,
  },
});

/** The trede as a badge with its number in text and its name as tooltip and accessible description. */
export function TredeBadge({ trede }: { trede: Trede }) {
  const styles = useStyles();
  return (
    <Badge
      className={mergeClasses(styles.badge, styles[`t${trede}`])}
      appearance="tint"
      shape="rounded"
      title={tredeNaam(trede)}
      data-trede={trede}
    >
      {teksten.trede(trede)}
    </Badge>
  );
}
