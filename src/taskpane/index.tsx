/**
 * Entry of the task pane in Excel: render the App against the Excel adapter inside Office.onReady,
 * in a FluentProvider whose theme follows Office's theme.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelWerkboek } from "../excel/excelWerkboek";
import { App } from "./App";
import { Foutmelding } from "./Foutmelding";
import { teksten } from "./teksten";
import { kiesThema } from "./thema";

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

function start(): void {
  Office.onReady(() => {
    const container = document.getElementById("container");
    if (!container) return;
    let thema;
    try {
      thema = kiesThema(Office.context?.officeTheme);
    } catch {
      thema = kiesThema(null);
    }
    createRoot(container).render(
      <FluentProvider theme={thema}>
        <App adapter={new ExcelWerkboek()} />
      </FluentProvider>,
    );
  });
}
