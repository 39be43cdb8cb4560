import {
  Button,
  Checkbox,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import type { BladOverzicht } from "../host/werkboek";
import { CIJFER_VELDEN, vergelijkCijfers, type CijferVergelijking } from "../sheet";
import type { Rapport } from "../sheet/types";
import { controleerAnderBlad } from "./bewerkingen";
import { Foutmelding } from "./Foutmelding";
import { gemeentenVan, standaardKeuze } from "./keuzes";
import { Kop } from "./Kop";
import { foutTekst, formatDatum } from "./opmaak";
import { Schuifvlak } from "./Schuifvlak";
import { useTabelStijlen } from "./tabelStijlen";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  tabel: { "& th, & td": { paddingInline: tokens.spacingHorizontalXS } },
  vast: { width: "7rem", hyphens: "auto" },
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  periode: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  aanbod: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  keuzes: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "14rem",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
});

/**
 * The sheets of the workbook with an opdracht column, other than the one checked (asked of the adapter
 * once per report); [] while asking or when the adapter cannot tell (the figures still answer).
 */
function useOpdrachtBladen(props: ViewProps, rapport: Rapport): BladOverzicht[] {
  const { adapter } = props;
  const [bladen, zetBladen] = useState<BladOverzicht[]>([]);
  useEffect(() => {
    let geldig = true;
    adapter.leesBladen().then(
      (lijst) => {
        if (geldig) zetBladen(lijst.filter((b) => b.opdrachtKolom && b.naam !== rapport.blad));
      },
      () => {
        if (geldig) zetBladen([]);
      },
    );
    return () => {
      geldig = false;
    };
  }, [adapter, rapport]);
  return bladen;
}

/**
 * Vergelijken on a sheet without an opdracht versnelling column: the offer to compare on a sheet that
 * has one ("Opdracht staat op blad 2022-1: daar vergelijken"), and the chosen gemeenten side by side on
 * the figures this sheet has, one table per period (vergelijkCijfers), so that a pair always gets an
 * answer.
 */
export function CijfersVergelijken(props: ViewProps & { rapport: Rapport }) {
  const { toestand, dispatch, adapter, rapport } = props;
  const styles = useStyles();
  const tabel = useTabelStijlen();
  const groepId = useId();
  const aanbodId = useId();
  const opdrachtBladen = useOpdrachtBladen(props, rapport);
  const kandidaten = useMemo(() => gemeentenVan(rapport), [rapport]);
  const gekozen = useMemo(
    () =>
      (toestand.vergelijking.gemeenten ?? standaardKeuze(kandidaten)).filter((g) => kandidaten.includes(g)),
    [toestand.vergelijking.gemeenten, kandidaten],
  );
  const uitkomst = useMemo((): CijferVergelijking | { fout: string } | null => {
    if (gekozen.length < 2) return null;
    try {
      return vergelijkCijfers(rapport, gekozen);
    } catch (fout) {
      return { fout: foutTekst(fout) };
    }
  }, [rapport, gekozen]);

  const wissel = (gemeente: string, aan: boolean) => {
    const nieuw = aan
      ? kandidaten.filter((g) => g === gemeente || gekozen.includes(g))
      : gekozen.filter((g) => g !== gemeente);
    dispatch({ type: "kiesGemeenten", gemeenten: nieuw });
  };

  return (
    <div className={styles.view}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {rapport.kolommen.some((k) => k.veld === "opdrachtVersnelling")
            ? teksten.opdrachtKolomLeeg
            : teksten.geenOpdrachtKolom}
        </MessageBarBody>
      </MessageBar>
      {opdrachtBladen.length > 0 && (
        <div role="group" aria-labelledby={aanbodId} className={styles.aanbod}>
          <Kop id={aanbodId} niveau={3}>
            {teksten.opdrachtBladen}
          </Kop>
          {opdrachtBladen.map((b) => (
            <Button
              key={b.naam}
              appearance="primary"
              disabledFocusable={toestand.bezig !== null}
              onClick={() => void controleerAnderBlad(adapter, dispatch, b.naam)}
            >
              {teksten.opdrachtOpBlad(b.naam)}
            </Button>
          ))}
        </div>
      )}
      <div role="group" aria-labelledby={groepId}>
        <Kop id={groepId} niveau={3}>
          {teksten.kiesGemeentenCijfers}
        </Kop>
        <div className={styles.keuzes}>
          {kandidaten.map((g) => (
            <Checkbox
              key={g}
              label={g}
              checked={gekozen.includes(g)}
              onChange={(_, d) => wissel(g, d.checked === true)}
            />
          ))}
        </div>
      </div>
      {gekozen.length < 2 && <Text block>{teksten.kiesMinstensTwee}</Text>}
      {uitkomst && "fout" in uitkomst && <Foutmelding bericht={uitkomst.fout} />}
      {uitkomst && "perioden" in uitkomst && (
        <>
          {uitkomst.nietGevonden.length > 0 && <Text block>{teksten.nietOpBlad(uitkomst.nietGevonden)}</Text>}
          {uitkomst.perioden.map((p) => {
            const kopId = `${groepId}-${p.periode ?? "geen"}`;
            const tussenstanden = p.cijfers.flatMap((c, i) =>
              c?.meetdatum ? [teksten.tussenstandOp(uitkomst.gemeenten[i], formatDatum(c.meetdatum))] : [],
            );
            return (
              <section key={p.periode ?? ""} aria-labelledby={kopId} className={styles.periode}>
                <Kop id={kopId} niveau={3}>
                  {teksten.cijferPeriode(p.periode)}
                </Kop>
                <Schuifvlak label={teksten.scrollTabel(teksten.cijfersTabel(p.periode))}>
                  <Table
                    size="extra-small"
                    className={mergeClasses(tabel.tabel, styles.tabel)}
                    aria-label={teksten.cijfersTabel(p.periode)}
                  >
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell className={mergeClasses(tabel.vast, styles.vast)}>
                          {teksten.maatstaf}
                        </TableHeaderCell>
                        {uitkomst.gemeenten.map((g) => (
                          <TableHeaderCell key={g} className={tabel.getalKop}>
                            {g}
                          </TableHeaderCell>
                        ))}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {CIJFER_VELDEN.map((veld) => (
                        <TableRow key={veld}>
                          <TableHeaderCell scope="row" className={mergeClasses(tabel.vast, styles.vast)}>
                            {teksten.cijferLabels[veld]}
                          </TableHeaderCell>
                          {p.cijfers.map((c, i) => (
                            <TableCell key={uitkomst.gemeenten[i]} className={tabel.getal}>
                              {c === null ? teksten.geenRijInPeriode : c.teksten[veld] || "–"}
                            </TableCell>
                          ))}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Schuifvlak>
                {tussenstanden.map((t) => (
                  <Text key={t} block size={200}>
                    {t}
                  </Text>
                ))}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
