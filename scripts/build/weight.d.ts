/** Types of scripts/build/weight.js for the tests. */
export interface PageFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  onDemand: boolean;
}
export interface PageWeight {
  files: PageFile[];
  gzipBytes: number;
  gzipKB: number;
  /** Without the on-demand (import()) chunks: what the page loads when it opens. */
  initialGzipKB: number;
}
export function pageWeight(page: string, dist?: string): PageWeight;
export function readReport(dist?: string): {
  pages: Record<string, { initial: string[]; onDemand: string[] }>;
};
export function gzipBytes(file: string): number;
export const DIST: string;
