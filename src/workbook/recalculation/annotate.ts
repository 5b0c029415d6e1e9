/**
 * The annotation action: one row's 偏差原因分析 and 改进措施 (or the budget's 预算偏差说明),
 * written as text in one write. Never part of a recalculation.
 */
import type { Locale } from '../../engine/types';
import { t } from '../../i18n/catalog';
import { blockAddress, cellAddress } from '../a1';
import { BUDGET_NAMES, HEADER_ALIASES } from '../contract/contract';
import { normalizeHeader } from '../contract/headers';
import type { CellWrite, ContractLayout, ContractReading, WritePlan } from '../port/types';

/** Why an annotation cannot be written (no such column, row or name). */
export class AnnotationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnnotationError';
  }
}

/** One column for both texts: 偏差原因分析及改进措施, 产生差异的原因及改进措施. */
function isCombinedHeader(header: string): boolean {
  const words = normalizeHeader(header);
  return words.includes('原因') && words.includes('措施');
}

function layoutOf(reading: ContractLayout | ContractReading): ContractLayout {
  return 'layout' in reading ? reading.layout : reading;
}

/**
 * A plan writing `reason` and `measures` into one indicator row (index into the reading's
 * indicators) or, with 'budget', `reason` into Budget_Reason (measures is then ignored).
 * Both cells are written as text in one block when adjacent. Throws AnnotationError when the
 * columns or the name do not exist.
 */
export function buildAnnotationPlan(
  reading: ContractLayout | ContractReading,
  indicatorIndex: number | 'budget',
  reason: string,
  measures: string,
  locale: Locale = 'zh-CN',
): WritePlan {
  const layout = layoutOf(reading);
  const writes: CellWrite[] = [];
  if (indicatorIndex === 'budget') {
    const cell = layout.budget.reason;
    if (!cell) {
      const spec = BUDGET_NAMES.find((b) => b.key === 'reason');
      const header = spec ? `${spec.name} / ${spec.aliases.join(' / ')}` : 'Budget_Reason';
      throw new AnnotationError(
        'workbook.annotation.noColumn',
        t('workbook.annotation.noColumn', { header }, locale),
      );
    }
    writes.push({
      sheet: cell.sheet,
      address: cell.address,
      values: [[reason]],
      numberFormats: [['@']],
    });
    return { createSheets: [], createNames: [], writes };
  }
  const table = layout.indicators;
  const row = table?.dataRows[indicatorIndex];
  if (!table || row === undefined) {
    throw new AnnotationError(
      'workbook.annotation.noRow',
      t('workbook.annotation.noRow', { index: Number(indicatorIndex) + 1 }, locale),
    );
  }
  const reasonColumn = table.columns.reason;
  const measuresColumn = table.columns.measures;
  const missing = (key: 'reason' | 'measures'): AnnotationError =>
    new AnnotationError(
      'workbook.annotation.noColumn',
      t('workbook.annotation.noColumn', { header: HEADER_ALIASES[key][0] }, locale),
    );
  if (!reasonColumn) throw missing('reason');
  const text = (value: string): CellWrite['values'] => [[value]];
  const rc = reasonColumn.columnIndex;
  if (!measuresColumn) {
    // One column for both (偏差原因分析及改进措施): the measures follow the reason.
    const combined = isCombinedHeader(reasonColumn.header);
    if (measures.trim() !== '' && !combined) throw missing('measures');
    // As the forms print it: 偏差原因：…；改进措施：…
    const value = !combined
      ? reason
      : measures.trim()
        ? t('workbook.annotation.combined', { reason, measures }, locale)
        : t('workbook.annotation.combinedReason', { reason }, locale);
    writes.push({
      sheet: table.sheet,
      address: cellAddress(row, rc),
      values: text(value),
      numberFormats: [['@']],
    });
    return { createSheets: [], createNames: [], writes };
  }
  const mc = measuresColumn.columnIndex;
  if (mc === rc + 1 || rc === mc + 1) {
    const left = Math.min(rc, mc);
    writes.push({
      sheet: table.sheet,
      address: blockAddress({ top: row, left, bottom: row, right: left + 1 }),
      values: [rc < mc ? [reason, measures] : [measures, reason]],
      numberFormats: [['@', '@']],
    });
  } else {
    writes.push(
      {
        sheet: table.sheet,
        address: cellAddress(row, rc),
        values: text(reason),
        numberFormats: [['@']],
      },
      {
        sheet: table.sheet,
        address: cellAddress(row, mc),
        values: text(measures),
        numberFormats: [['@']],
      },
    );
  }
  return { createSheets: [], createNames: [], writes };
}
