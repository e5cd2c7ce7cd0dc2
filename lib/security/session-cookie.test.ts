// better-auth's session cookie, as its HTTP sign-in sets it: HttpOnly, SameSite=Lax, and Secure over https.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAuth } from '@/lib/auth/server';
import { withSignUpGrant } from '@/lib/auth/sign-up-grant';
import { useTestDatabase } from '@/test/db';

useTestDatabase();

const forgetAuth = () => delete (globalThis as { claimcheckAuth?: unknown }).claimcheckAuth;

async function signUpCookies(appUrl: string, ip: string): Promise<string[]> {
  vi.stubEnv('BETTER_AUTH_URL', appUrl);
  forgetAuth(); // the auth instance reads its base URL when made
  const auth = await getAuth();
  // accounts come from an invite (a grant); the cookie is what the HTTP sign-in sets
  const email = `ana-${crypto.randomUUID()}@example.test`;
  await withSignUpGrant({ kind: 'domain' }, () => auth.api.signUpEmail({ body: { name: 'Ana', email, password: 'a good long password' } }));
  const res = await auth.handler(
    new Request(`${appUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl, 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password: 'a good long password' }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers.getSetCookie();
}

const sessionCookie = (cookies: string[]) => cookies.find((c) => /^(__Secure-)?better-auth\.session_token=/.test(c)) ?? '';
const attributes = (cookie: string) => cookie.split(';').slice(1).map((a) => a.trim().toLowerCase());

describe('the teacher session cookie', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    forgetAuth();
  });

  it('is HttpOnly and SameSite=Lax, not Secure, over http', async () => {
    const cookie = sessionCookie(await signUpCookies('http://127.0.0.1:3500', '192.0.2.31'));
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attributes(cookie)).not.toContain('secure');
  });

  it('is Secure (with the __Secure- prefix) when the app is served over https', async () => {
    const cookie = sessionCookie(await signUpCookies('https://claimcheck.example.org', '192.0.2.32'));
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'secure']));
  });
});
