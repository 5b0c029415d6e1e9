/**
 * A canonical JSON of the evaluation input and its SHA-256, logged with every recalculation so
 * that two log lines with the same hash were scored from the same inputs. Cell positions
 * (`where`) are left out: moving a table does not change its inputs. A number format is kept
 * only where it changes the meaning (not "General"), so a JSON file and a workbook holding
 * the same values hash alike.
 */
import type { EvaluationInput } from '../../engine/types';
import { TextSha256 } from '../safety/sha256';

const CELL_KEYS = new Set(['value', 'numberFormat', 'where']);

function isCellInput(value: object): value is { value: unknown; numberFormat?: string } {
  if (!('value' in value)) return false;
  for (const key of Object.keys(value)) if (!CELL_KEYS.has(key)) return false;
  return true;
}

/** A value the canonical JSON leaves out of an object. */
function isLeftOut(value: unknown): boolean {
  return value === undefined || value === '' || value === null;
}

/**
 * An object's keys in the order they are written: sorted, "where" dropped, and (as
 * JSON.stringify writes any object) array-index keys ("0", "12") first, by number.
 */
function keysOf(value: object): string[] {
  const keys = Object.keys(value)
    .filter((key) => key !== 'where')
    .sort();
  const index = (key: string): boolean => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
  if (!keys.some(index)) return keys;
  const indices = keys.filter(index).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((key) => !index(key))];
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
  for (const key of keysOf(value)) {
    const v = canonicalValue((value as Record<string, unknown>)[key]);
    if (isLeftOut(v)) continue;
    out[key] = v;
  }
  return out;
}

/** Whether the value is an object or array written piece by piece rather than whole. */
function isNested(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isCellInput(value);
}

/**
 * The canonical JSON of `value` handed to `emit` a piece at a time: the outer `levels` of
 * objects and arrays punctuation by punctuation, anything deeper (one indicator) whole. The
 * pieces joined are JSON.stringify(canonicalValue(value)); a table of 100,000 indicators is
 * never one tree nor one string.
 */
function emitCanonical(value: unknown, emit: (piece: string) => void, levels: number): void {
  if (levels === 0 || !isNested(value)) {
    emit(JSON.stringify(canonicalValue(value) ?? null));
    return;
  }
  if (Array.isArray(value)) {
    emit('[');
    value.forEach((item, i) => {
      if (i > 0) emit(',');
      emitCanonical(item, emit, levels - 1);
    });
    emit(']');
    return;
  }
  emit('{');
  let first = true;
  for (const key of keysOf(value)) {
    const item = (value as Record<string, unknown>)[key];
    const whole = isNested(item) ? undefined : canonicalValue(item);
    if (!isNested(item) && isLeftOut(whole)) continue;
    emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (isNested(item)) emitCanonical(item, emit, levels - 1);
    else emit(JSON.stringify(whole));
  }
  emit('}');
}

/** Levels of the input written piece by piece: the input, its lists, their items. */
const STREAMED_LEVELS = 2;

/** Canonical JSON: sorted keys, blank values left out, text trimmed, positions dropped. */
export function canonicalInputJson(input: EvaluationInput): string {
  const pieces: string[] = [];
  emitCanonical(input, (piece) => pieces.push(piece), STREAMED_LEVELS);
  return pieces.join('');
}

/** Lower-case hex SHA-256 of the canonical JSON of the inputs, hashed as it is made. */
export function inputSha256(input: EvaluationInput): string {
  const hash = new TextSha256();
  emitCanonical(input, (piece) => hash.update(piece), STREAMED_LEVELS);
  return hash.hex();
}
