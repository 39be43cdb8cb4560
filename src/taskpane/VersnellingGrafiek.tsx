import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { VersnellingRij } from "../sheet/types";
import { formatRatio } from "./opmaak";
import { teksten } from "./teksten";

const useStyles = makeStyles({
  figuur: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  titel: { fontWeight: tokens.fontWeightSemibold },
  rij: {
    display: "grid",
    gridTemplateColumns: "minmax(5rem, 35%) 1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  naam: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  baan: {
    backgroundColor: tokens.colorNeutralBackground3,
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    // Windows high contrast drops background colours: the track becomes an outline in the text colour.
    "@media (forced-colors: active)": {
      backgroundColor: "Canvas",
      ...shorthands.border("1px", "solid", "CanvasText"),
    },
  },
  staaf: {
    backgroundColor: tokens.colorBrandBackground,
    height: "100%",
    borderRadius: tokens.borderRadiusSmall,
    // ... and the bar is filled with the text colour, so that its length stays visible.
    "@media (forced-colors: active)": {
      backgroundColor: "CanvasText",
    },
  },
  leeg: { color: tokens.colorNeutralForeground3 },
});

/** A small horizontal bar chart of opdracht per achterstand, with text labels; no chart library. */
export function VersnellingGrafiek({ rijen }: { rijen: VersnellingRij[] }) {
  const styles = useStyles();
  const max = Math.max(0, ...rijen.map((r) => r.opdrachtPerAchterstand ?? 0));
  const beschrijving = teksten.grafiekBeschrijving(
    rijen.map(
      (r) =>
        `${r.gemeente} ${r.opdrachtPerAchterstand === null ? teksten.geenRatio : formatRatio(r.opdrachtPerAchterstand)}`,
    ),
  );
  return (
    <figure className={styles.figuur}>
      <figcaption className={styles.titel}>{teksten.grafiekTitel}</figcaption>
      <div role="img" aria-label={beschrijving}>
        {rijen.map((r) => {
          const breedte =
            r.opdrachtPerAchterstand === null || max === 0 ? 0 : (r.opdrachtPerAchterstand / max) * 100;
          return (
            <div key={r.gemeente} className={styles.rij} aria-hidden="true">
              <span className={styles.naam}>{r.gemeente}</span>
              <div className={styles.baan} data-baan="">
                <div className={styles.staaf} data-staaf="" style={{ width: `${breedte}%` }} />
              </div>
              <span className={r.opdrachtPerAchterstand === null ? styles.leeg : undefined}>
                {r.opdrachtPerAchterstand === null
                  ? teksten.geenRatio
                  : formatRatio(r.opdrachtPerAchterstand)}
              </span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
