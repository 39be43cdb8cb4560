/** Types of scripts/manifest/validate.js (for test/build/manifest.test.ts). */
export interface ManifestProbleem {
  /** Stable code, e.g. "resid-onbekend", "url-geen-https", "icoon-maat", "dist-ontbreekt". */
  code: string;
  /** Dutch message for the user. */
  message: string;
}

export interface ValidateOptions {
  manifestPath: string;
  distDir: string;
  /** Base URLs of the add-in's own server; default the dev URL, IBT_PROD_URL when set and the folder of
   * the manifest's DefaultSettings/SourceLocation. */
  bases?: string[];
  /** Expected custom-functions namespace; default "IBT". */
  namespace?: string;
}

export function validateManifest(options: ValidateOptions): ManifestProbleem[];

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export function parseXml(text: string): XmlElement;

/** Required pixel size per top-level icon element (IconUrl 32, HighResolutionIconUrl 64). */
export const ICON_SIZE: Readonly<Record<"IconUrl" | "HighResolutionIconUrl", number>>;

/** Requirement sets the manifest must declare, with their lowest version. */
export const REQUIRED_SETS: Readonly<Record<string, string>>;
