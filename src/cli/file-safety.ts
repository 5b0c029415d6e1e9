/**
 * Refusals before a workbook file is written: an existing output is not replaced without
 * --force; --in-place does not write a read-only file, nor one that Excel, WPS or LibreOffice
 * has open (their lock files beside it: "~$name.xlsx", ".~lock.name.xlsx#").
 */
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import type { Console } from './io';

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
