import {
  Dropdown,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { VELD_LABELS } from "../sheet";
import type { Rapport, Veld } from "../sheet/types";
import { kolomLetter } from "./opmaak";
import { teksten } from "./teksten";
import type { Toewijzing } from "./toestand";

const useStyles = makeStyles({
  letter: { width: "2.5rem" },
  dropdown: { minWidth: "0", width: "100%" },
  /** The placeholder or choice stays on one line in the narrow cell; the full text is in the list. */
  knop: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  /** The list is as wide as its longest field (not as narrow as the cell), within the pane. */
  lijst: { minWidth: "12rem", maxWidth: "calc(100vw - 16px)" },
  stil: { color: tokens.colorNeutralForeground3 },
});

const NEGEREN = "__negeren";
const VELDEN = Object.keys(VELD_LABELS) as Veld[];

/**
 * The column mapping (kop -> veld). A column the engine did not recognise, or one the user assigned,
 * gets a dropdown; the parent saves the choice and re-runs the check.
 */
export function KolomToewijzing({
  rapport,
  toewijzing,
  onWijzig,
  uit,
}: {
  rapport: Rapport;
  toewijzing: Toewijzing;
  onWijzig: (kolom: number, veld: Veld | null) => void;
  uit: boolean;
}) {
  const styles = useStyles();
  const knoppen = useRef(new Map<number, HTMLButtonElement>());
  /** The column whose dropdown was used: it is disabled during the re-check and gets the focus back after. */
  const terugNaar = useRef<number | null>(null);
  useEffect(() => {
    if (uit || terugNaar.current === null) return;
    knoppen.current.get(terugNaar.current)?.focus();
    terugNaar.current = null;
  }, [uit, rapport]);
  if (rapport.kopRij === null) return <Text block>{teksten.geenKopRij}</Text>;
  return (
    <>
      <Text block size={200}>
        {teksten.kolommenUitleg}
      </Text>
      <Table size="extra-small" aria-label={teksten.kolommenTitel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.letter}>{teksten.kolomLetter}</TableHeaderCell>
            <TableHeaderCell>{teksten.kolomKop}</TableHeaderCell>
            <TableHeaderCell>{teksten.kolomVeld}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rapport.kolommen.map((k) => {
            const toegewezen = Object.prototype.hasOwnProperty.call(toewijzing, k.kolom);
            // A peildatum column has no single veld, but the engine reads it: recognised, not assignable.
            const kiesbaar = !k.eigen && ((k.veld === null && !k.peildatum) || toegewezen);
            const gekozen = toegewezen ? toewijzing[k.kolom] : k.veld;
            const tekst = gekozen ? VELD_LABELS[gekozen] : teksten.negeren;
            return (
              <TableRow key={k.kolom}>
                <TableCell className={styles.letter}>{kolomLetter(k.kolom)}</TableCell>
                <TableCell>{k.kop}</TableCell>
                <TableCell>
                  {kiesbaar ? (
                    <Dropdown
                      className={styles.dropdown}
                      button={{ className: styles.knop }}
                      listbox={{ className: styles.lijst }}
                      positioning={{ matchTargetSize: undefined }}
                      size="small"
                      aria-label={teksten.toewijzingLabel(k.kop)}
                      placeholder={teksten.nietHerkend}
                      value={toegewezen ? tekst : ""}
                      selectedOptions={toegewezen ? [gekozen ?? NEGEREN] : []}
                      disabled={uit}
                      ref={(knop: HTMLButtonElement | null) => {
                        if (knop) knoppen.current.set(k.kolom, knop);
                        else knoppen.current.delete(k.kolom);
                      }}
                      onOptionSelect={(_, d) => {
                        terugNaar.current = k.kolom;
                        onWijzig(
                          k.kolom,
                          d.optionValue === NEGEREN || !d.optionValue ? null : (d.optionValue as Veld),
                        );
                      }}
                    >
                      <Option value={NEGEREN}>{teksten.negeren}</Option>
                      {VELDEN.map((v) => (
                        <Option key={v} value={v}>
                          {VELD_LABELS[v]}
                        </Option>
                      ))}
                    </Dropdown>
                  ) : k.eigen ? (
                    <span className={styles.stil}>{teksten.eigenKolom}</span>
                  ) : k.peildatum ? (
                    teksten.peildatumKolom(k.peildatum.dag, k.peildatum.maand, k.peildatum.jaar)
                  ) : (
                    ((k.veld && VELD_LABELS[k.veld]) ?? teksten.nietHerkend)
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
