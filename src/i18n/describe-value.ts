/** A parsed value as short text for messages: "≥72.3万件", "83.22%", "2023-12-31". */
import { t } from './catalog';
import type { Locale } from './locale';
import type { ParsedValue, Quantity } from '../engine/values/types';

function quantityText(q: Quantity): string {
  if (q.unit === null) return q.amount.toFixed();
  return q.amount.dividedBy(q.unit.factor).toFixed() + q.unit.text;
}

export function describeValue(v: ParsedValue, locale: Locale): string {
  switch (v.kind) {
    case 'blank':
      return t('values.describe.blank', {}, locale);
    case 'quantity':
      return (v.operator ?? '') + quantityText(v.quantity);
    case 'date':
      return (v.operator ?? '') + v.date;
    case 'error':
      return v.code;
    default:
      return v.text;
  }
}
