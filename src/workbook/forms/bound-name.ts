/** A contract name bound to one cell of a form, with the printed cells that justify it. */
import type { Grid } from './grid';
import type { BoundName, Evidence } from './types';

export function evidence(grid: Grid, r: number, c: number): Evidence {
  return { where: grid.where(r, c), text: grid.text(r, c) };
}

export function cellName(
  grid: Grid,
  name: string,
  r: number,
  c: number,
  because: Evidence[],
): BoundName {
  const address = grid.block(r, c, r, c);
  return { name, sheet: grid.sheet, address, where: grid.where(r, c), evidence: because };
}
