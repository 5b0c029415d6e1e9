/**
 * Excel's limit on the text of one cell: 32,767 characters. A write plan whose text exceeds
 * it is refused before anything is written (Excel would fail half-way or cut the text).
 */
import type { Locale } from '../../engine/types';
import { t } from '../../i18n/catalog';
import { cellAddress, parseBlock, whereOf } from '../a1';
import type { WritePlan } from './types';

export const EXCEL_CELL_CHARS = 32767;

/** "32,767": a count as people read it. */
export function groupedCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One message per cell of the plan whose text is longer than a cell holds, naming the cell. */
export function overlongTexts(plan: WritePlan, locale: Locale = 'zh-CN'): string[] {
  const messages: string[] = [];
  for (const write of plan.writes) {
    const block = parseBlock(write.address);
    write.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== 'string' || value.length <= EXCEL_CELL_CHARS) return;
        const address = block ? cellAddress(block.top + r, block.left + c) : write.address;
        messages.push(
          t(
            'workbook.cell.tooLong',
            {
              where: whereOf(write.sheet, address),
              count: groupedCount(value.length),
              limit: groupedCount(EXCEL_CELL_CHARS),
            },
            locale,
          ),
        );
      }),
    );
  }
  return messages;
}
