/**
 * A workbook laid out by someone else — Chinese name aliases, shuffled
 * columns, merged level cells, percent-formatted actuals, extra columns of their own — scores
 * correctly through `perfscore score`, and every input and unknown column is unchanged.
 */
import * as ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import seed from '../fixtures/seed-2023.input.json';
import { run } from './helpers';

const SHEET = '绩效指标';
// Their own order, their own extra columns (序号, 备注, 责任科室), no 人工得分 column.
const HEADERS = [
  '序号',
  '得分',
  '实际完成值',
  '三级指标',
  '一级指标',
  '备注',
  '年度指标值',
  '分值',
  '完成率',
  '二级指标',
  '年中完成值',
  '偏差原因分析',
  '责任科室',
  '改进措施',
  '偏差状态',
];
const OUTPUT_HEADERS = new Set(['得分', '完成率', '偏差状态']);
const LEVELS: [string, string][] = [
  ['产出指标', '成本指标'],
  ['', ''],
  ['', '质量指标'],
  ['', ''],
  ['', '数量指标'],
  ['效益指标', '社会效益指标'],
  ['', ''],
  ['满意度指标', '服务对象满意度指标'],
];

/** "83.22%" → 0.8322, for a percent-formatted cell; other actuals stay text. */
function percentCell(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return m ? Number((Number(m[1]) / 100).toFixed(6)) : null;
}

async function foreignWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const budget = wb.addWorksheet('预算');
  budget.addRow(['年初预算数', '年中调整数', '全年预算数', '全年执行数', '预算偏差说明']);
  budget.addRow([212.65, -24.81, 187.84, 183.99, '年中根据实际调减预算']);
  wb.definedNames.add(`预算!$A$2`, '年初预算数');
  wb.definedNames.add(`预算!$B$2`, '年中调整数');
  wb.definedNames.add(`预算!$C$2`, '全年预算数');
  wb.definedNames.add(`预算!$D$2`, '全年执行数');
  wb.definedNames.add(`预算!$E$2`, '预算偏差说明');
  const results = wb.addWorksheet('结果');
  results.addRow(['自评总分', null, '评价等级', null]);
  wb.definedNames.add(`结果!$B$1`, '自评总分');
  wb.definedNames.add(`结果!$D$1`, '评价等级');

  const ws = wb.addWorksheet(SHEET);
  ws.addRow(HEADERS);
  seed.indicators.forEach((ind, i) => {
    const values: Record<string, ExcelJS.CellValue> = {
      序号: i + 1,
      三级指标: ind.name,
      一级指标: LEVELS[i][0] || null,
      二级指标: LEVELS[i][1] || null,
      年度指标值: ind.target,
      分值: ind.weight,
      年中完成值: ind.midYear,
      实际完成值: percentCell(ind.actual) ?? ind.actual,
      偏差原因分析: ind.reason || null,
      改进措施: ind.measures || null,
      备注: i % 2 ? `备注${i}` : null,
      责任科室: '办公室',
    };
    const row = ws.addRow(HEADERS.map((h) => values[h] ?? null));
    const actual = row.getCell(HEADERS.indexOf('实际完成值') + 1);
    if (typeof actual.value === 'number') actual.numFmt = '0.00%';
  });
  // Merged level cells, as accountants lay them out.
  const col = (h: string) => String.fromCharCode(65 + HEADERS.indexOf(h));
  ws.mergeCells(`${col('一级指标')}2:${col('一级指标')}6`);
  ws.mergeCells(`${col('一级指标')}7:${col('一级指标')}8`);
  ws.mergeCells(`${col('二级指标')}2:${col('二级指标')}3`);
  ws.mergeCells(`${col('二级指标')}4:${col('二级指标')}5`);
  ws.mergeCells(`${col('二级指标')}7:${col('二级指标')}8`);
  wb.definedNames.add(`${SHEET}!$A$1:$O$9`, '绩效指标');
  await wb.xlsx.writeFile(file);
}

interface CellView {
  value: unknown;
  numFmt: string;
}

async function cellsOf(file: string): Promise<Map<string, CellView>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const map = new Map<string, CellView>();
  wb.getWorksheet(SHEET)!.eachRow({ includeEmpty: true }, (row, r) => {
    for (let c = 1; c <= HEADERS.length; c += 1) {
      const cell = row.getCell(c);
      map.set(`${r}:${c}`, { value: cell.value, numFmt: cell.numFmt });
    }
  });
  return map;
}

describe('a workbook laid out by someone else', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perfscore-foreign-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('scores 99.26 优 and leaves every input and unknown column unchanged', async () => {
    const file = path.join(dir, '政务服务管理局.xlsx');
    await foreignWorkbook(file);
    const { code, stdout, stderr } = await run(['score', file]);
    expect(stderr).not.toContain('错误');
    expect(code).toBe(0);
    expect(stdout).toMatch(/综合得分：99\.26 \/ 100 +评价等级：优（最终结果）/);

    const scored = path.join(dir, '政务服务管理局.scored.xlsx');
    const before = await cellsOf(file);
    const after = await cellsOf(scored);
    const score = HEADERS.indexOf('得分') + 1;
    const completion = HEADERS.indexOf('完成率') + 1;
    for (const [key, cell] of before) {
      const column = Number(key.split(':')[1]);
      if (OUTPUT_HEADERS.has(HEADERS[column - 1]) && key !== `1:${column}`) continue;
      expect({ key, ...after.get(key) }).toEqual({ key, ...cell });
    }
    // The outputs landed in their own (shuffled) columns.
    expect(after.get(`7:${score}`)?.value).toBe(9.46);
    expect(after.get(`7:${completion}`)?.value).toBe(0.9457);
    expect(after.get(`7:${completion}`)?.numFmt).toBe('0.00%');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    expect(wb.getWorksheet('结果')!.getCell('B1').value).toBe(99.26);
    expect(wb.getWorksheet('结果')!.getCell('D1').value).toBe('优');
  });
});
