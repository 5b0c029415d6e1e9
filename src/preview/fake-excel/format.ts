/**
 * Range.format of the fake Excel: RangeFormat (column width, row height, alignment, wrap),
 * RangeFont, RangeFill and RangeBorderCollection / RangeBorder, kept per cell in the sheet
 * model (SheetModel.formats, columnWidths, rowHeights). Like Office.js:
 *
 * - writes are queued and applied at sync(), bad values fail there with InvalidArgument;
 * - reads need load() + sync() (PropertyNotLoaded otherwise); a property that differs across
 *   the range reads as null ("not uniform"), as Excel answers;
 * - a border line between two cells is one line: a cell's bottom edge reads the cell below's
 *   top edge when it has none of its own.
 */
import { type Block, heightOf, widthOf } from '../../workbook/a1';
import { ErrorCodes, FakeExcelError, invalidArgument } from './errors';
import {
  type BorderLine,
  type CellFormat,
  type CellSide,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type SheetModel,
} from './model';
import { FakeClientObject, type FakeRequestContext } from './proxy';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Block;
}

/** A protected sheet refuses writes with AccessDenied. */
export function checkWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new FakeExcelError(
      ErrorCodes.accessDenied,
      'The cell or chart you are trying to change is protected and therefore read-only.',
    );
  }
}

/** The fake models cell formats cell by cell: whole-column formats are out of its scope. */
const MAX_FORMATTED_CELLS = 1_000_000;

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const LINE_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const NO_LINE: BorderLine = { style: 'None', weight: 'Thin', color: '#000000' };

/** "#d9e1f2" → "#D9E1F2"; a colour name ("red") as given; undefined when it is neither. */
function color(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  return /^[a-z]+$/i.test(value) ? value : undefined;
}

function oneOf(list: string[], value: unknown, what: string): string {
  if (typeof value !== 'string' || !list.includes(value))
    throw invalidArgument(`"${String(value)}" is not a valid ${what}.`);
  return value;
}

/** The value when every cell of the range has the same, else null. */
function uniform<V>(target: RangeTarget, read: (format: CellFormat | undefined) => V): V | null {
  const { sheet, rect } = target;
  const values: V[] = [];
  let stored = 0;
  for (const [row, line] of sheet.formats) {
    if (row < rect.top || row > rect.bottom) continue;
    for (const [column, format] of line) {
      if (column < rect.left || column > rect.right) continue;
      stored += 1;
      values.push(read(format));
    }
  }
  if (stored < heightOf(rect) * widthOf(rect)) values.push(read(undefined));
  return values.every((v) => v === values[0]) ? values[0] : null;
}

/** Changes the format of every cell of the range. */
function update(target: RangeTarget, change: (format: CellFormat) => CellFormat): void {
  const { sheet, rect } = target;
  checkWritable(sheet);
  if (heightOf(rect) * widthOf(rect) > MAX_FORMATTED_CELLS)
    throw invalidArgument('The fake Excel does not model formats of whole rows or columns.');
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      sheet.setFormat(r, c, change({ ...(sheet.format(r, c) ?? {}) }));
    }
  }
}

