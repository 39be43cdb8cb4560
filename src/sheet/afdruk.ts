/** Excel's header and footer codes for a new sheet's print settings (NieuwBlad.afdruk), for every host. */
import type { Afdruk } from "./types";

/** Excel's page number codes: "Pagina 1 van 3". */
export const PAGINA_CODES = "Pagina &P van &N";

/** Text as Excel's header/footer shows it literally: "&" starts a code, "&&" is one ampersand. */
export function alsVoettekst(tekst: string): string {
  return tekst.replace(/&/g, "&&");
}

/** The footer's left and right parts with Excel's codes (the right part "" without page numbers). */
export function voettekstDelen(a: Afdruk): { links: string; rechts: string } {
  return { links: alsVoettekst(a.voettekst), rechts: a.paginanummers ? PAGINA_CODES : "" };
}

/** The whole footer as one <oddFooter> text: "&L" left part, "&R" right part. */
export function voettekstCode(a: Afdruk): string {
  const { links, rechts } = voettekstDelen(a);
  return `&L${links}${rechts ? `&R${rechts}` : ""}`;
}

/** Excel's print titles reference of the repeated rows, "$1:$3"; null without. */
export function kopRijenBereik(a: Afdruk): string | null {
  const k = a.kopRijenHerhalen;
  return k ? `$${k.van}:$${k.tot}` : null;
}
