// One map from error to problem response (RFC 9457 shape: type, title, status, detail, field?).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../flows/app-error.ts';
import { pgErrorCode } from '../flows/pg-error.ts';

const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  bad_request: { status: 400, title: 'Bad request' },
  validation: { status: 400, title: 'Invalid input' },
  unauthenticated: { status: 401, title: 'Not signed in' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  payload_too_large: { status: 413, title: 'Body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  rate_limited: { status: 429, title: 'Too many attempts' },
  unprocessable: { status: 422, title: 'Cannot be done as asked' },
  internal: { status: 500, title: 'Internal error' },
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  field?: string;
  [k: string]: unknown;
};

/** Builds the problem body for an AppError. */
export function toProblem(error: AppError): Problem {
  const { status, title } = STATUS[error.code];
  const detail = error.code === 'internal' ? 'Something went wrong on our side.' : error.message;
  return {
    ...error.extra,
    type: `https://aftersales.dev/problems/${error.code}`,
    title,
    status,
    detail,
    field: error.field,
  };
}

function fieldOf(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = typeof first.params.missingProperty === 'string' ? first.params.missingProperty : '';
  return [path, missing].filter(Boolean).join('.') || undefined;
}

function isFastifyError(error: unknown): error is FastifyError & { statusCode: number } {
  return error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number';
}

/** Classifies anything thrown inside a request as an AppError; unknown errors become `internal`. */
export function classifyError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const sqlState = pgErrorCode(error);
  if (sqlState === '23505') return new AppError('conflict', 'A record with the same unique value already exists.');
  if (sqlState === '23503') return new AppError('not_found', 'A referenced record does not exist.');
  if (sqlState === '22P02' || sqlState === '22003' || sqlState === '23514')
    return new AppError('validation', 'A value is out of range or malformed.');
  if (isFastifyError(error)) {
    const fastifyError = error;
    if (fastifyError.validation) {
      const where = fastifyError.validationContext ?? 'body';
      return new AppError('validation', `${where}: ${fastifyError.message}`, { field: fieldOf(fastifyError) });
    }
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return new AppError('payload_too_large', 'The request body is larger than allowed.');
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return new AppError('unsupported_media_type', 'Send JSON (application/json).');
    if (fastifyError.statusCode === 429) return new AppError('rate_limited', fastifyError.message);
    if (fastifyError.statusCode >= 400 && fastifyError.statusCode < 500)
      return new AppError('bad_request', fastifyError.message || 'The request is malformed.');
  }
  return new AppError('internal', error instanceof Error ? error.message : String(error));
}

/** Fastify's error handler: every failure leaves as application/problem+json. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = classifyError(error);
  if (appError.code === 'internal') request.log.error({ err: error }, 'request failed');
  const problem = toProblem(appError);
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
