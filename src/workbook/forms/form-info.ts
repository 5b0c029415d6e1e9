/** The form's information printed above its tables: title, year, project or department. */
import { printedYear } from '../contract/printed';
import { cellName, evidence } from './bound-name';
import type { Grid } from './grid';
import type { BoundName, FormBinding } from './types';
import { infoLabelRank } from './words';

/** The title, the year and the project or department, from the rows above the tables. */
export function formInfo(
  grid: Grid,
  above: number,
): { title: string; names: BoundName[]; info: FormBinding['info'] } {
  let title = '';
  const names: BoundName[] = [];
  const info: FormBinding['info'] = {};
  let best = Number.POSITIVE_INFINITY;
  for (let r = grid.top; r < above; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const text = grid.text(r, c);
      if (!text) continue;
      if (!title && /自评表|自评情况表/.test(text)) title = text;
      if (info.year === undefined) {
        const year = printedYear(text);
        if (year !== null && /年度|自评/.test(text)) {
          info.year = year;
          names.push(cellName(grid, 'Info_Year', r, c, [evidence(grid, r, c)]));
        }
      }
      const rank = infoLabelRank(text);
      if (rank >= 0 && rank < best) {
        let v = c + 1;
        while (v <= grid.right && grid.blank(r, v)) v++;
        if (v <= grid.right && infoLabelRank(grid.value(r, v)) < 0) {
          best = rank;
          info.department = grid.text(r, v);
          const at = names.findIndex((n) => n.name === 'Info_Department');
          if (at >= 0) names.splice(at, 1);
          names.push(cellName(grid, 'Info_Department', r, v, [evidence(grid, r, c)]));
        }
      }
    }
  }
  return { title, names, info };
}
