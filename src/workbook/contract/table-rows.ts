/**
 * The indicator table's rows as the evaluation reads them, made from the range read when a
 * field is asked for: one small object a row instead of one object and one position text a cell
 * (100,000 indicators are 1.3 million cells). A cell's position ("绩效指标!H7") is spelled only
 * when a message needs it.
 *
 * The rows' fields are getters: a row is read by field name (`row.target`), never by its keys
 * or by spreading it; `plainIndicator` gives a plain copy where one is needed.
 */
import { INDICATOR_FIELDS } from '../../engine/types';
import type { CellInput, CellScalar, IndicatorField, IndicatorInput } from '../../engine/types';
import { cellAddress, whereOf } from '../a1';
import type { RangeSnapshot } from '../port/types';
import { slotName } from './printed';

/** One cell of a range read from the workbook. */
export class RangeCell implements CellInput {
  constructor(
    private readonly range: RangeSnapshot,
    private readonly r: number,
    private readonly c: number,
  ) {}

  get value(): CellScalar {
    return this.range.values[this.r]?.[this.c] ?? '';
  }

  get numberFormat(): string | undefined {
    return this.range.numberFormats[this.r]?.[this.c];
  }

  get where(): string {
    const { range } = this;
    return whereOf(range.sheet, cellAddress(range.rowIndex + this.r, range.columnIndex + this.c));
  }
}

/** An indicator's name cell: "指标1：完成灌区改造数量" reads as the name without the slot prefix. */
class NameCell extends RangeCell {
  override get value(): CellScalar {
    const value = super.value;
    return typeof value === 'string' ? slotName(value) : value;
  }
}

/** The table an indicator row belongs to: its range and where each field's column is in it. */
export interface IndicatorTable {
  range: RangeSnapshot;
  /** The column of each field read, counted from the range's first column. */
  columns: Partial<Record<IndicatorField, number>>;
}

/**
 * One row of the indicator table. Level cells left blank inherit from the rows above (as in
 * merged cells): `level1Row` / `level2Row` are the rows of the range whose level cells apply
 * (-1: none). Each field of IndicatorInput is a getter making its cell, read by name.
 */
export class IndicatorRow implements IndicatorInput {
  constructor(
    private readonly table: IndicatorTable,
    private readonly r: number,
    private readonly level1Row: number,
    private readonly level2Row: number,
  ) {}

  /** The row's cell of `field`; undefined when the table has no such column. */
  cellFor(field: IndicatorField): CellInput | undefined {
    const { range, columns } = this.table;
    const c = columns[field];
    const r = field === 'level1' ? this.level1Row : field === 'level2' ? this.level2Row : this.r;
    if (c === undefined || r < 0) return undefined;
    return field === 'name' ? new NameCell(range, r, c) : new RangeCell(range, r, c);
  }

  // The fields: getters defined on the prototype below, each making its cell (no own data).
  declare readonly level1: CellInput | undefined;
  declare readonly level2: CellInput | undefined;
  declare readonly name: CellInput | undefined;
  declare readonly operator: CellInput | undefined;
  declare readonly target: CellInput | undefined;
  declare readonly adjustedTarget: CellInput | undefined;
  declare readonly unit: CellInput | undefined;
  declare readonly midYear: CellInput | undefined;
  declare readonly actual: CellInput | undefined;
  declare readonly weight: CellInput | undefined;
  declare readonly cumulative: CellInput | undefined;
  declare readonly manualScore: CellInput | undefined;
  declare readonly reason: CellInput | undefined;
  declare readonly measures: CellInput | undefined;

  /** "绩效指标!7:7". */
  get where(): string {
    const row = this.table.range.rowIndex + this.r + 1;
    return whereOf(this.table.range.sheet, `${row}:${row}`);
  }
}

for (const field of INDICATOR_FIELDS) {
  Object.defineProperty(IndicatorRow.prototype, field, {
    get(this: IndicatorRow) {
      return this.cellFor(field);
    },
  });
}

/** A plain copy of an indicator (its fields read once), to change a field of. */
export function plainIndicator(indicator: IndicatorInput): IndicatorInput {
  const out: Partial<IndicatorInput> = {};
  for (const field of INDICATOR_FIELDS) {
    const value = indicator[field];
    if (value !== undefined) out[field] = value;
  }
  if (indicator.where !== undefined) out.where = indicator.where;
  return out as IndicatorInput;
}
