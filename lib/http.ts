// Small helpers for route handlers: a JSON reply, and a JSON body read and checked, where every failure is a clear
// message with a 4xx in the one error shape (lib/errors.ts), never a stack trace.
import { z } from 'zod';
import { issueFields } from './error-issues';
import { apiError } from './errors';

export function json<T>(body: T, status = 200) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}


const MAX_BODY = 64 * 1024;

/** Reads a JSON body and parses it; returns either data or a ready 4xx response. */
export async function readJson<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
    return { ok: false, response: await apiError('unsupported_media_type:body', 'request.answerNotJson') };
  }
  const text = await request.text();
  if (text.length > MAX_BODY) return { ok: false, response: await apiError('payload_too_large:body') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: await apiError('bad_request:json', 'request.notJson') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, response: await apiError('bad_request:shape', 'request.answerShape', { fields: issueFields(parsed.error.issues, 'full') }) };
  }
  return { ok: true, data: parsed.data };
}
