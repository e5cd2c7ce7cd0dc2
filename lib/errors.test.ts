import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, errorResponse, toPublicError } from './errors';

describe('errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps codes to statuses and keeps the surface', () => {
    const e = new AppError('not_found:class');
    expect([e.status, e.type, e.surface]).toEqual([404, 'not_found', 'class']);
    expect(new AppError('forbidden:class').status).toBe(403);
    expect(new AppError('rate_limited:sign-in', undefined, { retryAfter: 30 }).status).toBe(429);
  });

  it('never sends a database error to the client', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = toPublicError(new Error('duplicate key value violates unique constraint "x"'), 'test');
    expect(out.status).toBe(500);
    expect(JSON.stringify(out.body)).not.toContain('duplicate');
    expect(log).toHaveBeenCalledOnce();
  });

  it('sets Retry-After on 429 responses', async () => {
    const res = errorResponse(new AppError('rate_limited:join', undefined, { retryAfter: 12 }), 'test');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('12');
    expect(await res.json()).toMatchObject({ code: 'rate_limited:join', retryAfter: 12 });
  });
});
