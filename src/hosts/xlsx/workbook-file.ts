/**
 * Opening and saving the workbook files the command line scores.
 *
 * - openWorkbookFile: an .xlsx/.xlsm file is opened as its package (package/); an old .xls
 *   (Excel 97–2003) is read with SheetJS (@e965/xlsx) and turned into an .xlsx package, which
 *   is then scored and saved as a NEW .xlsx copy (never over the .xls). Every file problem is
 *   an XlsxError whose message names the file and the way out.
 * - savePackageAtomic: the package's bytes through writeFileAtomic (a temporary file renamed
 *   into place); a refused write (permissions, a full disk, a read-only disk) is one message
 *   saying where and what to do.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../atomic-file';
import { XlsxError } from './errors';
import type { MessageKey } from '../../i18n/catalog';
import { PackageHost } from './package-host';
import {
  isCompoundDocument,
  isEncryptedPackage,
  WorkbookPackage,
} from './package/workbook-package';

export interface OpenedWorkbook {
  host: PackageHost;
  /** True when the file was an old .xls workbook (the output must be a new .xlsx). */
  legacy: boolean;
}

export function isLegacyName(file: string): boolean {
  return path.extname(file).toLowerCase() === '.xls';
}

/** A workbook file's bytes; a missing, folder or unreadable file is an XlsxError naming it. */
async function readWorkbookBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError('xlsx.file.notFound', { file });
    if (code === 'EISDIR') throw new XlsxError('xlsx.file.isFolder', { file });
    throw new XlsxError('xlsx.file.noAccess', { file });
  }
}

/**
 * An .xls workbook as the bytes of an equivalent .xlsx package. SheetJS is loaded only here:
 * it is large, and .xlsx files never need it.
 */
async function legacyToPackage(buffer: Buffer, file: string): Promise<Buffer> {
  const XLSX = await import('@e965/xlsx');
  try {
    const workbook = XLSX.read(buffer, {
      type: 'buffer',
      cellFormula: true,
      cellNF: true,
      cellDates: false,
    });
    return Buffer.from(
      XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
    );
  } catch {
    throw new XlsxError('xlsx.file.xlsUnreadable', { file });
  }
}

/** Opens an .xlsx, .xlsm or .xls file for scoring. */
export async function openWorkbookFile(file: string): Promise<OpenedWorkbook> {
  const buffer = await readWorkbookBytes(file);
  if (buffer.length === 0) throw new XlsxError('xlsx.file.empty', { file });
  if (isCompoundDocument(buffer) && !isEncryptedPackage(buffer)) {
    const converted = await legacyToPackage(buffer, file);
    return { host: new PackageHost(WorkbookPackage.open(converted, file)), legacy: true };
  }
  return { host: new PackageHost(WorkbookPackage.open(buffer, file)), legacy: false };
}

/** Opens a package from bytes (tests, in-memory use). */
export function openWorkbookBuffer(buffer: Buffer, file: string): PackageHost {
  return new PackageHost(WorkbookPackage.open(buffer, file));
}

/** The message key for a refused file write, by the system's error code. */
function saveFailureKey(code: string | undefined): MessageKey {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'xlsx.save.noPermission';
    case 'EROFS':
      return 'xlsx.save.readOnlyDisk';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'xlsx.save.diskFull';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'xlsx.save.noFolder';
    case 'EISDIR':
      return 'xlsx.save.isFolder';
    default:
      return 'xlsx.save.failed';
  }
}

/** Writes bytes to `file` atomically; failures are XlsxError naming the file and the way out. */
export async function saveBytesAtomic(file: string, bytes: Buffer): Promise<void> {
  try {
    await writeFileAtomic(file, bytes, { replace: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new XlsxError(saveFailureKey(code), {
      file,
      folder: path.dirname(path.resolve(file)),
      reason: code ?? (error instanceof Error ? error.message : String(error)),
    });
  }
}

/** Writes the scored package to `file` atomically. */
export async function savePackageAtomic(host: PackageHost, file: string): Promise<void> {
  await saveBytesAtomic(file, host.toBuffer());
}
