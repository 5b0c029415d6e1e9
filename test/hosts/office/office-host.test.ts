import { FakeWorkbook, createFakeWorkbook } from '../../../src/preview/fake-excel';
import { OfficeHost } from '../../../src/hosts/office/office-host';
import { OfficeHostError } from '../../../src/hosts/office/errors';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';

function workbook(): FakeWorkbook {
  const fake = createFakeWorkbook();
  const model = fake.model;
  model.addSheet('绩效指标');
  model.setCell('绩效指标', 'A1', { value: '三级指标' });
  model.setCell('绩效指标', 'B1', { value: '实际完成值' });
  model.setCell('绩效指标', 'C1', { value: '得分' });
  model.setCell('绩效指标', 'A2', { value: '全程网办事项比例' });
  model.setCell('绩效指标', 'B2', { value: 0.8322, numberFormat: '0.00%' });
  model.setCell('绩效指标', 'C2', { value: 9.46, formula: '=B2*10' });
  model.setName('Indicators', '=绩效指标!$A$1:$C$2');
  model.setName('全年预算数', '=绩效指标!$E$1');
  model.setCell('绩效指标', 'E1', { value: 187.84 });
  model.setName('Rules', '=10');
  model.addSheet('评分记录', 'Hidden');
  return fake;
}

function host(fake: FakeWorkbook, locale: 'zh-CN' | 'en-US' = 'zh-CN'): OfficeHost {
  return new OfficeHost(runOnFakeWorkbook(fake), { locale });
}

describe('OfficeHost.read', () => {
  it('reads every requested name and sheet in one sync, matching names case-insensitively', async () => {
    const fake = workbook();
    const snapshot = await host(fake).read({
      names: ['indicators', '绩效指标', 'Budget_Final', '全年预算数', 'INDICATORS', 'Rules'],
      sheets: ['评分记录', '评价结果', '绩效指标'],
    });
    expect(fake.syncCount).toBe(1);
    expect(snapshot.sheetNames).toEqual(['绩效指标', '评分记录']);
    expect(snapshot.names.map((n) => n.name)).toEqual(['Indicators', '全年预算数', 'Rules']);
    expect(snapshot.names[0]).toEqual({
      name: 'Indicators',
      formula: '=绩效指标!$A$1:$C$2',
      range: {
        sheet: '绩效指标',
        address: 'A1:C2',
        rowIndex: 0,
        columnIndex: 0,
        values: [
          ['三级指标', '实际完成值', '得分'],
          ['全程网办事项比例', 0.8322, 9.46],
        ],
        numberFormats: [
          ['General', 'General', 'General'],
          ['General', '0.00%', 'General'],
        ],
        formulas: [
          [null, null, null],
          [null, null, '=B2*10'],
        ],
      },
    });
    expect(snapshot.names[1].range?.address).toBe('E1');
    expect(snapshot.names[2]).toEqual({ name: 'Rules', range: null, problem: 'notARange' });
    expect(snapshot.sheets).toEqual([
      { name: '评分记录', used: null },
      { name: '绩效指标', used: expect.objectContaining({ address: 'A1:E2', rowIndex: 0 }) },
    ]);
  });

  it('reports a name whose sheet was deleted as an invalid reference', async () => {
    const fake = workbook();
    fake.model.addSheet('评价结果');
    fake.model.setName('Result_Total', '=评价结果!$B$2');
    fake.model.deleteSheet('评价结果');
    const snapshot = await host(fake).read({ names: ['Result_Total'], sheets: [] });
    expect(snapshot.names).toEqual([
      { name: 'Result_Total', range: null, problem: 'invalidReference', formula: '=#REF!' },
    ]);
  });

  it('reads a text cell holding "=1+1" as text, not as a formula', async () => {
    const fake = workbook();
    fake.model.setCell('绩效指标', 'D2', { value: '=1+1' });
    const snapshot = await host(fake).read({ names: [], sheets: ['绩效指标'] });
    const used = snapshot.sheets[0].used!;
    expect(used.values[1][3]).toBe('=1+1');
    expect(used.formulas[1][3]).toBeNull();
  });
});

