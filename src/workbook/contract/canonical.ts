/**
 * A canonical JSON of the evaluation input and its SHA-256, logged with every recalculation so
 * that two log lines with the same hash were scored from the same inputs. Cell positions
 * (`where`) are left out: moving a table does not change its inputs. A number format is kept
 * only where it changes the meaning (not "General"), so a JSON file and a workbook holding
 * the same values hash alike.
 */
import type { EvaluationInput } from '../../engine/types';
import { sha256Hex } from '../safety/sha256';
import { plainIndicator, RangeCell } from './table-rows';

function isCellInput(value: object): value is { value: unknown; numberFormat?: string } {
  if (value instanceof RangeCell) return true;
  return (
    'value' in value &&
    Object.keys(value).every((k) => ['value', 'numberFormat', 'where'].includes(k))
  );
}

function canonicalValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => canonicalValue(v) ?? null);
  if (isCellInput(value)) {
    const inner = canonicalValue(value.value);
    const format = value.numberFormat;
    if (!format || format.toLowerCase() === 'general') return inner ?? null;
    return { format, value: inner ?? null };
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (key === 'where') continue;
    const v = canonicalValue((value as Record<string, unknown>)[key]);
    if (v === undefined || v === '' || v === null) continue;
    out[key] = v;
  }
  return out;
}

/** Canonical JSON: sorted keys, blank values left out, text trimmed, positions dropped. */
export function canonicalInputJson(input: EvaluationInput): string {
  return JSON.stringify(
    canonicalValue({ ...input, indicators: input.indicators.map(plainIndicator) }),
  );
}

/** Lower-case hex SHA-256 of the canonical JSON of the inputs. */
export function inputSha256(input: EvaluationInput): string {
  return sha256Hex(canonicalInputJson(input));
}
