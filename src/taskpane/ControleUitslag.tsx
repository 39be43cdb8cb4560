import { useId } from "react";
import { BesluitVastleggen } from "./BesluitVastleggen";
import { selecteer, wijzigToewijzing } from "./bewerkingen";
import { KolomToewijzing } from "./KolomToewijzing";
import { Kop } from "./Kop";
import { OpmerkingenLijst } from "./OpmerkingenLijst";
import { Samenvatting } from "./Samenvatting";
import { teksten } from "./teksten";
import type { ViewProps } from "./toestand";

export type ControleUitslagProps = ViewProps;

/**
 * The result of a check in Controleren: the summary, the column mapping, the remarks and recording a
 * decision (rule 11). A chunk of its
 * own (src/taskpane/weergaven.ts): the first screen only has the button; `controleer` loads this part
 * together with the engine, so that it is there when the report is.
 */
export function ControleUitslag(props: ControleUitslagProps) {
  const { toestand, dispatch, adapter } = props;
  const samenvattingId = useId();
  const opmerkingenId = useId();
  const kolommenId = useId();
  const { rapport, blad } = toestand;
  if (!rapport) return <></>;
  return (
    <>
      <Samenvatting rapport={rapport} kopId={samenvattingId} />
      {blad && (
        <section aria-labelledby={kolommenId}>
          <Kop id={kolommenId}>{teksten.kolommenTitel}</Kop>
          <KolomToewijzing
            rapport={rapport}
            toewijzing={toestand.toewijzing}
            uit={toestand.bezig !== null}
            onWijzig={(kolom, veld) =>
              void wijzigToewijzing(adapter, dispatch, blad, { ...toestand.toewijzing, [kolom]: veld })
            }
          />
        </section>
      )}
      <section aria-labelledby={opmerkingenId}>
        <Kop id={opmerkingenId}>{teksten.opmerkingenTitel}</Kop>
        <OpmerkingenLijst
          opmerkingen={rapport.opmerkingen}
          onKies={(o) => void selecteer(adapter, dispatch, rapport.blad, o.cel)}
        />
      </section>
      <BesluitVastleggen {...props} />
    </>
  );
}
