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
  tredeKop: { marginBlockStart: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalXS },
});

const TREDEN: Trede[] = [1, 2, 3, 4, 5, 6];

/** Summary of a check: counts, per trede (badge with text) and escalations. */
export function Samenvatting({ rapport, kopId }: { rapport: Rapport; kopId: string }) {
  const styles = useStyles();
  const s = rapport.samenvatting;
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
    </section>
  );
}
