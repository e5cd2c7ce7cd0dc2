// better-auth on our hand-written tables: sign-up, sign-in, wrong password, and the shared rate limit (429).
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/db';
import { authErrorCode, getAuth } from './server';

useTestDatabase();

const json = (path: string, body: unknown, ip = '203.0.113.7') =>
  new Request(`http://localhost:3000/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  });

describe('teacher auth', () => {
  it('signs up, signs in, and names a wrong password or a taken email', async () => {
    const auth = await getAuth();
    const email = `ana-${Date.now()}@example.test`;
    const created = await auth.api.signUpEmail({ body: { name: 'Ana', email, password: 'a good long password' } });
    expect(created.user.email).toBe(email);
    expect(created.token).toBeTruthy();

    const signedIn = await auth.api.signInEmail({ body: { email, password: 'a good long password' } });
    expect(signedIn.user.id).toBe(created.user.id);

    const wrong = await auth.api.signInEmail({ body: { email, password: 'not the password' } }).catch((e: unknown) => e);
    expect(authErrorCode(wrong)).toBe('INVALID_EMAIL_OR_PASSWORD');

    const taken = await auth.api
      .signUpEmail({ body: { name: 'Ana again', email, password: 'another long password' } })
      .catch((e: unknown) => e);
    expect(authErrorCode(taken)).toBe('USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL');

    const short = await auth.api.signUpEmail({ body: { name: 'B', email: `b-${email}`, password: 'short' } }).catch((e: unknown) => e);
    expect(authErrorCode(short)).toBe('PASSWORD_TOO_SHORT');
  });

  it('answers 429 after repeated sign-ins through the HTTP handler, counted in the database', async () => {
    const auth = await getAuth();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await auth.handler(json('/sign-in/email', { email: 'nobody@example.test', password: 'wrong password' }));
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // another address is not affected
    const other = await auth.handler(json('/sign-in/email', { email: 'nobody@example.test', password: 'x' }, '198.51.100.9'));
    expect(other.status).toBe(401);
  });
});
