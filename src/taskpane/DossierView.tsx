import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
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
import { useId, useMemo, useState } from "react";
import type { BriefRegel } from "../domain/brieftabel";
import { brieftabelVoor } from "../sheet/vergelijk";
import { DOSSIER_VELDEN, dossierVan, grafiekPerioden, maakDossierBlad, type Dossier } from "../sheet/dossier";
import type { Rapport } from "../sheet/types";
import { schrijfNieuwBlad, selecteer } from "./bewerkingen";
import { ControleerEerst } from "./ControleerEerst";
import { DossierGrafiek } from "./DossierGrafiek";
import { Foutmelding } from "./Foutmelding";
import { KnopMelding } from "./KnopMelding";
import { gemeentenVan } from "./keuzes";
import { Kop } from "./Kop";
import { OpmerkingenLijst } from "./OpmerkingenLijst";
import { foutTekst, formatDatum } from "./opmaak";
import { Schuifvlak } from "./Schuifvlak";
import { useTabelStijlen } from "./tabelStijlen";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  deel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabel: { "& th, & td": { paddingInline: tokens.spacingHorizontalXS } },
  vast: { width: "9rem", hyphens: "auto" },
  tekstCel: { whiteSpace: "normal", minWidth: "6rem" },
  knoppen: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  brief: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  waarde: { textAlign: "end", width: "45%", overflowWrap: "break-word" },
});

/**
 * "Dossier": one gemeente's history on the checked sheet (dossierVan): the figures per period with the
 * computed and decided trede, a step chart of the trede with the backlog, the letter table of each closed
 * period one click away (shown here, and "Openen in Brieftabel" for copying it), the remarks of its rows
 * (a click selects the cell) and "Naar werkblad". The chosen gemeente is the Brieftabel's, so both
 * views stay on the same gemeente.
 */
export function DossierView(props: ViewProps) {
  const { toestand, dispatch } = props;
  const styles = useStyles();
  const { rapport } = toestand;
  const gemeenten = useMemo(() => (rapport ? gemeentenVan(rapport) : []), [rapport]);
  const gemeente =
    toestand.brief.gemeente && gemeenten.includes(toestand.brief.gemeente)
      ? toestand.brief.gemeente
      : (gemeenten[0] ?? null);
  const uitkomst = useMemo((): { dossier: Dossier | null } | { fout: string } | null => {
    if (!rapport || !gemeente) return null;
    try {
      return { dossier: dossierVan(rapport, gemeente) };
    } catch (fout) {
      return { fout: foutTekst(fout) };
    }
  }, [rapport, gemeente]);

  if (!rapport) return <ControleerEerst {...props} />;
  return (
    <div className={styles.view}>
      <Field label={teksten.gemeente}>
        <Dropdown
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
      {uitkomst && "fout" in uitkomst && <Foutmelding bericht={uitkomst.fout} />}
      {uitkomst && "dossier" in uitkomst && uitkomst.dossier && (
        <DossierInhoud
          key={uitkomst.dossier.gemeente}
          {...props}
          rapport={rapport}
          dossier={uitkomst.dossier}
        />
      )}
    </div>
  );
}

