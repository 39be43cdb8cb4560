import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useId, useReducer } from "react";
import type { WerkboekAdapter } from "../host/werkboek";
import { ControlerenView } from "./ControlerenView";
import { Foutmelding } from "./Foutmelding";
import { Laadbaar } from "./Laadbaar";
import { Tabbladen } from "./Tabbladen";
import { vandaagIso } from "./opmaak";
import { teksten } from "./teksten";
import { beginToestand, TABS, verwerk, type Tab as TabNaam } from "./toestand";
import { weergaveLaders } from "./weergaven";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "0",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  paneel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalXS,
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});

/**
 * The task pane: six views in a tab list, one reducer for all state, and every Office call through
 * the adapter passed in (Excel in Excel, the in-memory workbook in the preview, a stub in tests).
 * Controleren, the first screen, is part of the initial bundle; the other views load when their
 * tab is first chosen (src/taskpane/weergaven.ts), with a spinner meanwhile. The tab list is our own
 * (Tabbladen), in Fluent's look, so that the first screen does without tabster.
 */
export function App({ adapter, vandaag }: { adapter: WerkboekAdapter; vandaag?: string }) {
  const styles = useStyles();
  const [toestand, dispatch] = useReducer(verwerk, vandaag ?? vandaagIso(), beginToestand);
  const id = useId();
  const tabId = (t: TabNaam) => `${id}-tab-${t}`;
  const paneelId = `${id}-paneel`;
  const tab = toestand.tab;
  const viewProps = { toestand, dispatch, adapter };
  return (
    <main className={styles.pane} aria-label={teksten.appTitel}>
      <Tabbladen
        tabs={TABS}
        gekozen={tab}
        label={teksten.tabsLabel}
        naam={(t) => teksten.tabs[t]}
        tabId={tabId}
        paneelId={paneelId}
        onKies={(t) => dispatch({ type: "kiesTab", tab: t })}
      />
      <div id={paneelId} role="tabpanel" aria-labelledby={tabId(tab)} className={styles.paneel}>
        {toestand.bezig && <Spinner size="tiny" labelPosition="after" label={toestand.bezig} />}
        {toestand.fout && (
          <Foutmelding
            key={toestand.fout}
            neemFocus
            bericht={toestand.fout}
            onSluit={() => dispatch({ type: "sluitFout" })}
          />
        )}
        {tab === "controleren" ? (
          <ControlerenView {...viewProps} />
        ) : (
          <Laadbaar
            key={tab}
            lader={weergaveLaders[tab]}
            props={viewProps}
            label={teksten.weergaveLaden(teksten.tabs[tab])}
          />
        )}
      </div>
    </main>
  );
}
