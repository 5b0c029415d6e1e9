/**
 * The one sheet builder and its write plan: cells become one block from A1 (blank cells as the
 * caller's blank: null leaves a new sheet's cell alone, "" clears), texts can be kept as text,
 * merged areas style every covered cell, equal cell styles become few rectangles and blocks
 * styled whole follow them in order; sizes, lists, frozen panes and print setup go into the
 * layout.
 */
import { SheetBuilder } from '../../../src/workbook/sheets/sheet-builder';
import { sheetLayout, sheetWrite } from '../../../src/workbook/sheets/sheet-emit';
import type { CellStyle } from '../../../src/workbook/port/types';

const BOLD: CellStyle = { bold: true, border: true };
const PLAIN: CellStyle = { border: true };

function sample(): SheetBuilder {
  const b = new SheetBuilder('表', [10, 12, 14]);
  b.area(0, 0, 0, 2, '标题', { style: BOLD });
  b.set(1, 0, 5, { numberFormat: '0.00', style: PLAIN });
  b.set(2, 0, 6, { numberFormat: '0.00', style: PLAIN });
  b.set(2, 2, 11, { formula: '=SUM(A2:A3)', style: PLAIN });
  b.height(0, 30);
  return b;
}

describe('the sheet builder', () => {
  test('writes one block from A1 to the last cell, blanks as asked, formulas where given', () => {
    const model = sample().build();
    const fresh = sheetWrite(model, null)!;
    expect(fresh.address).toBe('A1:C3');
    expect(fresh.values).toEqual([
      ['标题', null, null],
      [5, null, null],
      [6, null, 11],
    ]);
    expect(fresh.numberFormats![1]).toEqual(['0.00', 'General', 'General']);
    expect(fresh.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, '=SUM(A2:A3)'],
    ]);
    expect(sheetWrite(model, '')!.values[1]).toEqual([5, '', '']);
    expect(sheetWrite(new SheetBuilder('空', []).build(), null)).toBeNull();
  });

  test('keeps every non-empty text as text when asked, whatever it looks like', () => {
    const b = new SheetBuilder('结果', [8, 8], { textFormat: '@' });
    b.set(0, 0, '=cmd()');
    b.set(0, 1, 2023, { numberFormat: '0' });
    b.set(1, 0, '', { numberFormat: '0.00%' });
    expect(sheetWrite(b.build(), '')!.numberFormats).toEqual([
      ['@', '0'],
      ['0.00%', 'General'],
    ]);
  });

  test('merges an area, styling each covered cell; equal styles make few rectangles', () => {
    const layout = sheetLayout(sample().build());
    expect(layout.merges).toEqual(['A1:C1']);
    expect(layout.styles).toEqual([
      { address: 'A1:C1', style: BOLD },
      { address: 'A2:A3', style: PLAIN },
      { address: 'C3', style: PLAIN },
    ]);
    expect(layout.columnWidths).toEqual([10, 12, 14]);
    expect(layout.rowHeights).toEqual({ 1: 30 });
    expect(layout.reset).toBeUndefined();
    expect(layout.validations).toBeUndefined();
  });

  test('blocks styled whole follow the cell styles in their order', () => {
    const b = sample();
    b.style({ top: 1, left: 0, bottom: 2, right: 2 }, { wrap: true });
    b.style({ top: 2, left: 2, bottom: 2, right: 2 }, { horizontal: 'right' });
    const styles = sheetLayout(b.build()).styles;
    expect(styles.slice(-2)).toEqual([
      { address: 'A2:C3', style: { wrap: true } },
      { address: 'C3', style: { horizontal: 'right' } },
    ]);
  });

  test('lists, frozen panes, print setup and a reset block go into the layout', () => {
    const b = sample();
    b.validation({ range: 'B2:B3', list: ['是', '否'], strict: true });
    b.freeze(1, 0);
    b.print({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
    const layout = sheetLayout(b.build(), 'A1:C3');
    expect(layout.validations).toEqual([{ range: 'B2:B3', list: ['是', '否'], strict: true }]);
    expect(layout.freeze).toEqual({ rows: 1, columns: 0 });
    expect(layout.print).toEqual({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
    expect(layout.reset).toBe('A1:C3');
  });

  test('the values so far are what a stamp codes', () => {
    const b = sample();
    expect(b.values('')).toEqual(sheetWrite(b.build(), '')!.values);
  });
});