describe('OfficeHost.apply', () => {
  it('creates sheets and names and writes every block in one sync, formats before values', async () => {
    const fake = workbook();
    await host(fake).apply({
      createSheets: [{ name: '评价结果' }, { name: '评分状态', visibility: 'veryHidden' }],
      createNames: [{ name: 'Result_Total', reference: '评价结果!B2' }],
      writes: [
        {
          sheet: '评价结果',
          address: 'A2',
          values: [['自评总分', 99.26]],
          numberFormats: [['@', '0.00']],
        },
        { sheet: '绩效指标', address: 'C2:C2', values: [[9.46]] },
        { sheet: '绩效指标', address: 'F1', values: [['0.9795']], numberFormats: [['0.00%']] },
      ],
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.model.sheet('评分状态')?.visibility).toBe('VeryHidden');
    expect(fake.model.name('result_total')?.formula).toBe('=评价结果!$B$2');
    expect(fake.model.getCell('评价结果', 'B2')).toEqual({ value: 99.26, numberFormat: '0.00' });
    // Values replace the formula that was there.
    expect(fake.model.getCell('绩效指标', 'C2')).toEqual({ value: 9.46, numberFormat: undefined });
    // Text stays text, even when Excel would read it as a number.
    expect(fake.model.getCell('绩效指标', 'F1')).toEqual({
      value: '0.9795',
      numberFormat: '0.00%',
    });
  });

  it('stores a reason starting with = + - @ as text, never as a formula', async () => {
    const fake = workbook();
    const reasons = [
      '=1+1',
      '+增加',
      '-减少',
      '@某人',
      "'引号",
      '#N/A',
      'TRUE',
      '83%',
      '2023-12-31',
    ];
    await host(fake).apply({
      createSheets: [],
      createNames: [],
      writes: [{ sheet: '绩效指标', address: 'G1', values: reasons.map((r) => [r]) }],
    });
    const cells = reasons.map((_, i) => fake.model.getCell('绩效指标', `G${i + 1}`));
    expect(cells.map((c) => c?.value)).toEqual(reasons);
    expect(cells.every((c) => c?.formula === undefined && !c?.error)).toBe(true);
  });

  it('leaves a cell unchanged for null and clears it for ""', async () => {
    const fake = workbook();
    await host(fake).apply({
      createSheets: [],
      createNames: [],
      writes: [{ sheet: '绩效指标', address: 'A2:C2', values: [[null, '', null]] }],
    });
    expect(fake.sheetValues('绩效指标', 'A2:C2')).toEqual([['全程网办事项比例', '', 9.46]]);
  });

  it('does not sync for an empty plan', async () => {
    const fake = workbook();
    await host(fake).apply({ createSheets: [], createNames: [], writes: [] });
    expect(fake.syncCount).toBe(0);
  });

  it('refuses a block whose values do not fit its address before anything is written', async () => {
    const fake = workbook();
    const attempt = host(fake).apply({
      createSheets: [],
      createNames: [],
      writes: [
        { sheet: '绩效指标', address: 'A1', values: [['x']] },
        { sheet: '绩效指标', address: 'A2:B2', values: [['x'], ['y']] },
      ],
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidPlan' });
    await expect(attempt).rejects.toThrow('绩效指标!A2:B2');
    expect(fake.syncCount).toBe(0);
    expect(fake.model.getCell('绩效指标', 'A1')?.value).toBe('三级指标');
  });
});

describe('OfficeHost errors', () => {
  it('turns a protected sheet (AccessDenied) into the catalog message', async () => {
    const fake = workbook();
    fake.model.sheet('绩效指标')!.protected = true;
    const write = {
      createSheets: [],
      createNames: [],
      writes: [{ sheet: '绩效指标', address: 'C2', values: [[1]] }],
    };
    const error = await host(fake)
      .apply(write)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ code: 'AccessDenied', messageKey: 'office.error.accessDenied' });
    expect((error as Error).message).toMatch(/^工作表受保护/);
    const english = await host(fake, 'en-US')
      .apply(write)
      .catch((e: unknown) => e);
    expect((english as Error).message).toMatch(/^The sheet is protected/);
  });

  it('turns a missing sheet (ItemNotFound) and an Excel failure (GeneralException) into messages', async () => {
    const fake = workbook();
    const missing = await host(fake)
      .apply({
        createSheets: [],
        createNames: [],
        writes: [{ sheet: '没有', address: 'A1', values: [[1]] }],
      })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({
      code: 'ItemNotFound',
      messageKey: 'office.error.itemNotFound',
    });
    fake.injectFault({ sync: 1, code: 'GeneralException' });
    const general = await host(fake)
      .read({ names: ['Indicators'], sheets: [] })
      .catch((e: unknown) => e);
    expect(general).toMatchObject({ code: 'GeneralException', messageKey: 'office.error.general' });
    fake.injectFault({ sync: 1, code: 'SomethingNew' });
    const unknown = await host(fake)
      .read({ names: ['Indicators'], sheets: [] })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'SomethingNew', messageKey: 'office.error.unknown' });
    expect((unknown as Error).message).toContain('SomethingNew');
  });
});
