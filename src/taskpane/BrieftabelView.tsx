import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { BriefRegel } from "../domain/brieftabel";
import { brieftabelVoor, maakBrieftabelBlad } from "../sheet";
import { kopieerTekst, schrijfNieuwBlad } from "./bewerkingen";
import { ControleerEerst } from "./ControleerEerst";
import { Foutmelding } from "./Foutmelding";
import { KnopMelding } from "./KnopMelding";
import { gemeentenVan, periodenVan, standaardBriefPeriode } from "./keuzes";
import { alsTabGescheiden, foutTekst } from "./opmaak";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  keuzes: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0" },
  waarde: { textAlign: "end", width: "45%", overflowWrap: "break-word", hyphens: "auto" },
  knoppen: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "Brieftabel": the letter table of a gemeente and periode, copy and "Naar werkblad". */
export function BrieftabelView(props: ViewProps) {
  const { toestand, dispatch, adapter } = props;
  const styles = useStyles();
  const { rapport } = toestand;
  const gemeenten = useMemo(() => (rapport ? gemeentenVan(rapport) : []), [rapport]);
  const gemeente =
    toestand.brief.gemeente && gemeenten.includes(toestand.brief.gemeente)
      ? toestand.brief.gemeente
      : (gemeenten[0] ?? null);
  const perioden = useMemo(
    () => (rapport && gemeente ? periodenVan(rapport, gemeente) : []),
    [rapport, gemeente],
  );
  const periode =
    toestand.brief.periode && perioden.includes(toestand.brief.periode)
      ? toestand.brief.periode
      : rapport && gemeente
        ? standaardBriefPeriode(rapport, gemeente)
        : null;
  const tabel = useMemo((): { regels: BriefRegel[] | null } | { fout: string } | null => {
    if (!rapport || !gemeente || !periode) return null;
    try {
      return { regels: brieftabelVoor(rapport, gemeente, periode) };
    } catch (fout) {
      return { fout: foutTekst(fout) };
    }
  }, [rapport, gemeente, periode]);

  if (!rapport) return <ControleerEerst {...props} />;
  const regels = tabel && "regels" in tabel ? tabel.regels : null;
  const titel = gemeente && periode ? teksten.brieftabelTitel(gemeente, periode) : "";

  const kopieer = async () => {
    if (!regels) return;
    try {
      await kopieerTekst(alsTabGescheiden(regels));
      dispatch({ type: "klaar", melding: teksten.gekopieerd });
    } catch (fout) {
      dispatch({ type: "mislukt", fout: foutTekst(fout) });
    }
  };

  return (
    <div className={styles.view}>
      <div className={styles.keuzes}>
        <Field label={teksten.gemeente}>
          <Dropdown
            className={styles.dropdown}
            value={gemeente ?? ""}
            selectedOptions={gemeente ? [gemeente] : []}
            onOptionSelect={(_, d) =>
              d.optionValue && dispatch({ type: "kiesBriefGemeente", gemeente: d.optionValue })
            }
          >
            {gemeenten.map((g) => (
              <Option key={g} value={g}>
                {g}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={teksten.periode}>
          <Dropdown
            className={styles.dropdown}
            value={periode ?? ""}
            selectedOptions={periode ? [periode] : []}
            onOptionSelect={(_, d) =>
              d.optionValue && dispatch({ type: "kiesBriefPeriode", periode: d.optionValue })
            }
          >
            {perioden.map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {tabel && "fout" in tabel && <Foutmelding bericht={tabel.fout} />}
      {tabel && "regels" in tabel && !regels && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{teksten.geenBrieftabel}</MessageBarBody>
        </MessageBar>
      )}
      {regels && gemeente && periode && (
        <>
          <Table size="small" aria-label={titel}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{teksten.label}</TableHeaderCell>
                <TableHeaderCell className={styles.waarde}>{teksten.waarde}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {regels.map((r, i) => (
                <TableRow key={`${i}-${r.label}`}>
                  <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                  <TableCell className={styles.waarde}>{r.waarde}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.knoppen}>
            <Button appearance="primary" onClick={() => void kopieer()}>
              {teksten.kopieer}
            </Button>
            <Button
              disabledFocusable={toestand.bezig !== null}
              onClick={() =>
                void schrijfNieuwBlad(adapter, dispatch, () => maakBrieftabelBlad(gemeente, periode, regels))
              }
            >
              {teksten.naarWerkblad}
            </Button>
          </div>
          <KnopMelding melding={toestand.melding} />
        </>
      )}
    </div>
  );
}
