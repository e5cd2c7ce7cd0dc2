import 'server-only';
// better-auth for teachers (email + password), on the app's database through its drizzle adapter.
// Created on first use: it needs the database, which is never opened at import time.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { getDb, type Db } from '@/lib/db/client';
import { consumeRateLimit } from '@/lib/db/queries/rate-limit';
import { account, session, user, verification } from '@/lib/db/schema';
import { getAuthSecret, getEnv } from '@/lib/env';
import { CLIENT_HEADER, withClientAddress } from '@/lib/http/client-address';
import { databaseHooks, hooks } from './hooks';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';

function createAuth(db: Db) {
  const env = getEnv();
  return betterAuth({
    appName: 'Claimcheck',
    baseURL: env.appUrl,
    secret: getAuthSecret(),
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // better-auth reads the client's address from a header: ours, set by authHandler() from the socket or as far
    // as TRUST_PROXY trusts X-Forwarded-For (lib/http/client-address.ts), never a client's own X-Forwarded-For
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_HEADER] } },
    // Applies to requests through /api/auth/*, per network address (see `advanced`; the per-account limit in the
    // hooks holds whatever the address). The forms' server actions call auth.api directly, which better-auth does
    // not rate-limit, so they use lib/auth/sign-in-limit.ts as well.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 300, max: 10 },
        '/sign-up/email': { window: 3600, max: 10 },
        '/change-password': { window: 300, max: 10 },
      },
      // shared by every instance: the rate_limits table
      customStorage: {
        consume: async (key, rule) => {
          const r = await consumeRateLimit({ key: `auth:${key}`, max: rule.max, windowSeconds: rule.window });
          return { allowed: r.allowed, retryAfter: r.allowed ? null : r.retryAfter };
        },
      },
    },
    // the per-account limit on wrong passwords and who may sign up, for the forms and the HTTP API alike
    hooks,
    databaseHooks,
    user: {
      // ours (lib/db/schema.ts); never taken from a sign-up body
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'teacher', input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    logger: { level: env.nodeEnv === 'test' ? 'error' : 'warn' },
    plugins: [nextCookies()], // last: lets server actions set the session cookie
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per process, kept on globalThis for the same reason as the database handle (dev hot reload).
const globalForAuth = globalThis as unknown as { claimcheckAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.claimcheckAuth ??= getDb()
    .then(createAuth)
    .catch((error: unknown) => {
      globalForAuth.claimcheckAuth = undefined;
      throw error;
    });
  return globalForAuth.claimcheckAuth;
}

/** better-auth's HTTP endpoints (/api/auth/*), with the client's address put where its limits read it. */
export async function authHandler(request: Request): Promise<Response> {
  return (await getAuth()).handler(withClientAddress(request));
}

/** The better-auth error code of a failed auth.api call (e.g. "INVALID_EMAIL_OR_PASSWORD"), if it is one. */
export function authErrorCode(error: unknown): string | undefined {
  const body = (error as { body?: { code?: unknown } } | null)?.body;
  return typeof body?.code === 'string' ? body.code : undefined;
}
