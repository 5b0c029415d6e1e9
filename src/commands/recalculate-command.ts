/**
 * The ribbon's 重新计算 button and the Ctrl+Alt+R shortcut: one recalculation of the workbook
 * without opening the pane, through the Office host's recalculateInWorkbook (the add-in's one
 * operation queue, its outcome published on recalcEvents, so an open pane shows it at once).
 *
 * Hand-typed values in output cells are never overwritten from the ribbon (conflict policy
 * "refuse"): when nothing could be written (conflicts, missing names, input errors) or the
 * recalculation failed, the task pane is shown, where the pane explains why and offers the
 * choices. A second press while one runs is refused by the queue and changes nothing.
 * The Office event is completed in every case, or Excel keeps the button busy.
 */
import type { Locale } from '../engine/types';
import type { WorkbookHost } from '../workbook/port/types';
import type { RecalcSource } from '../hosts/office/events';
import { OfficeHostError } from '../hosts/office/errors';
import { recalculateInWorkbook } from '../hosts/office/recalculate-in-workbook';

/** What the command does when it runs, for the log and the tests. */
export type CommandResult = 'written' | 'notWritten' | 'busy' | 'failed';

export interface RecalculateCommandOptions {
  /** The workbook host for a locale (Excel: an OfficeHost over Excel.run). */
  host: (locale: Locale) => WorkbookHost;
  /** The user's language now (Office's display language). */
  locale: () => Locale;
  /** Shows the task pane (Office.addin.showAsTaskpane in the shared runtime). */
  showPane: () => Promise<void>;
  /** Where problems are logged (default console.error). */
  log?: (message: string, error?: unknown) => void;
}

/** A ribbon ExecuteFunction event; a keyboard shortcut calls the action without one. */
export interface CommandEvent {
  completed: () => void;
}

export type RecalculateCommand = (event?: Partial<CommandEvent>) => Promise<CommandResult>;

export function createRecalculateCommand(options: RecalculateCommandOptions): RecalculateCommand {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const showPane = async () => {
    try {
      await options.showPane();
    } catch (error) {
      log('PerfScore: could not show the task pane', error);
    }
  };
  return async (event) => {
    // Office passes the ribbon's event; what a shortcut passes is not documented: only an
    // object that can be completed counts as the ribbon's.
    const completable = typeof event?.completed === 'function';
    const source: RecalcSource = completable ? 'ribbon' : 'shortcut';
    try {
      const locale = options.locale();
      const outcome = await recalculateInWorkbook(options.host(locale), {
        source,
        locale,
        conflictPolicy: 'refuse',
      });
      if (outcome.written) return 'written';
      await showPane();
      return 'notWritten';
    } catch (error) {
      if (error instanceof OfficeHostError && error.code === 'Busy') return 'busy';
      log('PerfScore: the recalculation failed', error);
      await showPane();
      return 'failed';
    } finally {
      if (completable) event!.completed!();
    }
  };
}
