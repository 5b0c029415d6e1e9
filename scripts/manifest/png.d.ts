/** Types of scripts/manifest/png.js for the tests. */
export function pngSize(file: string): { width: number; height: number } | null;
