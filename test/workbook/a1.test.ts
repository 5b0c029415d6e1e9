import fc from 'fast-check';
import {
  MAX_COLUMNS,
  absoluteAddress,
  blockAddress,
  blocksOverlap,
  cellAddress,
  cellBlock,
  columnIndexOf,
  columnLetter,
  heightOf,
  parseBlock,
  quoteSheet,
  splitSheet,
  whereOf,
  widthOf,
} from '../../src/workbook/a1';

describe('sheet names in addresses', () => {
  // [name, as Excel writes it before "!"]
  const names: [string, string][] = [
    ['绩效指标', '绩效指标'],
    ['评分_记录', '评分_记录'],
    ['Sheet1', 'Sheet1'],
    ['Sheet 1', "'Sheet 1'"],
    ['My Sheet', "'My Sheet'"],
    ['A1', "'A1'"],
    ['XFD1048576', "'XFD1048576'"],
    ['R1C1', "'R1C1'"],
    ['R1C', "'R1C'"],
    ['RC', "'RC'"],
    ['R', "'R'"],
    ['C', "'C'"],
    ['r2', "'r2'"],
    ['1绩效', "'1绩效'"],
    ['2023年', "'2023年'"],
    ["O'Brien", "'O''Brien'"],
    ["Jenny's", "'Jenny''s'"],
    ['a-b', "'a-b'"],
    ['back\\slash', "'back\\slash'"],
    ['TRUE', "'TRUE'"],
    ['false', "'false'"],
    ['ABCD1', 'ABCD1'],
  ];

  it.each(names)('writes %s as %s, and reads it back', (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
    expect(whereOf(name, 'B2')).toBe(`${quoted}!B2`);
    expect(splitSheet(whereOf(name, 'B2:C3'))).toEqual({ sheet: name, address: 'B2:C3' });
  });

  it('reads an address without a sheet as no sheet', () => {
    expect(splitSheet('H7')).toEqual({ sheet: null, address: 'H7' });
    expect(splitSheet('绩效指标!H7')).toEqual({ sheet: '绩效指标', address: 'H7' });
  });
});

describe('blocks', () => {
  it('writes whole rows and columns as Excel does, and everything else as cells', () => {
    expect(blockAddress(parseBlock('B:C')!)).toBe('B:C');
    expect(blockAddress(parseBlock('3:5')!)).toBe('3:5');
    expect(blockAddress(parseBlock('$C$3:$A$1')!)).toBe('A1:C3');
    expect(blockAddress(parseBlock('H7')!)).toBe('H7');
    expect(absoluteAddress(parseBlock('A5:O13')!)).toBe('$A$5:$O$13');
    expect(absoluteAddress(cellBlock(13, 2))).toBe('$C$14');
  });

  it('counts rows and columns from 0', () => {
    expect(parseBlock('B3:D7')).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
    expect(cellAddress(6, 7)).toBe('H7');
    expect(heightOf(parseBlock('B3:D7')!)).toBe(5);
    expect(widthOf(parseBlock('B3:D7')!)).toBe(3);
  });

  it('refuses what is not a block of the grid', () => {
    for (const text of ['XFE1', 'A1048577', 'A0', 'A1:B2:C3', '绩效指标!A1', 'A', '', 'B3:']) {
      expect([text, parseBlock(text)]).toEqual([text, null]);
    }
  });

  it('tells overlapping blocks from neighbours', () => {
    expect(blocksOverlap(parseBlock('A1:B2')!, parseBlock('B2:C3')!)).toBe(true);
    expect(blocksOverlap(parseBlock('A1:B2')!, parseBlock('C1:C3')!)).toBe(false);
  });
});

describe('A1 round trips', () => {
  it('reads back every column letter and every quoted sheet name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (column) => {
        expect(columnIndexOf(columnLetter(column))).toBe(column);
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        (sheet, row, column) => {
          const split = splitSheet(whereOf(sheet, blockAddress(cellBlock(row, column))));
          expect(split).toEqual({ sheet, address: cellAddress(row, column) });
          expect(parseBlock(split.address)).toEqual(cellBlock(row, column));
        },
      ),
    );
  });
});
