/**
 * Reading and writing .xlsx files.
 *
 * - loadXlsxFile: a clear catalog error for a file that is not a workbook; remembers the
 *   file's sheet list and defined names (source.ts) for the save.
 * - saveXlsxAtomic: the workbook is written to a temporary file in the target's folder, flushed
 *   and renamed over the target, so an interrupted (even killed) run never leaves a broken file
 *   and nothing but the target is ever touched. The file's defined names are put back verbatim
 *   (exceljs drops or damages sheet-scoped, constant, formula and hidden names); when a name
 *   cannot be kept (a link to another workbook, a name local to a chart sheet) nothing is
 *   written and the error names the names and why.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  parseNameFormula,
  readWorkbookXml,
  replaceDefinedNames,
  withLocalSheetId,
} from './defined-names';
import { writeFileAtomic } from '../atomic-file';
import { XlsxError } from './errors';
import type { MessageKey } from '../../i18n/catalog';
import { attachSource, sourceOf, type XlsxSource } from './source';
import { readWorkbookBytes } from './workbook-file';
import { isCompoundDocument, isZip } from './package/workbook-package';

const WORKBOOK_XML = 'xl/workbook.xml';

export interface LoadedXlsx {
  workbook: ExcelJS.Workbook;
  source: XlsxSource;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function workbookXmlOf(zip: JSZip): Promise<string | null> {
  const entry = zip.file(WORKBOOK_XML);
  return entry ? entry.async('string') : null;
}

/** Reads a workbook from the bytes of an .xlsx file; `file` names it in messages. */
export async function loadXlsxBuffer(buffer: Buffer, file: string): Promise<LoadedXlsx> {
  if (isCompoundDocument(buffer)) throw new XlsxError('xlsx.file.legacyOrEncrypted', { file });
  if (!isZip(buffer)) throw new XlsxError('xlsx.file.notWorkbook', { file });
  let xml: string | null;
  try {
    xml = await workbookXmlOf(await JSZip.loadAsync(buffer));
  } catch (error) {
    throw new XlsxError('xlsx.file.damaged', { file, reason: reasonOf(error) });
  }
  if (xml === null) throw new XlsxError('xlsx.file.notWorkbook', { file });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxError('xlsx.file.damaged', { file, reason: reasonOf(error) });
  }
  const info = readWorkbookXml(xml);
  const source: XlsxSource = { path: file, sheets: info.sheets, names: info.names };
  attachSource(workbook, source);
  return { workbook, source };
}

/** Reads an .xlsx file. Errors are XlsxError with a catalog message naming the file. */
export async function loadXlsxFile(file: string): Promise<LoadedXlsx> {
  return loadXlsxBuffer(await readWorkbookBytes(file), file);
}

/**
 * The <definedName> elements the written file must hold: the source file's own (with their
 * localSheetId moved to where their sheet now is) and the names exceljs writes that the
 * source did not have (print areas and titles of new sheets, names added through exceljs). Throws when a source name cannot be kept.
 */
function namesToWrite(
  source: XlsxSource,
  writtenXml: string,
  file: string,
): { elements: string[] } {
  const written = readWorkbookXml(writtenXml);
  const lost: { key: MessageKey; params: Record<string, string> }[] = [];
  const elements: string[] = [];
  const kept = new Set<string>();
  const scopeKey = (name: string, sheet: string | undefined): string =>
    `${name.toLowerCase()}|${sheet ?? ''}`;
  for (const record of source.names) {
    if (parseNameFormula(record.formula).kind === 'external') {
      lost.push({ key: 'xlsx.save.nameExternal', params: { name: record.name } });
      continue;
    }
    if (record.localSheetId !== undefined) {
      const sheet = record.localSheet;
      const index = sheet === undefined ? -1 : written.sheets.indexOf(sheet);
      if (index < 0) {
        lost.push({
          key: 'xlsx.save.nameSheetLost',
          params: { name: record.name, sheet: sheet ?? String(record.localSheetId) },
        });
        continue;
      }
      elements.push(withLocalSheetId(record, index));
    } else {
      elements.push(record.xml);
    }
    kept.add(scopeKey(record.name, record.localSheet));
  }
  if (lost.length) {
    throw new XlsxError('xlsx.save.namesLost', { file }, { param: 'names', items: lost });
  }
  const sourceNames = new Set(source.names.map((n) => n.name.toLowerCase()));
  for (const record of written.names) {
    const builtIn = record.name.startsWith('_xlnm.');
    if (
      builtIn
        ? kept.has(scopeKey(record.name, record.localSheet))
        : sourceNames.has(record.name.toLowerCase())
    ) {
      continue;
    }
    if (kept.has(scopeKey(record.name, record.localSheet))) continue;
    elements.push(record.xml);
    kept.add(scopeKey(record.name, record.localSheet));
  }
  return { elements };
}

/**
 * The bytes of the .xlsx file for a workbook. For a workbook read from a file, the file's
 * defined names are restored (see namesToWrite); chart and dialog sheets, which exceljs
 * cannot keep, make it refuse.
 */
export async function writeXlsxBuffer(
  workbook: ExcelJS.Workbook,
  original?: XlsxSource,
  file = '',
): Promise<Buffer> {
  const source = original ?? sourceOf(workbook);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  if (!source) return written;
  const kept = new Set(workbook.worksheets.map((ws) => ws.name));
  const lostSheets = source.sheets.filter((s) => !kept.has(s));
  if (lostSheets.length) {
    throw new XlsxError('xlsx.save.sheetsLost', { file, sheets: lostSheets.join('、') });
  }
  const zip = await JSZip.loadAsync(written);
  const xml = await workbookXmlOf(zip);
  if (xml === null) throw new Error('exceljs wrote no xl/workbook.xml');
  const { elements } = namesToWrite(source, xml, file);
  zip.file(WORKBOOK_XML, replaceDefinedNames(xml, elements));
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

/**
 * Writes the workbook to `file` atomically: the whole file is built in memory, then written
 * through writeFileAtomic (atomic-file.ts: a hidden temporary file in the same folder, flushed,
 * renamed over `file`). A run killed at any moment therefore leaves `file` either as it was
 * (or absent) or complete; any other file (the input, when it is not the target) is never
 * touched.
 *
 * @param original what loadXlsxFile read (defaults to the workbook's own source, if any)
 */
export async function saveXlsxAtomic(
  workbook: ExcelJS.Workbook,
  file: string,
  original?: XlsxSource,
): Promise<void> {
  const buffer = await writeXlsxBuffer(workbook, original, file);
  try {
    await writeFileAtomic(file, buffer, { replace: true });
  } catch (error) {
    throw new XlsxError('xlsx.save.failed', { file, reason: reasonOf(error) });
  }
}
