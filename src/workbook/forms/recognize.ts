/**
 * The form recognizer: finds, in a workbook without the contract's names, the 自评表 forms
 * accountants already fill (real-forms.md): the budget block, the indicator table (one or two
 * header rows), where it stops, the total and grade cells and the form's information. Pure:
 * it works on the values of each sheet's used range and uses merged areas only as hints, so
 * that it gives the same answer where a host cannot read merges (Office.js below ExcelApi 1.13).
 */
import './messages';
import { columnLetter, whereOf } from '../a1';
import { COLUMN_SPECS, HEADER_ALIASES } from '../contract/contract';
import { columnKeyOf, headerWords, isSubHeaderRow, mergedHeaderRow } from '../contract/headers';
import { isPrintedSlot, printedPoints, printedRules, printedUnit } from '../contract/printed';
import type { ColumnKey, SheetSnapshot, WorkbookSnapshot } from '../port/types';
import { findBudget, findUnitLabel } from './budget-block';
import { cellName, evidence } from './bound-name';
import { formInfo } from './form-info';
import { Grid } from './grid';
import type { BoundColumn, BoundName, FormBinding, FormRecognition } from './types';
import { GRADE_LABELS, GRADE_WORDS, endsTable, isTotalRowLabel } from './words';
import { isBlank } from '../../engine/input-cells';
import { ProblemList } from '../../engine/messages';

export type { BoundColumn, BoundName, Evidence, FormBinding, FormRecognition } from './types';

const REQUIRED: ColumnKey[] = COLUMN_SPECS.filter((s) => s.required).map((s) => s.key);
const SIGNAL: ColumnKey[] = ['target', 'actual', 'weight', 'score'];
/** "绩效指标" names the table's side label as often as its name column. */
const SIDE_LABEL = headerWords('绩效指标');

interface TableHeader {
  row: number;
  headerRows: 1 | 2;
  columns: Map<ColumnKey, number>;
  left: number;
  right: number;
}

/** The columns a header row (merged with its second row) names; the side label left out. */
function headerAt(grid: Grid, r: number): TableHeader | null {
  const upper = grid.row(r);
  const lowerRow = r + 1 <= grid.bottom ? grid.row(r + 1) : undefined;
  const headerRows: 1 | 2 = lowerRow && isSubHeaderRow(upper) && isSubHeaderRow(lowerRow) ? 2 : 1;
  const merged = mergedHeaderRow(upper, headerRows === 2 ? lowerRow : undefined);
  const found = new Map<ColumnKey, number[]>();
  merged.forEach((raw, i) => {
    const key = columnKeyOf(raw);
    if (!key) return;
    found.set(key, [...(found.get(key) ?? []), grid.left + i]);
  });
  const names = found.get('name') ?? [];
  if (names.length > 1) {
    const kept = names.filter((c) => headerWords(merged[c - grid.left]) !== SIDE_LABEL);
    if (kept.length > 0) found.set('name', kept);
  }
  if (!found.has('name')) return null;
  const signals = SIGNAL.filter((k) => found.has(k)).length;
  if (signals < 2) return null;
  const columns = new Map<ColumnKey, number>();
  for (const [key, cs] of found) columns.set(key, cs[0]);
  const used = [...columns.values()];
  const left = Math.min(...used);
  const lastColumn = Math.max(...used);
  return { row: r, headerRows, columns, left, right: lastColumn };
}

/** The row that ends the table (总分, 合计, 其他需要说明事项…), or null at the end of data. */
function stopRow(grid: Grid, from: number, right: number): number | null {
  for (let r = from; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= right; c++) {
      if (endsTable(grid.value(r, c))) return r;
    }
  }
  return null;
}

/** Whether a row holds an indicator (not a pre-printed empty slot or a level-only row). */
function holdsIndicator(grid: Grid, r: number, columns: Map<ColumnKey, number>): boolean {
  const at = (key: ColumnKey) => {
    const c = columns.get(key);
    return c === undefined ? '' : grid.value(r, c);
  };
  return !isPrintedSlot(at('name'), [at('target'), at('actual'), at('weight')]);
}

/** Recognises the forms of every visible sheet. */
export function recognizeForms(
  input: WorkbookSnapshot | readonly SheetSnapshot[],
): FormRecognition {
  const problems = new ProblemList();
  const sheets = Array.isArray(input) ? input : (input as WorkbookSnapshot).sheets;
  const forms: FormBinding[] = [];
  let anyTable = false;
  for (const sheet of sheets as readonly SheetSnapshot[]) {
    if (sheet.visibility && sheet.visibility !== 'visible') continue;
    if (!sheet.used) continue;
    const grid = new Grid(sheet);
    const headers: TableHeader[] = [];
    for (let r = grid.top; r <= grid.bottom; r++) {
      const header = headerAt(grid, r);
      if (!header) continue;
      headers.push(header);
      r += header.headerRows - 1;
    }
    if (headers.length === 0) continue;
    anyTable = true;
    if (headers.length > 1) {
      problems.add(grid.where(headers[0].row, headers[0].left), 'forms.twoTables', {
        sheet: grid.sheet,
        cells: headers.map((h) => grid.where(h.row, h.left)).join('、'),
      });
      continue;
    }
    const form = recognizeSheet(grid, headers[0], problems);
    if (form) forms.push(form);
  }
  if (!anyTable && problems.list.length === 0) {
    problems.add('', 'forms.noTable', {
      headers: [...REQUIRED.map((k) => HEADER_ALIASES[k][0])].join('、'),
    });
  }
  return { forms, problems: problems.list };
}

