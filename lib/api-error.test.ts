import { describe, expect, it } from 'vitest';
import { ERROR_STATUS, ERROR_TYPES, readApiError } from './api-error';

const reply = (status: number, body: string, type = 'application/json') => new Response(body, { status, headers: { 'content-type': type } });

describe('readApiError', () => {
  it('reads the one error shape as it is', async () => {
    const body = { code: 'rate_limited:answer_save', message: 'Wait 5 seconds.', retryAfter: 5 };
    expect(await readApiError(reply(429, JSON.stringify(body)))).toEqual(body);
    const withFields = { code: 'bad_request:shape', message: 'Not in the expected shape.', fields: { response: 'Required' } };
    expect(await readApiError(reply(400, JSON.stringify(withFields)))).toEqual(withFields);
  });

  it('gives a body in any other shape a code from the status and the fallback message', async () => {
    expect(await readApiError(reply(502, '<html>Bad gateway</html>', 'text/html'), 'Try again.')).toEqual({ code: 'internal:http', message: 'Try again.' });
    expect(await readApiError(reply(404, '{"error":"old shape"}'), 'Gone.')).toEqual({ code: 'not_found:http', message: 'Gone.' });
    expect(await readApiError(reply(405, ''))).toEqual({ code: 'bad_request:http', message: 'The server answered 405.' });
  });

  it('refuses fields and retryAfter of the wrong kind, and drops extra keys', async () => {
    const base = { code: 'bad_request:shape', message: 'No.' };
    expect(await readApiError(reply(400, JSON.stringify({ ...base, fields: { a: 1 } })), 'F')).toEqual({ code: 'bad_request:http', message: 'F' });
    expect(await readApiError(reply(429, JSON.stringify({ ...base, retryAfter: '5' })), 'F')).toEqual({ code: 'rate_limited:http', message: 'F' });
    expect(await readApiError(reply(400, JSON.stringify([base])), 'F')).toEqual({ code: 'bad_request:http', message: 'F' });
    expect(await readApiError(reply(400, JSON.stringify({ ...base, stack: 'at x' })))).toEqual(base);
  });

  it('has a status for every error type', () => {
    for (const type of ERROR_TYPES) expect(ERROR_STATUS[type], type).toBeGreaterThanOrEqual(400);
  });
});
