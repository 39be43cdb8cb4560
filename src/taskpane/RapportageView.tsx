import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import {
  maakRapportage,
  maakRapportageBlad,
  rapportageTabellen,
  rapportageTeksten,
  type RapportTabel,
  type Rapportage,
} from "../sheet/rapportage";
import { kopieerTekst, schrijfNieuwBlad } from "./bewerkingen";
import { ControleerEerst } from "./ControleerEerst";
import { Foutmelding } from "./Foutmelding";
import { KnopMelding } from "./KnopMelding";
import { foutTekst } from "./opmaak";
import { Schuifvlak } from "./Schuifvlak";
import { useTabelStijlen } from "./tabelStijlen";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  deel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  knoppen: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  leeg: { color: tokens.colorNeutralForeground2 },
});

/** The rapportage's tables as tab-separated text: a title line, the header, the rows; a blank line between. */
export function rapportageAlsTekst(r: Rapportage): string {
  const t = rapportageTeksten;
  const delen: string[] = [[t.titel(r.periode), t.peildatum(r)].join("\n")];
  for (const tabel of rapportageTabellen(r)) {
    const regels = [tabel.titel];
    if (tabel.rijen.length === 0) regels.push(tabel.leegTekst ?? "");
    else
      regels.push(tabel.koppen.join("\t"), ...tabel.rijen.map((rij) => rij.map((c) => c.tekst).join("\t")));
    delen.push(regels.join("\n"));
  }
  return `${delen.join("\n\n")}\n`;
}

const ontsnap = (tekst: string): string =>
  tekst.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The same as an HTML fragment for a word processor: a heading and a <table> per part (text escaped;
 * the string goes to the clipboard only, never into this page).
 */
export function rapportageAlsHtml(r: Rapportage): string {
  const t = rapportageTeksten;
  const delen = [`<h2>${ontsnap(t.titel(r.periode))}</h2>`, `<p>${ontsnap(t.peildatum(r))}</p>`];
  for (const tabel of rapportageTabellen(r)) {
    delen.push(`<h3>${ontsnap(tabel.titel)}</h3>`);
    if (tabel.rijen.length === 0) {
      delen.push(`<p>${ontsnap(tabel.leegTekst ?? "")}</p>`);
      continue;
    }
    const kop = tabel.koppen.map((k) => `<th>${ontsnap(k)}</th>`).join("");
    const rijen = tabel.rijen
      .map(
        (rij) =>
          `<tr>${rij.map((c) => `<td${c.rechts ? ' style="text-align:right"' : ""}>${ontsnap(c.tekst)}</td>`).join("")}</tr>`,
      )
      .join("");
    delen.push(`<table border="1" cellspacing="0" cellpadding="3"><tr>${kop}</tr>${rijen}</table>`);
  }
  return delen.join("\n");
}

/**
 * Copies as a table: HTML and tab-separated text together (ClipboardItem), so a word processor pastes a
 * table and Excel pastes cells; where the web view refuses that, the text alone (kopieerTekst).
 */
export async function kopieerTabel(tekst: string, html: string): Promise<void> {
  const klembord = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (klembord?.write && typeof ClipboardItem !== "undefined") {
    try {
      await klembord.write([
        new ClipboardItem({
          "text/plain": new Blob([tekst], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text.
    }
  }
  await kopieerTekst(tekst);
}

function RapportTabelWeergave({ tabel }: { tabel: RapportTabel }) {
  const styles = useStyles();
  const stijl = useTabelStijlen();
  return (
    <section className={styles.deel} aria-label={tabel.titel}>
      <Text as="h3" weight="semibold">
        {tabel.titel}
      </Text>
      {tabel.rijen.length === 0 ? (
        <Text block className={styles.leeg}>
          {tabel.leegTekst}
        </Text>
      ) : (
        <Schuifvlak label={teksten.scrollTabel(tabel.titel)}>
          <Table size="extra-small" className={stijl.tabel} aria-label={tabel.titel}>
            <TableHeader>
              <TableRow>
                {tabel.koppen.map((k, i) => (
                  <TableHeaderCell
                    key={k}
                    className={i === 0 ? stijl.vast : tabel.rijen[0][i]?.rechts ? stijl.getalKop : undefined}
                  >
                    {k}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {tabel.rijen.map((rij, r) => (
                <TableRow key={`${r}-${rij[0]?.tekst}`}>
                  {rij.map((c, i) =>
                    i === 0 ? (
                      <TableHeaderCell key={i} scope="row" className={stijl.vast}>
                        {c.tekst}
                      </TableHeaderCell>
                    ) : (
                      <TableCell key={i} className={c.rechts ? stijl.getal : undefined}>
                        {c.tekst}
                      </TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Schuifvlak>
      )}
    </section>
  );
}

/**
 * "Rapportage": the overview for Gedeputeerde Staten of the checked sheet's latest period (treden,
 * who went up and down and why, largest backlogs, prognose, province totals), "Naar werkblad" (the
 * printable sheet "Rapportage <periode>") and "Kopieer als tabel".
 */
export function RapportageView(props: ViewProps) {
  const { toestand, dispatch, adapter } = props;
  const styles = useStyles();
  const { rapport } = toestand;
  const uitkomst = useMemo((): { rapportage: Rapportage } | { fout: string } | null => {
    if (!rapport) return null;
    try {
      return { rapportage: maakRapportage(rapport) };
    } catch (fout) {
      return { fout: foutTekst(fout) };
    }
  }, [rapport]);

  if (!rapport) return <ControleerEerst {...props} />;
  if (!uitkomst || "fout" in uitkomst) return <Foutmelding bericht={uitkomst?.fout ?? ""} />;
  const r = uitkomst.rapportage;

  const kopieer = async () => {
    try {
      await kopieerTabel(rapportageAlsTekst(r), rapportageAlsHtml(r));
      dispatch({ type: "klaar", melding: teksten.rapportage.gekopieerd });
    } catch (fout) {
      dispatch({ type: "mislukt", fout: foutTekst(fout) });
    }
  };

  return (
    <div className={styles.view}>
      <div className={styles.deel}>
        <Text as="h2" size={400} weight="semibold">
          {rapportageTeksten.titel(r.periode)}
        </Text>
        <Text block>{rapportageTeksten.peildatum(r)}</Text>
        <Text block size={200}>
          {teksten.rapportage.bron(rapport.blad)}
        </Text>
      </div>
      {rapportageTabellen(r).map((tabel) => (
        <RapportTabelWeergave key={tabel.titel} tabel={tabel} />
      ))}
      <div className={styles.deel}>
        <div className={styles.knoppen}>
          <Button
            appearance="primary"
            disabledFocusable={toestand.bezig !== null}
            onClick={() =>
              void schrijfNieuwBlad(adapter, dispatch, () =>
                maakRapportageBlad(r, { blad: rapport.blad, datum: new Date() }),
              )
            }
          >
            {teksten.naarWerkblad}
          </Button>
          <Button disabledFocusable={toestand.bezig !== null} onClick={() => void kopieer()}>
            {teksten.rapportage.kopieer}
          </Button>
        </div>
        <Text block size={200}>
          {teksten.rapportage.afdrukUitleg}
        </Text>
        <KnopMelding melding={toestand.melding} />
      </div>
    </div>
  );
}
