/** Types of scripts/manifest/versie.js. */
export function officeVersie(versie: string): string;
export function pakketVersie(root?: string): string;
export function zetManifestVersie(xml: string, versie: string): string;
