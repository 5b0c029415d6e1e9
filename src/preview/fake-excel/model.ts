/**
 * The in-memory workbook behind the fake Excel: sheets of sparse cells (value, formula, number
 * format), merged areas, sheet visibility and protection, workbook-scoped defined names, the
 * selection. Sheet and defined names are matched case-insensitively, as in Excel.
 */
import {
  type Block,
  absoluteAddress,
  blockAddress,
  parseBlock,
  splitSheet,
  whereOf,
} from '../../workbook/a1';
import { type CellValue, type FakeCell, isEmptyCell } from './cells';
import type { ChartModel } from './charts';
import type { ConditionalFormatModel } from './conditional-formats';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** One side of a cell's border, as Office.js's RangeBorder gives it. */
export interface BorderLine {
  style: string;
  weight: string;
  color: string;
}

export type CellSide = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

/**
 * A cell's format besides its number format (Range.format): absent properties are Excel's
 * defaults (Calibri 11 not bold, no fill, General/Bottom alignment, no wrap, no borders).
 */
export interface CellFormat {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  /** "#D9E1F2"; absent: no fill. */
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<CellSide, BorderLine>>;
}

/** Excel's default column width: 8.43 characters, 64 pixels = 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

export class SheetModel {
  name: string;
  visibility: SheetVisibility = 'Visible';
  /** A protected sheet refuses writes with AccessDenied. */
  protected = false;
  readonly id: string;
  /** row → column → cell */
  readonly rows = new Map<number, Map<number, FakeCell>>();
  readonly merges: Block[] = [];
  /** row → column → format (fonts, fill, alignment, borders); number formats are in cells. */
  readonly formats = new Map<number, Map<number, CellFormat>>();
  /** Column widths in points, by 0-based column (absent: DEFAULT_COLUMN_WIDTH). */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by 0-based row (absent: DEFAULT_ROW_HEIGHT). */
  readonly rowHeights = new Map<number, number>();
  /** Charts, in the order added (worksheet.charts: charts.ts). */
  readonly charts: ChartModel[] = [];
  /** Conditional formats, in priority order (Range.conditionalFormats: conditional-formats.ts). */
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  /** Names scoped to this sheet (Excel makes them when a sheet is copied), by lower-case name. */
  readonly names = new Map<string, NameModel>();

  constructor(name: string, id: string) {
    this.name = name;
    this.id = id;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.rows.get(row)?.get(column);
  }

  format(row: number, column: number): CellFormat | undefined {
    return this.formats.get(row)?.get(column);
  }

  /** Sets (or, with an empty format, removes) the format of one cell. */
  setFormat(row: number, column: number, format: CellFormat): void {
    let line = this.formats.get(row);
    if (Object.keys(format).length === 0) {
      line?.delete(column);
      if (line && line.size === 0) this.formats.delete(row);
      return;
    }
    if (!line) {
      line = new Map();
      this.formats.set(row, line);
    }
    line.set(column, format);
  }

  /** Removes the formats of every cell inside the rectangle (Range.clear "Formats"). */
  clearFormats(rect: Block): void {
    for (const [row, line] of [...this.formats]) {
      if (row < rect.top || row > rect.bottom) continue;
      for (const column of [...line.keys()]) {
        if (column >= rect.left && column <= rect.right) line.delete(column);
      }
      if (line.size === 0) this.formats.delete(row);
    }
  }

  setCell(row: number, column: number, cell: FakeCell): void {
    const blank = isEmptyCell(cell) && (cell.numberFormat ?? 'General') === 'General';
    let line = this.rows.get(row);
    if (blank) {
      line?.delete(column);
      if (line && line.size === 0) this.rows.delete(row);
      return;
    }
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    line.set(column, cell);
  }

  /**
   * The used range: the smallest rectangle holding every cell with a value or formula and,
   * unless valuesOnly, every cell with a number format other than General or another format
   * (fill, font, borders...), as Excel. Null when empty.
   */
  usedRect(valuesOnly = false): Block | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (row: number, column: number): void => {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    };
    for (const [row, line] of this.rows) {
      for (const [column, cell] of line) {
        if (valuesOnly && isEmptyCell(cell)) continue;
        include(row, column);
      }
    }
    if (!valuesOnly) {
      for (const [row, line] of this.formats)
        for (const column of line.keys()) include(row, column);
    }
    if (bottom < 0) return null;
    return { top, left, bottom, right };
  }
}

export interface NameModel {
  name: string;
  /** The name's formula as Excel holds it: "=绩效指标!$A$1:$P$12", "=#REF!$A$1", "=10". */
  formula: string;
  visible: boolean;
  comment: string;
}

/** Excel's NamedItem.type values the fake produces. */
export type NamedItemType = 'Range' | 'Error' | 'String' | 'Double' | 'Boolean' | 'Array';

export interface ResolvedName {
  type: NamedItemType;
  /** NamedItem.value: "Sheet!$A$1:$B$2" for a range, "#REF!" for an error, the constant. */
  value: string | number | boolean;
  /** Set when the name refers to exactly one rectangle on an existing sheet. */
  range?: { sheet: SheetModel; rect: Block };
  /** The name refers to several areas ("=A!$A$1,A!$C$3"). */
  multipleAreas?: boolean;
}

/** What Excel accepts as a defined name: letters (any script), digits, _ . \ ; not a cell. */
export function isValidDefinedName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R|C|R\d*C\d*)$/i.test(name) &&
    name.length <= 255
  );
}

