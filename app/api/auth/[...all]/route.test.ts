import { describe, expect, it, vi } from 'vitest';
import { POST } from './route';

// a refused body never reaches better-auth (or the database)
vi.mock('@/lib/auth/server', () => ({ authHandler: () => Promise.reject(new Error('better-auth must not be reached')) }));

describe('POST /api/auth/*', () => {
  it('refuses a sign-up with a 10 kB name before better-auth sees it', async () => {
    const res = await POST(
      new Request('http://127.0.0.1:3500/api/auth/sign-up/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3500' },
        body: JSON.stringify({ name: 'x'.repeat(10_000), email: 'x@example.test', password: 'a good long password' }),
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'bad_request:auth', message: 'The name must be at most 80 characters.' });
  });

  it('refuses a body larger than 16 KiB by its declared length', async () => {
    const res = await POST(
      new Request('http://127.0.0.1:3500/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
        body: '{}',
      }),
    );
    expect(res.status).toBe(413);
  });
});
