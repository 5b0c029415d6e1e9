import { FakeExcelError, FakeWorkbook, createFakeWorkbook } from '../../../src/preview/fake-excel';

function sample(): FakeWorkbook {
  const fake = createFakeWorkbook();
  fake.model.addSheet('绩效指标');
  fake.model.setCell('绩效指标', 'A1', { value: '指标' });
  fake.model.setCell('绩效指标', 'B1', { value: '分值' });
  fake.model.setCell('绩效指标', 'A2', { value: '群众满意度' });
  fake.model.setCell('绩效指标', 'B2', { value: 10 });
  fake.model.setCell('绩效指标', 'C2', { value: 0.95, numberFormat: '0.00%' });
  fake.model.setName('Indicators', '=绩效指标!$A$1:$C$2');
  return fake;
}

async function rejection(promise: Promise<unknown>): Promise<FakeExcelError> {
  try {
    await promise;
  } catch (error) {
    return error as FakeExcelError;
  }
  throw new Error('expected the promise to be rejected');
}

describe('fake Excel: loading properties', () => {
  it('throws PropertyNotLoaded on a read before load() + sync(), like Office.js', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['指标', '分值'],
        ['群众满意度', 10],
      ]);
      // Only what was loaded is available.
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reads the values as they were when the load ran, before a later write of the same batch', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('B2');
      range.load('values');
      range.values = [[12]];
      const after = context.workbook.worksheets.getItem('绩效指标').getRange('B2').load('values');
      await context.sync();
      expect(after.values).toEqual([[12]]);
    });
    expect(fake.model.getCell('绩效指标', 'B2')?.value).toBe(12);
  });

  it('gives addresses, indices, formats, text and value types like Excel', async () => {
    const fake = sample();
    fake.model.addSheet('My Sheet');
    fake.model.addSheet('2023');
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const range = sheets.getItem('绩效指标').getRange('B1:C2').load();
      const spaced = sheets.getItem('My Sheet').getRange('A1').load('address');
      const digits = sheets.getItem('2023').getRange('$B$3').load('address');
      await context.sync();
      expect(range.address).toBe('绩效指标!B1:C2');
      expect(spaced.address).toBe("'My Sheet'!A1");
      expect(digits.address).toBe("'2023'!B3");
      expect([range.rowIndex, range.columnIndex, range.rowCount, range.columnCount]).toEqual([
        0, 1, 2, 2,
      ]);
      expect(range.numberFormat).toEqual([
        ['General', 'General'],
        ['General', '0.00%'],
      ]);
      expect(range.text).toEqual([
        ['分值', ''],
        ['10', '95.00%'],
      ]);
      expect(range.valueTypes).toEqual([
        ['String', 'Empty'],
        ['Double', 'Double'],
      ]);
    });
  });
});

describe('fake Excel: deferred errors', () => {
  it('reports a missing sheet at sync(), applying the operations queued before it and none after', async () => {
    const fake = sample();
    const error = await rejection(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('绩效指标').getRange('D1').values = [['before']];
        const missing = sheets.getItem('没有这张表'); // no error yet
        missing.getRange('A1').values = [['x']];
        sheets.getItem('绩效指标').getRange('D2').values = [['after']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(fake.model.getCell('绩效指标', 'D1')?.value).toBe('before');
    expect(fake.model.getCell('绩效指标', 'D2')).toBeUndefined();
  });

  it('refuses a values array whose shape does not match the range, leaving it untouched', async () => {
    const fake = sample();
    const error = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('绩效指标').getRange('A2:B2').values = [['x'], ['y']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(fake.sheetValues('绩效指标', 'A2:B2')).toEqual([['群众满意度', 10]]);
  });

  it('writes one value into every cell of a range when given a scalar', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      (
        context.workbook.worksheets.getItem('绩效指标').getRange('E1:E2') as { values: unknown }
      ).values = 0;
      await context.sync();
    });
    expect(fake.sheetValues('绩效指标', 'E1:E2')).toEqual([[0], [0]]);
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    const fake = sample();
    fake.model.sheet('绩效指标')!.protected = true;
    const error = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('绩效指标').getRange('B2').values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    expect(fake.model.getCell('绩效指标', 'B2')?.value).toBe(10);
  });

  it('sends what a batch left queued in a last sync, as Excel.run does', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('B2').values = [[7]];
    });
    expect(fake.model.getCell('绩效指标', 'B2')?.value).toBe(7);
    expect(fake.syncCount).toBe(1);
  });
});