const FORMAT_PROPERTIES = [
  'columnWidth',
  'rowHeight',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapText',
] as const;

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private fontProxy: FakeRangeFont | undefined;
  private fillProxy: FakeRangeFill | undefined;
  private bordersProxy: FakeRangeBorderCollection | undefined;

  constructor(context: FakeRequestContext, resolver: () => RangeTarget) {
    super(context, 'RangeFormat', FORMAT_PROPERTIES, resolver);
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    switch (property) {
      case 'columnWidth': {
        const widths = new Set<number>();
        for (let c = rect.left; c <= rect.right; c++) {
          widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
          if (widths.size > 1) return null;
        }
        return [...widths][0];
      }
      case 'rowHeight': {
        const heights = new Set<number>();
        for (let r = rect.top; r <= rect.bottom; r++) {
          heights.add(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
          if (heights.size > 1) return null;
        }
        return [...heights][0];
      }
      case 'horizontalAlignment':
        return uniform(target, (f) => f?.horizontalAlignment ?? 'General');
      case 'verticalAlignment':
        return uniform(target, (f) => f?.verticalAlignment ?? 'Bottom');
      case 'wrapText':
        return uniform(target, (f) => f?.wrapText ?? false);
      default:
        return undefined;
    }
  }

  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, ({ sheet, rect }) => {
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
        throw invalidArgument(`"${String(points)}" is not a column width.`);
      checkWritable(sheet);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return this.loadedValue('rowHeight');
  }
  set rowHeight(points: number) {
    this.queueSet('rowHeight', points, ({ sheet, rect }) => {
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 409)
        throw invalidArgument(`"${String(points)}" is not a row height (0 to 409 points).`);
      checkWritable(sheet);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get horizontalAlignment(): string {
    return this.loadedValue('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.queueSet('horizontalAlignment', value, (target) => {
      const alignment = oneOf(HORIZONTAL, value, 'horizontal alignment');
      update(target, (f) => ({ ...f, horizontalAlignment: alignment }));
    });
  }

  get verticalAlignment(): string {
    return this.loadedValue('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.queueSet('verticalAlignment', value, (target) => {
      const alignment = oneOf(VERTICAL, value, 'vertical alignment');
      update(target, (f) => ({ ...f, verticalAlignment: alignment }));
    });
  }

  get wrapText(): boolean {
    return this.loadedValue('wrapText');
  }
  set wrapText(value: boolean) {
    this.queueSet('wrapText', value, (target) => {
      if (typeof value !== 'boolean') throw invalidArgument('wrapText must be true or false.');
      update(target, (f) => ({ ...f, wrapText: value }));
    });
  }

  /** Navigation properties: no load needed, one proxy per format (as Office.js). */
  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, () => this.require());
    return this.fontProxy;
  }
  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.context, () => this.require());
    return this.fillProxy;
  }
  get borders(): FakeRangeBorderCollection {
    this.bordersProxy ??= new FakeRangeBorderCollection(this.context, () => this.require());
    return this.bordersProxy;
  }
}

const FONT_PROPERTIES = ['bold', 'size', 'color', 'name'] as const;

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget) {
    super(context, 'RangeFont', FONT_PROPERTIES, resolver);
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    switch (property) {
      case 'bold':
        return uniform(target, (f) => f?.bold ?? false);
      case 'size':
        return uniform(target, (f) => f?.fontSize ?? 11);
      case 'color':
        return uniform(target, (f) => f?.fontColor ?? '#000000');
      case 'name':
        return uniform(target, (f) => f?.fontName ?? 'Calibri');
      default:
        return undefined;
    }
  }

  get bold(): boolean {
    return this.loadedValue('bold');
  }
  set bold(value: boolean) {
    this.queueSet('bold', value, (target) => {
      if (typeof value !== 'boolean') throw invalidArgument('bold must be true or false.');
      update(target, (f) => ({ ...f, bold: value }));
    });
  }

  get size(): number {
    return this.loadedValue('size');
  }
  set size(value: number) {
    this.queueSet('size', value, (target) => {
      if (typeof value !== 'number' || !(value >= 1 && value <= 409))
        throw invalidArgument(`"${String(value)}" is not a font size.`);
      update(target, (f) => ({ ...f, fontSize: value }));
    });
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.queueSet('color', value, (target) => {
      const fontColor = color(value);
      if (!fontColor) throw invalidArgument(`"${String(value)}" is not a colour.`);
      update(target, (f) => ({ ...f, fontColor }));
    });
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (target) => {
      if (typeof value !== 'string' || value === '') throw invalidArgument('No font name.');
      update(target, (f) => ({ ...f, fontName: value }));
    });
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget) {
    super(context, 'RangeFill', ['color'], resolver);
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    // Excel reads a cell without fill as white.
    return property === 'color' ? uniform(target, (f) => f?.fill ?? '#FFFFFF') : undefined;
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.queueSet('color', value, (target) => {
      const fill = color(value);
      if (!fill) throw invalidArgument(`"${String(value)}" is not a colour.`);
      update(target, (f) => ({ ...f, fill }));
    });
  }

  /** Removes the fill. */
  clear(): void {
    this.queueCall('clear', (target) =>
      update(target, (f) => {
        delete f.fill;
        return f;
      }),
    );
  }
}

type BorderIndex =
  | 'EdgeTop'
  | 'EdgeBottom'
  | 'EdgeLeft'
  | 'EdgeRight'
  | 'InsideVertical'
  | 'InsideHorizontal'
  | 'DiagonalDown'
  | 'DiagonalUp';

const BORDER_INDEXES: BorderIndex[] = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

