// The one error type of the desk. Flows throw it for expected refusals that end a request;
// src/http/errors.ts maps every code to an HTTP status (exhaustively, so a new code must be mapped).

export const ERROR_CODES = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unprocessable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly extra?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { field?: string; extra?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.extra = options.extra;
  }
}

/** A missing row, or another store's row: both say "not found" so existence never leaks. */
export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}
