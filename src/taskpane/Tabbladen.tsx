import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

/**
 * The pane's tab list: the WAI-ARIA tabs pattern with the look of Fluent's small TabList (transparent,
 * a brand-coloured line under the chosen tab, Fluent's focus ring), without Fluent's TabList. That one
 * brings tabster, Fluent's focus-management library, into the first screen: about 23 KB gzip of the
 * 40% the initial JavaScript had to lose (issue 12). The views that need tabster (dropdowns, dialogs,
 * accordions) load it with themselves.
 *
 * Keyboard as in Fluent's TabList: Tab enters on the chosen tab, the arrow keys move the focus (round,
 * Home/End to the ends), Enter or Space chooses the focused tab.
 */
const useStyles = makeStyles({
  lijst: { display: "flex", flexWrap: "wrap", alignItems: "stretch" },
  tab: {
    display: "grid",
    alignItems: "center",
    justifyContent: "center",
    position: "relative",
    flexShrink: 0,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    outlineStyle: "none",
    overflow: "hidden",
    ":hover": {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ":active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    // The line under a tab: grey on hover, brand colour when chosen.
    "::after": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::after": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    "@media (forced-colors: active)": {
      ":hover::after": { backgroundColor: "Highlight" },
      ":active::after": { backgroundColor: "Highlight" },
    },
    ...createCustomFocusIndicatorStyle(
      {
        outlineWidth: tokens.strokeWidthThick,
        outlineColor: "transparent",
        outlineStyle: "solid",
        boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
        zIndex: 1,
      },
      { enableOutline: true },
    ),
  },
  gekozen: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
      ":active::after": { backgroundColor: "ButtonText" },
    },
  },
  tekst: {
    ...typographyStyles.body1,
    gridColumnStart: 1,
    gridRowStart: 1,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
  vet: { ...typographyStyles.body1Strong },
  // The name in bold, invisible in the same grid cell: the tab is as wide as when it is chosen, so that
  // choosing a tab moves nothing.
  ruimte: { visibility: "hidden" },
});

export function Tabbladen<T extends string>({
  tabs,
  gekozen,
  label,
  naam,
  tabId,
  paneelId,
  onKies,
  className,
}: {
  tabs: readonly T[];
  gekozen: T;
  /** Accessible name of the list. */
  label: string;
  naam: (tab: T) => string;
  tabId: (tab: T) => string;
  /** The id of the tab panel every tab controls. */
  paneelId: string;
  onKies: (tab: T) => void;
  className?: string;
}) {
  const styles = useStyles();
  const knoppen = useRef(new Map<T, HTMLButtonElement>());
  /**
   * Roving tabindex: one tab is in the Tab order, the chosen one, and while the arrow keys move the focus
   * the focused one (set on the elements directly: moving the focus is no state of the pane and renders
   * nothing). Leaving the list puts the chosen tab back in the Tab order.
   */
  const zetInVolgorde = (doel: T) => {
    for (const [tab, knop] of knoppen.current) knop.tabIndex = tab === doel ? 0 : -1;
  };

  const toets = (e: KeyboardEvent<HTMLButtonElement>, tab: T) => {
    const i = tabs.indexOf(tab);
    const n = tabs.length;
    const naar =
      e.key === "ArrowRight"
        ? (i + 1) % n
        : e.key === "ArrowLeft"
          ? (i - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : null;
    if (naar === null) return;
    e.preventDefault();
    zetInVolgorde(tabs[naar]);
    knoppen.current.get(tabs[naar])?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
      className={mergeClasses(styles.lijst, className)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) zetInVolgorde(gekozen);
      }}
    >
      {tabs.map((tab) => {
        const isGekozen = tab === gekozen;
        return (
          <button
            key={tab}
            ref={(knop) => {
              if (knop) knoppen.current.set(tab, knop);
              else knoppen.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-controls={paneelId}
            aria-selected={isGekozen}
            tabIndex={isGekozen ? 0 : -1}
            className={mergeClasses(styles.tab, isGekozen && styles.gekozen)}
            onKeyDown={(e) => toets(e, tab)}
            onClick={() => onKies(tab)}
          >
            <span className={mergeClasses(styles.tekst, isGekozen && styles.vet)}>{naam(tab)}</span>
            <span aria-hidden="true" className={mergeClasses(styles.tekst, styles.vet, styles.ruimte)}>
              {naam(tab)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
