import 'server-only';
// The per-account limit on wrong passwords, as better-auth hooks: they run for /api/auth/sign-in/email and for
// auth.api.signInEmail (the sign-in form) alike, so no path gets unlimited guesses. Counted in the rate_limits
// table, so the limit holds across instances; a new X-Forwarded-For per request changes nothing.
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { accountLocked, recordSignInFailure, recordSignInSuccess, tooManyMessage } from './sign-in-limit';

export const SIGN_IN_LOCKED_CODE = 'TOO_MANY_SIGN_IN_FAILURES';

const SIGN_IN_PATH = '/sign-in/email';

function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.trim() ? email : undefined;
}

export const signInHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const email = emailOf(ctx.body);
    if (!email) return;
    const retryAfter = await accountLocked(email);
    if (retryAfter !== null) {
      throw new APIError('TOO_MANY_REQUESTS', { message: tooManyMessage(retryAfter), code: SIGN_IN_LOCKED_CODE }, { 'Retry-After': String(retryAfter) });
    }
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN_PATH) return;
    const email = emailOf(ctx.body);
    if (!email) return;
    const returned = ctx.context.returned;
    if (isAPIError(returned)) {
      if (returned.statusCode === 401) await recordSignInFailure({ email });
    } else if (returned !== undefined) {
      await recordSignInSuccess({ email });
    }
  }),
};
