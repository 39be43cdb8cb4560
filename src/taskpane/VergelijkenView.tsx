import {
  Button,
  Checkbox,
  makeStyles,
  mergeClasses,
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
import { useId, useMemo } from "react";
import { maakVergelijkingsblad, vergelijkGemeenten } from "../sheet";
import type { VersnellingRij } from "../sheet/types";
import { schrijfNieuwBlad } from "./bewerkingen";
import { CijfersVergelijken } from "./CijfersVergelijken";
import { ControleerEerst } from "./ControleerEerst";
import { Foutmelding } from "./Foutmelding";
import { KnopMelding } from "./KnopMelding";
import { gemeentenMetOpdracht, standaardKeuze } from "./keuzes";
import { Kop } from "./Kop";
import {
  foutTekst,
  formatAandeel,
  formatAantal,
  formatEenDecimaal,
  formatRatio,
  formatVerschil,
} from "./opmaak";
import { Schuifvlak } from "./Schuifvlak";
import { useTabelStijlen } from "./tabelStijlen";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";
import { VersnellingGrafiek } from "./VersnellingGrafiek";

const useStyles = makeStyles({
  /** Little padding, so that three gemeenten fit the 350 px pane; with more the region scrolls sideways. */
  tabel: { "& th, & td": { paddingInline: tokens.spacingHorizontalXS } },
  /** The maatstaf wraps (with hyphens) instead of widening the table. */
  vast: { width: "7rem", hyphens: "auto" },
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  keuzes: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "14rem",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  knop: { alignSelf: "flex-start" },
});

type Maatstaf = { label: string; waarde: (r: VersnellingRij, i: number) => string };

interface Vergelijking {
  /** Rule 8 on the backlog the switch chooses (registered or corrected). */
  rijen: VersnellingRij[];
  geregistreerd: VersnellingRij[];
  gecorrigeerd: VersnellingRij[];
}

/**
 * "Vergelijken": rule 8 side by side for the chosen gemeenten, a bar chart, and "Naar werkblad". On a
 * sheet without an opdracht versnelling: CijfersVergelijken (the sheets that have one, and the figures).
 */
export function VergelijkenView(props: ViewProps) {
  const { toestand, dispatch, adapter } = props;
  const styles = useStyles();
  const tabel = useTabelStijlen();
  const groepId = useId();
  const { rapport } = toestand;
  const kandidaten = useMemo(() => (rapport ? gemeentenMetOpdracht(rapport) : []), [rapport]);
  const gekozen = useMemo(
    () =>
      (toestand.vergelijking.gemeenten ?? standaardKeuze(kandidaten)).filter((g) => kandidaten.includes(g)),
    [toestand.vergelijking.gemeenten, kandidaten],
  );
  const { gecorrigeerd } = toestand.vergelijking;
  const uitkomst = useMemo((): Vergelijking | { fout: string } | null => {
    if (!rapport || gekozen.length < 2) return null;
    try {
      const geregistreerd = vergelijkGemeenten(rapport, gekozen, { gecorrigeerd: false });
      const metCorrectie = vergelijkGemeenten(rapport, gekozen, { gecorrigeerd: true });
      return {
        rijen: gecorrigeerd ? metCorrectie : geregistreerd,
        geregistreerd,
        gecorrigeerd: metCorrectie,
      };
    } catch (fout) {
      return { fout: foutTekst(fout) };
    }
  }, [rapport, gekozen, gecorrigeerd]);

  if (!rapport) return <ControleerEerst {...props} />;
  // No opdracht on this sheet: the offer of the sheets that have one, and the figures this one has.
  if (kandidaten.length === 0) return <CijfersVergelijken {...props} rapport={rapport} />;

  const wissel = (gemeente: string, aan: boolean) => {
    const nieuw = aan
      ? kandidaten.filter((g) => g === gemeente || gekozen.includes(g))
      : gekozen.filter((g) => g !== gemeente);
    dispatch({ type: "kiesGemeenten", gemeenten: nieuw });
  };

  const maatstaven: Maatstaf[] = [
    {
      label: teksten.achterstandGeregistreerd,
      waarde: (_r, i) =>
        uitkomst && "rijen" in uitkomst ? formatAantal(uitkomst.geregistreerd[i].achterstand) : "",
    },
    {
      label: teksten.achterstandGecorrigeerd,
      waarde: (_r, i) =>
        uitkomst && "rijen" in uitkomst ? formatAantal(uitkomst.gecorrigeerd[i].achterstand) : "",
    },
    { label: teksten.opdracht, waarde: (r) => formatAantal(r.opdracht) },
    { label: teksten.opdrachtPerAchterstand, waarde: (r) => formatRatio(r.opdrachtPerAchterstand) },
    { label: teksten.aandeelOpdracht, waarde: (r) => formatAandeel(r.aandeelOpdracht) },
    { label: teksten.aandeelAchterstand, waarde: (r) => formatAandeel(r.aandeelAchterstand) },
    { label: teksten.verhouding, waarde: (r) => formatRatio(r.verhouding) },
    { label: teksten.evenredigeOpdracht, waarde: (r) => formatEenDecimaal(r.evenredigeOpdracht) },
    { label: teksten.verschil, waarde: (r) => formatVerschil(r.verschil) },
  ];

  return (
    <div className={styles.view}>
      <div role="group" aria-labelledby={groepId}>
        <Kop id={groepId} niveau={3}>
          {teksten.kiesGemeenten}
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
      <Switch
        label={teksten.gecorrigeerd}
        checked={gecorrigeerd}
        onChange={(_, d) => dispatch({ type: "zetGecorrigeerd", aan: d.checked })}
      />
      {gekozen.length < 2 && <Text block>{teksten.kiesMinstensTwee}</Text>}
      {uitkomst && "fout" in uitkomst && <Foutmelding bericht={uitkomst.fout} />}
      {uitkomst && "rijen" in uitkomst && (
        <>
          <Text block size={200}>
            {teksten.grondslag(gecorrigeerd)}
          </Text>
          <Schuifvlak label={teksten.scrollTabel(teksten.vergelijkingTabel)}>
            <Table
              size="extra-small"
              className={mergeClasses(tabel.tabel, styles.tabel)}
              aria-label={teksten.vergelijkingTabel}
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={mergeClasses(tabel.vast, styles.vast)}>
                    {teksten.maatstaf}
                  </TableHeaderCell>
                  {uitkomst.rijen.map((r) => (
                    <TableHeaderCell key={r.gemeente} className={tabel.getalKop}>
                      {r.gemeente}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {maatstaven.map((m) => (
                  <TableRow key={m.label}>
                    <TableHeaderCell scope="row" className={mergeClasses(tabel.vast, styles.vast)}>
                      {m.label}
                    </TableHeaderCell>
                    {uitkomst.rijen.map((r, i) => (
                      <TableCell key={r.gemeente} className={tabel.getal}>
                        {m.waarde(r, i)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Schuifvlak>
          {uitkomst.rijen
            .filter((r) => r.opmerking)
            .map((r) => (
              <MessageBar key={r.gemeente} intent="warning" layout="multiline">
                <MessageBarBody>{r.opmerking}</MessageBarBody>
              </MessageBar>
            ))}
          <VersnellingGrafiek rijen={uitkomst.rijen} />
          <Button
            className={styles.knop}
            disabledFocusable={toestand.bezig !== null}
            onClick={() =>
              void schrijfNieuwBlad(adapter, dispatch, () => maakVergelijkingsblad(uitkomst.rijen))
            }
          >
            {teksten.naarWerkblad}
          </Button>
          <KnopMelding melding={toestand.melding} />
        </>
      )}
    </div>
  );
}
