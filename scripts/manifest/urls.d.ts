/** Types of scripts/manifest/urls.js. */
export const DEV_URL: string;
export const DEFAULT_PROD_URL: string;
export function prodUrl(env?: Record<string, string | undefined>): string;
