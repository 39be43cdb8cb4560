/**
 * The statutory taakstelling of a gemeente (Huisvestingswet 2014, art. 29).
 */
import { berichten } from "./berichten";
import { gelukt, mislukt, type Resultaat } from "./types";

/**
 * Huisvestingswet art. 29: `ceil(landelijk * inwonersGemeente / inwonersNederland)`, in exact integer
 * arithmetic (BigInt, no float rounding). All inputs must be whole numbers >= 0 (`waarde`
 * `taakstelling-invoer-ongeldig`); inwonersNederland 0 -> `deling` `deler-nul`; more inhabitants in
 * the gemeente than in the Netherlands -> `waarde` `inwoners-te-groot`.
 * Example: 13,500 landelijk, 50,000 of 17,500,000 inhabitants -> 38.57... -> 39.
 */
export function berekenWettelijkeTaakstelling(
  landelijk: number,
  inwonersGemeente: number,
  inwonersNederland: number,
): Resultaat<number> {
  const invoer: [string, number][] = [
    ["Landelijke taakstelling", landelijk],
    ["Inwoners gemeente", inwonersGemeente],
    ["Inwoners Nederland", inwonersNederland],
  ];
  for (const [wat, x] of invoer) {
    if (typeof x !== "number" || !Number.isSafeInteger(x) || x < 0) {
      return mislukt({
        soort: "waarde",
        code: "taakstelling-invoer-ongeldig",
        bericht: berichten.taakstellingInvoerOngeldig(wat, x),
      });
    }
  }
  if (inwonersNederland === 0) {
    return mislukt({ soort: "deling", code: "deler-nul", bericht: berichten.inwonersNederlandNul });
  }
  if (inwonersGemeente > inwonersNederland) {
    return mislukt({
      soort: "waarde",
      code: "inwoners-te-groot",
      bericht: berichten.inwonersTeGroot(inwonersGemeente, inwonersNederland),
    });
  }
  const teller = BigInt(landelijk) * BigInt(inwonersGemeente);
  const noemer = BigInt(inwonersNederland);
  const uitkomst = (teller + noemer - 1n) / noemer;
  return gelukt(Number(uitkomst));
}
