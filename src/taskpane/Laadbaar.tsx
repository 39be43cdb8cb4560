import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useReducer, useRef, useState, type ReactElement } from "react";
import type { Lader } from "./laden";
import { foutTekst } from "./opmaak";
import { teksten } from "./teksten";

const useStyles = makeStyles({
  vak: {
    display: "flex",
    flexDirection: "column",
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  wacht: { alignSelf: "flex-start" },
});

/**
 * A part of the pane that is loaded on demand (src/taskpane/weergaven.ts). Already loaded: rendered at
 * once. Else a spinner with `label` while it loads, and when loading fails (offline, say) a Dutch message
 * with "Opnieuw proberen" instead of a blank pane. Focus is left where it is (on the tab, when the user
 * moves through the tabs with the arrow keys); a retry moves it from the retry button, which goes, to
 * the element that holds the part.
 */
export function Laadbaar<P extends object>({
  lader,
  props,
  label,
  className,
}: {
  lader: Lader<(props: P) => ReactElement>;
  props: P;
  label: string;
  /** Classes of the wrapping element (a flex column), e.g. the gap between the part's children. */
  className?: string;
}) {
  const styles = useStyles();
  const [, geladen] = useReducer((n: number) => n + 1, 0);
  const [fout, zetFout] = useState<string | null>(null);
  const [poging, zetPoging] = useState(0);
  const vak = useRef<HTMLDivElement>(null);
  const Deel = lader.geladen();

  useEffect(() => {
    if (Deel) return;
    let actief = true;
    lader.laad().then(
      () => {
        if (actief) geladen();
      },
      (reden: unknown) => {
        if (actief) zetFout(foutTekst(reden));
      },
    );
    return () => {
      actief = false;
    };
  }, [lader, Deel, poging]);

  let inhoud: ReactElement;
  if (Deel) inhoud = <Deel {...props} />;
  else if (fout !== null)
    inhoud = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{teksten.foutTitel}</MessageBarTitle>
          {fout}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => {
              // The button is about to go: keep the focus in this part (the loaded part replaces the
              // spinner inside the same element).
              vak.current?.focus();
              zetFout(null);
              zetPoging((p) => p + 1);
            }}
          >
            {teksten.opnieuwProberen}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  else inhoud = <Spinner className={styles.wacht} size="small" labelPosition="after" label={label} />;
  return (
    <div ref={vak} tabIndex={-1} className={mergeClasses(styles.vak, className)}>
      {inhoud}
    </div>
  );
}
