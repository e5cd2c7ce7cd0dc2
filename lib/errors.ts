// The error taxonomy on the server (types and the wire shape: lib/api-error.ts). AppErrors carry a message safe to
// show; anything else is logged with its stack and answered with a generic message, so database details never reach
// the client. Every route handler answers a failure through apiError() or errorResponse(), so there is one shape.
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode, type ErrorType } from './api-error';
import { getLogger } from './server/log.js';

export type { ApiErrorBody, ErrorCode, ErrorType } from './api-error';

const DEFAULT_MESSAGE: Record<ErrorType, string> = {
  bad_request: 'The request could not be understood. Check the values and try again.',
  unauthorized: 'Please sign in to continue.',
  forbidden: 'You do not have access to this.',
  not_found: 'That was not found. It may have been removed.',
  conflict: 'That conflicts with something that already exists.',
  payload_too_large: 'That request is too large.',
  unsupported_media_type: 'Send the request as JSON (Content-Type: application/json).',
  rate_limited: 'Too many attempts. Please wait a little and try again.',
  internal: 'Something went wrong on our side. Nothing you saved was lost; please try again.',
};

export const INTERNAL_MESSAGE = DEFAULT_MESSAGE.internal;

export class AppError extends Error {
  readonly type: ErrorType;
  readonly surface: string;
  readonly status: number;
  /** Seconds to wait, for rate_limited. */
  readonly retryAfter?: number;
  /** Per-field messages, for bad_request on a form. */
  readonly fields?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    extra: { retryAfter?: number; fields?: Record<string, string>; cause?: unknown } = {},
  ) {
    const [type, ...rest] = code.split(':') as [ErrorType, ...string[]];
    super(message ?? DEFAULT_MESSAGE[type], { cause: extra.cause });
    this.name = 'AppError';
    this.type = type;
    this.surface = rest.join(':');
    this.status = ERROR_STATUS[type];
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
    if (extra.fields !== undefined) this.fields = extra.fields;
  }

  toJSON(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.retryAfter !== undefined && { retryAfter: this.retryAfter }),
      ...(this.fields !== undefined && { fields: this.fields }),
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Logs anything that is not an AppError (with where it happened) and returns what may be shown to the user. */
export function toPublicError(error: unknown, where: string): { status: number; body: ApiErrorBody } {
  if (isAppError(error)) return { status: error.status, body: error.toJSON() };
  getLogger().error({ err: error, where }, 'unexpected error');
  return { status: 500, body: { code: 'internal:server', message: INTERNAL_MESSAGE } };
}

/** A JSON Response for a route handler's catch, with Retry-After on 429. */
export function errorResponse(error: unknown, where: string): Response {
  const { status, body } = toPublicError(error, where);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (body.retryAfter !== undefined) headers['Retry-After'] = String(body.retryAfter);
  return Response.json(body, { status, headers });
}

/** A route handler's early refusal: `return apiError('not_found:quiz', 'There is no quiz with that id.')`. */
export function apiError(code: ErrorCode, message?: string, extra?: { retryAfter?: number; fields?: Record<string, string> }): Response {
  return errorResponse(new AppError(code, message, extra), code);
}
