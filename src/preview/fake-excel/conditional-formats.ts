/**
 * Conditional formats of the fake Excel (Range.conditionalFormats, ExcelApi 1.6): add("CellValue")
 * with cellValue.rule {formula1, operator} and cellValue.format.fill.color / font.color, and
 * clearAll() (removes every conditional format that overlaps the range). Tests read them in
 * `SheetModel.conditionalFormats` and check which rule a cell's text meets with `matchRule`.
 */
import { type Block, blockAddress, blocksOverlap } from '../../workbook/a1';
import { ErrorCodes, FakeExcelError, invalidArgument } from './errors';
import type { SheetModel } from './model';
import { FakeClientObject, type FakeRequestContext } from './proxy';

const TYPES = ['CellValue', 'ContainsText', 'Custom'];
const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];

export interface ConditionalFormatModel {
  /** The block it applies to ("M5:M12"). */
  address: string;
  rect: Block;
  type: string;
  rule: { formula1: string; formula2?: string; operator: string } | null;
  /** "#FFC7CE"; null: none. */
  fill: string | null;
  fontColor: string | null;
}

function colour(value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value))
    throw invalidArgument(`"${String(value)}" is not a colour.`);
  return value.toUpperCase();
}

/**
 * The first conditional format of the sheet whose EqualTo rule ( ="text" or a number) a value
 * meets at (row, column), as Excel applies them (first in priority wins); null when none.
 */
export function matchRule(
  sheet: SheetModel,
  row: number,
  column: number,
): ConditionalFormatModel | null {
  const value = sheet.cell(row, column)?.value ?? '';
  for (const cf of sheet.conditionalFormats) {
    const r = cf.rect;
    if (row < r.top || row > r.bottom || column < r.left) continue;
    if (column > r.right || cf.type !== 'CellValue' || !cf.rule) continue;
    if (cf.rule.operator !== 'EqualTo') continue;
    const text = /^="((?:[^"]|"")*)"$/.exec(cf.rule.formula1);
    const expected = text ? text[1].replace(/""/g, '"') : cf.rule.formula1.replace(/^=/, '');
    if (String(value).toLowerCase() === expected.toLowerCase() && value !== '') return cf;
  }
  return null;
}

class FakeConditionalFill extends FakeClientObject<ConditionalFormatModel> {
  constructor(context: FakeRequestContext, resolver: () => ConditionalFormatModel) {
    super(context, 'ConditionalRangeFill', ['color'], resolver);
  }
  protected readProperty(cf: ConditionalFormatModel, property: string): unknown {
    return property === 'color' ? cf.fill : undefined;
  }
  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.queueSet('color', value, (cf) => {
      cf.fill = colour(value);
    });
  }
}

class FakeConditionalFont extends FakeClientObject<ConditionalFormatModel> {
  constructor(context: FakeRequestContext, resolver: () => ConditionalFormatModel) {
    super(context, 'ConditionalRangeFont', ['color'], resolver);
  }
  protected readProperty(cf: ConditionalFormatModel, property: string): unknown {
    return property === 'color' ? cf.fontColor : undefined;
  }
  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.queueSet('color', value, (cf) => {
      cf.fontColor = colour(value);
    });
  }
}

class FakeConditionalRangeFormat {
  readonly fill: FakeConditionalFill;
  readonly font: FakeConditionalFont;
  constructor(context: FakeRequestContext, resolver: () => ConditionalFormatModel) {
    this.fill = new FakeConditionalFill(context, resolver);
    this.font = new FakeConditionalFont(context, resolver);
  }
}

export class FakeCellValueConditionalFormat extends FakeClientObject<ConditionalFormatModel> {
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, resolver: () => ConditionalFormatModel) {
    super(context, 'CellValueConditionalFormat', ['rule'], resolver);
    this.format = new FakeConditionalRangeFormat(context, () => this.require());
  }
  protected readProperty(cf: ConditionalFormatModel, property: string): unknown {
    return property === 'rule' ? cf.rule : undefined;
  }
  get rule(): ConditionalFormatModel['rule'] {
    return this.loadedValue('rule');
  }
  set rule(value: { formula1: string; formula2?: string; operator: string }) {
    this.queueSet('rule', value, (cf) => {
      if (typeof value?.formula1 !== 'string' || !OPERATORS.includes(value.operator))
        throw invalidArgument('The conditional format rule is invalid.');
      cf.rule = { ...value };
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<ConditionalFormatModel> {
  readonly cellValue: FakeCellValueConditionalFormat;

  constructor(
    context: FakeRequestContext,
    resolver: () => ConditionalFormatModel,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, 'ConditionalFormat', ['type'], resolver);
    this.cellValue = new FakeCellValueConditionalFormat(context, () => this.require());
  }
  protected readProperty(cf: ConditionalFormatModel, property: string): unknown {
    return property === 'type' ? cf.type : undefined;
  }
  get type(): string {
    return this.loadedValue('type');
  }
  delete(): void {
    this.queueCall('delete', (cf) => {
      const list = this.sheet().conditionalFormats;
      list.splice(list.indexOf(cf), 1);
    });
  }
}

export class FakeConditionalFormatCollection {
  constructor(
    readonly context: FakeRequestContext,
    private readonly target: () => { sheet: SheetModel; rect: Block },
  ) {}

  /** Adds a conditional format of `type` over the range (last in priority). */
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | undefined;
    this.context.enqueue({
      location: 'ConditionalFormatCollection.add',
      run: () => {
        if (!TYPES.includes(type))
          throw invalidArgument(`"${type}" is not a conditional format type.`);
        const { sheet, rect } = this.target();
        created = {
          address: blockAddress(rect),
          rect: { ...rect },
          type,
          rule: null,
          fill: null,
          fontColor: null,
        };
        sheet.conditionalFormats.push(created);
      },
    });
    let sheet: SheetModel | undefined;
    return new FakeConditionalFormat(
      this.context,
      () => {
        if (!created)
          throw new FakeExcelError(ErrorCodes.itemNotFound, 'The format was not added.');
        return created;
      },
      () => (sheet ??= this.target().sheet),
    );
  }

  /** Removes every conditional format overlapping the range. */
  clearAll(): void {
    this.context.enqueue({
      location: 'ConditionalFormatCollection.clearAll',
      run: () => {
        const { sheet, rect } = this.target();
        const kept = sheet.conditionalFormats.filter((cf) => !blocksOverlap(cf.rect, rect));
        sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
      },
    });
  }
}
