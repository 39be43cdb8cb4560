import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { teksten } from "./teksten";

/** An error in a Fluent MessageBar (intent error); the pane never goes blank on an error. */
export function Foutmelding({ bericht, onSluit }: { bericht: string; onSluit?: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
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
