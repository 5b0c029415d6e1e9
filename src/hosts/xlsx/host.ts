/**
 * A workbook host over an exceljs workbook, kept for tests that edit a workbook the way
 * exceljs-based programs do: read() answers as Excel's API would (see cell-values.ts); apply()
 * writes values and number formats, creates sheets and workbook-scoped names. Strings are
 * always stored as text. A plan's `layouts` are not drawn here: the command line's host is
 * PackageHost (package-host.ts), which draws them.
 */
import * as ExcelJS from 'exceljs';
import type {
  CellScalar,
  CellWrite,
  NameSnapshot,
  RangeSnapshot,
  SheetSnapshot,
  SnapshotRequest,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../../workbook/port/types';
import { absoluteAddress, cellAddress, whereOf, type Block } from '../../workbook/a1';
import { cellFormula, cellNumberFormat, cellValue, isMergedSlave } from './cell-values';
import { applyConditionalFormat } from './conditional-formats';
import { parseNameFormula } from './defined-names';
import { XlsxError } from './errors';
import { writeBlock } from './write-block';
import { rangeSnapshot, widen } from './range-snapshot';
import { sourceOf, type XlsxSource } from './source';

/** A workbook-scoped name and its formula (without "="). */
interface WorkbookName {
  name: string;
  formula: string;
}

export class XlsxHost implements WorkbookHost {
  readonly workbook: ExcelJS.Workbook;
  private readonly source: XlsxSource | undefined;

  /**
   * @param workbook an exceljs workbook (from loadXlsxFile or new)
   * @param source what loadXlsxFile read from the file; found automatically for workbooks
   *   loaded by loadXlsxFile/loadXlsxBuffer.
   */
  constructor(workbook: ExcelJS.Workbook, source?: XlsxSource) {
    this.workbook = workbook;
    this.source = source ?? sourceOf(workbook);
  }

  private get date1904(): boolean {
    return Boolean(this.workbook.properties?.date1904);
  }

  /** Sheet-scoped names of the file (Excel makes them when a sheet is copied), with their sheet. */
  private sheetNames(): (WorkbookName & { scope: string })[] {
    return (this.source?.names ?? [])
      .filter((n) => n.localSheet !== undefined && !n.name.startsWith('_xlnm.'))
      .map((n) => ({ name: n.name, formula: n.formula, scope: n.localSheet as string }));
  }

  /** Workbook-scoped names, with the scope the file gave them. */
  private workbookNames(): WorkbookName[] {
    if (this.source) {
      return [
        ...this.source.names
          .filter((n) => n.localSheetId === undefined && !n.name.startsWith('_xlnm.'))
          .map((n) => ({ name: n.name, formula: n.formula })),
        ...this.source.created,
      ];
    }
    return this.workbook.definedNames.model.map((n: { name: string; ranges: string[] }) => ({
      name: n.name,
      formula: n.ranges.join(','),
    }));
  }

  private worksheet(name: string): ExcelJS.Worksheet | undefined {
    const exact = this.workbook.getWorksheet(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
  }

  private rangeSnapshot(ws: ExcelJS.Worksheet, block: Block): RangeSnapshot {
    const date1904 = this.date1904;
    let rowNumber = 0;
    let row: ExcelJS.Row | undefined;
    // exceljs counts rows and columns from 1.
    return rangeSnapshot(ws.name, block, (r, c, read) => {
      if (r + 1 !== rowNumber) {
        rowNumber = r + 1;
        row = ws.findRow(rowNumber);
      }
      const cell = row?.findCell(c + 1);
      read.value = cellValue(cell, date1904);
      read.format = cellNumberFormat(cell);
      read.formula = cellFormula(cell);
    });
  }

  /** The block of cells that hold a value (Excel's used range, values only); null when none. */
  private usedBlock(ws: ExcelJS.Worksheet): Block | null {
    let block: Block | null = null;
    const date1904 = this.date1904;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const [r, c] = [rowNumber - 1, columnNumber - 1];
        if (cellValue(cell, date1904) === '' && cellFormula(cell) === null) return;
        block = widen(block, r, c);
      });
    });
    return block;
  }

  private nameSnapshot(entry: WorkbookName): NameSnapshot {
    const formula = `=${entry.formula}`;
    const target = parseNameFormula(entry.formula);
    if (target.kind === 'invalidReference' || target.kind === 'external') {
      return { name: entry.name, range: null, problem: 'invalidReference', formula };
    }
    if (target.kind === 'notARange') {
      return { name: entry.name, range: null, problem: 'notARange', formula };
    }
    const ws = this.worksheet(target.sheet);
    if (!ws) return { name: entry.name, range: null, problem: 'invalidReference', formula };
    const block = { ...target.block };
    if (target.wholeColumns) block.bottom = Math.max(block.top, ws.rowCount - 1);
    if (target.wholeRows) block.right = Math.max(block.left, ws.columnCount - 1);
    return { name: entry.name, range: this.rangeSnapshot(ws, block), formula };
  }

  read(request: SnapshotRequest): Promise<WorkbookSnapshot> {
    const wanted = new Set(request.names.map((n) => n.toLowerCase()));
    const seen = new Set<string>();
    const names: NameSnapshot[] = [];
    for (const entry of this.workbookNames()) {
      const key = entry.name.toLowerCase();
      if (!wanted.has(key) || seen.has(key)) continue;
      seen.add(key);
      names.push(this.nameSnapshot(entry));
    }
    // Sheet-scoped names where no workbook-scoped one has the name (the first sheet's wins).
    for (const entry of this.sheetNames()) {
      const key = entry.name.toLowerCase();
      if (!wanted.has(key) || seen.has(key)) continue;
      seen.add(key);
      names.push({ ...this.nameSnapshot(entry), scope: entry.scope });
    }
    const sheets: SheetSnapshot[] = [];
    const requested = request.allSheets
      ? [...request.sheets, ...this.workbook.worksheets.map((ws) => ws.name)]
      : request.sheets;
    for (const sheetName of requested) {
      const ws = this.worksheet(sheetName);
      if (!ws || sheets.some((s) => s.name === ws.name)) continue;
      const used = this.usedBlock(ws);
      const snapshot: SheetSnapshot = {
        name: ws.name,
        used: used ? this.rangeSnapshot(ws, used) : null,
      };
      if (request.allSheets) {
        snapshot.merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
        snapshot.visibility = ws.state === 'visible' ? 'visible' : ws.state;
      }
      sheets.push(snapshot);
    }
    return Promise.resolve({
      names,
      sheets,
      sheetNames: this.workbook.worksheets.map((ws) => ws.name),
    });
  }

  apply(plan: WritePlan): Promise<void> {
    try {
      // Deletions first, as in Excel: a replaced sheet may then be created again by its name.
      for (const name of plan.deleteNames ?? []) this.deleteName(name);
      for (const name of plan.deleteSheets ?? []) {
        const ws = this.worksheet(name);
        if (!ws) throw new XlsxError('xlsx.write.noSheet', { sheet: name });
        this.workbook.removeWorksheet(ws.id);
      }
      for (const sheet of plan.createSheets) {
        if (this.worksheet(sheet.name)) continue;
        this.workbook.addWorksheet(sheet.name, { state: sheet.visibility ?? 'visible' });
      }
      for (const created of plan.createNames) this.createName(created.name, created.reference);
      for (const write of plan.writes) this.write(write);
      // plan.layouts: ignored (see the header).
      // plan.charts: skipped, exceljs cannot write charts; conditional formats it can.
      for (const spec of plan.conditionalFormats ?? []) {
        const ws = this.worksheet(spec.sheet);
        if (!ws) throw new XlsxError('xlsx.write.noSheet', { sheet: spec.sheet });
        applyConditionalFormat(ws, spec);
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  private createName(name: string, reference: string): void {
    const key = name.toLowerCase();
    if (this.workbookNames().some((n) => n.name.toLowerCase() === key)) return;
    const target = parseNameFormula(reference);
    const ws = target.kind === 'range' ? this.worksheet(target.sheet) : undefined;
    if (target.kind !== 'range' || !ws) {
      throw new XlsxError('xlsx.name.badReference', { name, reference });
    }
    const formula = whereOf(ws.name, absoluteAddress(target.block));
    if (this.source) this.source.created.push({ name, formula });
    else this.workbook.definedNames.add(formula, name);
  }

  /** Deletes a workbook-scoped name (a rollback's); a name that does not exist is an error. */
  private deleteName(name: string): void {
    const key = name.toLowerCase();
    const matches = (n: { name: string }): boolean => n.name.toLowerCase() === key;
    if (!this.workbookNames().some(matches)) {
      throw new XlsxError('xlsx.name.notFound', { name });
    }
    if (this.source) {
      const created = this.source.created.findIndex(matches);
      if (created >= 0) this.source.created.splice(created, 1);
      const index = this.source.names.findIndex((n) => n.localSheetId === undefined && matches(n));
      if (index >= 0) this.source.names.splice(index, 1);
    } else {
      // exceljs keeps each name's cells in `matrixMap`, keyed by the name as spelled.
      const names = this.workbook.definedNames as unknown as { matrixMap: Record<string, unknown> };
      for (const spelled of Object.keys(names.matrixMap)) {
        if (spelled.toLowerCase() === key) delete names.matrixMap[spelled];
      }
    }
  }

  private write(write: CellWrite): void {
    const ws = this.worksheet(write.sheet);
    if (!ws) throw new XlsxError('xlsx.write.noSheet', { sheet: write.sheet });
    const block = writeBlock(write);
    const rows = write.values.length;
    const columns = rows ? write.values[0].length : 0;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const cell = ws.getCell(block.top + i + 1, block.left + j + 1);
        const formula = write.formulas?.[i]?.[j];
        if (formula) writeFormula(cell, formula, write.values[i][j], write.numberFormats?.[i]?.[j]);
        else writeCell(cell, ws.name, write.values[i][j], write.numberFormats?.[i]?.[j]);
      }
    }
  }
}