describe('fake Excel: what a written value becomes', () => {
  async function write(fake: FakeWorkbook, address: string, values: unknown[][]): Promise<void> {
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange(address).values = values;
      await context.sync();
    });
  }

  it('turns a string beginning with "=" into a formula, and keeps text after an apostrophe', async () => {
    const fake = sample();
    await write(fake, 'D1:F1', [['=1+1', "'=1+1", '=SUM(B2:B3)']]);
    expect(fake.model.getCell('绩效指标', 'D1')).toMatchObject({ formula: '=1+1', value: 2 });
    expect(fake.model.getCell('绩效指标', 'E1')).toEqual({
      value: '=1+1',
      numberFormat: undefined,
    });
    expect(fake.model.getCell('绩效指标', 'F1')).toMatchObject({
      formula: '=SUM(B2:B3)',
      value: '',
    });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('绩效指标')
        .getRange('D1:E1')
        .load('values,formulas');
      await context.sync();
      expect(range.values).toEqual([[2, '=1+1']]);
      expect(range.formulas).toEqual([['=1+1', '=1+1']]);
    });
  });

  it('turns "+…", "-…" and "@…" text into formulas and numeric text into numbers, as typing does', async () => {
    const fake = sample();
    await write(fake, 'D1:H1', [['-abc', '+1', '12.5', '83.22%', 'TRUE']]);
    expect(fake.model.getCell('绩效指标', 'D1')?.formula).toBe('=-abc');
    expect(fake.model.getCell('绩效指标', 'E1')?.value).toBe(1);
    expect(fake.model.getCell('绩效指标', 'F1')?.value).toBe(12.5);
    expect(fake.model.getCell('绩效指标', 'G1')).toMatchObject({
      value: 0.8322,
      numberFormat: '0.00%',
    });
    expect(fake.model.getCell('绩效指标', 'H1')?.value).toBe(true);
  });

  it('leaves a cell unchanged for null and clears it for ""', async () => {
    const fake = sample();
    await write(fake, 'A2:C2', [[null, '', null]]);
    expect(fake.sheetValues('绩效指标', 'A2:C2')).toEqual([['群众满意度', '', 0.95]]);
  });

  it('stores text as it is in a cell formatted as text', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('D1');
      range.numberFormat = [['@']];
      range.values = [['=1+1']];
      await context.sync();
    });
    expect(fake.model.getCell('绩效指标', 'D1')).toEqual({ value: '=1+1', numberFormat: '@' });
  });
});

