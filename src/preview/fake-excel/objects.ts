/**
 * The fake Excel API objects (the subset PerfScore uses), over a WorkbookModel.
 * Names follow Office.js: Workbook, WorksheetCollection, Worksheet, Range, NamedItemCollection,
 * NamedItem. Enum values are their strings ("Hidden", "Range", "Double"...).
 */
import {
  type Block,
  MAX_COLUMNS,
  MAX_ROWS,
  absoluteAddress,
  blockAddress,
  blocksOverlap,
  cellBlock,
  heightOf,
  parseBlock,
  whereOf,
  widthOf,
} from '../../workbook/a1';
import { type FakeCell, displayText, valueType, writeCellFormula, writeCellValue } from './cells';
import { FakeChartCollection } from './charts';
import { FakeConditionalFormatCollection } from './conditional-formats';
import { ErrorCodes, FakeExcelError, invalidArgument, propertyNotLoaded } from './errors';
import { FakeRangeFormat, type RangeTarget, checkWritable } from './format';
import {
  type NameModel,
  type SheetModel,
  type SheetVisibility,
  type WorkbookModel,
  isValidDefinedName,
  isValidSheetName,
} from './model';
import {
  FakeClientObject,
  type FakeRequestContext,
  type LoadOption,
  parseLoadOption,
} from './proxy';

const RANGE_PROPERTIES = [
  'address',
  'addressLocal',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'cellCount',
  'values',
  'formulas',
  'numberFormat',
  'text',
  'valueTypes',
] as const;

function checkRect(rect: Block): Block {
  if (
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom < rect.top ||
    rect.right < rect.left ||
    rect.bottom >= MAX_ROWS ||
    rect.right >= MAX_COLUMNS
  ) {
    throw invalidArgument('The argument is invalid or missing or has an incorrect format.');
  }
  return rect;
}

function grid<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] {
  const { sheet, rect } = target;
  const out: V[][] = [];
  for (let r = 0; r < heightOf(rect); r++) {
    const line = sheet.rows.get(rect.top + r);
    const row: V[] = [];
    for (let c = 0; c < widthOf(rect); c++) row.push(read(line?.get(rect.left + c)));
    out.push(row);
  }
  return out;
}

/** Writes a scalar or a 2-D array into every cell of the range, after a shape check. */
function writeBlock(
  target: RangeTarget,
  input: unknown,
  write: (cell: FakeCell, value: unknown) => FakeCell | undefined,
): void {
  const { sheet, rect } = target;
  checkWritable(sheet);
  const scalar = !Array.isArray(input);
  if (!scalar) {
    const rows = input as unknown[];
    if (
      rows.length !== heightOf(rect) ||
      rows.some((row) => !Array.isArray(row) || row.length !== widthOf(rect))
    ) {
      throw invalidArgument(
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  }
  // Validate everything first, so a bad value leaves the range untouched.
  const next: (FakeCell | undefined)[][] = [];
  for (let r = 0; r < heightOf(rect); r++) {
    const row: (FakeCell | undefined)[] = [];
    for (let c = 0; c < widthOf(rect); c++) {
      const value = scalar ? input : (input as unknown[][])[r][c];
      const before = sheet.cell(rect.top + r, rect.left + c) ?? { value: '' };
      const after = write(before, value);
      if (after === undefined)
        throw invalidArgument(`The value at row ${r}, column ${c} cannot be written.`);
      row.push(after === before ? undefined : after);
    }
    next.push(row);
  }
  next.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) sheet.setCell(rect.top + r, rect.left + c, cell);
    }),
  );
}

