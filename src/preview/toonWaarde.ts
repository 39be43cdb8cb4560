/**
 * Shows a cell value the way Dutch Excel shows it for the few number formats the add-in uses:
 * "General"/"Standaard", "0", "0.00", "#,##0", "0%", "0.0%". Pure, for the preview grid.
 */
import { rondAf } from "../domain/afronding";
import type { CelWaarde } from "../sheet/types";

/** Groups the digits of an integer text with dots: "1234567" -> "1.234.567". */
function groepeer(cijfers: string): string {
  return cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** `x` with `decimalen` decimals, Dutch comma, optionally grouped thousands; "-0" never shown. */
function vastGetal(x: number, decimalen: number, groeperen: boolean): string {
  const afgerond = rondAf(x, decimalen);
  const tekst = Math.abs(afgerond).toFixed(decimalen);
  const [heel, deel] = tekst.split(".");
  const teken = afgerond < 0 ? "-" : "";
  return teken + (groeperen ? groepeer(heel) : heel) + (deel ? `,${deel}` : "");
}

/** Excel's "General": up to 10 significant digits, trailing zeros dropped, Dutch comma. */
function standaardGetal(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e11) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e11 || (abs > 0 && abs < 1e-9)) {
    const [mantisse, exponent] = x.toExponential(5).split("e");
    const m = mantisse.replace(/\.?0+$/, "").replace(".", ",");
    const e = Number(exponent);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const tekst = Number(x.toPrecision(10)).toString();
  return tekst.replace(".", ",");
}

/** Parses "0", "0.00", "#,##0.0", with an optional "%" suffix; null for other formats. */
function leesGetalFormaat(
  formaat: string,
): { decimalen: number; procent: boolean; groeperen: boolean } | null {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(formaat.trim());
  if (!m) return null;
  return { decimalen: m[2]?.length ?? 0, procent: m[3] === "%", groeperen: m[1] !== undefined };
}

/**
 * The text Excel (Dutch locale) shows for `waarde` in number format `formaat`:
 * (0.45, "0%") -> "45%", (1.7272, "0.00") -> "1,73", (1234, "#,##0") -> "1.234", (true) -> "WAAR".
 * Unknown formats show as "General". Empty cells show as "".
 */
export function toonWaarde(waarde: CelWaarde | undefined, formaat?: string | null): string {
  if (waarde === null || waarde === undefined || waarde === "") return "";
  if (typeof waarde === "boolean") return waarde ? "WAAR" : "ONWAAR";
  if (typeof waarde === "string") return waarde;
  if (!Number.isFinite(waarde)) return "#GETAL!";
  const getalFormaat = formaat ? leesGetalFormaat(formaat) : null;
  if (!getalFormaat) return standaardGetal(waarde);
  const { decimalen, procent, groeperen } = getalFormaat;
  return vastGetal(procent ? waarde * 100 : waarde, decimalen, groeperen) + (procent ? "%" : "");
}