function DossierInhoud(props: ViewProps & { rapport: Rapport; dossier: Dossier }) {
  const { toestand, dispatch, adapter, rapport, dossier } = props;
  const styles = useStyles();
  const tabel = useTabelStijlen();
  const id = useId();
  const [briefPeriode, zetBriefPeriode] = useState<string | null>(null);
  const naam = (p: string | null) => p ?? teksten.dossier.zonderPeriode;
  const metBrief = dossier.perioden.filter((p) => p.brieftabel && p.periode !== null);
  const regels = useMemo((): BriefRegel[] | null => {
    if (briefPeriode === null) return null;
    try {
      return brieftabelVoor(rapport, dossier.gemeente, briefPeriode);
    } catch {
      return null;
    }
  }, [rapport, dossier.gemeente, briefPeriode]);
  const toelichtingen = dossier.perioden.flatMap((p) => [
    ...(p.meetdatum ? [teksten.dossier.tussenstand(naam(p.periode), formatDatum(p.meetdatum))] : []),
    ...(p.tredeOngecorrigeerd !== null
      ? [teksten.dossier.zonderCorrectie(naam(p.periode), p.tredeOngecorrigeerd)]
      : []),
  ]);
  const inGrafiek = grafiekPerioden(dossier);
  const briefId = `${id}-brief`;

  const openInBrieftabel = (periode: string) => {
    dispatch({ type: "kiesBriefGemeente", gemeente: dossier.gemeente });
    dispatch({ type: "kiesBriefPeriode", periode });
    dispatch({ type: "kiesTab", tab: "brieftabel" });
  };

  return (
    <>
      <section aria-labelledby={`${id}-kop`} className={styles.deel}>
        <Kop id={`${id}-kop`} niveau={3}>
          {teksten.dossier.titel(dossier.gemeente)}
        </Kop>
        <Schuifvlak label={teksten.scrollTabel(teksten.dossier.tabel(dossier.gemeente))}>
          <Table
            size="extra-small"
            className={mergeClasses(tabel.tabel, styles.tabel)}
            aria-label={teksten.dossier.tabel(dossier.gemeente)}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={mergeClasses(tabel.vast, styles.vast)}>
                  {teksten.maatstaf}
                </TableHeaderCell>
                {dossier.perioden.map((p) => (
                  <TableHeaderCell key={p.rij} className={tabel.getalKop}>
                    {naam(p.periode)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {DOSSIER_VELDEN.map((veld) => (
                <TableRow key={veld}>
                  <TableHeaderCell scope="row" className={mergeClasses(tabel.vast, styles.vast)}>
                    {teksten.dossier.labels[veld]}
                  </TableHeaderCell>
                  {dossier.perioden.map((p) => (
                    <TableCell key={p.rij} className={tabel.getal}>
                      {p.teksten[veld] || "–"}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              <TableRow>
                <TableHeaderCell scope="row" className={mergeClasses(tabel.vast, styles.vast)}>
                  {teksten.dossier.reden}
                </TableHeaderCell>
                {dossier.perioden.map((p) => (
                  <TableCell key={p.rij} className={styles.tekstCel}>
                    {p.redenBesluit ?? "–"}
                  </TableCell>
                ))}
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row" className={mergeClasses(tabel.vast, styles.vast)}>
                  {teksten.dossier.escalatie}
                </TableHeaderCell>
                {dossier.perioden.map((p) => (
                  <TableCell key={p.rij} className={tabel.getal}>
                    {p.escalatie ?? "–"}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </Schuifvlak>
        {toelichtingen.map((t) => (
          <Text key={t} block size={200}>
            {t}
          </Text>
        ))}
      </section>

      {inGrafiek.length > 0 ? (
        <DossierGrafiek perioden={inGrafiek} />
      ) : (
        <Text block>{teksten.dossier.geenGrafiek}</Text>
      )}

      <section aria-labelledby={`${id}-brieven`} className={styles.deel}>
        <Kop id={`${id}-brieven`} niveau={3}>
          {teksten.dossier.brieftabellen}
        </Kop>
        {metBrief.length === 0 ? (
          <Text block>{teksten.dossier.geenBrieftabellen}</Text>
        ) : (
          <div className={styles.knoppen}>
            {metBrief.map((p) => {
              const open = briefPeriode === p.periode;
              return (
                <Button
                  key={p.rij}
                  aria-expanded={open}
                  aria-controls={open ? briefId : undefined}
                  appearance={open ? "primary" : "secondary"}
                  onClick={() => zetBriefPeriode(open ? null : p.periode)}
                >
                  {teksten.dossier.brieftabelKnop(naam(p.periode))}
                </Button>
              );
            })}
          </div>
        )}
        {briefPeriode !== null && regels && (
          <div id={briefId} className={styles.brief}>
            <Table size="small" aria-label={teksten.brieftabelTitel(dossier.gemeente, briefPeriode)}>
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
              <Button onClick={() => openInBrieftabel(briefPeriode)}>
                {teksten.dossier.openInBrieftabel}
              </Button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby={`${id}-opmerkingen`} className={styles.deel}>
        <Kop id={`${id}-opmerkingen`} niveau={3}>
          {teksten.dossier.opmerkingen}
        </Kop>
        {dossier.opmerkingen.length === 0 ? (
          <Text block>{teksten.dossier.geenOpmerkingen}</Text>
        ) : (
          <OpmerkingenLijst
            opmerkingen={dossier.opmerkingen}
            onKies={(o) => void selecteer(adapter, dispatch, rapport.blad, o.cel)}
          />
        )}
      </section>

      <div className={styles.deel}>
        <div className={styles.knoppen}>
          <Button
            appearance="primary"
            disabledFocusable={toestand.bezig !== null}
            onClick={() => void schrijfNieuwBlad(adapter, dispatch, () => maakDossierBlad(dossier))}
          >
            {teksten.naarWerkblad}
          </Button>
        </div>
        <KnopMelding melding={toestand.melding} />
      </div>
    </>
  );
}
