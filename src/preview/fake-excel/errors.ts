/**
 * Errors of the fake Excel, shaped like Office.js's OfficeExtension.Error: `code` is what
 * callers branch on ("ItemNotFound", "InvalidArgument"...), `debugInfo` says where it happened.
 */

export const ErrorCodes = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidReference: 'InvalidReference',
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  invalidOperation: 'InvalidOperation',
} as const;

export interface FakeDebugInfo {
  code: string;
  message: string;
  /** The API member that failed, e.g. "Range.values" or "WorksheetCollection.getItem". */
  errorLocation?: string;
  /** A description of the queued operation that failed. */
  statement?: string;
}

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;

  constructor(code: string, message: string, errorLocation?: string, statement?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement };
  }
}

export function invalidArgument(message: string): FakeExcelError {
  return new FakeExcelError(ErrorCodes.invalidArgument, message);
}

export function propertyNotLoaded(type: string, property: string): FakeExcelError {
  return new FakeExcelError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
