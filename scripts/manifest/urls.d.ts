/** Types of scripts/manifest/urls.js. */
export const DEV_URL: string;
export const INTERNE_PROD_URL: string;
export function controleerProdUrl(
  waarde: string | undefined,
): { url: string; fout?: undefined } | { url?: undefined; fout: string };
export function prodUrl(env?: Record<string, string | undefined>): string;
export function prodUrlOfNull(env?: Record<string, string | undefined>): string | null;
