import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { controleer, selecteer, wijzigToewijzing } from "./bewerkingen";
import { KolomToewijzing } from "./KolomToewijzing";
import { OpmerkingenLijst } from "./OpmerkingenLijst";
import { Samenvatting } from "./Samenvatting";
import { Kop } from "./Kop";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  knop: { alignSelf: "flex-start" },
});

/** "Controleren": check the active sheet, the summary, the remarks and the column mapping. */
export function ControlerenView({ toestand, dispatch, adapter }: ViewProps) {
  const styles = useStyles();
  const samenvattingId = useId();
  const opmerkingenId = useId();
  const kolommenId = useId();
  const { rapport, blad } = toestand;
  return (
    <div className={styles.view}>
      <Button
        className={styles.knop}
        appearance="primary"
        disabledFocusable={toestand.bezig !== null}
        onClick={() => void controleer(adapter, dispatch)}
      >
        {teksten.controleerBlad}
      </Button>
      {rapport && <Samenvatting rapport={rapport} kopId={samenvattingId} />}
      {rapport && blad && (
        <section aria-labelledby={kolommenId}>
          <Kop id={kolommenId}>{teksten.kolommenTitel}</Kop>
          <KolomToewijzing
            rapport={rapport}
            toewijzing={toestand.toewijzing}
            uit={toestand.bezig !== null}
            onWijzig={(kolom, veld) =>
              void wijzigToewijzing(adapter, dispatch, blad, { ...toestand.toewijzing, [kolom]: veld })
            }
          />
        </section>
      )}
      {rapport && (
        <section aria-labelledby={opmerkingenId}>
          <Kop id={opmerkingenId}>{teksten.opmerkingenTitel}</Kop>
          <OpmerkingenLijst
            opmerkingen={rapport.opmerkingen}
            onKies={(o) => void selecteer(adapter, dispatch, rapport.blad, o.cel)}
          />
        </section>
      )}
    </div>
  );
}
