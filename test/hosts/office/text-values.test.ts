import fc from 'fast-check';
import { createFakeWorkbook } from '../../../src/preview/fake-excel';
import { OfficeHost } from '../../../src/hosts/office/office-host';
import { runOnFakeWorkbook } from '../../../src/preview/run-on-fake';

/** Text that Excel is tempted to read as something else. */
const tricky = fc.oneof(
  fc.string(),
  fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', "'", ' ', '#', '', '1', '0.5', 'TRUE', '#N/A', '2023-'),
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', '%', '!', ' '),
    )
    .map(([a, b, c]) => a + b + c),
);

describe('text written by the Office host stays the same text (over the fake Excel)', () => {
  it('for any string, in a General cell and in a text cell', async () => {
    await fc.assert(
      fc.asyncProperty(tricky, fc.boolean(), async (text, asText) => {
        fc.pre(text !== '');
        const fake = createFakeWorkbook();
        fake.model.addSheet('S');
        await new OfficeHost(runOnFakeWorkbook(fake)).apply({
          createSheets: [],
          createNames: [],
          writes: [
            {
              sheet: 'S',
              address: 'A1',
              values: [[text]],
              numberFormats: asText ? [['@']] : undefined,
            },
          ],
        });
        const cell = fake.model.getCell('S', 'A1');
        expect([cell?.value, cell?.formula, cell?.error]).toEqual([text, undefined, undefined]);
      }),
      { numRuns: 300 },
    );
  });

  it('for text Excel reads as a number after spaces or with an exponent', async () => {
    for (const text of [' +0', ' -5', '  12 ', '1e5', '2.5E-3', ' +1e2%']) {
      const fake = createFakeWorkbook();
      fake.model.addSheet('S');
      await new OfficeHost(runOnFakeWorkbook(fake)).apply({
        createSheets: [],
        createNames: [],
        writes: [{ sheet: 'S', address: 'A1', values: [[text]] }],
      });
      const cell = fake.model.getCell('S', 'A1');
      expect({ text, value: cell?.value, formula: cell?.formula }).toEqual({
        text,
        value: text,
        formula: undefined,
      });
    }
  });
});
