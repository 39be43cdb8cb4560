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
import { useEffect, useRef } from "react";
import { teksten } from "./teksten";

const useStyles = makeStyles({
  lijst: { maxHeight: "40vh", overflowY: "auto", margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Asks explicit confirmation before cells with the user's own content are overwritten.
 *
 * When it opens, the keyboard focus goes to "Niet overschrijven", the safe answer (as the WAI-ARIA
 * alertdialog pattern advises for a destructive action), so Enter right away never overwrites. This
 * effect runs after DialogSurface's own focus-first effect (a parent's effects run after its
 * children's), so it is the last word, and focus lands on an element inside the surface: tabster
 * (Fluent's focus manager) then activates the dialog's modalizer whichever comes first, the focus or
 * tabster noticing the new surface. With focus on the surface itself (what Fluent does where it finds
 * no visible button, as in jsdom) and the surface noticed second, the modalizer never became active
 * and tabster marked the open dialog aria-hidden.
 */
export function BevestigDialoog({
  cellen,
  onAntwoord,
}: {
  cellen: string[] | null;
  onAntwoord: (ja: boolean) => void;
}) {
  const styles = useStyles();
  const open = cellen !== null;
  const veilig = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) veilig.current?.focus();
  }, [open]);
  return (
    <Dialog
      open={open}
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
            <Button ref={veilig} onClick={() => onAntwoord(false)}>
              {teksten.nietOverschrijven}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
