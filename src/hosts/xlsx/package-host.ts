/**
 * The workbook host of the command line over an .xlsx/.xlsm package (package/): read() answers
 * as Excel's API would, scanning only the sheets the request needs; apply() patches the parts
 * it must change (the written sheets' cells, styles appended once, the workbook part, its
 * relationships and the content types when sheets or names are added, the laid-out sheets'
 * merges, widths, heights, looks, lists, panes and print setup: sheet-layout.ts) and leaves
 * every other part of the package as it was. Strings are always stored as text (inline strings).
 */
import { formatClass } from '../../engine/values/dates';
import {
  MAX_ROWS,
  absoluteAddress,
  blockAddress,
  blockHolds,
  blocksOverlap,
  cellAddress,
  parseBlock,
  quoteSheet,
  whereOf,
  type Block,
} from '../../workbook/a1';
import type {
  CellScalar,
  NameSnapshot,
  RangeSnapshot,
  SheetLayout,
  SheetSnapshot,
  SnapshotRequest,
  WorkbookHost,
  WorkbookSnapshot,
  WritePlan,
} from '../../workbook/port/types';
import { parseNameFormula, type DefinedNameRecord } from './defined-names';
import { XlsxError } from './errors';
import { rangeSnapshot, widen } from './range-snapshot';
import { writeBlock } from './write-block';
import { shiftFormula } from './package/formula-shift';
import {
  REL_TYPES,
  WORKSHEET_CONTENT_TYPE,
  addOverride,
  addRelationship,
  freeRelationshipId,
  relativeTarget,
  relsPartOf,
  removeOverride,
  removeRelationship,
} from './package/opc';
import { applySheetConditionalFormat } from './package/sheet-conditional-formats';
import { RowStyles } from './package/row-styles';
import {
  columnStyles,
  eachCell,
  mergedAreas,
  parseCell,
  rowStyleOf,
  sheetDataSpan,
  type RawCell,
} from './package/sheet-cells';
import { streamSheet, type SheetFrame } from './package/sheet-rows';
import { patchSheet, type CellContent } from './package/sheet-patch';
import { layoutBlock, layoutFrame } from './package/sheet-layout';
import { DeflatingWriter } from './package/zip';
import { CONTENT_TYPES, WorkbookPackage, type PackageSheet } from './package/workbook-package';
import {
  addDefinedName,
  addSheetElement,
  removeDefinedName,
  removeSheetElement,
  requestFullCalculation,
} from './package/workbook-edits';
import { stringItemText } from './package/xml';

const EPOCH_1904_OFFSET = 1462;
const STYLES_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** A cell as read: its value, format and formula, as Excel's API reports them. */
interface ReadCell {
  value: CellScalar;
  style: number;
  formula: string | null;
  uncalculated: boolean;
}

/** One scan of a sheet: the cells inside the blocks asked for, and the used range. */
interface SheetRead {
  /** Cells by row, then by column (arrays: a big table costs no map entry per cell). */
  cells: Map<number, ReadCell[]>;
  /** By row, counted from 0 like every block. */
  rowStyles: RowStyles;
  /** By the file's column number (counted from 1, as <col min max> are). */
  columnStyles: Map<number, number>;
  used: Block | null;
  lastRow: number;
  lastColumn: number;
}

/** Widens the sheet's extent (used range, last row and column) to a cell with content. */
function grow(read: SheetRead, row: number, column: number): void {
  read.lastRow = Math.max(read.lastRow, row);
  read.lastColumn = Math.max(read.lastColumn, column);
  read.used = widen(read.used, row, column);
}

function cellAt(read: SheetRead, row: number, column: number): ReadCell | undefined {
  return read.cells.get(row)?.[column];
}

/** An ISO 8601 date cell (t="d", as some generators write) → its 1900-system serial. */
function isoToSerial(text: string): number | string {
  const ms = Date.parse(/Z|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) return text;
  return Number((ms / 86400000 + 25569).toFixed(9));
}

export class PackageHost implements WorkbookHost {
  readonly pkg: WorkbookPackage;
  /** Set when a write made the calculation chain out of date (it is then removed). */
  private dropCalcChain = false;

  constructor(pkg: WorkbookPackage) {
    this.pkg = pkg;
  }

