import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, AppError, errorResponse, toPublicError } from './errors';
import { ERROR_TYPES } from './api-error';
import { getLogger } from './server/log.js';

describe('errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps codes to statuses and keeps the surface', () => {
    const e = new AppError('not_found:class');
    expect([e.status, e.type, e.surface]).toEqual([404, 'not_found', 'class']);
    expect(new AppError('forbidden:class').status).toBe(403);
    expect(new AppError('rate_limited:sign-in', undefined, { retryAfter: 30 }).status).toBe(429);
    expect(new AppError('payload_too_large:body').status).toBe(413);
    expect(new AppError('unsupported_media_type:body').status).toBe(415);
  });

  it('has a default message for every type', () => {
    for (const type of ERROR_TYPES) expect(new AppError(`${type}:x`).message, type).toMatch(/^[A-Z].+\.$/);
  });

  it('never sends a database error to the client', async () => {
    const log = vi.spyOn(getLogger(), 'error').mockImplementation(() => {});
    const out = toPublicError(new Error('duplicate key value violates unique constraint "x"'), 'test');
    expect(out.status).toBe(500);
    expect(out.body).toEqual({ code: 'internal:server', message: expect.stringMatching(/Nothing you saved was lost/) });
    expect(JSON.stringify(out.body)).not.toContain('duplicate');
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toMatchObject({ err: expect.any(Error), where: 'test' });
  });

  it('sets Retry-After on 429 responses', async () => {
    const res = errorResponse(new AppError('rate_limited:join', undefined, { retryAfter: 12 }), 'test');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('12');
    expect(await res.json()).toMatchObject({ code: 'rate_limited:join', retryAfter: 12 });
  });

  it('apiError answers in the same shape as a thrown AppError, uncached, without logging', async () => {
    const log = vi.spyOn(getLogger(), 'error').mockImplementation(() => {});
    const early = apiError('not_found:quiz', 'There is no quiz with that id.');
    const thrown = errorResponse(new AppError('not_found:quiz', 'There is no quiz with that id.'), 'test');
    expect(early.status).toBe(404);
    expect(early.headers.get('Cache-Control')).toBe('no-store');
    expect(await early.json()).toEqual(await thrown.json());
    const fields = await apiError('bad_request:shape', 'Not in shape.', { fields: { name: 'Too long.' } }).json();
    expect(fields).toEqual({ code: 'bad_request:shape', message: 'Not in shape.', fields: { name: 'Too long.' } });
    expect(log).not.toHaveBeenCalled();
  });
});