/** The cell sides a border index draws: [row, column, side] of each. */
function sidesOf(index: BorderIndex, rect: Block): [number, number, CellSide][] {
  const out: [number, number, CellSide][] = [];
  const bottom = rect.bottom;
  const right = rect.right;
  for (let r = rect.top; r <= bottom; r++) {
    for (let c = rect.left; c <= right; c++) {
      if (index === 'EdgeTop' && r === rect.top) out.push([r, c, 'top']);
      if (index === 'EdgeBottom' && r === bottom) out.push([r, c, 'bottom']);
      if (index === 'EdgeLeft' && c === rect.left) out.push([r, c, 'left']);
      if (index === 'EdgeRight' && c === right) out.push([r, c, 'right']);
      if (index === 'InsideHorizontal' && r < bottom) out.push([r, c, 'bottom']);
      if (index === 'InsideVertical' && c < right) out.push([r, c, 'right']);
      if (index === 'DiagonalDown') out.push([r, c, 'diagonalDown']);
      if (index === 'DiagonalUp') out.push([r, c, 'diagonalUp']);
    }
  }
  return out;
}

const OPPOSITE: Partial<Record<CellSide, [number, number, CellSide]>> = {
  top: [-1, 0, 'bottom'],
  bottom: [1, 0, 'top'],
  left: [0, -1, 'right'],
  right: [0, 1, 'left'],
};

/** The line on one side of a cell: its own, else the neighbour's facing side. */
export function lineAt(sheet: SheetModel, row: number, column: number, side: CellSide): BorderLine {
  const own = sheet.format(row, column)?.borders?.[side];
  if (own) return own;
  const facing = OPPOSITE[side];
  if (!facing) return NO_LINE;
  const [dr, dc, other] = facing;
  return sheet.format(row + dr, column + dc)?.borders?.[other] ?? NO_LINE;
}

const BORDER_PROPERTIES = ['style', 'weight', 'color', 'sideIndex'] as const;

export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => RangeTarget,
    private readonly index: BorderIndex,
  ) {
    super(context, 'RangeBorder', BORDER_PROPERTIES, () => {
      const target = resolver();
      if (!BORDER_INDEXES.includes(index))
        throw invalidArgument(`"${String(index)}" is not a border index.`);
      return target;
    });
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    if (property === 'sideIndex') return this.index;
    if (property !== 'style' && property !== 'weight' && property !== 'color') return undefined;
    if (heightOf(target.rect) * widthOf(target.rect) > MAX_FORMATTED_CELLS) return null;
    const lines = sidesOf(this.index, target.rect).map(
      ([r, c, side]) => lineAt(target.sheet, r, c, side)[property],
    );
    if (lines.length === 0) return NO_LINE[property];
    return lines.every((v) => v === lines[0]) ? lines[0] : null;
  }

  private set(property: keyof BorderLine, value: string): void {
    this.queueSet(property, value, ({ sheet, rect }) => {
      checkWritable(sheet);
      if (heightOf(rect) * widthOf(rect) > MAX_FORMATTED_CELLS)
        throw invalidArgument('The fake Excel does not model formats of whole rows or columns.');
      for (const [r, c, side] of sidesOf(this.index, rect)) {
        const format = { ...(sheet.format(r, c) ?? {}) };
        const borders = { ...(format.borders ?? {}) };
        borders[side] = { ...lineAt(sheet, r, c, side), [property]: value };
        sheet.setFormat(r, c, { ...format, borders });
      }
    });
  }

  get sideIndex(): string {
    return this.loadedValue('sideIndex');
  }
  get style(): string {
    return this.loadedValue('style');
  }
  set style(value: string) {
    if (!LINE_STYLES.includes(value)) {
      this.queueSet('style', value, () => oneOf(LINE_STYLES, value, 'border style'));
      return;
    }
    this.set('style', value);
  }
  get weight(): string {
    return this.loadedValue('weight');
  }
  set weight(value: string) {
    if (!WEIGHTS.includes(value)) {
      this.queueSet('weight', value, () => oneOf(WEIGHTS, value, 'border weight'));
      return;
    }
    this.set('weight', value);
  }
  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    const normalized = color(value);
    if (!normalized) {
      this.queueSet('color', value, () => {
        throw invalidArgument(`"${String(value)}" is not a colour.`);
      });
      return;
    }
    this.set('color', normalized);
  }
}

export class FakeRangeBorderCollection {
  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => RangeTarget,
  ) {}

  /** One side of the range: InvalidArgument at sync() for an unknown index. */
  getItem(index: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.resolver, index);
  }
}
