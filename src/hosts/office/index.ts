/**
 * The Office.js host: the workbook contract over the Excel JavaScript API (office-host.ts),
 * the operation queue that keeps recalculation, annotation and template insertion apart
 * (queue.ts), and the recalculation events a shared-runtime pane listens to (events.ts,
 * recalculate-in-workbook.ts). The fake-Excel adapter (run-on-fake.ts) is deliberately not
 * exported here, so that the add-in bundle does not carry the fake.
 */
export { OfficeHost, type ExcelRun, type OfficeHostOptions, rangeSnapshot } from './office-host';
export { OfficeHostError, officeError } from './errors';
export { excelInputValue, needsTextPrefix } from './text-values';
export { OperationQueue, workbookOperations, type OperationKind, type QueueOptions } from './queue';
export { RecalcEvents, type RecalcEvent, type RecalcListener, type RecalcSource } from './events';
export {
  recalcEvents,
  recalculateInWorkbook,
  type RecalcOutcome,
  type RecalculateInWorkbookOptions,
} from './recalculate-in-workbook';
