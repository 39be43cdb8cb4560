import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { maakSchrijfPlan } from "../sheet";
import type { CelWaarde } from "../sheet/types";
import { BevestigDialoog } from "./BevestigDialoog";
import { schrijf } from "./bewerkingen";
import { ControleerEerst } from "./ControleerEerst";
import { Kop } from "./Kop";
import { foutTekst, formatAantal, kolomLetter } from "./opmaak";
import { Succesmelding } from "./Succesmelding";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  knop: { alignSelf: "flex-start" },
  lijst: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  knoppen: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  voorbeeld: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

function toonCel(w: CelWaarde): string {
  return w === null ? "" : String(w);
}

/** "Terugschrijven": preview of the write plan, confirmation of overwrites, the write itself. */
export function TerugschrijvenView(props: ViewProps) {
  const { toestand, dispatch, adapter } = props;
  const styles = useStyles();
  const voorbeeldId = useId();
  const antwoord = useRef<((ja: boolean) => void) | null>(null);
  /** Set by "Schrijven": the preview (and its button) goes away, so the result message takes the focus. */
  const geschrevenHier = useRef(false);
  const { rapport, blad, plan, uitkomst } = toestand;
  if (!rapport || !blad) return <ControleerEerst {...props} />;

  const maakPlan = () => {
    try {
      dispatch({ type: "planGemaakt", plan: maakSchrijfPlan(blad, rapport) });
    } catch (fout) {
      dispatch({ type: "mislukt", fout: foutTekst(fout) });
    }
  };

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

  const bezig = toestand.bezig !== null;
  return (
    <div className={styles.view}>
      <Button
        className={styles.knop}
        appearance={plan ? "secondary" : "primary"}
        disabledFocusable={bezig}
        onClick={maakPlan}
      >
        {teksten.schrijfResultaten}
      </Button>
      {plan && (
        <section className={styles.voorbeeld} aria-labelledby={voorbeeldId}>
          <Kop id={voorbeeldId}>{teksten.voorbeeldTitel}</Kop>
          <Text block weight="semibold">
            {teksten.aantalCellen(formatAantal(plan.aantalCellen))}
          </Text>
          <Kop niveau={3}>{teksten.teSchrijvenKolommen}</Kop>
          <ul className={styles.lijst}>
            {plan.kolommen.map((k) => (
              <li key={k.kolom}>
                {kolomLetter(k.kolom)}: {k.kop}
              </li>
            ))}
          </ul>
          <Kop niveau={3}>{teksten.conflictenTitel}</Kop>
          {plan.conflicten.length === 0 ? (
            <Text block>{teksten.geenConflicten}</Text>
          ) : (
            <ul className={styles.lijst}>
              {plan.conflicten.map((c) => (
                <li key={c.cel}>
                  {c.cel}: {toonCel(c.waarde)}
                </li>
              ))}
            </ul>
          )}
          {plan.teWissenKolommen.length > 0 && (
            <>
              <Kop niveau={3}>{teksten.teWissen}</Kop>
              <Text block>{plan.teWissenKolommen.map(kolomLetter).join(", ")}</Text>
            </>
          )}
          <div className={styles.knoppen}>
            <Button
              appearance="primary"
              disabledFocusable={bezig}
              onClick={() => {
                geschrevenHier.current = true;
                void schrijf(adapter, dispatch, plan, bevestig, toestand.toewijzing);
              }}
            >
              {teksten.schrijven}
            </Button>
            <Button disabledFocusable={bezig} onClick={() => dispatch({ type: "planGeannuleerd" })}>
              {teksten.annuleren}
            </Button>
          </div>
        </section>
      )}
      {uitkomst && !plan && (
        <Succesmelding
          neemFocus={geschrevenHier.current}
          regels={[
            teksten.cellenGeschreven(formatAantal(uitkomst.cellen)),
            ...(uitkomst.syncs > 0 ? [teksten.syncs(formatAantal(uitkomst.syncs))] : []),
            ...(uitkomst.eenOngedaanStap ? [teksten.eenOngedaanStap] : []),
          ]}
        />
      )}
      <BevestigDialoog cellen={toestand.bevestiging} onAntwoord={beantwoord} />
    </div>
  );
}
