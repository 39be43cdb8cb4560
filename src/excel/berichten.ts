/**
 * Every Dutch message of the Excel adapter, in one place: the timeout and Office.js error codes.
 * (Messages shared with the preview live in src/host/berichten.ts and src/host/conflicten.ts.)
 */

/** "30 seconden", "1 seconde". */
function seconden(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s === 1 ? "1 seconde" : `${s} seconden`;
}

export const excelBerichten = {
  timeout: (ms: number) =>
    `Excel reageert niet binnen ${seconden(ms)}. Sluit eventuele dialoogvensters of bewerkingen in Excel ` +
    `en probeer het opnieuw.`,
  onbekendeFout: (code: string, bericht: string) =>
    `Excel gaf een onverwachte fout${code ? ` (${code})` : ""}${bericht ? `: ${bericht}` : ""}. Probeer het opnieuw.`,
} as const;

/** Dutch text per Office.js error code (OfficeExtension.ErrorCodes and Excel.ErrorCodes). */
export const EXCEL_FOUTCODES: Readonly<Record<string, string>> = {
  InvalidArgument:
    "Excel weigerde de opdracht omdat een gegeven ongeldig is (bijvoorbeeld een celadres, bladnaam of te groot bereik).",
  ItemNotFound:
    "Excel kan een werkblad, tabel of bereik niet vinden. Is het intussen verwijderd of hernoemd?",
  ItemAlreadyExists: "Er bestaat al een werkblad of tabel met deze naam.",
  GeneralException:
    "Excel meldt een algemene fout. Probeer het opnieuw; lukt het dan niet, sla de werkmap op en open hem opnieuw.",
  InvalidOperation:
    "Excel kan dit nu niet uitvoeren. Staat er een cel in bewerking? Druk op Enter of Esc en probeer het opnieuw.",
  InvalidOperationInCellEditMode:
    "Excel kan dit niet uitvoeren terwijl u een cel bewerkt. Druk op Enter of Esc en probeer het opnieuw.",
  AccessDenied:
    "Excel staat deze wijziging niet toe: het werkblad of de werkmap is beveiligd of alleen-lezen.",
  RequestPayloadSizeLimitExceeded:
    "Er zijn te veel gegevens om in één keer naar Excel te sturen. Splits het blad of neem minder rijen.",
  ResponsePayloadSizeLimitExceeded:
    "Het blad bevat te veel gegevens om in één keer uit Excel te lezen. Selecteer een tabel of neem minder rijen.",
  ActivityLimitReached:
    "Excel heeft te veel opdrachten tegelijk gekregen. Wacht even en probeer het opnieuw.",
  RequestAborted: "Excel heeft de opdracht afgebroken. Probeer het opnieuw.",
  UndoNotSupported: "Deze wijziging kan in Excel niet als één stap ongedaan worden gemaakt.",
  Conflict: "De werkmap is tegelijk door iemand anders gewijzigd. Probeer het opnieuw.",
  ApiNotFound:
    "Deze versie van Excel ondersteunt deze functie niet. Werk Excel bij of gebruik Excel op het web.",
  NotImplemented:
    "Deze versie van Excel ondersteunt deze functie niet. Werk Excel bij of gebruik Excel op het web.",
  Unauthenticated: "U bent niet (meer) aangemeld. Meld u opnieuw aan en probeer het opnieuw.",
  InsertDeleteConflict:
    "Excel kan dit niet uitvoeren omdat het cellen van een tabel of samengevoegde cellen zou verschuiven.",
  FilteredRangeConflict:
    "Excel kan dit niet uitvoeren op een gefilterd bereik. Hef het filter op en probeer het opnieuw.",
};
