import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { teksten } from "./teksten";

/**
 * A success message; each line of `regels` on its own line. With `neemFocus` it takes the keyboard
 * focus when it appears (when the button that caused it has gone), so focus never falls back to <body>.
 */
export function Succesmelding({ regels, neemFocus = false }: { regels: string[]; neemFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (neemFocus) ref.current?.focus();
    // Only when it appears: a later re-render must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{teksten.gelukt}</MessageBarTitle>
        {regels.map((r) => (
          <div key={r}>{r}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
