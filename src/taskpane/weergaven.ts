/**
 * What the task pane loads on demand (webpack splits each `import()` into a chunk of its own): the
 * views other than Controleren, the result of a check (summary, column mapping, remarks) and the engine
 * that checks a sheet. The first screen (the tabs and "Controleer blad") needs none of them; see
 * README, "Het taakvenster laden".
 */
import type { ReactElement } from "react";
import type { controleerBlad } from "../sheet/controle";
import type { ControleUitslagProps } from "./ControleUitslag";
import { maakLader, type Lader } from "./laden";
import type { Tab, ViewProps } from "./toestand";

export type Weergave = (props: ViewProps) => ReactElement;

/** The views that are not on the first screen. */
export type LuieTab = Exclude<Tab, "controleren">;

export const weergaveLaders: Record<LuieTab, Lader<Weergave>> = {
  terugschrijven: maakLader(() =>
    import(/* webpackChunkName: "terugschrijven" */ "./TerugschrijvenView").then((m) => m.TerugschrijvenView),
  ),
  vergelijken: maakLader(() =>
    import(/* webpackChunkName: "vergelijken" */ "./VergelijkenView").then((m) => m.VergelijkenView),
  ),
  brieftabel: maakLader(() =>
    import(/* webpackChunkName: "brieftabel" */ "./BrieftabelView").then((m) => m.BrieftabelView),
  ),
  prognose: maakLader(() =>
    import(/* webpackChunkName: "prognose" */ "./PrognoseView").then((m) => m.PrognoseView),
  ),
  dossier: maakLader(() =>
    import(/* webpackChunkName: "dossier" */ "./DossierView").then((m) => m.DossierView),
  ),
  rapportage: maakLader(() =>
    import(/* webpackChunkName: "rapportage" */ "./RapportageView").then((m) => m.RapportageView),
  ),
};

/** The result part of Controleren, shown once there is a report. */
export const uitslagLader: Lader<(props: ControleUitslagProps) => ReactElement> = maakLader(() =>
  import(/* webpackChunkName: "controle-uitslag" */ "./ControleUitslag").then((m) => m.ControleUitslag),
);

/** The engine's check of a whole sheet (src/sheet, with the list of gemeenten). */
export const controleLader: Lader<typeof controleerBlad> = maakLader(() =>
  import(/* webpackChunkName: "controle" */ "../sheet/controle").then((m) => m.controleerBlad),
);

/** Everything above, in the order a user is likely to need it (for loading when idle, and for tests). */
export const alleLaders: readonly Lader<unknown>[] = [
  controleLader,
  uitslagLader,
  weergaveLaders.terugschrijven,
  weergaveLaders.vergelijken,
  weergaveLaders.brieftabel,
  weergaveLaders.prognose,
  weergaveLaders.dossier,
  weergaveLaders.rapportage,
];
