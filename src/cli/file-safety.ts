/**
 * Writing a workbook file the user gave us, and the refusals before it: an existing output is
 * not replaced without --force; --in-place does not write a read-only file, nor one that Excel,
 * WPS or LibreOffice has open (their lock files beside it: "~$name.xlsx", ".~lock.name.xlsx#").
 */
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { isXlsxError } from '../hosts/xlsx/errors';
import type { PackageHost } from '../hosts/xlsx/package-host';
import { saveBytesAtomic } from '../hosts/xlsx/workbook-file';
import type { ParsedArgs } from './args';
import type { Console } from './io';
import { fileFailure } from './usage';

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** The lock files spreadsheets create beside a workbook they have open. */
export function lockFilesOf(file: string): string[] {
  const dir = path.dirname(file);
  const name = path.basename(file);
  return [path.join(dir, `~$${name}`), path.join(dir, `.~lock.${name}#`)];
}

/** Why `file` must not be written in place, or null. */
export async function inPlaceRefusal(file: string, c: Console): Promise<string | null> {
  if (!(await exists(file))) return null; // reading it will say it is missing
  for (const lock of lockFilesOf(file)) {
    if (await exists(lock)) {
      return c.msg('cli.error.openElsewhere', { file, lock: path.basename(lock) });
    }
  }
  // Read-only as the user set it (no write permission for anyone; a privileged account could
  // still write it), or not writable for this account.
  let readOnly: boolean;
  try {
    readOnly = ((await fs.stat(file)).mode & 0o222) === 0;
    if (!readOnly) await fs.access(file, constants.W_OK);
  } catch {
    readOnly = true;
  }
  return readOnly ? c.msg('cli.error.readOnly', { file }) : null;
}

/** The refusal to replace an existing output without --force, or null. */
export async function existingTarget(out: string, c: Console): Promise<string | null> {
  return (await exists(out)) ? c.msg('cli.error.targetExists', { file: out }) : null;
}

/** Why the run must not write `out` for `file` (by --in-place and --force), or null. */
export async function writeRefusal(
  file: string,
  out: string,
  args: ParsedArgs,
  c: Console,
): Promise<string | null> {
  if (args.flags.has('--in-place')) return inPlaceRefusal(file, c);
  return args.flags.has('--force') ? null : existingTarget(out, c);
}

/**
 * Saves the edited package to `out` atomically and says when an old .xls became a new .xlsx
 * copy. Null when saved; else the exit code, after one line naming the file and the way out.
 */
export async function saveWorkbook(
  c: Console,
  host: PackageHost,
  file: string,
  out: string,
  legacy: boolean,
): Promise<number | null> {
  try {
    await saveBytesAtomic(out, host.toBuffer());
  } catch (error) {
    if (!isXlsxError(error)) throw error;
    return fileFailure(c, error.localized(c.locale));
  }
  if (legacy) c.err(c.msg('xlsx.file.xlsCopy', { file, out }));
  return null;
}
