/**
 * OperationQueue: recalculation, annotation, template insertion and saving the rules never
 * interleave in one workbook (each is one read and/or one write, and a write computed from a
 * read must not land after another operation changed the workbook).
 *
 * Policy: a request while another operation runs is REFUSED at once with a "busy" message
 * (OfficeHostError code "Busy") — a second click on 重新计算 does not stack up recalculations.
 * A caller that must not lose its request (saving an explanation the user typed while a ribbon
 * recalculation runs) passes { wait: true } and is run after the operations before it, in order.
 */
import type { Locale } from '../../engine/types';
import { t } from '../../i18n/catalog';
import { OfficeHostError } from './errors';

export type OperationKind =
  | 'recalculate'
  | 'annotate'
  | 'insertTemplate'
  | 'bindForm'
  | 'saveSettings'
  | 'draftReport'
  | 'undo'
  | 'resultsSheet';

export interface QueueOptions {
  /** Wait for the running operation(s) instead of being refused. */
  wait?: boolean;
  /** Language of the busy message (default zh-CN). */
  locale?: Locale;
}

export class OperationQueue {
  /** Accepted operations, the running one first. */
  private readonly accepted: OperationKind[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  /** The operation running (or about to run) now, or null. */
  get running(): OperationKind | null {
    return this.accepted[0] ?? null;
  }

  /** Whether an operation runs or waits. */
  get busy(): boolean {
    return this.accepted.length > 0;
  }

  run<T>(kind: OperationKind, task: () => Promise<T>, options: QueueOptions = {}): Promise<T> {
    if (this.busy && !options.wait) {
      const locale = options.locale ?? 'zh-CN';
      const running = t(`office.operation.${this.accepted[0]}`, {}, locale);
      return Promise.reject(new OfficeHostError('Busy', 'office.busy', { running }, locale));
    }
    this.accepted.push(kind);
    const result = this.tail.then(async () => {
      try {
        return await task();
      } finally {
        this.accepted.shift();
      }
    });
    // The next operation starts after this one, whether it succeeded or failed.
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** The one queue of the add-in: the ribbon commands and the pane share it (shared runtime). */
export const workbookOperations = new OperationQueue();
