/**
 * The audit as the pane lists it (核对提示): each finding of result.audit (a manual score that
 * differs from the rule's, 年初 + 调整 ≠ 全年, budget lines not adding up, weights, level-1
 * weights, a mid-year value above the year-end one) with its message and the cell to look at.
 * Errors first, then warnings, then notes; the engine's order within each.
 */
import type { AuditItem, EvaluationResult, Locale, Severity } from '../engine/types';
import { messageOf } from '../i18n/said';

export interface AuditEntry {
  key: string;
  code: string;
  message: string;
  severity: Severity;
  /** The cell or block as messages name it ("绩效指标!K8"). */
  where: string;
  /** A cell of the workbook (a link selects it), not a JSON path. */
  inSheet: boolean;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A sheet reference ("绩效指标!K8", "'My sheet'!J5:J12"), as opposed to a JSON path. */
export function isSheetReference(where: string): boolean {
  return /^(?:'[^']+'|[^!'[\]]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(where);
}

export function buildAuditEntries(result: EvaluationResult, locale: Locale): AuditEntry[] {
  const items: AuditItem[] = result.audit ?? [];
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => ORDER[a.item.severity] - ORDER[b.item.severity] || a.order - b.order)
    .map(({ item, order }) => ({
      key: `${item.code}:${item.where}:${order}`,
      code: item.code,
      message: messageOf(item, locale),
      severity: item.severity,
      where: item.where,
      inSheet: isSheetReference(item.where),
    }));
}
