import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { teksten } from "./teksten";

/**
 * An error in a Fluent MessageBar (intent error); the pane never goes blank on an error. With
 * `neemFocus` it takes the keyboard focus when it appears (the control that failed may be gone).
 */
export function Foutmelding({
  bericht,
  onSluit,
  neemFocus = false,
}: {
  bericht: string;
  onSluit?: () => void;
  neemFocus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (neemFocus) ref.current?.focus();
    // Only when it appears: a later re-render must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{teksten.foutTitel}</MessageBarTitle>
        {bericht}
      </MessageBarBody>
      {onSluit && (
        <MessageBarActions>
          <Button size="small" onClick={onSluit}>
            {teksten.sluitMelding}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