/** What Excel accepts as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

function parseConstant(
  text: string,
): { type: NamedItemType; value: string | number | boolean } | null {
  if (/^"(?:[^"]|"")*"$/.test(text))
    return { type: 'String', value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text))
    return { type: 'Double', value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { type: 'Boolean', value: /^TRUE$/i.test(text) };
  return null;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, NameModel>();
  selection: { sheet: SheetModel; rect: Block } | null = null;
  activeSheet: SheetModel | null = null;
  private nextSheetId = 1;

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** Adds a sheet at the end (the caller checks the name). */
  addSheet(name: string, visibility: SheetVisibility = 'Visible'): SheetModel {
    const sheet = new SheetModel(name, `{fake-sheet-${this.nextSheetId++}}`);
    sheet.visibility = visibility;
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /**
   * Deletes a sheet the way Excel does: defined names that referred to it now refer to #REF!
   * ("=#REF!$A$1:$P$12").
   */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) return;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const entry of this.names.values()) {
      const resolved = this.resolveName(entry, sheet);
      if (resolved.range?.sheet === sheet)
        entry.formula = `=#REF!${absoluteAddress(resolved.range.rect)}`;
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  name(name: string): NameModel | undefined {
    return this.names.get(name.toLowerCase());
  }

  /** Adds or replaces a defined name; `formula` with or without the leading "=". */
  setName(name: string, formula: string, visible = true, comment = ''): NameModel {
    const entry: NameModel = {
      name,
      formula: formula.startsWith('=') ? formula : `=${formula}`,
      visible,
      comment,
    };
    this.names.set(name.toLowerCase(), entry);
    return entry;
  }

  /** What a defined name refers to now. `deleted` is treated as still existing (deleteSheet). */
  resolveName(entry: NameModel, deleted?: SheetModel): ResolvedName {
    const text = entry.formula.replace(/^=/, '').trim();
    if (text.includes('#REF!')) return { type: 'Error', value: '#REF!' };
    const constant = parseConstant(text);
    if (constant) return constant;
    if (text.includes(',')) {
      return { type: 'Range', value: text, multipleAreas: true };
    }
    const { sheet: sheetName, address } = splitSheet(text);
    const rect = parseBlock(address);
    const sheet =
      sheetName === null
        ? undefined
        : deleted && deleted.name.toLowerCase() === sheetName.toLowerCase()
          ? deleted
          : this.sheet(sheetName);
    if (!rect || !sheet) return { type: 'Error', value: '#REF!' };
    return {
      type: 'Range',
      value: whereOf(sheet.name, absoluteAddress(rect)),
      range: { sheet, rect },
    };
  }

  /**
   * Inserts `count` empty rows before the 0-based row `before`, as Excel's Insert does: cells
   * and merged areas below move down; a defined name on this sheet below moves down, and one
   * spanning the insertion point grows.
   */
  insertRows(sheetName: string, before: number, count: number): void {
    const sheet = this.sheet(sheetName);
    if (!sheet || count <= 0) return;
    const moved = [...sheet.rows.entries()].filter(([row]) => row >= before);
    for (const [row] of moved) sheet.rows.delete(row);
    for (const [row, line] of moved) sheet.rows.set(row + count, line);
    // Formats and row heights move with their rows.
    const movedFormats = [...sheet.formats.entries()].filter(([row]) => row >= before);
    for (const [row] of movedFormats) sheet.formats.delete(row);
    for (const [row, line] of movedFormats) sheet.formats.set(row + count, line);
    const movedHeights = [...sheet.rowHeights.entries()].filter(([row]) => row >= before);
    for (const [row] of movedHeights) sheet.rowHeights.delete(row);
    for (const [row, height] of movedHeights) sheet.rowHeights.set(row + count, height);
    const shift = (rect: Block): Block => {
      if (rect.top >= before)
        return { ...rect, top: rect.top + count, bottom: rect.bottom + count };
      if (rect.bottom >= before) return { ...rect, bottom: rect.bottom + count };
      return rect;
    };
    sheet.merges.splice(0, sheet.merges.length, ...sheet.merges.map(shift));
    for (const entry of this.names.values()) {
      const resolved = this.resolveName(entry);
      if (resolved.range?.sheet !== sheet) continue;
      entry.formula = `=${whereOf(sheet.name, absoluteAddress(shift(resolved.range.rect)))}`;
    }
  }

  // ---- conveniences for tests and loaders (not part of the Excel API) ----

  /** Sets one cell: a value (number, text, boolean) and optionally formula and number format. */
  setCell(
    sheetName: string,
    address: string,
    content: { value?: CellValue; formula?: string; numberFormat?: string; error?: boolean },
  ): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const rect = parseBlock(address);
    if (!rect) throw new Error(`not a cell address: ${address}`);
    sheet.setCell(rect.top, rect.left, {
      value: content.value ?? '',
      formula: content.formula,
      numberFormat: content.numberFormat,
      error: content.error,
    });
  }

  /** The cell at "Sheet!A1" (or sheet + address), undefined when empty. */
  getCell(sheetName: string, address: string): FakeCell | undefined {
    const rect = parseBlock(address);
    const sheet = this.sheet(sheetName);
    if (!rect || !sheet) return undefined;
    return sheet.cell(rect.top, rect.left);
  }

  /** The address of a rectangle as Excel's Range.address shows it. */
  static address(sheet: SheetModel, rect: Block): string {
    return whereOf(sheet.name, blockAddress(rect));
  }
}