function writeFormat(cell: FakeCell, format: unknown): FakeCell | undefined {
  if (format === null) return cell;
  if (typeof format !== 'string') return undefined;
  return { ...cell, numberFormat: format === 'General' || format === '' ? undefined : format };
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | undefined;

  constructor(
    context: FakeRequestContext,
    resolver: () => RangeTarget | null,
    orNullObject = false,
  ) {
    super(context, 'Range', RANGE_PROPERTIES, resolver, orNullObject);
  }

  protected readProperty(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    switch (property) {
      case 'address':
      case 'addressLocal':
        return whereOf(sheet.name, blockAddress(rect));
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return heightOf(rect);
      case 'columnCount':
        return widthOf(rect);
      case 'cellCount':
        return heightOf(rect) * widthOf(rect);
      case 'values':
        return grid(target, (cell) => cell?.value ?? '');
      case 'formulas':
        return grid(target, (cell) => cell?.formula ?? cell?.value ?? '');
      case 'numberFormat':
        return grid(target, (cell) => cell?.numberFormat ?? 'General');
      case 'text':
        return grid(target, displayText);
      case 'valueTypes':
        return grid(target, valueType);
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get addressLocal(): string {
    return this.loadedValue('addressLocal');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get cellCount(): number {
    return this.loadedValue('cellCount');
  }
  get text(): string[][] {
    return this.loadedValue('text');
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(input: unknown[][]) {
    this.queueSet('values', input, (target) => writeBlock(target, input, writeCellValue));
  }

  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(input: unknown[][]) {
    this.queueSet('formulas', input, (target) => writeBlock(target, input, writeCellFormula));
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.queueSet('numberFormat', input, (target) => writeBlock(target, input, writeFormat));
  }

  /** Fonts, fill, alignment, borders, column width and row height (format.ts). */
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, () => this.require());
    return this.formatProxy;
  }

  /** Conditional formats of the range (ExcelApi 1.6: conditional-formats.ts). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.require());
  }

  /** The worksheet holding the range (a navigation property: no load needed). */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.require().sheet);
  }

  private derived(change: (rect: Block) => Block): FakeRange {
    return new FakeRange(this.context, () => {
      const target = this.require();
      return { sheet: target.sheet, rect: checkRect(change(target.rect)) };
    });
  }

  /** The cell at (row, column) relative to the range's top-left cell. */
  getCell(row: number, column: number): FakeRange {
    return this.derived((rect) => cellBlock(rect.top + row, rect.left + column));
  }

  /** One row of the range (0-based, relative to its top row). */
  getRow(row: number): FakeRange {
    return this.derived((rect) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }

  /**
   * The smallest range holding this one and `other` (same sheet, else InvalidArgument). Office.js
   * uses it to split a large values array into blocks of rows.
   */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = this.require();
      const b = other.require();
      if (a.sheet !== b.sheet) throw invalidArgument('The ranges are on different sheets.');
      return {
        sheet: a.sheet,
        rect: {
          top: Math.min(a.rect.top, b.rect.top),
          left: Math.min(a.rect.left, b.rect.left),
          bottom: Math.max(a.rect.bottom, b.rect.bottom),
          right: Math.max(a.rect.right, b.rect.right),
        },
      };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((rect) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((rect) => ({
      top: rect.top + rowOffset,
      left: rect.left + columnOffset,
      bottom: rect.bottom + rowOffset,
      right: rect.right + columnOffset,
    }));
  }

  /** Selects the range (and activates its sheet). */
  select(): void {
    this.queueCall('select', (target) => {
      if (target.sheet.visibility !== 'Visible') {
        throw new FakeExcelError(
          ErrorCodes.invalidOperation,
          'This operation is not permitted for the current object.',
        );
      }
      workbookOf(this).selection = { sheet: target.sheet, rect: target.rect };
      workbookOf(this).activeSheet = target.sheet;
    });
  }

  /**
   * Merges the range into one area (across: one area per row). As Excel: merged areas it
   * overlaps are replaced, only the top-left value of each new area is kept, and a single cell
   * is not merged.
   */
  /**
   * The merged areas overlapping the range, or a null object when there are none
   * (ExcelApi 1.13): a RangeAreas whose `address` lists them ("Sheet!A1:B2, Sheet!C3:C9").
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const target = this.resolve();
        if (target === null) return null;
        const areas = target.sheet.merges.filter((m) => blocksOverlap(m, target.rect));
        return areas.length ? { sheet: target.sheet, areas } : null;
      },
      true,
    );
  }

  merge(across = false): void {
    this.queueCall('merge', (target) => {
      checkWritable(target.sheet);
      const { sheet, rect } = target;
      const areas = across
        ? Array.from({ length: heightOf(rect) }, (_, r) => ({
            ...rect,
            top: rect.top + r,
            bottom: rect.top + r,
          }))
        : [{ ...rect }];
      removeMerges(sheet, rect);
      for (const area of areas) {
        if (heightOf(area) === 1 && widthOf(area) === 1) continue;
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const cell = sheet.cell(r, c);
            if ((r !== area.top || c !== area.left) && cell)
              sheet.setCell(r, c, { value: '', numberFormat: cell.numberFormat });
          }
        }
        sheet.merges.push(area);
      }
    });
  }

  /** Undoes every merged area that overlaps the range (ExcelApi 1.2). */
  unmerge(): void {
    this.queueCall('unmerge', (target) => {
      checkWritable(target.sheet);
      removeMerges(target.sheet, target.rect);
    });
  }

  /** Clears values and formulas (applyTo "Contents") or everything ("All", the default). */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.queueCall('clear', (target) => {
      checkWritable(target.sheet);
      const { sheet, rect } = target;
      if (applyTo !== 'Contents') sheet.clearFormats(rect);
      for (let r = 0; r < heightOf(rect); r++) {
        for (let c = 0; c < widthOf(rect); c++) {
          const cell = sheet.cell(rect.top + r, rect.left + c);
          if (!cell) continue;
          if (applyTo === 'All') sheet.setCell(rect.top + r, rect.left + c, { value: '' });
          else if (applyTo === 'Contents')
            sheet.setCell(rect.top + r, rect.left + c, {
              value: '',
              numberFormat: cell.numberFormat,
            });
          else sheet.setCell(rect.top + r, rect.left + c, { ...cell, numberFormat: undefined });
        }
      }
    });
  }
}

