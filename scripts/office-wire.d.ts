/** Microsoft's Excel client library loaded in a vm context of its own (scripts/office-wire.js). */
export interface LibraryRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface LoadedExcelLibrary {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  requirements: LibraryRequirements;
  context: object;
}

export interface LoadOptions {
  send?: (request: {
    method?: string;
    url: string;
    headers?: Record<string, string>;
    body: unknown;
  }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
  /** The ExcelApi level the host claims ("1.4"): turns the library's API checks on. */
  apiLevel?: string;
  /** Whether SharedRuntime 1.1 is claimed too (default true). */
  sharedRuntime?: boolean;
}

export const LIBRARY_FILE: string;
export const WIRE_URL: string;
export function compareVersions(a: string, b: string): number;
export function requirementsFor(level: string, sharedRuntime?: boolean): LibraryRequirements;
export function loadExcelLibrary(options?: LoadOptions): LoadedExcelLibrary;