function writeCell(
  cell: ExcelJS.Cell,
  sheet: string,
  value: CellScalar,
  numberFormat: string | undefined,
): void {
  const where = whereOf(sheet, cellAddress(Number(cell.row) - 1, Number(cell.col) - 1));
  if (isMergedSlave(cell)) {
    if (value === null || value === '') return;
    throw new XlsxError('xlsx.write.mergedCell', {
      cell: where,
      master: whereOf(sheet, cell.master.address),
    });
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new XlsxError('xlsx.write.badNumber', { cell: where });
  }
  // exceljs stores a JS string as a string cell, never as a formula: "=SUM(A1)" stays text.
  cell.value = value === '' ? null : value;
  if (numberFormat !== undefined && numberFormat !== cellNumberFormat(cell)) {
    // Styles are shared between cells that had the same style in the file: copy, then change.
    cell.style = { ...cell.style, numFmt: numberFormat };
  }
}

/** A formula put back (rollback, undo) with the result it had, so that it reads the same. */
function writeFormula(
  cell: ExcelJS.Cell,
  formula: string,
  result: CellScalar,
  numberFormat: string | undefined,
): void {
  const value: ExcelJS.CellFormulaValue = { formula: formula.replace(/^=/, ''), date1904: false };
  if (result !== '' && result !== null) value.result = result as ExcelJS.CellFormulaValue['result'];
  cell.value = value;
  if (numberFormat !== undefined && numberFormat !== cellNumberFormat(cell)) {
    cell.style = { ...cell.style, numFmt: numberFormat };
  }
}
