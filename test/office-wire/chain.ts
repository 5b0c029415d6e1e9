/**
 * The chain of flows a user goes through, in the order they make sense on a workbook: on an
 * empty workbook 插入模板 first and the figures typed into it; then 重新计算 from the pane, an annotation from the editor
 * (a row and the budget), 撤销上次计算, 重新计算 from the ribbon (ExecuteFunction, with
 * event.completed()), 生成评价结果, 生成报告文字, the conflict path (a value typed into an
 * output cell: refused, moved to 人工得分, overwritten), the keyboard shortcut's action, a write that
 * fails half-way (rolled back: all or none); on a filled workbook 插入模板 last (it replaces the
 * template's sheets).
 */
import { snapshotRequest } from '../../src/workbook';
import { INDICATORS_NAME } from '../../src/workbook/contract/contract';
import { buildTemplateSpec } from '../../src/workbook/template/build';
import type { Side, WorkbookKind } from './flows';

export interface Flow {
  name: string;
  run: (side: Side) => Promise<unknown>;
}

/** Types a number over the first indicator's 得分 cell (an output), as a user would. */
function typeOverFirstScore(side: Side): void {
  const entry = side.fake.model.name(INDICATORS_NAME.name);
  const range = entry && side.fake.model.resolveName(entry).range;
  if (!range) return; // no table: nothing to type over (the flow then says what is missing)
  const { sheet, rect } = range;
  for (let c = rect.left; c <= rect.right; c++) {
    if (sheet.cell(rect.top, c)?.value === '得分') {
      sheet.setCell(rect.top + 1, c, { value: 7.5 });
      return;
    }
  }
}

/** The named cell of the workbook (undefined without the name). */
function namedCell(side: Side, name: string) {
  const entry = side.fake.model.name(name);
  const range = entry && side.fake.model.resolveName(entry).range;
  return range && { sheet: range.sheet, row: range.rect.top, column: range.rect.left };
}

/**
 * A write failing half-way: the budget spent changes by 1 (so that the recalculation has
 * outputs to write), then the 4th operation of the recalculation's write fails (counted after
 * the operations of its read, which both sides must count alike).
 */
async function failingRecalculation(side: Side): Promise<unknown> {
  const spent = namedCell(side, 'Budget_Spent');
  if (spent) {
    const value = spent.sheet.cell(spent.row, spent.column)?.value;
    spent.sheet.setCell(spent.row, spent.column, { value: Number(value || 0) + 1 });
  }
  const before = side.fake.operationCount;
  await side.host.read(snapshotRequest());
  const readOperations = side.fake.operationCount - before;
  side.fake.injectFault({ operation: readOperations + 4, code: 'GeneralException' });
  try {
    return await side.backend.recalculate('refuse');
  } finally {
    side.fake.clearFaults();
  }
}

/** After 插入模板: the user types the budget and two indicators into the blank template. */
const fillIn: Flow = {
  name: 'figures typed into the template',
  run: async (side) => {
    const { layout } = buildTemplateSpec({ sample: false, locale: 'zh-CN' });
    const sheet = side.fake.model.sheet(layout.sheet)!;
    const rows: Record<string, string | number>[] = [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '全年办件数量',
        operator: '≥',
        target: 40,
        unit: '万件',
        actual: 36,
        weight: 50,
      },
      {
        level1: '效益指标',
        level2: '满意度指标',
        name: '群众满意度',
        operator: '≥',
        target: 95,
        unit: '%',
        actual: 96,
        weight: 40,
      },
    ];
    rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        const column = layout.columns[key].charCodeAt(0) - 65;
        sheet.setCell(layout.firstDataRow - 1 + i, column, { value });
      }
    });
    // 年初预算数, 全年预算数, 全年执行数, 分值 of the budget row (C4, E4, F4, G4).
    for (const [column, value] of [
      [2, 100],
      [4, 100],
      [5, 90],
      [6, 10],
    ]) {
      sheet.setCell(3, column, { value });
    }
    return null;
  },
};

const insertTemplate: Flow = {
  name: '插入模板',
  run: async (side) => {
    const check = await side.backend.checkTemplate();
    await side.backend.insertTemplate();
    return check;
  },
};

export function chain(kind: WorkbookKind): Flow[] {
  const flows: Flow[] = [
    { name: '重新计算 (pane)', run: (side) => side.backend.recalculate('refuse') },
    {
      name: 'annotation (row)',
      run: (side) => side.backend.annotate(0, '=受疫情影响，进度滞后', '+加强调度'),
    },
    {
      name: 'annotation (budget)',
      run: (side) => side.backend.annotate('budget', '年中追加预算', '按月跟踪执行'),
    },
    { name: '撤销上次计算', run: (side) => side.backend.undoLastRecalculation() },
    { name: '重新计算 (ribbon)', run: (side) => side.command('ribbon') },
    { name: '生成评价结果', run: (side) => side.backend.writeResultsSheet() },
    { name: '生成报告文字', run: (side) => side.backend.draftReport() },
    {
      name: 'conflict: refused',
      run: async (side) => {
        typeOverFirstScore(side);
        return side.backend.recalculate('refuse');
      },
    },
    // Moved where 人工得分 is free; the published sample has its scores there: still refused.
    {
      name: 'conflict: moved to 人工得分',
      run: (side) => side.backend.recalculate('moveToManual'),
    },
    { name: 'conflict: overwritten', run: (side) => side.backend.recalculate('overwrite') },
    { name: 'keyboard shortcut', run: (side) => side.command('shortcut') },
    { name: 'write failing half-way', run: failingRecalculation },
    { name: '生成评价结果 again', run: (side) => side.backend.writeResultsSheet() },
  ];
  return kind === 'empty' ? [insertTemplate, fillIn, ...flows] : [...flows, insertTemplate];
}
