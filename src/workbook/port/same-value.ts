/** Whether two cell values are the same, as the contract compares what it wrote with a cell. */
import { isBlank } from '../../engine/input-cells';
import type { CellScalar } from './types';

/** Two cell values are the same (numbers within rounding noise of a file round trip). */
export function sameValue(a: CellScalar | undefined, b: CellScalar | undefined): boolean {
  const blankA = isBlank(a ?? null);
  const blankB = isBlank(b ?? null);
  if (blankA || blankB) return blankA && blankB;
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}
