import { EXCEL_CELL_CHARS, overlongTexts } from '../../../src/workbook/port/cell-text';

describe("Excel's limit on a cell's text", () => {
  it('names each cell whose text is longer than 32,767 characters', () => {
    const plan = {
      createSheets: [],
      createNames: [],
      writes: [
        {
          sheet: '绩效自评表',
          address: 'N9:O9',
          values: [['原'.repeat(34000), '改'.repeat(EXCEL_CELL_CHARS)]],
        },
      ],
    };
    expect(overlongTexts(plan)).toEqual([
      '绩效自评表!N9 的文字有 34,000 个字符，超过 Excel 单元格上限（32,767 个字符），未写入。请删减后再保存。',
    ]);
    expect(overlongTexts(plan, 'en-US')[0]).toContain('绩效自评表!N9 has 34,000 characters');
  });
});
