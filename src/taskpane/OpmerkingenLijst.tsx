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
/** More remarks of one code than this within a severity go into a collapsed sub-group of their own. */
const MAX_LOS = 3;

/** Splits remarks into single ones and per-code sub-groups (codes with more than MAX_LOS remarks). */
function deelOp(items: Opmerking[]): { los: Opmerking[]; groepen: [string, Opmerking[]][] } {
  const perCode = new Map<string, Opmerking[]>();
  for (const o of items) perCode.set(o.code, [...(perCode.get(o.code) ?? []), o]);
  const groepen = [...perCode].filter(([, lijst]) => lijst.length > MAX_LOS);
  const gegroepeerd = new Set(groepen.map(([code]) => code));
  return { los: items.filter((o) => !gegroepeerd.has(o.code)), groepen };
}

/** Remarks grouped by severity; each remark is a link that selects its cell. */
export function OpmerkingenLijst({
  opmerkingen,
  onKies,
}: {
  opmerkingen: Opmerking[];
  onKies: (opmerking: Opmerking) => void;
}) {
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
            <Groep items={items} onKies={onKies} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

type KiesProps = { items: Opmerking[]; onKies: (opmerking: Opmerking) => void };

/** The remarks of one severity: single ones first, then a collapsed sub-group per frequent code. */
function Groep({ items, onKies }: KiesProps) {
  const { los, groepen } = deelOp(items);
  return (
    <>
      <Lijst items={los} onKies={onKies} />
      {groepen.length > 0 && (
        <Accordion multiple collapsible>
          {groepen.map(([code, lijst]) => (
            <AccordionItem key={code} value={code}>
              <AccordionHeader as="h4" size="small">
                {teksten.codeGroep(code, formatAantal(lijst.length))}
              </AccordionHeader>
              <AccordionPanel>
                <Lijst items={lijst} onKies={onKies} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </>
  );
}

/** Each remark a link-styled button that selects its cell. */
function Lijst({ items, onKies }: KiesProps) {
  const styles = useStyles();
  return (
    <>
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
    </>
  );
}
