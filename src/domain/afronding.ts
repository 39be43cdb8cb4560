/**
 * Rounding and Dutch number formatting for displays and letters (rule 4 of docs/rekenregels.md: half up to whole percent).
 */
import { NIET_VAN_TOEPASSING } from "./berichten";

/**
 * Removes binary floating noise by rounding to 12 significant digits (0.725 * 100 = 72.49999999999999
 * becomes 72.5), so that half-up rounding sees the decimal value a person would write down.
 */
function zonderRuis(x: number): number {
  // Above 1e11 the 12 digits would drop real digits of whole numbers; noise is irrelevant there.
  return Math.abs(x) >= 1e11 ? x : Number(x.toPrecision(12));
}

/** Half away from zero after removing float noise: 2.5 -> 3, -2.5 -> -3 (as Excel's AFRONDEN). */
function rondHalfOp(x: number): number {
  const r = Math.sign(x) * Math.floor(Math.abs(zonderRuis(x)) + 0.5);
  return r === 0 ? 0 : r;
}

/**
 * A fraction as a whole percentage, rounded half up (away from zero for negatives) and robust to
 * float noise: 1.375 -> 138, 0.725 -> 73, 17/19 -> 89, 6/24 -> 25. Non-finite input gives NaN.
 */
export function rondProcentAf(fractie: number): number {
  if (!Number.isFinite(fractie)) return Number.NaN;
  return rondHalfOp(fractie * 100);
}

/** Rounds to `decimalen` decimals, half away from zero, robust to float noise: (1.7307, 2) -> 1.73. */
export function rondAf(x: number, decimalen: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  const factor = 10 ** decimalen;
  return rondHalfOp(zonderRuis(x * factor)) / factor;
}

/** Groups the digits of a non-negative integer text with dots: "1234567" -> "1.234.567". */
function groepeer(cijfers: string): string {
  return cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * A number in Dutch notation with a fixed number of decimals: decimal comma, thousands dot (unless
 * `groeperen` is false, as Excel's format "0.00"), a plain hyphen-minus for negatives: (1.7307, 2) ->
 * "1,73", (2.675, 2) -> "2,68", (35.5, 1) -> "35,5", (-11.7, 1) -> "-11,7", (1234, 0) -> "1.234".
 * A value that rounds to zero has no minus sign. Non-finite input -> "n.v.t.".
 */
export function formatGetal(x: number, decimalen: number, groeperen = true): string {
  if (!Number.isFinite(x)) return NIET_VAN_TOEPASSING;
  const d = Math.max(0, Math.min(10, Math.floor(decimalen)));
  const afgerond = rondAf(x, d);
  const [geheel, breuk] = Math.abs(afgerond).toFixed(d).split(".");
  const teken = afgerond < 0 ? "-" : "";
  return `${teken}${groeperen ? groepeer(geheel) : geheel}${breuk !== undefined ? "," + breuk : ""}`;
}

/** A whole number of persons in Dutch notation: 6840 -> "6.840". */
export function formatAantal(n: number): string {
  return formatGetal(n, 0);
}

/** A fraction as a whole Dutch percentage: 13/18 -> "72%", 1.375 -> "138%". Non-finite -> "n.v.t.". */
export function formatProcent(fractie: number): string {
  const p = rondProcentAf(fractie);
  return Number.isFinite(p) ? `${formatGetal(p, 0)}%` : NIET_VAN_TOEPASSING;
}

/**
 * A number with an explicit sign, for differences and herverdeling: (1) -> "+1", (9.52, 1) -> "+9,5",
 * (-11.73, 1) -> "-11,7"; a value that rounds to zero -> "0" (or "0,0"). Non-finite -> "n.v.t.".
 */
export function formatAantalMetTeken(n: number, decimalen = 0): string {
  const tekst = formatGetal(n, decimalen);
  // Non-finite n gives "n.v.t." and rondAf NaN, which is not > 0: no sign is added.
  return rondAf(n, Math.max(0, Math.floor(decimalen))) > 0 ? `+${tekst}` : tekst;
}
