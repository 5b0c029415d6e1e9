/** Running the command line in-process with captured streams, or as the installed command. */
import { execFileSync } from 'child_process';
import * as ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = path.join(__dirname, '..', '..');
/** The installed command, as `npx perfscore` runs it: node bin/perfscore.js over lib/. */
export const BIN = path.join(ROOT, 'bin', 'perfscore.js');
export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const SEED = path.join(FIXTURES, 'seed-2023.input.json');
export const SEED_MANUAL = path.join(FIXTURES, 'seed-2023-manual-scores.input.json');

export async function run(
  argv: string[],
  options: { env?: Record<string, string>; isTTY?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    isTTY: options.isTTY ?? false,
    env: options.env ?? { LANG: 'zh_CN.UTF-8' },
    now: () => new Date('2024-03-01T08:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** Compiles the command line into lib/ when it is not there (npm test builds it first). */
export function ensureCliBuilt(): void {
  if (existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // tsc still emits when another area has a type error; the test using it says if it worked.
  }
}

/**
 * Terminal columns of a string, computed independently of src/cli/width.ts: CJK ideographs,
 * CJK punctuation and full-width forms take two columns, everything else one.
 */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) {
    width += /[\p{Script=Han}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  }
  return width;
}

/** The display column where `cell` starts in `line`; -1 when it is not there. */
export function startColumn(line: string, cell: string): number {
  const at = line.indexOf(cell);
  return at < 0 ? -1 : columns(line.slice(0, at));
}

/** The value of a one-cell workbook name in an .xlsx file. */
export async function namedValue(file: string, name: string): Promise<ExcelJS.CellValue> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ranges = workbook.definedNames.getRanges(name).ranges;
  if (!ranges.length) throw new Error(`no name ${name} in ${file}`);
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(ranges[0]);
  if (!match) throw new Error(`cannot read the reference of ${name}: ${ranges[0]}`);
  const ws = workbook.getWorksheet(match[1]);
  if (!ws) throw new Error(`no sheet ${match[1]}`);
  return ws.getCell(`${match[2]}${match[3]}`).value;
}