function removeMerges(sheet: SheetModel, rect: Block): void {
  const kept = sheet.merges.filter((m) => !blocksOverlap(m, rect));
  sheet.merges.splice(0, sheet.merges.length, ...kept);
}

// Each context knows its workbook model; proxies reach it through their context.
const models = new WeakMap<FakeRequestContext, WorkbookModel>();

/** @internal */
export function bindModel(context: FakeRequestContext, model: WorkbookModel): void {
  models.set(context, model);
}

function workbookOf(proxy: { context: FakeRequestContext }): WorkbookModel {
  const model = models.get(proxy.context);
  if (!model) throw new Error('fake Excel context without a workbook');
  return model;
}

const SHEET_PROPERTIES = ['name', 'id', 'position', 'visibility'] as const;
const VISIBILITIES: SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  constructor(
    context: FakeRequestContext,
    resolver: () => SheetModel | null,
    orNullObject = false,
  ) {
    super(context, 'Worksheet', SHEET_PROPERTIES, resolver, orNullObject);
  }

  protected readProperty(sheet: SheetModel, property: string): unknown {
    switch (property) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return workbookOf(this).sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.queueSet('name', name, (sheet) => {
      const other = workbookOf(this).sheet(name);
      if (other && other !== sheet) {
        throw new FakeExcelError(ErrorCodes.itemAlreadyExists, 'The resource already exists.');
      }
      if (!isValidSheetName(name)) throw invalidArgument(`"${name}" is not a valid sheet name.`);
      sheet.name = name;
    });
  }
  get id(): string {
    return this.loadedValue('id');
  }
  get position(): number {
    return this.loadedValue('position');
  }
  get visibility(): SheetVisibility {
    return this.loadedValue('visibility');
  }
  set visibility(visibility: SheetVisibility) {
    this.queueSet('visibility', visibility, (sheet) => {
      if (!VISIBILITIES.includes(visibility))
        throw invalidArgument(`"${visibility}" is not a sheet visibility.`);
      const others = workbookOf(this).sheets.filter(
        (s) => s !== sheet && s.visibility === 'Visible',
      );
      if (visibility !== 'Visible' && others.length === 0) {
        throw new FakeExcelError(
          ErrorCodes.invalidOperation,
          'A workbook must contain at least one visible worksheet.',
        );
      }
      sheet.visibility = visibility;
    });
  }

  /** Names scoped to the sheet (ExcelApi 1.4). */
  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.context, () => this.require());
  }

  /** The sheet's charts (charts.ts). */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.require());
  }

  /** A range by address ("A1", "A1:B2", "A:C", "3:5") or by a defined name; no address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.require();
      if (address === undefined || address === '') {
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      }
      const rect = parseBlock(address);
      if (rect) return { sheet, rect };
      const entry = workbookOf(this).name(address);
      const resolved = entry ? workbookOf(this).resolveName(entry) : undefined;
      if (resolved?.range && resolved.range.sheet === sheet) return resolved.range;
      throw invalidArgument(`"${address}" is not a valid address on sheet ${sheet.name}.`);
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.require(),
      rect: checkRect(cellBlock(row, column)),
    }));
  }

  /** The used range; on an empty sheet, A1 (as Excel). */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.require();
      return {
        sheet,
        rect: sheet.usedRect(valuesOnly) ?? cellBlock(0, 0),
      };
    });
  }

  /** The used range, or a null object for an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        if (sheet === null) return null;
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.queueCall('activate', (sheet) => {
      if (sheet.visibility !== 'Visible') {
        throw new FakeExcelError(
          ErrorCodes.invalidOperation,
          'This operation is not permitted for the current object.',
        );
      }
      workbookOf(this).activeSheet = sheet;
    });
  }

  delete(): void {
    this.queueCall('delete', (sheet) => {
      const model = workbookOf(this);
      // As Excel (OfficeDev/office-js#365): a very hidden sheet must be made hidden first.
      if (sheet.visibility === 'VeryHidden') {
        throw new FakeExcelError(
          ErrorCodes.generalException,
          'There was an internal error while processing the request.',
        );
      }
      if (model.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0) {
        throw new FakeExcelError(
          ErrorCodes.invalidOperation,
          'A workbook must contain at least one visible worksheet.',
        );
      }
      model.deleteSheet(sheet.name);
    });
  }
}

/** Collections: load() fills `items` (with the item properties asked for: "items/name" or "name"). */
abstract class FakeCollection<T, P extends FakeClientObject<T>> {
  private loadedItems: P[] | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly typeName: string,
    private readonly itemProperties: readonly string[],
  ) {}

  protected abstract targets(): T[];
  protected abstract proxyFor(target: T): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  load(option?: LoadOption): this {
    const asked = parseLoadOption(option) ?? [];
    const names = asked.filter((p) => p !== 'items').map((p) => p.replace(/^items\//, ''));
    const itemNames = names.length > 0 ? names : [...this.itemProperties];
    this.context.enqueue({
      location: `${this.typeName}.load`,
      run: () => {
        const items = this.targets().map((t) => this.proxyFor(t));
        // The item loads are answered in this same sync, right after this operation.
        this.loadedItems = items;
        for (const item of items) item.loadNow(itemNames);
      },
    });
    return this;
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, 'WorksheetCollection', SHEET_PROPERTIES);
  }

  protected targets(): SheetModel[] {
    return [...workbookOf(this).sheets];
  }

  protected proxyFor(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet).preset(sheet);
  }

  private find(key: string): SheetModel | undefined {
    const model = workbookOf(this);
    return model.sheet(key) ?? model.sheets.find((s) => s.id === key);
  }

  /** By name (case-insensitive) or id; ItemNotFound at sync() when missing. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) {
        throw new FakeExcelError(
          ErrorCodes.itemNotFound,
          `The requested resource doesn't exist: worksheet "${key}".`,
        );
      }
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const model = workbookOf(this);
      const sheet = model.activeSheet ?? model.sheets[0];
      if (!sheet)
        throw new FakeExcelError(ErrorCodes.itemNotFound, 'The workbook has no worksheet.');
      return sheet;
    });
  }

  /** Adds a sheet at the end; ItemAlreadyExists / InvalidArgument at sync(). */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.context.enqueue({
      location: 'WorksheetCollection.add',
      run: () => {
        const model = workbookOf(this);
        let sheetName = name;
        if (sheetName === undefined) {
          let n = model.sheets.length + 1;
          while (model.sheet(`Sheet${n}`)) n += 1;
          sheetName = `Sheet${n}`;
        }
        if (model.sheet(sheetName)) {
          throw new FakeExcelError(
            ErrorCodes.itemAlreadyExists,
            `The resource already exists: worksheet "${sheetName}".`,
          );
        }
        if (!isValidSheetName(sheetName))
          throw invalidArgument(`"${sheetName}" is not a valid sheet name.`);
        created = model.addSheet(sheetName);
      },
    });
    return new FakeWorksheet(this.context, () => {
      if (!created)
        throw new FakeExcelError(ErrorCodes.itemNotFound, 'The worksheet was not added.');
      return created;
    });
  }
}

