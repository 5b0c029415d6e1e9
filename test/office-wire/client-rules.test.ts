/**
 * The client rules that Microsoft's Excel client library enforces by itself, and the answers
 * of the wire interpreter it relies on: a property read before load() + sync() is
 * PropertyNotLoaded; a null object reads isNullObject true (and the objects derived from it are
 * null too); a range used again in a later sync goes by the reference id the interpreter gave
 * it (_KeepReference); a sheet added in one sync is written in the next; an error of the
 * workbook comes back as an OfficeExtension.Error with its code and location, and the
 * operations before it stay applied.
 */
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { bridgeTo } from './bridge';

const SHEET = '绩效自评表';

async function setup() {
  const fake = await fakeSampleWorkbook();
  return { fake, ...bridgeTo(fake) };
}

test('reading a property before load() and sync() is PropertyNotLoaded, thrown by the library', async () => {
  const { run, interpreter } = await setup();
  const error = await run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange('C6');
    return range.values;
  }).catch((e: { code?: string }) => e.code);
  expect(error).toBe('PropertyNotLoaded');
  expect(interpreter.syncCount).toBe(0);
});

test('a missing sheet or name is a null object, and so is what is derived from it', async () => {
  const { run } = await setup();
  const seen = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject('没有这张表');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    const name = context.workbook.names.getItemOrNullObject('No_Such_Name');
    const range = name.getRangeOrNullObject();
    range.load('values');
    const present = context.workbook.worksheets.getItemOrNullObject(SHEET);
    present.load('name');
    await context.sync();
    return [
      sheet.isNullObject,
      used.isNullObject,
      name.isNullObject,
      range.isNullObject,
      present.name,
    ];
  });
  expect(seen).toEqual([true, true, true, true, SHEET]);
});

test('a range loaded in one sync is written in the next through its reference id', async () => {
  const { run, interpreter, fake } = await setup();
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(SHEET).getRange('N6:O6');
    range.load('values');
    await context.sync();
    expect(range.values).toEqual([['', '']]);
    range.values = [['原因', '措施']];
    await context.sync();
  });
  // The second request addresses the range by the id the first one's answer gave it.
  const second = interpreter.requests[1];
  expect(Object.values(second.ObjectPaths).map((p) => p.ObjectPathType)).toContain(6);
  expect(fake.sheetValues(SHEET, 'N6:O6')).toEqual([['原因', '措施']]);
});

test('a sheet added in one sync is written in the next', async () => {
  const { run, fake } = await setup();
  await run(async (context) => {
    const added = context.workbook.worksheets.add('新表');
    added.load('name');
    await context.sync();
    added.getRange('A1').values = [['第二次同步']];
    await context.sync();
  });
  expect(fake.sheetValues('新表', 'A1')).toEqual([['第二次同步']]);
});

test('an error of the workbook comes back with its code and location; what ran before stays', async () => {
  const { run, fake } = await setup();
  const error = (await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('N6').values = [['写入了']];
    context.workbook.worksheets.getItem('没有这张表').getRange('A1').values = [['x']];
    await context.sync();
  }).catch((e: unknown) => e)) as { code?: string; debugInfo?: { errorLocation?: string } };
  expect(error.code).toBe('ItemNotFound');
  expect(error.debugInfo?.errorLocation).toBe('WorksheetCollection.getItem');
  expect(fake.sheetValues(SHEET, 'N6')).toEqual([['写入了']]);
});

test('a member the fake Excel lacks is answered as an error and reported; the next request works', async () => {
  const { run, interpreter, fake } = await setup();
  const [before] = fake.sheetValues(SHEET, 'N7');
  const error = (await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange('N6').values = [['之前']];
    sheet.freezePanes.freezeRows(5);
    sheet.getRange('N7').values = [['之后']];
    await context.sync();
  }).catch((e: unknown) => e)) as { code?: string; message?: string };
  expect(error.code).toBe('GeneralException');
  expect(interpreter.unsupported).toEqual([expect.stringMatching(/freezePanes/)]);
  // Excel keeps what ran before a failure and drops what follows it.
  expect(fake.sheetValues(SHEET, 'N6:N7')).toEqual([['之前'], before]);
  await run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange('N7').values = [['再试']];
    await context.sync();
  });
  expect(fake.sheetValues(SHEET, 'N7')).toEqual([['再试']]);
});
