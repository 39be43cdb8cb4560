import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useRef } from "react";
import { kolomLetter } from "../taskpane/opmaak";
import { teksten } from "../taskpane/teksten";
import { helderheid } from "../taskpane/thema";
import { toonWaarde, type GeheugenWerkboek } from "./geheugenWerkboek";

const useStyles = makeStyles({
  raster: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  tabs: { flexWrap: "wrap" },
  vlak: {
    overflow: "auto",
    maxHeight: "80vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  tabel: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  kop: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    minWidth: "2rem",
  },
  rijKop: { position: "sticky", left: 0, zIndex: 1, textAlign: "end" },
  hoek: { left: 0, zIndex: 2 },
  cel: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    maxWidth: "16rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  getal: { textAlign: "end" },
  vet: { fontWeight: tokens.fontWeightSemibold },
  gevuld: { color: tokens.colorNeutralForeground1Static },
  gevuldDonker: { color: tokens.colorNeutralForegroundStaticInverted },
  geselecteerd: {
    outlineStyle: "solid",
    outlineWidth: tokens.strokeWidthThicker,
    outlineColor: tokens.colorBrandStroke1,
    outlineOffset: "-2px",
  },
});

/**
 * A simple read-only grid of the in-memory workbook's active sheet: sheet tabs, column letters, row
 * numbers, values shown as Excel shows them, fills, and the selected cell (aria-selected, scrolled
 * into view). Re-renders on every change of the workbook, and scrolls to what a write added.
 */
export function Raster({ werkboek }: { werkboek: GeheugenWerkboek }) {
  const styles = useStyles();
  const [, herteken] = useReducer((n: number) => n + 1, 0);
  useEffect(() => werkboek.abonneer(herteken), [werkboek]);
  const selectie = werkboek.selectie();
  const blad = werkboek.leesBlad(selectie.blad);
  const geselecteerdRef = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    geselecteerdRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selectie.blad, selectie.adres]);

  const rijen = Math.max(blad?.rijen ?? 0, 1);
  const kolommen = Math.max(blad?.kolommen ?? 0, 1);

  // After a write, show what was written: new columns of the same sheet are scrolled into view (the
  // last, then the first, so the first is visible and as many as fit); a sheet that was not there
  // before (a comparison, a letter table) is already the active tab, and the grid is scrolled into view.
  const vlakRef = useRef<HTMLDivElement | null>(null);
  const vorige = useRef<{ blad: string; kolommen: number; bladen: number } | null>(null);
  const aantalBladen = werkboek.bladen().length;
  useEffect(() => {
    const was = vorige.current;
    vorige.current = { blad: selectie.blad, kolommen, bladen: aantalBladen };
    if (!was) return;
    if (was.blad === selectie.blad && kolommen > was.kolommen) {
      const kop = (k: number) => vlakRef.current?.querySelector<HTMLElement>(`[data-kolom="${k}"]`);
      kop(kolommen - 1)?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
      kop(was.kolommen)?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    } else if (aantalBladen > was.bladen && was.blad !== selectie.blad) {
      vlakRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    }
  }, [selectie.blad, kolommen, aantalBladen]);
  return (
    <section className={styles.raster} aria-label={teksten.voorbeeld.raster(selectie.blad)}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={teksten.voorbeeld.werkbladen}
        selectedValue={selectie.blad}
        onTabSelect={(_, d) => void werkboek.activeerBlad(String(d.value))}
      >
        {werkboek.bladen().map((naam) => (
          <Tab key={naam} value={naam}>
            {naam}
          </Tab>
        ))}
      </TabList>
      <Text size={200}>{teksten.voorbeeld.geselecteerd(`${selectie.blad}!${selectie.adres}`)}</Text>
      {blad?.grafieken.map((g) => (
        <Text key={`${g.titel}-${g.bereik}`} size={200}>
          {teksten.voorbeeld.grafiek(g.titel, g.bereik, g.soort)}
        </Text>
      ))}
      {blad?.afdruk && <Text size={200}>{teksten.voorbeeld.afdruk(blad.afdruk)}</Text>}
      {!blad || blad.rijen === 0 ? (
        <Text>{teksten.voorbeeld.leegBlad}</Text>
      ) : (
        <div
          ref={vlakRef}
          className={styles.vlak}
          tabIndex={0}
          role="region"
          aria-label={teksten.voorbeeld.raster(selectie.blad)}
        >
          <table
            className={styles.tabel}
            role="grid"
            aria-readonly="true"
            aria-label={teksten.voorbeeld.raster(selectie.blad)}
          >
            <thead>
              <tr role="row">
                <th className={mergeClasses(styles.kop, styles.hoek)} role="columnheader" />
                {Array.from({ length: kolommen }, (_, k) => (
                  <th
                    key={k}
                    role="columnheader"
                    data-kolom={k}
                    className={styles.kop}
                    style={blad.kolombreedten[k] ? { minWidth: `${blad.kolombreedten[k]}ch` } : undefined}
                  >
                    {kolomLetter(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rijen }, (_, r) => (
                <tr key={r} role="row">
                  <th role="rowheader" className={mergeClasses(styles.kop, styles.rijKop)}>
                    {r + 1}
                  </th>
                  {Array.from({ length: kolommen }, (_, k) => {
                    const adres = `${kolomLetter(k)}${r + 1}`;
                    const waarde = blad.waarden[r]?.[k] ?? "";
                    const vulling = blad.vullingen[r]?.[k] ?? null;
                    const gekozen = adres === selectie.adres;
                    const donker = vulling !== null && (helderheid(vulling) ?? 1) < 0.18;
                    return (
                      <td
                        key={k}
                        role="gridcell"
                        aria-selected={gekozen}
                        data-adres={adres}
                        ref={gekozen ? geselecteerdRef : undefined}
                        className={mergeClasses(
                          styles.cel,
                          typeof waarde === "number" && styles.getal,
                          blad.vet[r]?.[k] && styles.vet,
                          vulling !== null && (donker ? styles.gevuldDonker : styles.gevuld),
                          gekozen && styles.geselecteerd,
                        )}
                        style={vulling ? { backgroundColor: vulling } : undefined}
                      >
                        {toonWaarde(waarde, blad.formaten[r]?.[k])}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
