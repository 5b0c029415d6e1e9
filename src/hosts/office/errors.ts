/**
 * Office errors, handled by `error.code` (OfficeExtension.Error.code; the fake Excel's errors
 * carry the same codes) and turned into catalog messages.
 */
import type { Locale } from '../../engine/types';
import { t, type MessageKey } from '../../i18n/catalog';
import './messages';

/** An error of the Office host, with a catalog message in the host's language. */
export class OfficeHostError extends Error {
  constructor(
    /** The Office error code ("ItemNotFound"...), or "Busy" / "InvalidPlan" for our own. */
    readonly code: string,
    /** Catalog key and params, to show the message again in another language. */
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number>,
    locale: Locale,
  ) {
    super(t(messageKey, params, locale));
    this.name = 'OfficeHostError';
  }
}

const KEYS: Record<string, MessageKey> = {
  ItemNotFound: 'office.error.itemNotFound',
  InvalidReference: 'office.error.invalidReference',
  AccessDenied: 'office.error.accessDenied',
  ItemAlreadyExists: 'office.error.itemAlreadyExists',
  InvalidArgument: 'office.error.invalidArgument',
  GeneralException: 'office.error.general',
  RequestPayloadSizeLimitExceeded: 'office.error.payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'office.error.payloadTooLarge',
  // Excel answers these when it is busy (cell edit mode, another batch, a slow network).
  ActivityLimitReached: 'office.error.general',
  RequestAborted: 'office.error.general',
  Conflict: 'office.error.general',
  NotImplemented: 'office.error.general',
  ServiceNotAvailable: 'office.error.general',
};

interface CodedError {
  code: string;
  message?: string;
  debugInfo?: { errorLocation?: string; message?: string };
}

function isCodedError(error: unknown): error is CodedError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * The catalog form of an Office error (an OfficeHostError as it is); anything without a string
 * `code` (a programming error) is returned unchanged.
 */
export function officeError(error: unknown, locale: Locale): unknown {
  if (error instanceof OfficeHostError || !isCodedError(error)) return error;
  const location = error.debugInfo?.errorLocation;
  const detail = [location, error.message].filter((part) => part).join(': ');
  const key = KEYS[error.code] ?? 'office.error.unknown';
  return new OfficeHostError(error.code, key, { code: error.code, detail }, locale);
}
