/**
 * The ribbon's 重新计算 and the Ctrl+Alt+R shortcut (src/commands/recalculate-command.ts) over
 * the fake Excel with the sample workbook: it scores without the pane, never overwrites what a
 * user typed, shows the pane when it cannot write, and always completes the Office event.
 */
import { type FakeWorkbook } from '../../src/preview/fake-excel';
import { fakeSampleWorkbook } from '../../src/preview/sample-workbook';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { recalcEvents } from '../../src/hosts/office/recalculate-in-workbook';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { createRecalculateCommand } from '../../src/commands/recalculate-command';

function namedCell(fake: FakeWorkbook, name: string) {
  const entry = fake.model.name(name);
  const range = entry && fake.model.resolveName(entry).range;
  if (!range) throw new Error(`no range named ${name}`);
  return { sheet: range.sheet, row: range.rect.top, column: range.rect.left };
}

function named(fake: FakeWorkbook, name: string): unknown {
  const { sheet, row, column } = namedCell(fake, name);
  return sheet.cell(row, column)?.value;
}

async function setup() {
  const fake = await fakeSampleWorkbook({});
  const showPane = jest.fn(async () => undefined);
  const log = jest.fn();
  const command = createRecalculateCommand({
    host: (locale) => new OfficeHost(runOnFakeWorkbook(fake), { locale }),
    locale: () => 'zh-CN',
    showPane,
    log,
  });
  const event = { completed: jest.fn() };
  return { fake, showPane, log, command, event };
}

test('a ribbon press scores the workbook without opening the pane, and completes the event', async () => {
  const { fake, showPane, command, event } = await setup();
  await expect(command(event)).resolves.toBe('written');
  expect(named(fake, 'Result_Total')).toBe(99.26);
  expect(named(fake, 'Result_Grade')).toBe('优');
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(showPane).not.toHaveBeenCalled();
  // An open pane (same runtime) hears of it.
  expect(recalcEvents.last).toMatchObject({ type: 'finished', source: 'ribbon' });
});

test('the keyboard shortcut (no event object) runs the same recalculation', async () => {
  const { fake, command } = await setup();
  await expect(command()).resolves.toBe('written');
  expect(named(fake, 'Result_Total')).toBe(99.26);
  expect(recalcEvents.last).toMatchObject({ type: 'finished', source: 'shortcut' });
  // Whatever argument a shortcut brings, it is not mistaken for a ribbon event.
  await expect(command({})).resolves.toBe('written');
  expect(recalcEvents.last).toMatchObject({ type: 'finished', source: 'shortcut' });
});

test('a value typed into an output cell is kept; the pane is shown to explain', async () => {
  const { fake, showPane, command, event } = await setup();
  await command(event);
  const { sheet, row, column } = namedCell(fake, 'Result_Total');
  sheet.setCell(row, column, { value: 88 });
  const second = { completed: jest.fn() };
  await expect(command(second)).resolves.toBe('notWritten');
  expect(named(fake, 'Result_Total')).toBe(88);
  expect(showPane).toHaveBeenCalledTimes(1);
  expect(second.completed).toHaveBeenCalledTimes(1);
});

test('when Excel fails, the error is logged, the pane shown and the event still completed', async () => {
  const { fake, showPane, log, command, event } = await setup();
  fake.injectFault({ sync: 1, code: 'GeneralException' });
  await expect(command(event)).resolves.toBe('failed');
  expect(log).toHaveBeenCalledWith('PerfScore: the recalculation failed', expect.anything());
  expect(showPane).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(recalcEvents.last).toMatchObject({ type: 'failed', source: 'ribbon' });
});

test('a second press while one runs is refused, and both events complete', async () => {
  const { fake, showPane, command } = await setup();
  const first = { completed: jest.fn() };
  const second = { completed: jest.fn() };
  const [a, b] = await Promise.all([command(first), command(second)]);
  expect([a, b]).toEqual(['written', 'busy']);
  expect(first.completed).toHaveBeenCalledTimes(1);
  expect(second.completed).toHaveBeenCalledTimes(1);
  expect(showPane).not.toHaveBeenCalled();
  expect(named(fake, 'Result_Total')).toBe(99.26);
});

test('a pane that cannot be shown does not keep the button busy', async () => {
  const { fake, log, event } = await setup();
  fake.injectFault({ sync: 1, code: 'GeneralException' });
  const command = createRecalculateCommand({
    host: (locale) => new OfficeHost(runOnFakeWorkbook(fake), { locale }),
    locale: () => 'en-US',
    showPane: async () => {
      throw new Error('no pane');
    },
    log,
  });
  await expect(command(event)).resolves.toBe('failed');
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(log).toHaveBeenCalledWith('PerfScore: could not show the task pane', expect.any(Error));
});
