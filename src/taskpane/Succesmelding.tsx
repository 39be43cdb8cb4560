import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { teksten } from "./teksten";

/** A success message; each line of `regels` on its own line. */
export function Succesmelding({ regels }: { regels: string[] }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{teksten.gelukt}</MessageBarTitle>
        {regels.map((r) => (
          <div key={r}>{r}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
