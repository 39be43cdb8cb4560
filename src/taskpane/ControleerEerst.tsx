import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { controleer } from "./bewerkingen";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  vak: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalM },
});

/** Shown by the views that need a check result while there is none. */
export function ControleerEerst({ toestand, dispatch, adapter }: ViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.vak}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{teksten.eerstControleren}</MessageBarBody>
      </MessageBar>
      <Button
        appearance="primary"
        disabledFocusable={toestand.bezig !== null}
        onClick={() => void controleer(adapter, dispatch)}
      >
        {teksten.controleerBlad}
      </Button>
    </div>
  );
}
