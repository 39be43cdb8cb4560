import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { tredeNaam } from "../domain/trede";
import type { Trede } from "../domain/types";
import type { SchrijfOpties, WerkboekAdapter } from "../host/werkboek";
import { adres } from "../sheet/adres";
import { planBesluit } from "../sheet/besluit";
import type { Blad, Rapport } from "../sheet/types";
import { BevestigDialoog } from "./BevestigDialoog";
import { controleer } from "./bewerkingen";
import { Kop } from "./Kop";
import { KnopMelding } from "./KnopMelding";
import { foutTekst } from "./opmaak";
import { teksten } from "./teksten";
import type { Toewijzing, ViewProps } from "./toestand";

const useStyles = makeStyles({
  sectie: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  knop: { alignSelf: "flex-start" },
  // A native select is as wide as its longest option unless told otherwise: in a 350 px pane it must
  // take the field's width and cut long options ("Utrechtse Heuvelrug 2022-1, rij 24") instead.
  keuze: { width: "100%", minWidth: 0, maxWidth: "100%" },
  keuzeLijst: { width: "100%", minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
});

const TREDEN: readonly Trede[] = [1, 2, 3, 4, 5, 6];

/**
 * Writes a decision (rule 11) into the sheet's columns (planBesluit: the existing Vastgestelde trede /
 * Reden besluit columns or new ones right of the header row), asking before a filled cell is
 * overwritten, then checks the sheet again so that the report shows the decision.
 */
export async function legBesluitVast(
  adapter: WerkboekAdapter,
  dispatch: ViewProps["dispatch"],
  invoer: { blad: Blad; rapport: Rapport; rij: number; trede: Trede; reden: string; toewijzing: Toewijzing },
  bevestigOverschrijven: NonNullable<SchrijfOpties["bevestigOverschrijven"]>,
): Promise<void> {
  dispatch({ type: "start", bezig: teksten.besluit.bezig });
  let melding: string;
  try {
    const plan = planBesluit(invoer.blad, invoer.rapport, invoer.rij, invoer.trede, invoer.reden);
    await adapter.schrijfCellen(plan.blad, plan.cellen, { bevestigOverschrijven });
    const rijCellen = plan.cellen.filter((c) => c.rij === invoer.rij).map((c) => adres(c.rij, c.kolom));
    melding =
      teksten.besluit.vastgelegd(rijCellen) +
      (plan.nieuweKolommen.length > 0
        ? teksten.besluit.nieuweKolommen(plan.nieuweKolommen.map((k) => `${k.kop} (${k.cel})`))
        : "");
  } catch (fout) {
    dispatch({ type: "mislukt", fout: foutTekst(fout) });
    return;
  }
  if (await controleer(adapter, dispatch, { toewijzing: invoer.toewijzing }))
    dispatch({ type: "klaar", melding });
}

/** "Besluit vastleggen" in Controleren: choose a row, a step 1-6 and a reason, and write them. */
export function BesluitVastleggen({ toestand, dispatch, adapter }: ViewProps) {
  const styles = useStyles();
  const kopId = useId();
  const antwoord = useRef<((ja: boolean) => void) | null>(null);
  const { rapport, blad } = toestand;
  const rijen = (rapport?.rijen ?? []).filter((r) => !r.isTotaalrij && r.gemeente !== null);
  const [rijKeuze, setRijKeuze] = useState<number | null>(null);
  const [tredeKeuze, setTredeKeuze] = useState<Trede | null>(null);
  const [reden, setReden] = useState("");
  const [redenNodig, setRedenNodig] = useState(false);
  if (!rapport || !blad || rapport.kopRij === null || rijen.length === 0) return null;
  const gekozen = rijen.find((r) => r.row === rijKeuze) ?? rijen[0];
  const trede: Trede = tredeKeuze ?? gekozen.vastgesteldeTrede ?? gekozen.trede ?? 3;

  const bevestig = (cellen: string[]) =>
    new Promise<boolean>((klaar) => {
      antwoord.current = klaar;
      dispatch({ type: "vraagBevestiging", cellen });
    });
  const beantwoord = (ja: boolean) => {
    antwoord.current?.(ja);
    antwoord.current = null;
    dispatch({ type: "bevestigingBeantwoord" });
  };
  const vastleggen = () => {
    if (reden.trim() === "") {
      setRedenNodig(true);
      return;
    }
    setRedenNodig(false);
    void legBesluitVast(
      adapter,
      dispatch,
      { blad, rapport, rij: gekozen.row, trede, reden, toewijzing: toestand.toewijzing },
      bevestig,
    );
  };

  return (
    <section className={styles.sectie} aria-labelledby={kopId}>
      <Kop id={kopId}>{teksten.besluit.titel}</Kop>
      <Text block>{teksten.besluit.uitleg}</Text>
      <Field
        label={teksten.besluit.rij}
        hint={teksten.besluit.berekend(gekozen.trede, gekozen.vastgesteldeTrede)}
      >
        <Select
          className={styles.keuze}
          select={{ className: styles.keuzeLijst }}
          value={String(gekozen.row)}
          onChange={(_, d) => {
            setRijKeuze(Number(d.value));
            setTredeKeuze(null);
          }}
        >
          {rijen.map((r) => (
            <option key={r.row} value={r.row}>
              {teksten.besluit.rijOptie(r.gemeente ?? "", r.periode, r.row)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={teksten.besluit.trede}>
        <Select
          className={styles.keuze}
          select={{ className: styles.keuzeLijst }}
          value={String(trede)}
          onChange={(_, d) => setTredeKeuze(Number(d.value) as Trede)}
        >
          {TREDEN.map((t) => (
            <option key={t} value={t}>
              {teksten.besluit.tredeOptie(t, tredeNaam(t))}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={teksten.besluit.reden}
        required
        validationState={redenNodig ? "error" : "none"}
        validationMessage={redenNodig ? teksten.besluit.redenNodig : undefined}
      >
        <Textarea value={reden} onChange={(_, d) => setReden(d.value)} resize="vertical" />
      </Field>
      <Button className={styles.knop} disabledFocusable={toestand.bezig !== null} onClick={vastleggen}>
        {teksten.besluit.vastleggen}
      </Button>
      <KnopMelding melding={toestand.melding} />
      <BevestigDialoog cellen={toestand.bevestiging} onAntwoord={beantwoord} />
    </section>
  );
}