const NAME_PROPERTIES = ['name', 'type', 'value', 'formula', 'visible', 'comment'] as const;

export class FakeNamedItem extends FakeClientObject<NameModel> {
  constructor(context: FakeRequestContext, resolver: () => NameModel | null, orNullObject = false) {
    super(context, 'NamedItem', NAME_PROPERTIES, resolver, orNullObject);
  }

  protected readProperty(entry: NameModel, property: string): unknown {
    switch (property) {
      case 'name':
        return entry.name;
      case 'type':
        return workbookOf(this).resolveName(entry).type;
      case 'value':
        return workbookOf(this).resolveName(entry).value;
      case 'formula':
        return entry.formula;
      case 'visible':
        return entry.visible;
      case 'comment':
        return entry.comment;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get type(): string {
    return this.loadedValue('type');
  }
  get value(): unknown {
    return this.loadedValue('value');
  }
  get formula(): string {
    return this.loadedValue('formula');
  }
  set formula(formula: string) {
    this.queueSet('formula', formula, (entry) => {
      entry.formula = formula.startsWith('=') ? formula : `=${formula}`;
    });
  }
  get visible(): boolean {
    return this.loadedValue('visible');
  }
  set visible(visible: boolean) {
    this.queueSet('visible', visible, (entry) => {
      entry.visible = visible;
    });
  }
  get comment(): string {
    return this.loadedValue('comment');
  }

  private rangeOf(entry: NameModel): RangeTarget | null {
    return workbookOf(this).resolveName(entry).range ?? null;
  }

  /** The range the name refers to; InvalidReference at sync() when it is not one range. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const entry = this.require();
      const range = this.rangeOf(entry);
      if (!range) {
        throw new FakeExcelError(
          ErrorCodes.invalidReference,
          `This reference isn't valid: the name "${entry.name}" (${entry.formula}) does not refer to one range.`,
        );
      }
      return range;
    });
  }

  /** The range, or a null object when the name is not one range (ExcelApi 1.4). */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const entry = this.resolve();
        return entry === null ? null : this.rangeOf(entry);
      },
      true,
    );
  }

  delete(): void {
    this.queueCall('delete', (entry) => {
      workbookOf(this).names.delete(entry.name.toLowerCase());
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<NameModel, FakeNamedItem> {
  /**
   * @param sheet for worksheet.names (ExcelApi 1.4): the sheet whose scoped names these are;
   *   absent for workbook.names.
   */
  constructor(
    context: FakeRequestContext,
    private readonly sheet?: () => SheetModel,
  ) {
    super(context, 'NamedItemCollection', NAME_PROPERTIES);
  }

  /** The names of this collection's scope. */
  private scope(): Map<string, NameModel> {
    return this.sheet ? this.sheet().names : workbookOf(this).names;
  }

  private named(name: string): NameModel | undefined {
    return this.scope().get(name.toLowerCase());
  }

  protected targets(): NameModel[] {
    return [...this.scope().values()];
  }

  protected proxyFor(entry: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.context, () => entry).preset(entry);
  }

  /** Case-insensitive; ItemNotFound at sync() when missing. */
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const entry = this.named(name);
      if (!entry)
        throw new FakeExcelError(
          ErrorCodes.itemNotFound,
          `The requested resource doesn't exist: name "${name}".`,
        );
      return entry;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.named(name) ?? null, true);
  }

  /**
   * Adds a workbook-scoped name. `reference` is a Range, or a formula string "=Sheet!$A$1".
   * A string without "=" is taken as a text constant, as Excel does (OfficeDev/office-js#2283:
   * "Sheet!$A$1" becomes ="Sheet!$A$1").
   */
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    let created: NameModel | undefined;
    this.context.enqueue({
      location: 'NamedItemCollection.add',
      run: () => {
        const model = workbookOf(this);
        if (model.name(name)) {
          throw new FakeExcelError(
            ErrorCodes.itemAlreadyExists,
            `The resource already exists: name "${name}".`,
          );
        }
        if (!isValidDefinedName(name)) throw invalidArgument(`"${name}" is not a valid name.`);
        let formula: string;
        if (typeof reference === 'string') {
          formula = reference.startsWith('=') ? reference : `="${reference.replace(/"/g, '""')}"`;
        } else {
          const { sheet, rect } = reference.require();
          formula = `=${whereOf(sheet.name, absoluteAddress(rect))}`;
        }
        created = model.setName(name, formula, true, comment);
      },
    });
    return new FakeNamedItem(this.context, () => {
      if (!created) throw new FakeExcelError(ErrorCodes.itemNotFound, 'The name was not added.');
      return created;
    });
  }
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }

  /** The selected range (A1 of the active sheet when nothing was selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const model = workbookOf(this);
      if (model.selection) return { ...model.selection };
      const sheet = model.activeSheet ?? model.sheets[0];
      if (!sheet)
        throw new FakeExcelError(ErrorCodes.itemNotFound, 'The workbook has no worksheet.');
      return { sheet, rect: cellBlock(0, 0) };
    });
  }
}

interface AreasTarget {
  sheet: SheetModel;
  areas: Block[];
}

/** Several blocks of one sheet (Excel.RangeAreas), as far as the fake needs it: the address. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => AreasTarget | null,
    orNullObject = false,
  ) {
    super(context, 'RangeAreas', ['address', 'areaCount'], resolver, orNullObject);
  }

  protected readProperty(target: AreasTarget, property: string): unknown {
    switch (property) {
      case 'address':
        return target.areas
          .map((rect) => whereOf(target.sheet.name, blockAddress(rect)))
          .join(', ');
      case 'areaCount':
        return target.areas.length;
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get areaCount(): number {
    return this.loadedValue('areaCount');
  }
}
