import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { DossierPeriode } from "../sheet/dossier";
import { formatAantal } from "./opmaak";
import { teksten } from "./teksten";

const useStyles = makeStyles({
  figuur: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  titel: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", maxWidth: "28rem", overflow: "visible" },
  raster: {
    stroke: tokens.colorNeutralStroke2,
    strokeWidth: 1,
    "@media (forced-colors: active)": { stroke: "GrayText" },
  },
  trede: {
    fill: "none",
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 3,
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  achterstand: {
    fill: "none",
    stroke: tokens.colorPaletteDarkOrangeForeground1,
    strokeWidth: 2,
    strokeDasharray: "5 3",
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  punt: {
    fill: tokens.colorPaletteDarkOrangeForeground1,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  tekst: {
    fill: tokens.colorNeutralForeground2,
    fontSize: "10px",
    fontFamily: tokens.fontFamilyBase,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  legenda: { color: tokens.colorNeutralForeground2 },
});

// The drawing in viewBox units: the plot from x 28 to 292 and y 10 to 130, labels around it.
const LINKS = 28;
const RECHTS = 292;
const BOVEN = 10;
const ONDER = 130;

/**
 * A small step chart of a gemeente's trede per period (a staircase on a fixed scale 1 to 6 at the left)
 * with the corrected backlog as a dashed line with points (its own scale at the right), in SVG; no chart
 * library. For a screen reader it is one image with the figures in its name.
 */
export function DossierGrafiek({ perioden }: { perioden: DossierPeriode[] }) {
  const styles = useStyles();
  const naam = (p: DossierPeriode) => p.periode ?? teksten.dossier.zonderPeriode;
  const beschrijving = teksten.dossier.grafiekBeschrijving(
    perioden.map((p) =>
      teksten.dossier.grafiekDeel(
        naam(p),
        p.geldendeTrede === null ? teksten.dossier.onbekend : String(p.geldendeTrede),
        p.getallen.achterstandEindGecorrigeerd === null
          ? teksten.dossier.onbekend
          : formatAantal(p.getallen.achterstandEindGecorrigeerd),
      ),
    ),
  );
  const n = Math.max(1, perioden.length);
  const band = (RECHTS - LINKS) / n;
  const yTrede = (t: number) => ONDER - (t / 6) * (ONDER - BOVEN);
  const achterstanden = perioden
    .map((p) => p.getallen.achterstandEindGecorrigeerd)
    .filter((a): a is number => a !== null);
  const laag = Math.min(0, ...achterstanden);
  const hoog = Math.max(1, ...achterstanden);
  const yAchterstand = (a: number) => ONDER - ((a - laag) / (hoog - laag)) * (ONDER - BOVEN);

  // The staircase: a level segment over each period's band, a riser between neighbours that have a trede.
  let trap = "";
  let vorige: number | null = null;
  perioden.forEach((p, i) => {
    const t = p.geldendeTrede;
    if (t === null) {
      vorige = null;
      return;
    }
    const x0 = LINKS + i * band;
    trap += vorige === null ? `M${x0},${yTrede(t)}` : `V${yTrede(t)}`;
    trap += `H${x0 + band}`;
    vorige = t;
  });
  const punten = perioden.flatMap((p, i) =>
    p.getallen.achterstandEindGecorrigeerd === null
      ? []
      : [{ x: LINKS + (i + 0.5) * band, y: yAchterstand(p.getallen.achterstandEindGecorrigeerd), p }],
  );
  const lijn = punten.map((q, i) => `${i === 0 ? "M" : "L"}${q.x},${q.y}`).join("");

  return (
    <figure className={styles.figuur}>
      <figcaption className={styles.titel}>{teksten.dossier.grafiekTitel}</figcaption>
      <svg className={styles.svg} viewBox="0 0 320 160" role="img" aria-label={beschrijving}>
        {[1, 2, 3, 4, 5, 6].map((t) => (
          <g key={t}>
            <line className={styles.raster} x1={LINKS} x2={RECHTS} y1={yTrede(t)} y2={yTrede(t)} />
            <text className={styles.tekst} x={LINKS - 6} y={yTrede(t) + 3} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <line className={styles.raster} x1={LINKS} x2={RECHTS} y1={ONDER} y2={ONDER} />
        <text className={styles.tekst} x={RECHTS + 4} y={BOVEN + 3}>
          {formatAantal(hoog)}
        </text>
        <text className={styles.tekst} x={RECHTS + 4} y={ONDER + 3}>
          {formatAantal(laag)}
        </text>
        {trap && <path className={styles.trede} d={trap} data-trap="" />}
        {lijn && <path className={styles.achterstand} d={lijn} data-lijn="" />}
        {punten.map((q) => (
          <circle key={q.p.rij} className={styles.punt} cx={q.x} cy={q.y} r={3} />
        ))}
        {perioden.map((p, i) => (
          <text
            key={p.rij}
            className={styles.tekst}
            x={LINKS + (i + 0.5) * band}
            y={ONDER + 16}
            textAnchor="middle"
          >
            {naam(p)}
          </text>
        ))}
      </svg>
      <Text size={200} className={styles.legenda}>
        {teksten.dossier.grafiekLegenda}
      </Text>
    </figure>
  );
}
