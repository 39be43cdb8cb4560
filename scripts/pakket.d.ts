/** Types of scripts/pakket.js (for test/build/pakket.test.ts). */
export function bestanden(map: string, relatief?: string): string[];
export function manifestUrls(xml: string): { element: string; url: string }[];
export function controleerBouw(bouwmap: string, prodBase: string, versie: string): string;
export function inhoud(bouwmap: string, manifestXml: string, root?: string): Record<string, Uint8Array>;
export function maakZip(items: Record<string, Uint8Array>): Uint8Array;
export const NIET_MEE: RegExp[];
