/**
 * The table as people edit it: a row inserted just above 自评总分 is not silently left out of
 * the score, and names Excel scoped to a sheet (when the sheet was copied) are found.
 */
import * as XLSX from '@e965/xlsx';
import { fakeSampleWorkbook } from '../../../src/preview/sample-workbook';
import { OfficeHost } from '../../../src/hosts/office';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';
import { openWorkbookBuffer } from '../../../src/hosts/xlsx';
import { readContract, recalculate, snapshotRequest } from '../../../src/workbook';
import { buildTemplateSpec } from '../../../src/workbook/template';
import { messageOf } from '../../../src/i18n/said';

describe('a row inserted just above 自评总分 (outside Indicators)', () => {
  const spec = buildTemplateSpec({ sample: true, locale: 'zh-CN' });
  const { sheet, lastDataRow, columns } = spec.layout;

  async function withInsertedRow(values: Record<string, string | number>) {
    const fake = await fakeSampleWorkbook();
    // 0-based row `lastDataRow` is the 自评总分 row: the new row goes just above it.
    fake.model.insertRows(sheet, lastDataRow, 1);
    const row = lastDataRow + 1;
    for (const [key, value] of Object.entries(values))
      fake.model.setCell(sheet, `${columns[key]}${row}`, { value });
    return { fake, row };
  }

  test('an indicator typed there is an error naming the row; nothing is written', async () => {
    const { fake, row } = await withInsertedRow({
      name: '企业满意度',
      operator: '≥',
      target: 95,
      unit: '%',
      actual: 60,
      weight: 10,
    });
    const host = new OfficeHost(runOnFakeWorkbook(fake));
    const outcome = await recalculate(host, { conflictPolicy: 'refuse' });
    expect(outcome.written).toBe(false);
    expect(outcome.result).toBeUndefined();
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0].where).toBe(`${sheet}!A${row}:${columns.cumulative}${row}`);
    expect(messageOf(outcome.problems[0], 'zh-CN')).toContain(
      `第 ${row} 行（“企业满意度”）像一个指标`,
    );
    expect(messageOf(outcome.problems[0], 'zh-CN')).toContain('不会被评分');
    expect(fake.model.getCell(sheet, `${columns.score}${row - 1}`)?.value ?? '').toBe('');
  });

  test('a blank row there changes nothing: 99.26 优', async () => {
    const { fake } = await withInsertedRow({});
    const outcome = await recalculate(new OfficeHost(runOnFakeWorkbook(fake)), {
      conflictPolicy: 'refuse',
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result?.total).toBe(99.26);
  });
});

describe('names scoped to a sheet (a copied sheet)', () => {
  test('are found, not reported as missing', async () => {
    const aoa = [
      ['全年预算数', '全年执行数'],
      [187.84, 183.99],
      ['三级指标', '年度指标值', '实际完成值', '分值'],
      ['群众满意度', '≥95%', '95%', 90],
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), '表(2)');
    book.Workbook = {
      Names: [
        { Name: 'Budget_Final', Ref: "'表(2)'!$A$2", Sheet: 0 },
        { Name: 'Budget_Spent', Ref: "'表(2)'!$B$2", Sheet: 0 },
        { Name: 'Indicators', Ref: "'表(2)'!$A$3:$D$4", Sheet: 0 },
      ],
    };
    const buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const host = openWorkbookBuffer(buffer, 'copied.xlsx');
    const snapshot = await host.read(snapshotRequest());
    expect(snapshot.names.map((n) => [n.name, n.scope])).toEqual([
      ['Budget_Final', '表(2)'],
      ['Budget_Spent', '表(2)'],
      ['Indicators', '表(2)'],
    ]);
    const reading = readContract(snapshot);
    expect(reading.problems).toEqual([]);
    expect(reading.input.indicators).toHaveLength(1);
  });
});

describe('names scoped to a sheet, through the Office host', () => {
  test('are found when the workbook has no workbook-scoped ones', async () => {
    const fake = await fakeSampleWorkbook();
    const sheet = fake.model.sheets[0];
    // Every name moved to the sheet's scope, as after copying the sheet and deleting the original.
    for (const [key, entry] of fake.model.names) {
      sheet.names.set(key, entry);
      fake.model.names.delete(key);
    }
    const host = new OfficeHost(runOnFakeWorkbook(fake));
    const snapshot = await host.read(snapshotRequest());
    expect(snapshot.names.find((n) => n.name === 'Indicators')?.scope).toBe(sheet.name);
    const outcome = await recalculate(host, { conflictPolicy: 'refuse' });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result?.total).toBe(99.26);
  });
});
