import {
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { prognosesVoor } from "../sheet";
import type { PrognoseRij } from "../sheet/types";
import { ControleerEerst } from "./ControleerEerst";
import { Foutmelding } from "./Foutmelding";
import { foutTekst, formatAantal, formatDatum, formatEenDecimaal, isoNaarDatum } from "./opmaak";
import { Schuifvlak } from "./Schuifvlak";
import { useTabelStijlen } from "./tabelStijlen";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";
import { TredeBadge } from "./TredeBadge";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  opmerking: { color: tokens.colorNeutralForeground2 },
  datum: { maxWidth: "12rem" },
});

/** "Prognose": per gemeente the prognosed realisation and trede at the next peildatum, and the pace needed. */
export function PrognoseView(props: ViewProps) {
  const { toestand, dispatch } = props;
  const styles = useStyles();
  const tabel = useTabelStijlen();
  const { rapport } = toestand;
  const { meetdatum, alleenAchter } = toestand.prognose;
  const datum = isoNaarDatum(meetdatum);
  const uitkomst = useMemo((): { rijen: PrognoseRij[] } | { fout: string } | null => {
    const datum = isoNaarDatum(meetdatum);
    if (!rapport || !datum) return null;
    try {
      return { rijen: prognosesVoor(rapport, datum) };
    } catch (fout) {
      return { fout: foutTekst(fout) };
    }
  }, [rapport, meetdatum]);

  if (!rapport) return <ControleerEerst {...props} />;
  const alle = uitkomst && "rijen" in uitkomst ? uitkomst.rijen : [];
  const rijen = alleenAchter ? alle.filter((r) => r.opSchema === false) : alle;
  // The engine uses each row's own Meetdatum from the sheet; the chosen date only selects the period.
  const periode = alle[0]?.periode ?? null;
  const gemeten = periode
    ? [
        ...new Set(
          rapport.rijen
            .filter((r) => r.periode === periode && !r.isTotaalrij && r.meetdatum !== null)
            .map((r) => r.meetdatum as string),
        ),
      ].sort()
    : [];
  const wijktAf = gemeten.length > 0 && gemeten.some((d) => d !== meetdatum);

  return (
    <div className={styles.view}>
      <Field
        label={teksten.meetdatum}
        validationState={datum ? "none" : "error"}
        validationMessage={datum ? undefined : teksten.meetdatumOngeldig}
      >
        <Input
          className={styles.datum}
          type="date"
          value={meetdatum}
          onChange={(_, d) => dispatch({ type: "zetMeetdatum", meetdatum: d.value })}
        />
      </Field>
      <Switch
        label={teksten.alleenAchter}
        checked={alleenAchter}
        onChange={(_, d) => dispatch({ type: "zetAlleenAchter", aan: d.checked })}
      />
      {uitkomst && "fout" in uitkomst && <Foutmelding bericht={uitkomst.fout} />}
      {datum && alle.length === 0 && !(uitkomst && "fout" in uitkomst) && (
        <MessageBar intent="info">
          <MessageBarBody>{teksten.geenPrognoses}</MessageBarBody>
        </MessageBar>
      )}
      {periode && gemeten.length > 0 && (
        <Text block weight="semibold">
          {teksten.gemetenOp(periode, gemeten.map(formatDatum))}
        </Text>
      )}
      {periode && wijktAf && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{teksten.andereDatum(formatDatum(meetdatum), periode)}</MessageBarBody>
        </MessageBar>
      )}
      {alle.length > 0 && rijen.length === 0 && <Text block>{teksten.allesOpSchema}</Text>}
      {rijen.length > 0 && (
        <Schuifvlak label={teksten.scrollTabel(teksten.prognoseTabel)}>
          <Table size="extra-small" className={tabel.tabel} aria-label={teksten.prognoseTabel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={tabel.vast}>{teksten.gemeente}</TableHeaderCell>
                <TableHeaderCell className={tabel.getalKop}>{teksten.gerealiseerdKop}</TableHeaderCell>
                <TableHeaderCell className={tabel.getalKop}>{teksten.prognoseRealisatie}</TableHeaderCell>
                <TableHeaderCell>{teksten.prognoseTrede}</TableHeaderCell>
                <TableHeaderCell className={tabel.getalKop}>{teksten.benodigdPerMaand}</TableHeaderCell>
                <TableHeaderCell>{teksten.opSchema}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rijen.map((r) => (
                <TableRow key={`${r.gemeente}-${r.periode}`}>
                  <TableHeaderCell scope="row" className={tabel.vast}>
                    {r.gemeente}
                  </TableHeaderCell>
                  <TableCell className={tabel.getal}>{formatAantal(r.gerealiseerd)}</TableCell>
                  {r.gerealiseerdPrognose === null ? (
                    <TableCell colSpan={4} className={styles.opmerking}>
                      {r.opmerking ?? "–"}
                    </TableCell>
                  ) : (
                    <>
                      <TableCell className={tabel.getal}>{formatAantal(r.gerealiseerdPrognose)}</TableCell>
                      <TableCell>{r.tredePrognose ? <TredeBadge trede={r.tredePrognose} /> : "–"}</TableCell>
                      <TableCell className={tabel.getal}>{formatEenDecimaal(r.benodigdPerMaand)}</TableCell>
                      <TableCell>
                        {r.opSchema === null ? "–" : r.opSchema ? teksten.ja : teksten.nee}
                      </TableCell>
                    </>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Schuifvlak>
      )}
    </div>
  );
}
