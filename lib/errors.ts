// The error taxonomy: `code = "type:surface"`. AppErrors carry a message safe to show; anything else is logged
// and answered with a generic message, so database details never reach the client.
export type ErrorType = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited';
export type ErrorCode = `${ErrorType}:${string}`;

const STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

const DEFAULT_MESSAGE: Record<ErrorType, string> = {
  bad_request: 'The request could not be understood. Check the values and try again.',
  unauthorized: 'Please sign in to continue.',
  forbidden: 'You do not have access to this.',
  not_found: 'That was not found. It may have been removed.',
  conflict: 'That conflicts with something that already exists.',
  rate_limited: 'Too many attempts. Please wait a little and try again.',
};

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
    this.status = STATUS[type];
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
    if (extra.fields !== undefined) this.fields = extra.fields;
  }

  toJSON(): { code: ErrorCode; message: string; retryAfter?: number; fields?: Record<string, string> } {
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

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Nothing you saved was lost; please try again.';

/** Logs anything that is not an AppError (with where it happened) and returns what may be shown to the user. */
export function toPublicError(error: unknown, where: string): { status: number; body: { code: string; message: string; retryAfter?: number; fields?: Record<string, string> } } {
  if (isAppError(error)) return { status: error.status, body: error.toJSON() };
  console.error(`[${where}]`, error);
  return { status: 500, body: { code: 'internal', message: INTERNAL_MESSAGE } };
}

/** A JSON Response for a route handler, with Retry-After on 429. */
export function errorResponse(error: unknown, where: string): Response {
  const { status, body } = toPublicError(error, where);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (body.retryAfter !== undefined) headers['Retry-After'] = String(body.retryAfter);
  return Response.json(body, { status, headers });
}
