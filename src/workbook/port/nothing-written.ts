/**
 * A write a host refused before any of it reached the workbook: in Office, a call that threw
 * while the batch was being queued (ApiNotFound for a member above the ExcelApi level, a check
 * of the client library), before the batch's one sync; Excel.run then sends nothing. The
 * workbook is as it was, so there is nothing to roll back (write-failed.ts says so). The
 * message is the cause's.
 */
export class NothingWrittenError extends Error {
  constructor(
    /** Why the host refused the write (the host's own error). */
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NothingWrittenError';
  }
}
