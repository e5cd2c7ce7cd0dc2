// The error taxonomy on the server (types and the wire shape: lib/api-error.ts). An AppError carries what to say as a
// message key of the `errors` namespace and its values (lib/error-message.ts); its `message` is the English text, for
// logs and tests. The edge translates: errorResponse()/apiError() answer in the request's locale, and actions read
// formError(). Anything that is not an AppError is logged with its stack and answered with a generic message, so
// database details never reach the client. Every route handler answers a failure through apiError() or
// errorResponse(), so there is one shape.
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode, type ErrorType } from './api-error';
import type { ErrorKey, ErrorMessage } from './error-message';
import { errorText, requestLocale } from './error-text';
import type { Locale } from './i18n/locales';
import { getLogger } from './server/log.js';

export type { ApiErrorBody, ErrorCode, ErrorType } from './api-error';
export { errorMessage, type ErrorKey, type ErrorMessage } from './error-message';

/** The sentence for a type when a throw names none: `errors.default.<type>`. */
const defaultKey = (type: ErrorType): ErrorKey => `default.${type}`;

const INTERNAL: ErrorMessage = defaultKey('internal');

type Fields = Record<string, ErrorMessage>;

function translateFields(fields: Fields, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, m]) => [name, errorText(m, locale)]));
}

export class AppError extends Error {
  readonly type: ErrorType;
  readonly surface: string;
  readonly status: number;
  /** What to say, translated at the edge. */
  readonly text: ErrorMessage;
  /** Seconds to wait, for rate_limited. */
  readonly retryAfter?: number;
  /** Per-field messages in English, for bad_request on a form (translated: localized()). */
  readonly fields?: Record<string, string>;
  readonly fieldMessages?: Fields;

  constructor(readonly code: ErrorCode, message?: ErrorMessage, extra: { retryAfter?: number; fields?: Fields; cause?: unknown } = {}) {
    const [type, ...rest] = code.split(':') as [ErrorType, ...string[]];
    const text = message ?? defaultKey(type);
    super(errorText(text, 'en'), { cause: extra.cause });
    this.name = 'AppError';
    this.type = type;
    this.surface = rest.join(':');
    this.status = ERROR_STATUS[type];
    this.text = text;
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
    if (extra.fields !== undefined) {
      this.fieldMessages = extra.fields;
      this.fields = translateFields(extra.fields, 'en');
    }
  }

  /** The reply body in a locale. */
  localized(locale: Locale): ApiErrorBody {
    return {
      code: this.code,
      message: errorText(this.text, locale),
      ...(this.retryAfter !== undefined && { retryAfter: this.retryAfter }),
      ...(this.fieldMessages !== undefined && { fields: translateFields(this.fieldMessages, locale) }),
    };
  }

  toJSON(): ApiErrorBody {
    return this.localized('en');
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Logs anything that is not an AppError (with where it happened) and returns what may be shown, in the request's
 *  locale (or `locale`). */
export async function toPublicError(error: unknown, where: string, locale?: Locale): Promise<{ status: number; body: ApiErrorBody }> {
  const lang = locale ?? (await requestLocale());
  if (isAppError(error)) return { status: error.status, body: error.localized(lang) };
  getLogger().error({ err: error, where }, 'unexpected error');
  return { status: 500, body: { code: 'internal:server', message: errorText(INTERNAL, lang) } };
}

/** For a server action's catch: the message and per-field messages to put in its form state, translated. */
export async function formError(error: unknown, where: string): Promise<{ message: string; fieldErrors?: Record<string, string> }> {
  const { body } = await toPublicError(error, where);
  return { message: body.message, ...(body.fields && { fieldErrors: body.fields }) };
}

/** One message in the request's locale, for an action's own refusal: `await translateError('form.fixFields')`. */
export async function translateError(message: ErrorMessage, locale?: Locale): Promise<string> {
  return errorText(message, locale ?? (await requestLocale()));
}

/** A JSON Response for a route handler's catch, with Retry-After on 429, in the request's locale. */
export async function errorResponse(error: unknown, where: string, locale?: Locale): Promise<Response> {
  const lang = locale ?? (await requestLocale());
  const { status, body } = await toPublicError(error, where, lang);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'Content-Language': lang };
  if (body.retryAfter !== undefined) headers['Retry-After'] = String(body.retryAfter);
  return Response.json(body, { status, headers });
}

/** A route handler's early refusal: `return apiError('not_found:quiz', 'quiz.notFound')`. */
export function apiError(code: ErrorCode, message?: ErrorMessage, extra?: { retryAfter?: number; fields?: Fields }): Promise<Response> {
  return errorResponse(new AppError(code, message, extra), code);
}