  private sheetByName(name: string): PackageSheet | undefined {
    const sheets = this.pkg.sheets();
    const exact = sheets.find((s) => s.name === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /**
   * Streams one sheet, keeping the cells inside `blocks` (or all cells when `all`). The sheet's
   * extent (used range, last row) is found when `extent`; rows outside every block are then
   * the only ones parsed cell by cell, the others are skipped unread.
   */
  private async scan(
    sheet: PackageSheet,
    blocks: Block[],
    all: boolean,
    extent: boolean,
  ): Promise<SheetRead> {
    const read: SheetRead = {
      cells: new Map(),
      rowStyles: new RowStyles(),
      columnStyles: new Map(),
      used: null,
      lastRow: -1,
      lastColumn: -1,
    };
    if (!sheet.part) return read;
    const part = sheet.part;
    const strings = this.pkg.sharedStrings();
    const date1904 = this.pkg.date1904;
    const styles = this.pkg.styles();
    const masters = new Map<string, { formula: string; row: number; column: number }>();
    const dependents: { cell: ReadCell; raw: RawCell }[] = [];
    const frame: SheetFrame = { head: '', tail: '' };
    const wantedRow = (row: number): boolean =>
      all || blocks.some((b) => row >= b.top && row <= b.bottom);
    const keepCell = (raw: RawCell, value: CellScalar): void => {
      const hasFormula = raw.formula !== null;
      const cell: ReadCell = {
        value,
        style: raw.style,
        formula: hasFormula && raw.formulaType !== 'dataTable' ? `=${raw.formula}` : null,
        // No <v>, or an empty one where the result would be a number (openpyxl writes <v/>).
        uncalculated:
          hasFormula &&
          raw.type !== 'inlineStr' &&
          (raw.value === null || (raw.value === '' && raw.type !== 'str')),
      };
      if (raw.sharedIndex !== undefined && !raw.sharedMaster) dependents.push({ cell, raw });
      // The file counts rows and columns from 1; the read, like every block, from 0.
      let row = read.cells.get(raw.row - 1);
      if (!row) read.cells.set(raw.row - 1, (row = []));
      row[raw.column - 1] = cell;
    };
    const visitCell = (raw: RawCell, wanted: boolean): void => {
      if (raw.sharedMaster && raw.sharedIndex !== undefined) {
        masters.set(raw.sharedIndex, {
          formula: raw.formula ?? '',
          row: raw.row,
          column: raw.column,
        });
      }
      if (!wanted && !extent) return;
      const value = this.valueOf(raw, strings, date1904, styles.formatOf(raw.style));
      const [row, column] = [raw.row - 1, raw.column - 1];
      if (extent && (value !== '' || raw.formula !== null)) grow(read, row, column);
      if (wanted && (all || blocks.some((b) => blockHolds(b, row, column)))) keepCell(raw, value);
    };
    await streamSheet(this.pkg.textChunks(part), {
      head: (head) => (frame.head = head),
      tail: (tail) => (frame.tail = tail),
      row: (element) => {
        const wanted = wantedRow(element.row - 1);
        if (wanted) {
          const style = rowStyleOf(element.attrs);
          if (style !== undefined) read.rowStyles.set(element.row - 1, style);
        }
        const body = element.body;
        // A shared formula's first cell may lie outside the blocks and still be needed.
        if (!body || (!wanted && !extent && !body.includes('shared'))) return;
        eachCell(body, (m, column) => {
          visitCell(parseCell(m[1], m[2], element.row, column), wanted);
        });
      },
    });
    this.pkg.keepFrame(part, frame);
    read.columnStyles = columnStyles(frame.head);
    for (const { cell, raw } of dependents) {
      const master = masters.get(raw.sharedIndex ?? '');
      if (master) {
        cell.formula = `=${shiftFormula(master.formula, raw.row - master.row, raw.column - master.column)}`;
      }
    }
    return read;
  }

  private valueOf(raw: RawCell, strings: string[], date1904: boolean, format: string): CellScalar {
    switch (raw.type) {
      case 's':
        return raw.value === null ? '' : (strings[Number(raw.value)] ?? '');
      case 'str':
        return raw.value ?? '';
      case 'inlineStr':
        return raw.inline === null ? (raw.value ?? '') : stringItemText(raw.inline);
      case 'b':
        return raw.value === null ? '' : raw.value === '1' || raw.value === 'true';
      case 'e':
        return raw.value ?? '';
      case 'd':
        return raw.value === null ? '' : isoToSerial(raw.value);
      default: {
        if (raw.value === null || raw.value.trim() === '') return '';
        const n = Number(raw.value);
        if (!Number.isFinite(n)) return raw.value;
        // Dates are given in the 1900 system, as the engine reads them.
        if (date1904 && formatClass(format) === 'date') return n + EPOCH_1904_OFFSET;
        return n;
      }
    }
  }

  private rangeOf(sheet: PackageSheet, read: SheetRead, block: Block): RangeSnapshot {
    const styles = this.pkg.styles();
    return rangeSnapshot(sheet.name, block, (r, c, out) => {
      const cell = cellAt(read, r, c);
      const style = cell?.style ?? read.rowStyles.get(r) ?? read.columnStyles.get(c + 1) ?? 0;
      out.value = cell?.value ?? '';
      out.format = styles.formatOf(style);
      out.formula = cell?.formula ?? null;
      out.uncalculated = Boolean(cell?.uncalculated);
    });
  }

  async read(request: SnapshotRequest): Promise<WorkbookSnapshot> {
    const sheets = this.pkg.sheets();
    const wanted = new Set(request.names.map((n) => n.toLowerCase()));
    const records = this.pkg
      .names()
      .filter((n) => !n.name.startsWith('_xlnm.') && wanted.has(n.name.toLowerCase()));
    // Workbook-scoped names first: a sheet-scoped one is found only where no workbook name of
    // its spelling is (and of sheet-scoped ones of one spelling, the first sheet's).
    const ordered = [
      ...records.filter((n) => n.localSheetId === undefined),
      ...records.filter((n) => n.localSheetId !== undefined),
    ];
    const seen = new Set<string>();
    const targets: {
      record: DefinedNameRecord;
      sheet?: PackageSheet;
      block?: Block;
      whole?: boolean;
    }[] = [];
    for (const record of ordered) {
      const key = record.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const target = parseNameFormula(record.formula);
      if (target.kind !== 'range') {
        targets.push({ record });
        continue;
      }
      const sheet = this.sheetByName(target.sheet);
      targets.push({
        record,
        sheet,
        block: { ...target.block },
        whole: target.wholeColumns,
      });
    }
    const requestedSheets = new Set(request.sheets.map((s) => s.toLowerCase()));
    const reads = new Map<string, SheetRead>();
    for (const sheet of sheets) {
      if (!sheet.part) continue;
      const onSheet = targets.filter((t) => t.sheet?.name === sheet.name && t.block);
      const blocks = onSheet.map((t) => t.block!);
      const all = Boolean(request.allSheets) || requestedSheets.has(sheet.name.toLowerCase());
      if (!blocks.length && !all) continue;
      const extent = all || onSheet.some((t) => t.whole);
      reads.set(sheet.name, await this.scan(sheet, blocks, all, extent));
    }
    const names: NameSnapshot[] = [];
    for (const t of targets) {
      const formula = `=${t.record.formula}`;
      const scope =
        t.record.localSheetId !== undefined
          ? { scope: t.record.localSheet ?? sheets[t.record.localSheetId]?.name }
          : {};
      const target = parseNameFormula(t.record.formula);
      if (target.kind === 'notARange') {
        names.push({ name: t.record.name, range: null, problem: 'notARange', formula, ...scope });
        continue;
      }
      const read = t.sheet ? reads.get(t.sheet.name) : undefined;
      if (!t.sheet || !t.block || !t.sheet.part || !read) {
        names.push({
          name: t.record.name,
          range: null,
          problem: 'invalidReference',
          formula,
          ...scope,
        });
        continue;
      }
      const block = { ...t.block };
      if (t.whole) block.bottom = Math.max(block.top, Math.min(MAX_ROWS - 1, read.lastRow));
      names.push({
        name: t.record.name,
        range: this.rangeOf(t.sheet, read, block),
        formula,
        ...scope,
      });
    }
    const sheetSnapshots: SheetSnapshot[] = [];
    const seenSheets = new Set<string>();
    const listed = request.allSheets
      ? sheets.filter((s) => s.part)
      : request.sheets
          .map((s) => this.sheetByName(s))
          .filter((s): s is PackageSheet => Boolean(s?.part));
    for (const sheet of listed) {
      if (seenSheets.has(sheet.name)) continue;
      seenSheets.add(sheet.name);
      const read = reads.get(sheet.name);
      const used = read?.used ?? null;
      const snapshot: SheetSnapshot = {
        name: sheet.name,
        used: used && read ? this.rangeOf(sheet, read, used) : null,
      };
      if (request.allSheets) {
        snapshot.visibility = sheet.visibility;
        const merges = mergedAreas(frameText(await this.pkg.frame(sheet.part!)))
          .filter((m) => used && blocksOverlap(m, used))
          .map(blockAddress);
        snapshot.merges = merges;
      }
      sheetSnapshots.push(snapshot);
    }
    return { names, sheets: sheetSnapshots, sheetNames: sheets.map((s) => s.name) };
  }

  async apply(plan: WritePlan): Promise<void> {
    await this.check(plan);
    await this.applyChecked(plan);
  }

  /** Every reason the plan cannot be written, found before anything changes. */
  private async check(plan: WritePlan): Promise<void> {
    const names = this.pkg.names().filter((n) => n.localSheetId === undefined);
    for (const name of plan.deleteNames ?? []) {
      if (!names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new XlsxError('xlsx.name.notFound', { name });
      }
    }
    for (const name of plan.deleteSheets ?? []) {
      if (!this.sheetByName(name)) throw new XlsxError('xlsx.write.noSheet', { sheet: name });
    }
    const deleted = new Set((plan.deleteSheets ?? []).map((s) => s.toLowerCase()));
    const created = new Set(plan.createSheets.map((s) => s.name.toLowerCase()));
    const exists = (sheet: string): boolean =>
      created.has(sheet.toLowerCase()) ||
      (Boolean(this.sheetByName(sheet)?.part) && !deleted.has(sheet.toLowerCase()));
    for (const n of plan.createNames) {
      const target = parseNameFormula(n.reference);
      if (target.kind !== 'range' || !exists(target.sheet)) {
        throw new XlsxError('xlsx.name.badReference', { name: n.name, reference: n.reference });
      }
    }
    const mergedHits: string[] = [];
    const mergedCells: string[] = [];
    const mergesBySheet = new Map<string, Block[]>();
    const laidOut = [...plan.writes, ...(plan.conditionalFormats ?? []), ...(plan.layouts ?? [])];
    for (const write of laidOut) {
      if (!exists(write.sheet)) throw new XlsxError('xlsx.write.noSheet', { sheet: write.sheet });
    }
    // A layout's blocks are checked here, so that a malformed one changes nothing.
    for (const layout of plan.layouts ?? []) {
      const { merges, styles, validations = [] } = layout;
      for (const address of [...merges, ...styles.map((b) => b.address)]) layoutBlock(address);
      for (const v of validations) layoutBlock(v.range);
    }
    // A layout's reset block loses its merged areas before anything is written.
    const resets = (plan.layouts ?? [])
      .filter((l) => l.reset)
      .map((l) => ({ sheet: l.sheet.toLowerCase(), block: layoutBlock(l.reset!) }));
    for (const write of plan.writes) {
      const block = writeBlock(write);
      const sheet = this.sheetByName(write.sheet);
      if (!sheet?.part || created.has(write.sheet.toLowerCase())) continue;
      let merges = mergesBySheet.get(sheet.name);
      if (!merges) {
        merges = mergedAreas(frameText(await this.pkg.frame(sheet.part))).filter(
          (area) =>
            !resets.some(
              (r) => r.sheet === sheet.name.toLowerCase() && blocksOverlap(r.block, area),
            ),
        );
        mergesBySheet.set(sheet.name, merges);
      }
      for (let i = 0; i < write.values.length; i++) {
        for (let j = 0; j < write.values[i].length; j++) {
          const value = write.values[i][j];
          const row = block.top + i;
          const column = block.left + j;
          if (typeof value === 'number' && !Number.isFinite(value)) {
            throw new XlsxError('xlsx.write.badNumber', {
              cell: whereOf(sheet.name, cellAddress(row, column)),
            });
          }
          if (value === '' || value === null) continue;
          const area = merges.find(
            (m) => blockHolds(m, row, column) && (m.top !== row || m.left !== column),
          );
          if (area) {
            const where = whereOf(sheet.name, blockAddress(area));
            if (!mergedHits.includes(where)) mergedHits.push(where);
            mergedCells.push(whereOf(sheet.name, cellAddress(row, column)));
          }
        }
      }
    }
    if (mergedHits.length) {
      throw new XlsxError('xlsx.write.mergedCells', {
        cells: mergedCells.slice(0, 8).join('、') + (mergedCells.length > 8 ? '…' : ''),
        areas: mergedHits.join('、'),
      });
    }
  }

  private async applyChecked(plan: WritePlan): Promise<void> {
    for (const name of plan.deleteNames ?? [])
      this.editWorkbook((xml) => removeDefinedName(xml, name));
    for (const name of plan.deleteSheets ?? []) this.deleteSheet(name);
    for (const sheet of plan.createSheets) {
      if (!this.sheetByName(sheet.name)) this.createSheet(sheet.name, sheet.visibility);
    }
    const existing = new Set(
      this.pkg
        .names()
        .filter((n) => n.localSheetId === undefined)
        .map((n) => n.name.toLowerCase()),
    );
    for (const n of plan.createNames) {
      if (existing.has(n.name.toLowerCase())) continue;
      const target = parseNameFormula(n.reference);
      if (target.kind !== 'range') continue;
      const sheet = this.sheetByName(target.sheet)!;
      this.editWorkbook((xml) =>
        addDefinedName(xml, n.name, whereOf(sheet.name, absoluteAddress(target.block))),
      );
      existing.add(n.name.toLowerCase());
    }
    // By the file's row and column numbers (counted from 1), as the sheet part holds them.
    const bySheet = new Map<string, Map<number, Map<number, CellContent>>>();
    for (const write of plan.writes) {
      const sheet = this.sheetByName(write.sheet)!;
      const block = parseBlock(write.address)!;
      let cells = bySheet.get(sheet.name);
      if (!cells) bySheet.set(sheet.name, (cells = new Map()));
      write.values.forEach((row, i) => {
        const r = block.top + i + 1;
        let columns = cells!.get(r);
        if (!columns) cells!.set(r, (columns = new Map()));
        row.forEach((value, j) => {
          const formula = write.formulas?.[i]?.[j];
          const content: CellContent = { value };
          const format = write.numberFormats?.[i]?.[j];
          if (format !== undefined) content.numberFormat = format;
          if (formula) content.formula = formula.replace(/^=/, '');
          columns!.set(block.left + j + 1, content);
        });
      });
    }
    const layouts = plan.layouts ?? [];
    const heightsBySheet = new Map<string, Map<number, number>>();
    for (const layout of layouts) {
      const name = this.sheetByName(layout.sheet)!.name;
      if (!bySheet.has(name)) bySheet.set(name, new Map());
      restyleCells(bySheet.get(name)!, layout);
      const heights = heightsBySheet.get(name) ?? new Map<number, number>();
      for (const [row, height] of Object.entries(layout.rowHeights))
        heights.set(Number(row), height);
      heightsBySheet.set(name, heights);
    }
    const styles = this.pkg.styles();
    const formats = plan.conditionalFormats ?? [];
    const sheetsTouched = new Set([
      ...bySheet.keys(),
      ...formats.map((spec) => this.sheetByName(spec.sheet)!.name),
    ]);
    for (const name of sheetsTouched) {
      const part = this.sheetByName(name)!.part!;
      // Everything around the cells first (dimension, conditional formats), then the rows.
      const before = await this.pkg.frame(part);
      let xml = frameText(before);
      const cells = bySheet.get(name) ?? new Map<number, Map<number, CellContent>>();
      xml = withDimension(xml, cells);
      for (const spec of formats.filter((f) => f.sheet.toLowerCase() === name.toLowerCase())) {
        xml = applySheetConditionalFormat(xml, spec, (fill, font) => styles.dxf(fill, font));
      }
      for (const layout of layouts.filter((l) => l.sheet.toLowerCase() === name.toLowerCase())) {
        xml = layoutFrame(xml, layout);
      }
      const colStyles = columnStyles(xml);
      const out = new DeflatingWriter();
      const frame = splitFrame(xml);
      const outcome = await patchSheet(
        this.pkg.textChunks(part),
        frame,
        cells,
        {
          styleOf: (old, rowStyle, column, content) => {
            let style = content.clear
              ? 0
              : old
                ? old.style
                : (rowStyle ?? colStyles.get(column) ?? 0);
            if (content.numberFormat !== undefined) {
              style = styles.withFormat(style, content.numberFormat);
            }
            return content.look ? styles.withLook(style, content.look) : style;
          },
        },
        out,
        heightsBySheet.get(name),
      );
      if (outcome.replacedFormula) this.dropCalcChain = true;
      this.pkg.setDeflated(part, await out.end(), outcome.frame);
    }
    for (const layout of layouts) if (layout.print?.titleRows) this.setPrintTitles(layout);
    // plan.charts (评价结果's chart) are not drawn: the command line makes no results sheet.
    if (plan.writes.length) this.editWorkbook(requestFullCalculation);
    this.commitStyles();
    if (this.dropCalcChain) this.removeCalcChain();
  }

  /** The layout's print titles: the rows repeated on each page, a name local to its sheet. */
  private setPrintTitles(layout: SheetLayout): void {
    const sheet = this.sheetByName(layout.sheet)!;
    const index = this.pkg.sheets().findIndex((s) => s.name === sheet.name);
    const rows = layout.print!.titleRows!.split(':').map((row) => `$${row.trim()}`);
    const formula = `${quoteSheet(sheet.name)}!${rows.join(':')}`;
    const name = '_xlnm.Print_Titles';
    this.editWorkbook((xml) =>
      addDefinedName(removeDefinedName(xml, name, index), name, formula, index),
    );
  }

  private editWorkbook(edit: (xml: string) => string): void {
    const part = this.pkg.workbookPart;
    const before = this.pkg.text(part);
    const after = edit(before);
    if (after !== before) this.pkg.setText(part, after);
  }

  private editPart(part: string, edit: (xml: string) => string): void {
    const before = this.pkg.text(part);
    const after = edit(before);
    if (after !== before) this.pkg.setText(part, after);
  }

  private workbookRelsPart(): string {
    const part = relsPartOf(this.pkg.workbookPart);
    if (!this.pkg.has(part)) {
      this.pkg.setText(
        part,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      );
    }
    return part;
  }

  private createSheet(name: string, visibility: PackageSheet['visibility'] | undefined): void {
    const sheets = this.pkg.sheets();
    let n = sheets.length + 1;
    const folder = this.pkg.workbookPart.split('/').slice(0, -1).join('/');
    const partOf = (i: number): string => `${folder ? `${folder}/` : ''}worksheets/sheet${i}.xml`;
    while (this.pkg.has(partOf(n))) n++;
    const part = partOf(n);
    this.pkg.setText(part, EMPTY_SHEET);
    const relsPart = this.workbookRelsPart();
    const relId = freeRelationshipId(this.pkg.relationships(this.pkg.workbookPart));
    this.editPart(relsPart, (xml) =>
      addRelationship(xml, relId, REL_TYPES.worksheet, relativeTarget(this.pkg.workbookPart, part)),
    );
    this.editPart(CONTENT_TYPES, (xml) => addOverride(xml, part, WORKSHEET_CONTENT_TYPE));
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    this.editWorkbook((xml) => addSheetElement(xml, { name, sheetId, relId, visibility }));
  }

  private deleteSheet(name: string): void {
    const sheet = this.sheetByName(name)!;
    const index = this.pkg.sheets().findIndex((s) => s.name === sheet.name);
    this.editWorkbook((xml) => removeSheetElement(xml, index));
    this.editPart(relsPartOf(this.pkg.workbookPart), (xml) => removeRelationship(xml, sheet.relId));
    if (sheet.part) {
      this.editPart(CONTENT_TYPES, (xml) => removeOverride(xml, sheet.part!));
      this.pkg.remove(sheet.part);
      if (this.pkg.has(relsPartOf(sheet.part))) this.pkg.remove(relsPartOf(sheet.part));
    }
    this.dropCalcChain = true;
  }

  /** Writes the styles part when something was appended (creating it when the file had none). */
  private commitStyles(): void {
    const styles = this.pkg.styles();
    if (!styles.changed) return;
    let part = this.pkg.stylesPart();
    if (!part) {
      const folder = this.pkg.workbookPart.split('/').slice(0, -1).join('/');
      part = `${folder ? `${folder}/` : ''}styles.xml`;
      const relsPart = this.workbookRelsPart();
      const relId = freeRelationshipId(this.pkg.relationships(this.pkg.workbookPart));
      const target = relativeTarget(this.pkg.workbookPart, part);
      this.editPart(relsPart, (xml) => addRelationship(xml, relId, REL_TYPES.styles, target));
      this.editPart(CONTENT_TYPES, (xml) => addOverride(xml, part!, STYLES_CONTENT_TYPE));
    }
    this.pkg.setText(part, styles.toXml());
    styles.changed = false;
  }

  /**
   * The calculation chain lists the cells holding formulas; once a formula cell is written
   * with a value (or a sheet goes) it is out of date, and spreadsheets rebuild it when absent.
   */
  private removeCalcChain(): void {
    const rel = this.pkg
      .relationships(this.pkg.workbookPart)
      .find((r) => r.type.endsWith('/calcChain'));
    if (!rel?.part) return;
    this.editPart(relsPartOf(this.pkg.workbookPart), (xml) => removeRelationship(xml, rel.id));
    this.editPart(CONTENT_TYPES, (xml) => removeOverride(xml, rel.part!));
    if (this.pkg.has(rel.part)) this.pkg.remove(rel.part);
  }

  /** The package's bytes as they are now. */
  toBuffer(): Buffer {
    return this.pkg.toBuffer();
  }
}

/** A sheet's text around its rows, as one text (what the frame's edits and reads work on). */
function frameText(frame: SheetFrame): string {
  return frame.head + frame.tail;
}

/** A frame's text cut back where the rows go (just after the <sheetData> start tag). */
function splitFrame(xml: string): SheetFrame {
  const span = sheetDataSpan(xml);
  const at = span.selfClosing ? span.end : span.start;
  return { head: xml.slice(0, at), tail: xml.slice(at) };
}

/** The sheet's <dimension> widened to cover the written cells. */
function withDimension(xml: string, cells: Map<number, Map<number, CellContent>>): string {
  const m = /<(\w+:)?dimension\b([^>]*?)\/>/.exec(xml);
  if (!m) return xml;
  const ref = /\bref\s*=\s*"([^"]*)"/.exec(m[2])?.[1];
  const block = ref ? parseBlock(ref) : null;
  if (!block) return xml;
  const grown = { ...block };
  for (const [row, columns] of cells) {
    for (const column of columns.keys()) {
      grown.top = Math.min(grown.top, row - 1);
      grown.bottom = Math.max(grown.bottom, row - 1);
      grown.left = Math.min(grown.left, column - 1);
      grown.right = Math.max(grown.right, column - 1);
    }
  }
  if (blockAddress(grown) === blockAddress(block)) return xml;
  const tag = `<${m[1] ?? ''}dimension ref="${blockAddress(grown)}"/>`;
  return xml.slice(0, m.index) + tag + xml.slice(m.index + m[0].length);
}

/**
 * A layout's cells in the cells to patch (1-based): those of its reset block have their formats
 * cleared, those of its styled blocks take the look; a cell not written keeps its content.
 */
function restyleCells(cells: Map<number, Map<number, CellContent>>, layout: SheetLayout): void {
  const each = (address: string, change: (content: CellContent) => void): void => {
    const block = layoutBlock(address);
    for (let r = block.top + 1; r <= block.bottom + 1; r++) {
      let columns = cells.get(r);
      if (!columns) cells.set(r, (columns = new Map()));
      for (let c = block.left + 1; c <= block.right + 1; c++) {
        let content = columns.get(c);
        if (!content) columns.set(c, (content = { value: null, keep: true }));
        change(content);
      }
    }
  };
  if (layout.reset) each(layout.reset, (content) => (content.clear = true));
  for (const { address, style } of layout.styles) {
    each(
      address,
      (content) => (content.look = content.look ? { ...content.look, ...style } : style),
    );
  }
}
