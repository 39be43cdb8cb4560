/** Types of scripts/manifest/png.js. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function readPngSize(buffer: Buffer): { width: number; height: number } | null;
export function crc32(buffer: Buffer): number;
