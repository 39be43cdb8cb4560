import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Ernst, Opmerking } from "../sheet/types";
import { formatAantal } from "./opmaak";
import { teksten } from "./teksten";

const useStyles = makeStyles({
  lijst: { margin: 0, padding: 0, listStyleType: "none" },
  item: { marginBlockEnd: tokens.spacingVerticalXS },
  cel: { fontWeight: tokens.fontWeightSemibold },
});

const VOLGORDE: Ernst[] = ["fout", "waarschuwing", "info"];
/** More links than this per group slow the pane down on big sheets; the rest is counted. */
const MAX_PER_GROEP = 200;

/** Remarks grouped by severity; each remark is a link that selects its cell. */
export function OpmerkingenLijst({
  opmerkingen,
  onKies,
}: {
  opmerkingen: Opmerking[];
  onKies: (opmerking: Opmerking) => void;
}) {
  const styles = useStyles();
  if (opmerkingen.length === 0) return <Text block>{teksten.geenOpmerkingen}</Text>;
  const groepen = VOLGORDE.map((ernst) => ({
    ernst,
    items: opmerkingen.filter((o) => o.ernst === ernst),
  })).filter((g) => g.items.length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={groepen.map((g) => g.ernst)}>
      {groepen.map(({ ernst, items }) => (
        <AccordionItem key={ernst} value={ernst}>
          <AccordionHeader as="h3">{`${teksten.ernstKop[ernst]} (${formatAantal(items.length)})`}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.lijst}>
              {items.slice(0, MAX_PER_GROEP).map((o, i) => (
                <li key={`${o.cel}-${o.code}-${i}`} className={styles.item}>
                  <Link as="button" onClick={() => onKies(o)}>
                    <span className={styles.cel}>{`${o.cel}:`}</span> {o.bericht}
                  </Link>
                </li>
              ))}
            </ul>
            {items.length > MAX_PER_GROEP && (
              <Text block italic>
                {teksten.enMeer(formatAantal(items.length - MAX_PER_GROEP))}
              </Text>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
