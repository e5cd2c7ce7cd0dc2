// better-auth on our hand-written tables: sign-up, sign-in, wrong password, and the shared rate limit (429).
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/db';
import { PEER_HEADER } from '@/lib/http/client-address';
import { authErrorCode, authHandler, getAuth } from './server';
import { SIGN_IN_LOCKED_CODE } from './sign-in-hooks';
import { withSignUpGrant } from './sign-up-grant';
import { FAILURES_PER_EMAIL } from './sign-in-limit';

useTestDatabase();

// accounts are made only with a grant (an invite, the setup link, an allowed domain): the domain one here
const grant = <T>(work: () => Promise<T>) => withSignUpGrant({ kind: 'domain' }, work);

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
    const created = await grant(() => auth.api.signUpEmail({ body: { name: 'Ana', email, password: 'a good long password' } }));
    expect(created.user.email).toBe(email);
    expect(created.token).toBeTruthy();

    const signedIn = await auth.api.signInEmail({ body: { email, password: 'a good long password' } });
    expect(signedIn.user.id).toBe(created.user.id);

    const wrong = await auth.api.signInEmail({ body: { email, password: 'not the password' } }).catch((e: unknown) => e);
    expect(authErrorCode(wrong)).toBe('INVALID_EMAIL_OR_PASSWORD');

    const taken = await grant(() => auth.api.signUpEmail({ body: { name: 'Ana again', email, password: 'another long password' } })).catch((e: unknown) => e);
    expect(authErrorCode(taken)).toBe('USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL');

    const short = await grant(() => auth.api.signUpEmail({ body: { name: 'B', email: `b-${email}`, password: 'short' } })).catch((e: unknown) => e);
    expect(authErrorCode(short)).toBe('PASSWORD_RULES'); // lib/auth/password-rules.ts, before better-auth's own check
  });

  it('answers 429 after repeated sign-ins through the HTTP handler, counted in the database', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // a new email each time: this is the per-address limit, not the per-account one
      const res = await authHandler(json('/sign-in/email', { email: `nobody-${i}@example.test`, password: 'wrong password' }));
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // another address is not affected
    const other = await authHandler(json('/sign-in/email', { email: 'nobody@example.test', password: 'x' }, '198.51.100.9'));
    expect(other.status).toBe(401);
  });

  it('behind server.js, counts the socket address per address: a new X-Forwarded-For on each request changes nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const request = json('/sign-in/email', { email: `spoofer-${i}@example.test`, password: 'wrong password' }, `198.18.7.${i + 1}`);
      request.headers.set(PEER_HEADER, '192.0.2.77'); // what server.js sets from the socket (TRUST_PROXY unset: 0 hops)
      statuses.push((await authHandler(request)).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('stops password guessing per account on the HTTP API, whatever X-Forwarded-For each request sends', async () => {
    const auth = await getAuth();
    const email = `guess-${Date.now()}@example.test`;
    await grant(() => auth.api.signUpEmail({ body: { name: 'Guess', email, password: 'the real password' } }));
    const statuses: number[] = [];
    for (let i = 0; i < FAILURES_PER_EMAIL.max; i++) {
      const res = await authHandler(json('/sign-in/email', { email, password: `guess ${i}` }, `198.18.0.${i + 1}`));
      statuses.push(res.status);
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    // now even the right password waits, from yet another address, and through auth.api (the form's path) as well
    const locked = await authHandler(json('/sign-in/email', { email, password: 'the real password' }, '198.18.1.1'));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await locked.json()).message).toMatch(/^Too many sign-in attempts\. Wait \d+ minutes? and try again\.$/);
    const viaApi = await auth.api.signInEmail({ body: { email, password: 'the real password' } }).catch((e: unknown) => e);
    expect(authErrorCode(viaApi)).toBe(SIGN_IN_LOCKED_CODE);
  });

  it('counts failures through auth.api too, and a success clears them', async () => {
    const auth = await getAuth();
    const email = `form-${Date.now()}@example.test`;
    await grant(() => auth.api.signUpEmail({ body: { name: 'Form', email, password: 'the real password' } }));
    for (let i = 0; i < FAILURES_PER_EMAIL.max - 1; i++) {
      await auth.api.signInEmail({ body: { email, password: 'wrong' } }).catch(() => undefined);
    }
    await auth.api.signInEmail({ body: { email, password: 'the real password' } });
    for (let i = 0; i < FAILURES_PER_EMAIL.max - 1; i++) {
      await auth.api.signInEmail({ body: { email, password: 'wrong' } }).catch(() => undefined);
    }
    // four failures after the success: not locked yet
    expect((await auth.api.signInEmail({ body: { email, password: 'the real password' } })).user.email).toBe(email);
  });
});
