// Small helpers for route handlers: every failure is a clear JSON message with a 4xx, never a stack trace.
import { NextResponse } from 'next/server';
import { z } from 'zod';

export type ApiError = { error: string; fields?: Record<string, string> };

export function jsonError(status: number, message: string, fields?: Record<string, string>) {
  const body: ApiError = fields ? { error: message, fields } : { error: message };
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function json<T>(body: T, status = 200) {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function issuesToFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '(body)'] ??= issue.message;
  return fields;
}

const MAX_BODY = 64 * 1024;

/** Reads a JSON body and parses it; returns either data or a ready 4xx response. */
export async function readJson<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: NextResponse }> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
    return { ok: false, response: jsonError(415, 'Send the answer as JSON (Content-Type: application/json).') };
  }
  const text = await request.text();
  if (text.length > MAX_BODY) return { ok: false, response: jsonError(413, 'That request is too large.') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, response: jsonError(400, 'The answer is not in the expected shape.', issuesToFields(parsed.error)) };
  }
  return { ok: true, data: parsed.data };
}
