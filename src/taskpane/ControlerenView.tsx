import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { controleer } from "./bewerkingen";
import { Laadbaar } from "./Laadbaar";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";
import { uitslagLader } from "./weergaven";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  knop: { alignSelf: "flex-start" },
  uitslag: { gap: tokens.spacingVerticalL },
});

/**
 * "Controleren": check the active sheet; then the summary, the column mapping and the remarks
 * (ControleUitslag, loaded on demand together with the engine: the first screen is only the button).
 */
export function ControlerenView(props: ViewProps) {
  const { toestand, dispatch, adapter } = props;
  const styles = useStyles();
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
      {toestand.rapport && (
        <Laadbaar
          lader={uitslagLader}
          props={props}
          label={teksten.weergaveLaden(teksten.tabs.controleren)}
          className={styles.uitslag}
        />
      )}
    </div>
  );
}
