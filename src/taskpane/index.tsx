/**
 * Entry of the task pane in Excel: render the App against the Excel adapter inside Office.onReady,
 * in a FluentProvider whose theme follows Office's theme.
 *
 * The initial bundle holds only the first screen (the tabs and "Controleren"): the Excel adapter, the
 * engine, the other views and the dark theme are loaded on demand (src/taskpane/weergaven.ts), and in
 * the background once the pane is idle, so that a later click finds them in memory.
 */
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Foutmelding } from "./Foutmelding";
import { laadStraks } from "./laden";
import { luiWerkboek } from "./luiWerkboek";
import { teksten } from "./teksten";
import { isDonker } from "./thema";
import { alleLaders } from "./weergaven";

/* global Office, document */

if (typeof Office === "undefined") {
  // office.js did not load (no network, blocked): say so instead of leaving the pane blank.
  const container = document.getElementById("container");
  if (container) {
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Foutmelding bericht={teksten.officeNietGeladen} />
      </FluentProvider>,
    );
  }
} else {
  start();
}

/** Office's theme as a Fluent theme; the dark one is a chunk of its own (light when it fails to load). */
async function thema(): Promise<Theme> {
  let donker = false;
  try {
    donker = isDonker(Office.context?.officeTheme);
  } catch {
    donker = false;
  }
  if (!donker) return webLightTheme;
  try {
    return (await import(/* webpackChunkName: "thema-donker" */ "./themaDonker")).webDarkTheme;
  } catch {
    return webLightTheme;
  }
}

function start(): void {
  Office.onReady(async () => {
    const container = document.getElementById("container");
    if (!container) return;
    const { adapter, lader } = luiWerkboek(() =>
      import(/* webpackChunkName: "excel" */ "../excel/excelWerkboek").then((m) => new m.ExcelWerkboek()),
    );
    createRoot(container).render(
      <FluentProvider theme={await thema()}>
        <App adapter={adapter} />
      </FluentProvider>,
    );
    laadStraks([lader, ...alleLaders]);
  });
}
