/**
 * A 自评表 without names, scored by `perfscore score` and annotated, then opened in LibreOffice:
 * the scores are in the form's own cells, formatted as the form's, the reason is in its merged
 * 偏差原因分析及改进措施 cell, and what the department typed is unchanged.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { openWorkbookFile, savePackageAtomic } from '../../src/hosts/xlsx';
import { writeTemplateFile } from '../template/template-file';
import { buildAnnotationPlan, readContract, snapshotRequest } from '../../src/workbook';
import { sampleFormSpec } from '../../src/workbook/forms/sample-form';
import { convert, parseCsv } from './soffice';

const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-lo-forms-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the scores land in the form’s own cells and LibreOffice shows them there', async () => {
  const { spec, layout } = sampleFormSpec();
  const form = path.join(dir, 'form.xlsx');
  await writeTemplateFile(spec, form);
  const quiet = { write: () => true };
  const code = await main(['score', form], {
    stdout: quiet,
    stderr: quiet,
    isTTY: false,
    env: { LANG: 'zh_CN.UTF-8' },
    now: () => new Date('2024-03-01T08:00:00Z'),
  });
  expect(code).toBe(0);
  const scored = path.join(dir, 'form.scored.xlsx');

  // 偏差说明 into the merged reason cell of 事项审批时间缩短 (its names now exist).
  const { host } = await openWorkbookFile(scored);
  const reading = readContract(await host.read(snapshotRequest()));
  await host.apply(buildAnnotationPlan(reading, 6, '审批流程优化', '继续压缩审批时限'));
  await savePackageAtomic(host, scored);

  const out = path.join(dir, 'csv');
  const csv = `form.scored-${layout.sheet}.csv`;
  convert([scored], CSV_AS_SHOWN, out, [csv]);
  const rows = parseCsv(fs.readFileSync(path.join(out, csv), 'utf8'));
  const cell = (address: string): string => {
    const m = /^([A-Z])(\d+)$/.exec(address);
    if (!m) throw new Error(address);
    return rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? '';
  };
  // The budget row: the department's figures, then 执行率 and 得分 written by the product.
  expect(['C6', 'D6', 'E6', 'F6', 'G6', 'H6', 'I6'].map(cell)).toEqual([
    '年度资金总额',
    '212.65',
    '187.84',
    '183.99',
    '10',
    '97.95%',
    '9.80',
  ]);
  expect(layout.indicatorRows.map((r) => [cell(`D${r}`), cell(`H${r}`)])).toEqual([
    ['培训费下降率', '8.00'],
    ['预算经费', '12.00'],
    ['项目支出预算执行率', '10.00'],
    ['政府采购执行率', '10.00'],
    ['全年办件数量', '15.00'],
    ['全程网办事项比例', '9.46'],
    ['事项审批时间缩短', '15.00'],
    ['群众满意度', '10.00'],
  ]);
  expect([
    cell(`A${layout.totalRow}`),
    cell(`G${layout.totalRow}`),
    cell(`H${layout.totalRow}`),
  ]).toEqual(['总分', '100', '99.26']);
  expect(cell(`I${layout.indicatorRows[6]}`)).toBe(
    '偏差原因：审批流程优化；改进措施：继续压缩审批时限',
  );
  // Inputs as typed; the empty 时效指标 slot still empty.
  expect(cell(`E${layout.indicatorRows[1]}`)).toBe('≤212.65万元');
  expect(cell(`F${layout.indicatorRows[5]}`)).toBe('83.22%');
  expect(cell('C16')).toBe('时效指标');
  expect(['D16', 'E16', 'H16'].map(cell)).toEqual(['', '', '']);
});
