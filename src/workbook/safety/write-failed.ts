/**
 * All-or-none writes: a host that fails in the middle of a write (Excel keeps the operations
 * before the failure) gets the inverse plan applied (inverse.ts), and the caller a
 * WriteFailedError whose message says plainly whether the workbook is unchanged or which cells
 * may have been changed. A write the host refused before sending anything (NothingWrittenError)
 * is not rolled back: the message says Excel refused it and the workbook is unchanged.
 */
import type { Locale } from '../../engine/types';
import { t, type MessageKey } from '../../i18n/catalog';
import { inversePlan } from './inverse';
import { NothingWrittenError } from '../port/nothing-written';
import { writtenBlocks } from '../port/snapshot-cells';
import type { WorkbookHost, WorkbookSnapshot, WritePlan } from '../port/types';

/** At most this many blocks are named in a message; the others are counted. */
const SHOWN_BLOCKS = 8;

/** An error's message in the locale asked for, without the final full stop. */
function causeText(error: unknown, locale: Locale): string {
  let text: string;
  if (
    error instanceof Error &&
    typeof (error as { localized?: unknown }).localized === 'function'
  ) {
    text = (error as Error & { localized(locale: Locale): string }).localized(locale);
  } else if (error instanceof Error) text = error.message;
  else text = String(error);
  return text.trim().replace(/[。.；;]+$/, '');
}

/** The message of a failed write: each message takes the params it names. */
function failureText(
  code: MessageKey,
  cause: unknown,
  cells: string[],
  rollbackError: unknown,
  locale: Locale,
): string {
  const shown = cells.slice(0, SHOWN_BLOCKS).join(locale === 'zh-CN' ? '、' : ', ');
  const more =
    cells.length > SHOWN_BLOCKS
      ? t('workbook.write.moreCells', { count: cells.length - SHOWN_BLOCKS }, locale)
      : '';
  return t(
    code,
    {
      cause: causeText(cause, locale),
      rollbackCause: causeText(rollbackError, locale),
      cells: `${shown}${more}`,
    },
    locale,
  );
}

/**
 * How a failed write left the workbook: `rolledBack`, everything it changed was put back;
 * `notSent`, Excel refused it before anything was sent (nothing to roll back); `notRolledBack`,
 * the rollback failed too; `sheetsLost`, the rollback worked but the sheets being replaced
 * could not come back.
 */
export type WriteFailure = 'rolledBack' | 'notSent' | 'notRolledBack' | 'sheetsLost';

/**
 * A write that failed. `rolledBack`: whether the workbook is as before (everything the write
 * changed was put back, or nothing was sent); when false, `cells` lists the blocks that may
 * have been changed, or (`code` workbook.write.sheetsLost) the generated sheets the write was
 * replacing, deleted for good although the rest was rolled back. `message` is complete on its
 * own (the pane shows it as it is).
 */
export class WriteFailedError extends Error {
  readonly code: MessageKey;
  readonly rolledBack: boolean;

  constructor(
    failure: WriteFailure,
    /** Why the write failed. */
    readonly writeError: unknown,
    /** The blocks of the write ("绩效指标!J7:J14") and the sheets it creates. */
    readonly cells: string[],
    /** Why the rollback failed (when it did). */
    readonly rollbackError: unknown,
    locale: Locale = 'zh-CN',
  ) {
    const code: MessageKey = `workbook.write.${failure}`;
    super(failureText(code, writeError, cells, rollbackError, locale));
    this.name = 'WriteFailedError';
    this.code = code;
    this.rolledBack = failure === 'rolledBack' || failure === 'notSent';
  }

  /** The message in another language. */
  localized(locale: Locale): string {
    return failureText(this.code, this.writeError, this.cells, this.rollbackError, locale);
  }
}

/** Whether sheet `name` has the same used range (address and values) in both snapshots. */
function sameUsedRange(before: WorkbookSnapshot, after: WorkbookSnapshot, name: string): boolean {
  const find = (s: WorkbookSnapshot) =>
    s.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  const a = find(before);
  const b = find(after);
  if (!a || !b) return false;
  return (
    (a.used?.address ?? '') === (b.used?.address ?? '') &&
    JSON.stringify(a.used?.values ?? []) === JSON.stringify(b.used?.values ?? [])
  );
}

export interface AllOrNoneOptions {
  locale?: Locale;
}

/**
 * Applies `plan`, built from `snapshot` (read with a request covering every cell the plan
 * writes and every name it creates); if the host fails, applies the inverse plan and throws a
 * WriteFailedError saying whether that worked. The rollback first reads which of the sheets
 * and names the plan creates exist by now (one read), then writes once. A host that refused
 * the write before sending any of it (NothingWrittenError) gets no rollback: the error says the
 * workbook is unchanged. Nothing extra happens when the write succeeds.
 */
export async function applyAllOrNone(
  host: WorkbookHost,
  plan: WritePlan,
  snapshot: WorkbookSnapshot,
  options: AllOrNoneOptions = {},
): Promise<void> {
  const locale = options.locale ?? 'zh-CN';
  try {
    await host.apply(plan);
    return;
  } catch (cause) {
    const cells = [...writtenBlocks(plan), ...plan.createSheets.map((s) => s.name)];
    if (cause instanceof NothingWrittenError) {
      throw new WriteFailedError('notSent', cause.cause, cells, undefined, locale);
    }
    const inverse = inversePlan(plan, snapshot);
    const replacing = plan.deleteSheets ?? [];
    let lost: string[];
    try {
      const now = await host.read({ names: inverse.deleteNames ?? [], sheets: replacing });
      const sheets = new Set(now.sheetNames.map((s) => s.toLowerCase()));
      const names = new Set(now.names.map((n) => n.name.toLowerCase()));
      // A sheet being replaced that still holds what it held: the write failed before deleting
      // it, so it stays. Otherwise its replacement goes and the old one is lost.
      const untouched = new Set(
        replacing.filter((s) => sameUsedRange(snapshot, now, s)).map((s) => s.toLowerCase()),
      );
      lost = replacing.filter((s) => !untouched.has(s.toLowerCase()));
      await host.apply({
        ...inverse,
        deleteSheets: (inverse.deleteSheets ?? []).filter(
          (s) => sheets.has(s.toLowerCase()) && !untouched.has(s.toLowerCase()),
        ),
        deleteNames: (inverse.deleteNames ?? []).filter((n) => names.has(n.toLowerCase())),
      });
    } catch (rollbackError) {
      throw new WriteFailedError('notRolledBack', cause, cells, rollbackError, locale);
    }
    if (lost.length > 0) {
      throw new WriteFailedError('sheetsLost', cause, lost, undefined, locale);
    }
    throw new WriteFailedError('rolledBack', cause, cells, undefined, locale);
  }
}
