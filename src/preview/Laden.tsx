import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Blad } from "../sheet/types";
import { foutTekst } from "../taskpane/opmaak";
import { teksten } from "../taskpane/teksten";
import { GeheugenWerkboek } from "./geheugenWerkboek";
import { PreviewApp } from "./PreviewApp";

type Stand =
  { soort: "laden" } | { soort: "fout"; bericht: string } | { soort: "klaar"; werkboek: GeheugenWerkboek };

function isBladen(x: unknown): x is Blad[] {
  return (
    Array.isArray(x) &&
    x.every(
      (b) =>
        b &&
        typeof b === "object" &&
        typeof (b as Blad).naam === "string" &&
        Array.isArray((b as Blad).waarden),
    )
  );
}

/** The browser's light or dark preference stands in for Office's theme in the preview. */
function voorkeurThema() {
  const donker = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return donker ? webDarkTheme : webLightTheme;
}

/** Fetches the example workbook (same origin) and shows the preview, a spinner, or the error. */
export function Laden({ url }: { url: string }) {
  const [stand, zetStand] = useState<Stand>({ soort: "laden" });
  useEffect(() => {
    let actief = true;
    (async () => {
      try {
        const antwoord = await fetch(url, { credentials: "same-origin" });
        if (!antwoord.ok) throw new Error(teksten.voorbeeld.http(url, antwoord.status));
        const data: unknown = await antwoord.json();
        if (!isBladen(data)) throw new Error(teksten.voorbeeld.geenLijst(url));
        if (data.length === 0) throw new Error(teksten.voorbeeld.geenBladen);
        if (actief) zetStand({ soort: "klaar", werkboek: new GeheugenWerkboek(data) });
      } catch (fout) {
        if (actief) zetStand({ soort: "fout", bericht: teksten.voorbeeld.laadFout(foutTekst(fout)) });
      }
    })();
    return () => {
      actief = false;
    };
  }, [url]);

  return (
    <FluentProvider theme={voorkeurThema()}>
      {stand.soort === "laden" && <Spinner label={teksten.voorbeeld.laden} />}
      {stand.soort === "fout" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{teksten.foutTitel}</MessageBarTitle>
            {stand.bericht}
          </MessageBarBody>
        </MessageBar>
      )}
      {stand.soort === "klaar" && <PreviewApp werkboek={stand.werkboek} />}
    </FluentProvider>
  );
}
