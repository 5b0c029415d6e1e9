/**
 * The row being scored: its name for messages and the input problems found so far. A row with
 * a problem is invalid; every reader below reports into the same list.
 */
import { makeProblem, textParam } from '../messages';
import { textOf, type Cell } from '../input-cells';
import type { Decimal } from '../decimal';
import type { Problem, SaidParams } from '../types';
import type { MessageKey } from '../../i18n/catalog';
import type { ParsedValue, UnitInfo } from '../values/types';
import { parseValue } from '../values';

export interface RowContext {
  index: number;
  /** The row's name, or "#n" when it has none. */
  name: string;
  problems: Problem[];
}

export function addProblem(
  ctx: RowContext,
  cell: Cell,
  key: MessageKey,
  params: SaidParams = {},
): void {
  ctx.problems.push(
    makeProblem(cell.where, key, { name: ctx.name, text: textOf(cell.raw), ...params }),
  );
}

/** Reports a value that cannot be used at all (error value, unreadable text); true if so. */
export function reportUnusable(ctx: RowContext, cell: Cell, value: ParsedValue): boolean {
  if (value.kind === 'error') {
    addProblem(ctx, cell, 'engine.cell.errorValue', { code: value.code });
    return true;
  }
  if (value.kind === 'unreadable') {
    addProblem(ctx, cell, 'engine.cell.unreadable', { problem: textParam(value.problem) });
    return true;
  }
  return false;
}

/** A non-negative number (weights, manual scores): numbers, or text such as "15" / "15分". */
export function readPoints(
  ctx: RowContext,
  cell: Cell,
  what: 'weight' | 'manualScore',
): Decimal | null {
  const value = parseValue(cell.raw, { rowUnit: null, numberFormat: cell.numberFormat });
  if (value.kind === 'blank') return null;
  if (reportUnusable(ctx, cell, value)) return null;
  if (
    value.kind !== 'quantity' ||
    value.operator !== null ||
    (value.quantity.unit !== null && value.quantity.unit.base !== '分')
  ) {
    addProblem(ctx, cell, `engine.row.${what}NotNumber`);
    return null;
  }
  if (value.quantity.amount.isNegative()) {
    addProblem(ctx, cell, `engine.row.${what}Negative`);
    return null;
  }
  return value.quantity.amount;
}

export function unitText(unit: UnitInfo | null): string {
  return unit ? unit.text : '';
}
