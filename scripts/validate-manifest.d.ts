/** Types of scripts/validate-manifest.js for the tests (test/manifest). */
export interface ManifestProblem {
  rule: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ManifestLayout {
  kind: 'source' | 'dist';
  resolveUrl: (url: URL) => string | null;
  codeFiles: string[];
}

export function layoutFor(manifestFile: string, projectRoot?: string): ManifestLayout;

export function validateManifest(
  manifestFile: string,
  options?: { schemasDir?: string; layout?: ManifestLayout },
): Promise<ManifestProblem[]>;

export function formatProblem(file: string, problem: ManifestProblem): string;

export function main(argv: string[]): Promise<number>;
