import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { useId, useReducer } from "react";
import type { WerkboekAdapter } from "../host/werkboek";
import { BrieftabelView } from "./BrieftabelView";
import { ControlerenView } from "./ControlerenView";
import { Foutmelding } from "./Foutmelding";
import { vandaagIso } from "./opmaak";
import { PrognoseView } from "./PrognoseView";
import { teksten } from "./teksten";
import { beginToestand, TABS, verwerk, type Tab as TabNaam, type ViewProps } from "./toestand";
import { TerugschrijvenView } from "./TerugschrijvenView";
import { VergelijkenView } from "./VergelijkenView";

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
  tabs: { flexWrap: "wrap" },
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

const VIEWS: Record<TabNaam, (props: ViewProps) => React.ReactElement> = {
  controleren: ControlerenView,
  terugschrijven: TerugschrijvenView,
  vergelijken: VergelijkenView,
  brieftabel: BrieftabelView,
  prognose: PrognoseView,
};

/**
 * The task pane: five views in a TabList, one reducer for all state, and every Office call through
 * the adapter passed in (Excel in Excel, the in-memory workbook in the preview, a stub in tests).
 */
export function App({ adapter, vandaag }: { adapter: WerkboekAdapter; vandaag?: string }) {
  const styles = useStyles();
  const [toestand, dispatch] = useReducer(verwerk, vandaag ?? vandaagIso(), beginToestand);
  const id = useId();
  const tabId = (t: TabNaam) => `${id}-tab-${t}`;
  const paneelId = `${id}-paneel`;
  const View = VIEWS[toestand.tab];
  return (
    <main className={styles.pane} aria-label={teksten.appTitel}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={toestand.tab}
        aria-label={teksten.tabsLabel}
        onTabSelect={(_, d) => dispatch({ type: "kiesTab", tab: d.value as TabNaam })}
      >
        {TABS.map((t) => (
          <Tab key={t} value={t} id={tabId(t)} aria-controls={paneelId}>
            {teksten.tabs[t]}
          </Tab>
        ))}
      </TabList>
      <div id={paneelId} role="tabpanel" aria-labelledby={tabId(toestand.tab)} className={styles.paneel}>
        {toestand.bezig && <Spinner size="tiny" labelPosition="after" label={toestand.bezig} />}
        {toestand.fout && (
          <Foutmelding
            key={toestand.fout}
            neemFocus
            bericht={toestand.fout}
            onSluit={() => dispatch({ type: "sluitFout" })}
          />
        )}
        <View toestand={toestand} dispatch={dispatch} adapter={adapter} />
      </div>
    </main>
  );
}
