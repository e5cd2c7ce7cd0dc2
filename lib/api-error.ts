// The one JSON shape of every error reply from a route handler, shared by the server (lib/errors.ts builds it) and
// every client that reads one (the quiz player, the results pages, the e2e specs, the benchmarks):
//   { code: "type:surface", message: "a sentence safe to show", fields?: { name: message }, retryAfter?: seconds }
// `message` and `fields` are in the request's language (lib/errors.ts translates them); `code` is always English.
// better-auth's own replies under /api/auth/* carry the same two fields, `code` and `message`.
// No 'server-only' here: the browser reads this shape too, so no zod either: it would add about 60 KB to the
// question page, whose budget is 150 KiB in all (see commit 5ff7cbf). The shape is checked by hand below.

export const ERROR_TYPES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];
/** `type:surface`, e.g. `not_found:quiz`, `rate_limited:answer_save`: the type fixes the status, the surface says where. */
export type ErrorCode = `${ErrorType}:${string}`;

export const ERROR_STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

export type ApiErrorBody = { code: string; message: string; fields?: Record<string, string>; retryAfter?: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The body, if it is in the one shape (extra keys are dropped). */
export function asApiError(raw: unknown): ApiErrorBody | null {
  if (!isRecord(raw) || typeof raw.code !== 'string' || typeof raw.message !== 'string') return null;
  const { fields, retryAfter } = raw;
  if (fields !== undefined && !(isRecord(fields) && Object.values(fields).every((v) => typeof v === 'string'))) return null;
  if (retryAfter !== undefined && typeof retryAfter !== 'number') return null;
  return {
    code: raw.code,
    message: raw.message,
    ...(fields !== undefined && { fields: fields as Record<string, string> }),
    ...(retryAfter !== undefined && { retryAfter }),
  };
}

/** The error of a failed reply in the one shape; a body that is not in it (a proxy's HTML page, an empty 405) gets
 *  a code from the status and `fallback` as its message. Reads the body: call it only on a reply that is not ok. */
export async function readApiError(res: Response, fallback = `The server answered ${res.status}.`): Promise<ApiErrorBody> {
  const raw: unknown = await res.json().catch(() => null);
  const parsed = asApiError(raw);
  if (parsed) return parsed;
  const type = ERROR_TYPES.find((t) => ERROR_STATUS[t] === res.status) ?? (res.status >= 500 ? 'internal' : 'bad_request');
  return { code: `${type}:http`, message: fallback };
}
