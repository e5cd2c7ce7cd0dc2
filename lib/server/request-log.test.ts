// The production server's request log against a real HTTP server: one JSON line per request with its id, route,
// status and duration; errors with their stack; and no password, token, cookie or student answer anywhere in it,
// even when the handler logs the body it received or a failed query carrying the answer.
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './log.js';
import { withRequestLog } from './request-log.js';

const PASSWORD = 'correct-horse-battery-staple-9';
const TOKEN = 'tok_3f9a1c77e2b54d0e';
const ANSWER = 'The Taliban spokesman said\nforty-six civilians died';
const COOKIE = 'claimcheck.session_token=sess_8c1d2e3f';

let out = '';
const sink = new Writable({ write: (chunk, _enc, done) => void ((out += String(chunk)), done()) });
const context = new AsyncLocalStorage<{ reqId: string }>();
process.env.LOG_LEVEL = 'info';
const logger = createLogger(sink, context);
delete process.env.LOG_LEVEL;

const server = http.createServer(
  withRequestLog(
    async (req, res) => {
      // read as Next reads a body (awaited, not in an event callback, which would run outside the request's context)
      let body = '';
      for await (const chunk of req) body += String(chunk);
      {
        const parsed = body ? JSON.parse(body) : {};
        if (req.url?.startsWith('/fail')) {
          // what a careless handler might do: log the body, and a failed query that carries the answer as a param
          logger.warn({ body: parsed, headers: req.headers }, 'about to save');
          const failed = new DrizzleQueryError('insert into answers (response) values ($1)', [parsed.response], new Error('connection reset'));
          logger.error({ err: failed }, 'unexpected error');
          res.statusCode = 500;
        }
        res.end('{}');
      }
    },
    { logger, context },
  ),
);
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const lines = () => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('withRequestLog', () => {
  it('writes one line per request: id (sent back as X-Request-Id), route without the query, status, duration', async () => {
    out = '';
    const res = await fetch(`${base}/quiz/paktika-practice?token=${TOKEN}`);
    const given = await fetch(`${base}/api/health`, { headers: { 'x-request-id': 'lb-1234' } });
    const hostile = await fetch(`${base}/`, { headers: { 'x-request-id': 'x'.repeat(200) } });
    const [a, b, c] = lines();
    expect(lines()).toHaveLength(3);
    expect(a).toMatchObject({ level: 'info', msg: 'request', method: 'GET', route: '/quiz/paktika-practice', status: 200, ms: expect.any(Number) });
    expect(a?.reqId).toBe(res.headers.get('x-request-id'));
    expect(a?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(b?.reqId).toBe('lb-1234');
    expect(given.headers.get('x-request-id')).toBe('lb-1234');
    expect(c?.reqId).toBe(hostile.headers.get('x-request-id'));
    expect(c?.reqId).not.toContain('xxxx');
    expect(out).not.toContain(TOKEN);
  });

  it('logs an error with its stack and the request id, and never a password, token, cookie or answer', async () => {
    out = '';
    const res = await fetch(`${base}/fail?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: COOKIE, authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ password: PASSWORD, token: TOKEN, response: { type: 'written', text: ANSWER }, answers: { q1: ANSWER } }),
    });
    expect(res.status).toBe(500);
    const reqId = res.headers.get('x-request-id');
    const [warned, failed, request] = lines();
    expect(warned).toMatchObject({ reqId, body: { password: '[Redacted]', token: '[Redacted]', response: '[Redacted]', answers: '[Redacted]' } });
    expect(failed).toMatchObject({ level: 'error', reqId, err: { type: 'DrizzleQueryError', message: expect.stringContaining('params: [Redacted]') } });
    const err = failed?.err as { stack?: string; cause?: { message?: string } } | undefined;
    expect(err?.stack).toMatch(/\n\s+at /);
    expect(err?.cause?.message).toBe('connection reset');
    expect(request).toMatchObject({ level: 'error', reqId, route: '/fail', status: 500 });
    for (const secret of [PASSWORD, TOKEN, 'sess_8c1d2e3f', 'forty-six', 'Taliban spokesman']) expect(out, secret).not.toContain(secret);
  });
});
