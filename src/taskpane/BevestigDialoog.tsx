import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { teksten } from "./teksten";

const useStyles = makeStyles({
  lijst: { maxHeight: "40vh", overflowY: "auto", margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Asks explicit confirmation before cells with the user's own content are overwritten. */
export function BevestigDialoog({
  cellen,
  onAntwoord,
}: {
  cellen: string[] | null;
  onAntwoord: (ja: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <Dialog
      open={cellen !== null}
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) onAntwoord(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{teksten.bevestigTitel}</DialogTitle>
          <DialogContent>
            <p>{teksten.bevestigTekst(cellen?.length ?? 0)}</p>
            <ul className={styles.lijst} aria-label={teksten.conflictenTitel}>
              {(cellen ?? []).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAntwoord(true)}>
              {teksten.overschrijven}
            </Button>
            <Button onClick={() => onAntwoord(false)}>{teksten.nietOverschrijven}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
