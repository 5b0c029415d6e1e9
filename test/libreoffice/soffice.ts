/**
 * LibreOffice headless, as a second real spreadsheet program that reads the files we write.
 *
 * `soffice --convert-to` exits 0 even when a conversion fails, so every conversion checks that
 * its output files exist. Each run gets a private profile (-env:UserInstallation) so that runs
 * never share or lock one another's settings; conversions run one after another.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * CSV export of every sheet (one file `<name>-<sheet>.csv` each), comma separated, UTF-8,
 * cells as shown.
 */
export const CSV_EVERY_SHEET =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/**
 * Converts `files` with one soffice run into `outDir`; `expected` are the names of the files
 * the run must write there (checked: soffice exits 0 even when it wrote nothing).
 */
export function convert(
  files: string[],
  format: string,
  outDir: string,
  expected: string[],
  options: { recalculateOnLoad?: boolean } = {},
): void {
  const profile = path.join(os.tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    if (options.recalculateOnLoad) {
      // Tools > Options > Calc > Formula > Recalculation on file load (Excel 2007 and newer):
      // Always, as Excel does for a file asking for it (fullCalcOnLoad).
      fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
      fs.writeFileSync(
        path.join(profile, 'user', 'registrymodifications.xcu'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
      );
    }
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 120000 },
    );
    const missing = expected.filter((name) => !fs.existsSync(path.join(outDir, name)));
    if (run.error || missing.length) {
      throw new Error(
        `soffice did not write ${missing.join(', ')} (status ${String(run.status)}, ${String(run.error ?? '')})\n${run.stdout}\n${run.stderr}`,
      );
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs a command line tool and returns its standard output. */
export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60000 });
  if (result.error || result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed: ${String(result.error ?? result.stderr)}`,
    );
  }
  return result.stdout;
}

/** Pixels of a binary PPM (P6) image that are not (near) white. */
export function nonWhitePixels(ppm: Buffer): { inked: number; total: number } {
  // Header: "P6", width, height, maxval, separated by whitespace, then one whitespace byte.
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]))) offset++;
    if (ppm[offset] === 0x23) {
      while (ppm[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset])))
      token += String.fromCharCode(ppm[offset++]);
    fields.push(token);
  }
  offset++;
  if (fields[0] !== 'P6') throw new Error(`not a binary PPM: ${fields[0]}`);
  const total = Number(fields[1]) * Number(fields[2]);
  let inked = 0;
  for (let i = 0; i < total; i++) {
    const p = offset + i * 3;
    if (ppm[p] < 200 || ppm[p + 1] < 200 || ppm[p + 2] < 200) inked++;
  }
  return { inked, total };
}

/** Parses LibreOffice's CSV export (comma separated, double-quoted fields). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