describe('fake Excel: names and sheets', () => {
  it('finds names case-insensitively and reports missing ones as null objects after sync', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const found = context.workbook.names.getItemOrNullObject('INDICATORS');
      const missing = context.workbook.names.getItemOrNullObject('Result_Total');
      const missingRange = missing.getRangeOrNullObject();
      found.load('name,type,value,formula');
      expect(() => found.isNullObject).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      const range = found.getRangeOrNullObject().load('address');
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
      expect(missingRange.isNullObject).toBe(true);
      expect([found.name, found.type, found.value, found.formula]).toEqual([
        'Indicators',
        'Range',
        '绩效指标!$A$1:$C$2',
        '=绩效指标!$A$1:$C$2',
      ]);
      expect(range.address).toBe('绩效指标!A1:C2');
    });
  });

  it('makes names of a deleted sheet #REF!: getRange fails with InvalidReference at sync', async () => {
    const fake = sample();
    fake.model.addSheet('其他');
    fake.model.deleteSheet('绩效指标');
    expect(fake.model.name('indicators')?.formula).toBe('=#REF!$A$1:$C$2');
    const error = await rejection(
      fake.run(async (context) => {
        const item = context.workbook.names.getItem('Indicators').load('type');
        const orNull = context.workbook.names.getItem('Indicators').getRangeOrNullObject();
        await context.sync();
        expect(item.type).toBe('Error');
        expect(orNull.isNullObject).toBe(true);
        context.workbook.names.getItem('Indicators').getRange().load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidReference');
  });

  it('adds names from a Range, and takes a reference string without "=" as a text constant (like Excel)', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('评价结果');
      context.workbook.names.add('Result_Total', sheet.getRange('B2'));
      context.workbook.names.add('Oops', '评价结果!$B$3');
      await context.sync();
    });
    expect(fake.model.name('result_total')?.formula).toBe('=评价结果!$B$2');
    expect(fake.model.name('oops')?.formula).toBe('="评价结果!$B$3"');
    const error = await rejection(
      fake.run(async (context) => {
        context.workbook.names.add('result_TOTAL', '=评价结果!$B$4');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
  });

  it('adds, hides and lists sheets; refuses a duplicate name at sync', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const log = context.workbook.worksheets.add('评分记录');
      log.visibility = 'Hidden';
      context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      expect(context.workbook.worksheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ['绩效指标', 'Visible'],
        ['评分记录', 'Hidden'],
      ]);
    });
    const error = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.add('评分记录');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
  });

  it('gives the used range, or a null object for an empty sheet', async () => {
    const fake = sample();
    fake.model.addSheet('空');
    fake.model.setCell('绩效指标', 'E9', { value: '', numberFormat: '0.00' });
    await fake.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem('绩效指标')
        .getUsedRangeOrNullObject(true)
        .load('address');
      const withFormats = context.workbook.worksheets
        .getItem('绩效指标')
        .getUsedRangeOrNullObject()
        .load('address');
      const empty = context.workbook.worksheets
        .getItem('空')
        .getUsedRangeOrNullObject()
        .load('address');
      const noSheet = context.workbook.worksheets
        .getItemOrNullObject('无')
        .getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe('绩效指标!A1:C2');
      expect(withFormats.address).toBe('绩效指标!A1:E9');
      expect(empty.isNullObject).toBe(true);
      expect(noSheet.isNullObject).toBe(true);
    });
  });

  it('derives ranges with getCell and getResizedRange, and selects', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const base = context.workbook.worksheets.getItem('绩效指标').getRange('B2');
      const cell = base.getCell(1, 2).load('address');
      const block = base.getResizedRange(2, 1).load('address');
      block.select();
      await context.sync();
      expect(cell.address).toBe('绩效指标!D3');
      expect(block.address).toBe('绩效指标!B2:C4');
    });
    expect(fake.model.selection?.rect).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
  });

  it('derives a row with getRow and the block of two ranges with getBoundingRect', async () => {
    const fake = sample();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      const table = sheet.getRange('A2:C9');
      const row = table.getRow(3).load('address');
      const rows = table.getRow(1).getBoundingRect(table.getRow(4)).load('address');
      await context.sync();
      expect(row.address).toBe('绩效指标!A5:C5');
      expect(rows.address).toBe('绩效指标!A3:C6');
      fake.model.addSheet('Other');
      const across = table.getBoundingRect(
        context.workbook.worksheets.getItem('Other').getRange('A1'),
      );
      across.load('address');
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });
});

describe('fake Excel: counters and fault injection', () => {
  it('counts syncs and fails the Nth sync without applying it', async () => {
    const fake = sample();
    fake.injectFault({ sync: 2, code: 'GeneralException' });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('D1').values = [['one']];
      await context.sync();
      context.workbook.worksheets.getItem('绩效指标').getRange('D2').values = [['two']];
      const error = await rejection(context.sync());
      expect(error.code).toBe('GeneralException');
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.sheetValues('绩效指标', 'D1:D2')).toEqual([['one'], ['']]);
  });

  it('fails the Nth operation, keeping the operations before it', async () => {
    const fake = sample();
    fake.injectFault({ operation: 2, code: 'AccessDenied' });
    const error = await rejection(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('绩效指标');
        sheet.getRange('D1').values = [['one']];
        sheet.getRange('D2').values = [['two']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    expect(error.debugInfo.errorLocation).toBe('Range.values');
    expect(fake.sheetValues('绩效指标', 'D1:D2')).toEqual([['one'], ['']]);
  });
});
