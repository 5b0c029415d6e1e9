/**
 * The same workbook cases as workbook-cli.test.ts, through the workbook layer as the add-in
 * runs it: `recalculate(host, …)` with the OfficeHost over the fake Excel. A refused run
 * names the cell in its problems and writes nothing at all; a scored run changes only the
 * output cells.
 */
import { fakeWorkbookFromExceljs, type FakeWorkbook } from '../../src/preview/fake-excel';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../src/preview/run-on-fake';
import { recalculate } from '../../src/workbook';
import { MAIN, isOutputCell, sampleWorkbook } from './helpers';
import { WORKBOOK_CASES } from './workbook-cases';
import { messageOf } from '../../src/i18n/said';

const NOW = new Date('2024-03-01T08:00:00Z');

/** Every non-empty cell of every sheet: "Sheet!A1" → value, formula and number format. */
function picture(fake: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of fake.sheetNames()) {
    fake.sheetGrid(sheet).forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === '' && !cell.formula) return;
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        const { value, formula, numberFormat } = cell;
        out.set(`${sheet}!${address}`, JSON.stringify({ value, formula, numberFormat }));
      }),
    );
  }
  return out;
}

describe('bad input in a workbook: recalculate(OfficeHost over the fake Excel)', () => {
  it.each(WORKBOOK_CASES.map((c) => [c.did, c] as const))('the accountant %s', async (_did, c) => {
    const wb = await sampleWorkbook();
    c.edit(wb, wb.getWorksheet(MAIN)!);
    const fake = fakeWorkbookFromExceljs(wb);
    const before = picture(fake);
    const sheetsBefore = fake.sheetNames();

    const outcome = await recalculate(new OfficeHost(runOnFakeWorkbook(fake)), {
      conflictPolicy: 'refuse',
      now: NOW,
    });
    const after = picture(fake);
    if (c.code === 1) {
      expect(outcome.written).toBe(false);
      const told = outcome.problems.map((p) => `${p.where}：${messageOf(p, 'zh-CN')}`).join('\n');
      for (const text of c.says) {
        if (typeof text === 'string') expect(told).toContain(text);
        else expect(told).toMatch(text);
      }
      // Nothing at all was written: same sheets, same cells.
      expect(fake.sheetNames()).toEqual(sheetsBefore);
      expect(after).toEqual(before);
      return;
    }
    expect(outcome.problems).toEqual([]);
    expect(outcome.written).toBe(true);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => {
      const bang = key.lastIndexOf('!');
      return (
        !isOutputCell(key.slice(0, bang), key.slice(bang + 1)) && before.get(key) !== after.get(key)
      );
    });
    expect(changed).toEqual([]);
  });
});
