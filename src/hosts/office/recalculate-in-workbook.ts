/**
 * One recalculation in a workbook, as the ribbon command and the task pane both start it:
 * through the operation queue (never interleaved with an annotation or a template insertion),
 * with the contract's recalculate() (one read, at most one write), and its progress and outcome
 * published on `recalcEvents`, so that an open pane shows a recalculation started from the
 * ribbon (shared runtime: both run in one JavaScript runtime and share these modules).
 */
import { recalculate } from '../../workbook';
import type { RecalcOutcome, RecalculateOptions, WorkbookHost } from '../../workbook';
import { RecalcEvents, type RecalcSource } from './events';
import { type OperationQueue, workbookOperations } from './queue';

export type { RecalcOutcome };

/** The add-in's one store of recalculation events. */
export const recalcEvents = new RecalcEvents<RecalcOutcome>();

export interface RecalculateInWorkbookOptions extends RecalculateOptions {
  /** Who asked (shown nowhere yet; kept in the events). Default 'pane'. */
  source?: RecalcSource;
  /** Wait behind a running operation instead of being refused (queue.ts). */
  wait?: boolean;
  /** Default: the add-in's one queue, `workbookOperations`. */
  queue?: OperationQueue;
  /** Default: the add-in's one store, `recalcEvents`. */
  events?: RecalcEvents<RecalcOutcome>;
}

/**
 * Recalculates through the queue and publishes 'started', then 'finished' (with the outcome)
 * or 'failed'. A request refused because another operation runs rejects with an
 * OfficeHostError of code "Busy" and publishes nothing.
 */
export function recalculateInWorkbook(
  host: WorkbookHost,
  options: RecalculateInWorkbookOptions,
): Promise<RecalcOutcome> {
  const { source = 'pane', wait, queue = workbookOperations, events = recalcEvents } = options;
  const contractOptions: RecalculateOptions = {
    conflictPolicy: options.conflictPolicy,
    locale: options.locale,
    profile: options.profile,
    now: options.now,
  };
  return queue.run(
    'recalculate',
    async () => {
      events.publish({ type: 'started', source });
      try {
        const outcome = await recalculate(host, contractOptions);
        events.publish({ type: 'finished', source, outcome });
        return outcome;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        events.publish({ type: 'failed', source, error, message });
        throw error;
      }
    },
    { wait, locale: options.locale },
  );
}
