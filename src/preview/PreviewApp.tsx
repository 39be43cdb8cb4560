import { makeStaticStyles, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { teksten } from "../taskpane/teksten";
import type { GeheugenWerkboek } from "./geheugenWerkboek";
import { Raster } from "./Raster";

const useStatischeStijl = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  pagina: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  naast: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalL },
  paneel: {
    flex: "0 0 350px",
    width: "350px",
    maxWidth: "100%",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  blad: {
    flex: "1 1 420px",
    minWidth: "0",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The preview page: a banner, the real task pane (350 px wide) beside a read-only grid of the sheet. */
export function PreviewApp({ werkboek, vandaag }: { werkboek: GeheugenWerkboek; vandaag?: string }) {
  useStatischeStijl();
  const styles = useStyles();
  return (
    <div className={styles.pagina}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{teksten.voorbeeld.banner}</MessageBarBody>
      </MessageBar>
      <div className={styles.naast}>
        <div className={styles.paneel}>
          <App adapter={werkboek} vandaag={vandaag} />
        </div>
        <div className={styles.blad}>
          <Raster werkboek={werkboek} />
        </div>
      </div>
    </div>
  );
}
