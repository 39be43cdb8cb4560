import { Succesmelding } from "./Succesmelding";

/**
 * The success message of a button ("Naar werkblad", "Kopieer"), placed right under that button so it
 * shows where the user is looking, however far down the pane the button is. Fluent's MessageBar
 * announces it politely, and it takes the keyboard focus when it appears (the button stays, so Tab
 * leads back to it). A new message (after "start" cleared the old one) mounts a new bar.
 */
export function KnopMelding({ melding }: { melding: string | null }) {
  if (!melding) return null;
  return <Succesmelding key={melding} neemFocus regels={[melding]} />;
}
