import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Trede } from "../domain/types";
import type { Rapport } from "../sheet/types";
import { formatAantal } from "./opmaak";
import { Kop } from "./Kop";
import { teksten } from "./teksten";
import { TredeBadge } from "./TredeBadge";

const useStyles = makeStyles({
  lijst: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  waarde: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
  treden: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: 0,
    margin: 0,
    listStyleType: "none",
  },
  trede: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  grootste: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  tredeKop: { marginBlockStart: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalXS },
});

const TREDEN: Trede[] = [1, 2, 3, 4, 5, 6];

/** Summary of a check: counts, per trede (badge with text) and escalations. */
export function Samenvatting({ rapport, kopId }: { rapport: Rapport; kopId: string }) {
  const styles = useStyles();
  const s = rapport.samenvatting;
  const perioden = laatstePerioden(rapport);
  const regels: [string, number][] = [
    [teksten.gemeenten, s.gemeenten],
    [teksten.metAchterstand, s.metAchterstand],
    [teksten.opgeschaald, s.opgeschaald],
    [teksten.afgeschaald, s.afgeschaald],
  ];
  return (
    <section aria-labelledby={kopId}>
      <Kop id={kopId}>{teksten.samenvattingTitel}</Kop>
      <Text block>{teksten.blad(rapport.blad)}</Text>
      {perioden.length > 0 && <Text block>{teksten.periodenSamenvatting(perioden)}</Text>}
      <dl className={styles.lijst}>
        {regels.map(([term, n]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.waarde}>{formatAantal(n)}</dd>
          </div>
        ))}
      </dl>
      <Text block weight="semibold" className={styles.tredeKop}>
        {teksten.perTrede}
      </Text>
      <ul className={styles.treden} aria-label={teksten.perTrede}>
        {TREDEN.map((t) => (
          <li key={t} className={styles.trede}>
            <TredeBadge trede={t} />
            <span>{teksten.tredeTelling(s.perTrede[String(t) as `${Trede}`])}</span>
          </li>
        ))}
      </ul>
      {s.grootsteAchterstanden.length > 0 && (
        <>
          <Text block weight="semibold" className={styles.tredeKop}>
            {teksten.grootsteAchterstanden}
          </Text>
          <ol className={styles.grootste} aria-label={teksten.grootsteAchterstanden}>
            {s.grootsteAchterstanden.slice(0, 5).map((a) => (
              <li key={`${a.gemeente}-${a.periode}`}>
                {teksten.achterstandRegel(a.gemeente, a.periode, formatAantal(a.achterstand))}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The periods the summary covers: the latest period with a trede of each gemeente, distinct and sorted. */
function laatstePerioden(rapport: Rapport): string[] {
  const laatste = new Map<string, string>();
  for (const r of rapport.rijen) {
    if (r.isTotaalrij || !r.gemeente || !r.periode || r.trede === null) continue;
    const nu = laatste.get(r.gemeente);
    if (!nu || r.periode > nu) laatste.set(r.gemeente, r.periode);
  }
  return [...new Set(laatste.values())].sort();
}