function recognizeSheet(
  grid: Grid,
  header: TableHeader,
  problems: ProblemList,
): FormBinding | null {
  const { columns, left, right } = header;
  const headerWhere =
    grid.where(header.row, left) + ':' + grid.block(header.row, right, header.row, right);
  let failed = false;
  for (const key of REQUIRED) {
    if (columns.has(key)) continue;
    failed = true;
    problems.add(headerWhere, 'forms.columnMissing', {
      sheet: grid.sheet,
      header: HEADER_ALIASES[key][0],
      accepted: HEADER_ALIASES[key].join(' / '),
    });
  }
  const firstData = header.row + header.headerRows;
  const stop = stopRow(grid, firstData, right);
  let last = (stop ?? grid.bottom + 1) - 1;
  if (stop === null) while (last >= firstData && grid.row(last, left, right).every(isBlank)) last--;
  let rowCount = 0;
  const dataRows: number[] = [];
  for (let r = firstData; r <= last; r++) {
    if (holdsIndicator(grid, r, columns)) {
      rowCount += 1;
      dataRows.push(r);
    }
  }
  if (!failed && rowCount === 0) {
    failed = true;
    problems.add(headerWhere, 'forms.noRows', {
      sheet: grid.sheet,
      stop: stop === null ? '' : grid.text(stop, firstCellWithText(grid, stop)),
    });
  }
  const budgets = findBudget(grid, { top: header.row, count: header.headerRows });
  if (budgets.length === 0) {
    failed = true;
    problems.add(grid.sheet, 'forms.noBudget', { sheet: grid.sheet });
  } else if (budgets.length > 1) {
    failed = true;
    problems.add(grid.where(budgets[1].headerRow, grid.left), 'forms.twoBudgets', {
      sheet: grid.sheet,
      cells: budgets.map((b) => grid.where(b.headerRow, grid.left)).join('、'),
    });
  }
  if (failed) return null;

  const names: BoundName[] = [];
  const typed: string[] = [];
  const tableAddress = grid.block(
    header.row,
    left,
    Math.max(last, header.row + header.headerRows),
    right,
  );
  const headerEvidence = [...columns.entries()].map(([, c]) =>
    evidence(
      grid,
      header.row +
        (header.headerRows === 2 && columnKeyOf(grid.value(header.row + 1, c)) !== null ? 1 : 0),
      c,
    ),
  );
  names.push({
    name: 'Indicators',
    sheet: grid.sheet,
    address: tableAddress,
    where: whereOf(grid.sheet, tableAddress),
    evidence: headerEvidence,
  });
  const boundColumns: BoundColumn[] = COLUMN_SPECS.filter((s) => columns.has(s.key)).map((s) => {
    const c = columns.get(s.key) as number;
    const ev = headerEvidence.find(
      (e) =>
        e.where.endsWith(`!${columnLetter(c)}${header.row + 1}`) ||
        e.where.endsWith(`!${columnLetter(c)}${header.row + 2}`),
    );
    return { key: s.key, letter: columnLetter(c), header: ev?.text ?? '', where: ev?.where ?? '' };
  });
  const scoreColumn = columns.get('score');
  if (scoreColumn !== undefined)
    for (const r of dataRows)
      if (!grid.blank(r, scoreColumn)) typed.push(grid.where(r, scoreColumn));

  // The budget: the total row under the header, each column its contract name.
  const budget = budgets[0];
  const total = budget.totalRow;
  const totalLabel = firstCellWithText(grid, total);
  const because = (c: number) => [
    evidence(grid, budget.headerRow, c),
    evidence(grid, total, totalLabel),
  ];
  const budgetNames: Record<string, string> = {
    initial: 'Budget_Initial',
    final: 'Budget_Final',
    spent: 'Budget_Spent',
    weight: 'Budget_Weight',
    reason: 'Budget_Reason',
    executionRate: 'Result_ExecutionRate',
    executionScore: 'Result_ExecutionScore',
  };
  for (const [key, { column, c }] of budget.columns) {
    if (key === 'weight' && grid.blank(total, c)) {
      // 分值（10分） printed in the header only.
      if (printedPoints(grid.value(budget.headerRow, c)) !== null)
        names.push(cellName(grid, 'Budget_Weight', budget.headerRow, c, because(c)));
      continue;
    }
    // The budget's 原因 cell is its explanation only while blank: a bureau prints its
    // instruction there (四川: "…未达到90%的需说明原因"), which is not a reason.
    if (key === 'reason' && !grid.blank(total, c)) continue;
    names.push(cellName(grid, budgetNames[key], total, c, because(c)));
    if (column.kind === 'result' && !grid.blank(total, c)) typed.push(grid.where(total, c));
  }
  // No 全年预算数 printed (北京, 贵州 部门整体: 年初预算数（A）| 全年执行数（B）): the initial
  // budget is the denominator, Budget_Final names the same cell.
  const initialColumn = budget.columns.get('initial');
  if (!budget.columns.has('final') && initialColumn)
    names.push(cellName(grid, 'Budget_Final', total, initialColumn.c, because(initialColumn.c)));
  if (
    !budget.columns.has('weight') &&
    budget.label &&
    printedPoints(grid.value(budget.label.r, budget.label.c)) !== null
  ) {
    names.push(
      cellName(grid, 'Budget_Weight', budget.label.r, budget.label.c, [
        evidence(grid, budget.label.r, budget.label.c),
      ]),
    );
  }

  // The total row: its 得分 cell is the composite; a grade beside it where the form has one.
  // The 总分 row: the row that ends the table, or one of the rows printed just under it
  // (其他需要说明事项 comes first on the Yunnan form).
  let totalRow: number | null = null;
  for (let r = stop ?? grid.bottom + 1; r <= Math.min(grid.bottom, (stop ?? 0) + 3); r++)
    if (totalRow === null && isTotalRowLabel(grid.value(r, firstCellWithText(grid, r))))
      totalRow = r;
  if (totalRow !== null && scoreColumn !== undefined) {
    const label = firstCellWithText(grid, totalRow);
    // The total sits under 得分; where that cell is covered by a merged area (a status line
    // spanning the row), in the cell right after the label (自评总分 | 99.26 | 评价等级 | 优).
    const totalColumn = grid.covered(totalRow, scoreColumn)
      ? grid.mergedRight(totalRow, label) + 1
      : scoreColumn;
    names.push(
      cellName(grid, 'Result_Total', totalRow, totalColumn, [
        evidence(grid, totalRow, label),
        evidence(grid, header.row, scoreColumn),
      ]),
    );
    if (!grid.blank(totalRow, totalColumn)) typed.push(grid.where(totalRow, totalColumn));
    // A grade printed after the total (云南: 总分 | 100 | 96 | 优).
    for (let c = grid.mergedRight(totalRow, totalColumn) + 1; c <= grid.right; c++) {
      const text = grid.text(totalRow, c);
      if (!text) continue;
      if (GRADE_WORDS.includes(text)) {
        names.push(cellName(grid, 'Result_Grade', totalRow, c, [evidence(grid, totalRow, label)]));
        typed.push(grid.where(totalRow, c));
      }
      break;
    }
  }
  const gradeLabel = findLabel(grid, GRADE_LABELS);
  if (gradeLabel && !names.some((n) => n.name === 'Result_Grade')) {
    let v = gradeLabel.c + 1;
    while (v <= grid.right && grid.covered(gradeLabel.r, v)) v++;
    if (v <= grid.right)
      names.push(
        cellName(grid, 'Result_Grade', gradeLabel.r, v, [
          evidence(grid, gradeLabel.r, gradeLabel.c),
        ]),
      );
  }

  // Rules printed in words (反向 A/B, tiers 100–80/80–50/50–0): the block of cells holding them.
  const ruleCells: { r: number; c: number }[] = [];
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++)
      if (printedRules(grid.value(r, c)).length > 0) ruleCells.push({ r, c });
  if (ruleCells.length > 0) {
    const top = Math.min(...ruleCells.map((x) => x.r));
    const bottom = Math.max(...ruleCells.map((x) => x.r));
    const left = Math.min(...ruleCells.map((x) => x.c));
    const right = Math.max(...ruleCells.map((x) => x.c));
    const address = grid.block(top, left, bottom, right);
    names.push({
      name: 'Rules_Printed',
      sheet: grid.sheet,
      address,
      where: whereOf(grid.sheet, address),
      evidence: ruleCells.map((x) => evidence(grid, x.r, x.c)),
    });
  }

  const top = Math.min(header.row, budget.headerRow);
  const about = formInfo(grid, top);
  names.push(...about.names);
  const info = { ...about.info };
  const unitCell =
    budget.label && printedUnit(grid.value(budget.label.r, budget.label.c)) !== null
      ? budget.label
      : findUnitLabel(grid, budget);
  if (unitCell) {
    info.unit = printedUnit(grid.value(unitCell.r, unitCell.c)) ?? undefined;
    names.push(
      cellName(grid, 'Info_Unit', unitCell.r, unitCell.c, [evidence(grid, unitCell.r, unitCell.c)]),
    );
  }
  return {
    sheet: grid.sheet,
    title: about.title,
    names,
    indicators: {
      address: tableAddress,
      where: whereOf(grid.sheet, tableAddress),
      headerRows: header.headerRows,
      rowCount,
      columns: boundColumns,
    },
    info,
    typed,
  };
}

function firstCellWithText(grid: Grid, r: number): number {
  for (let c = grid.left; c <= grid.right; c++) if (!grid.blank(r, c)) return c;
  return grid.left;
}

function findLabel(grid: Grid, labels: string[]): { r: number; c: number } | null {
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++)
      if (labels.includes(grid.words(r, c))) return { r, c };
  return null;
}
