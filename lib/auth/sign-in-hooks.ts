import 'server-only';
// The per-account limit on wrong passwords, run from better-auth's hooks (hooks.ts) for /api/auth/sign-in/email
// and for auth.api.signInEmail (the sign-in form) alike, so no path gets unlimited guesses. Counted in the
// rate_limits table, so the limit holds across instances; a new X-Forwarded-For per request changes nothing.
import { APIError, isAPIError } from 'better-auth/api';
import { errorText } from '@/lib/error-text';
import { accountLocked, recordSignInFailure, recordSignInSuccess, tooManyMessage } from './sign-in-limit';
import { isDisabledEmail } from './teacher-accounts';

export const SIGN_IN_LOCKED_CODE = 'TOO_MANY_SIGN_IN_FAILURES';
export const SIGN_IN_PATH = '/sign-in/email';

export function emailOf(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.trim() ? email : undefined;
}

/** The wait a locked sign-in reply names (its body's retryAfter), so a form can say it in its reader's language. */
export function retryAfterOf(error: unknown): number {
  const value = (error as { body?: { retryAfter?: unknown } } | null)?.body?.retryAfter;
  return typeof value === 'number' && value > 0 ? value : 60;
}

export async function beforeSignIn(body: unknown): Promise<void> {
  const email = emailOf(body);
  if (!email) return;
  const retryAfter = await accountLocked(email);
  if (retryAfter !== null) {
    throw new APIError('TOO_MANY_REQUESTS', { message: errorText(tooManyMessage(retryAfter), 'en'), code: SIGN_IN_LOCKED_CODE, retryAfter }, { 'Retry-After': String(retryAfter) });
  }
  // a disabled account is answered like a wrong password (and counted as one): nothing says it exists
  if (await isDisabledEmail(email)) {
    await recordSignInFailure({ email });
    throw new APIError('UNAUTHORIZED', { message: errorText('auth.invalidCredentials', 'en'), code: 'INVALID_EMAIL_OR_PASSWORD' });
  }
}

export async function afterSignIn(body: unknown, returned: unknown): Promise<void> {
  const email = emailOf(body);
  if (!email) return;
  if (isAPIError(returned)) {
    if (returned.statusCode === 401) await recordSignInFailure({ email });
  } else if (returned !== undefined) {
    await recordSignInSuccess({ email });
  }
}
