// Small helpers for route handlers: every failure is a clear JSON message with a 4xx, never a stack trace.
import zlib from 'node:zlib';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { acceptsBrotli } from '@/lib/server/brotli-static.js';

export type ApiError = { error: string; fields?: Record<string, string> };

export function jsonError(status: number, message: string, fields?: Record<string, string>) {
  const body: ApiError = fields ? { error: message, fields } : { error: message };
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function json<T>(body: T, status = 200) {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * JSON that is worth compressing (a results reply is ≈ 65 KB). Next compresses pages but not route-handler
 * replies; on a slow phone network 65 KB is a quarter of a second. Brotli at a fast level when the browser takes
 * it, else gzip; small replies go as they are (compressing them costs more than it saves).
 */
export function compressedJson<T>(request: Request, body: T, status = 200) {
  const text = JSON.stringify(body);
  const accepts = request.headers.get('accept-encoding') ?? '';
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json', Vary: 'Accept-Encoding' };
  if (text.length < 1400) return new NextResponse(text, { status, headers });
  if (acceptsBrotli(accepts)) {
    const br = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    return new NextResponse(new Uint8Array(br), { status, headers: { ...headers, 'Content-Encoding': 'br' } });
  }
  if (/\bgzip\b/i.test(accepts) && !/\bgzip\s*;\s*q=0(\.0*)?\s*(,|$)/i.test(accepts)) {
    return new NextResponse(new Uint8Array(zlib.gzipSync(text)), { status, headers: { ...headers, 'Content-Encoding': 'gzip' } });
  }
  return new NextResponse(text, { status, headers });
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
