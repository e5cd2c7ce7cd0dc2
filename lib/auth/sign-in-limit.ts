import 'server-only';
// Slows password guessing: failures per account (email) and attempts per network address are counted in the
// shared rate_limits table. The per-account count is kept by better-auth hooks (sign-in-hooks.ts) on every sign-in
// path; a successful sign-in clears it.
import { consumeRateLimit, peekRateLimit, resetRateLimit } from '@/lib/db/queries/rate-limit';
import { AppError, errorMessage, type ErrorMessage } from '@/lib/errors';

export const FAILURES_PER_EMAIL = { max: 5, windowSeconds: 15 * 60 };
export const ATTEMPTS_PER_ADDRESS = { max: 30, windowSeconds: 10 * 60 };

const emailKey = (email: string) => `sign-in:fail:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `sign-in:ip:${ip}`;

export function tooManyMessage(retryAfter: number): ErrorMessage {
  return errorMessage('rateLimit.signIn', { minutes: Math.ceil(retryAfter / 60) });
}

function tooMany(retryAfter: number): AppError {
  return new AppError('rate_limited:sign-in', tooManyMessage(retryAfter), { retryAfter });
}

/** Seconds until this account may try again, or null if it may try now. */
export async function accountLocked(email: string): Promise<number | null> {
  const byEmail = await peekRateLimit({ key: emailKey(email), ...FAILURES_PER_EMAIL });
  return byEmail.allowed ? null : byEmail.retryAfter;
}

/** Call before checking a password: throws rate_limited when this email or address has had too many tries. */
export async function checkSignInAllowed({ email, ip }: { email: string; ip: string }): Promise<void> {
  const locked = await accountLocked(email);
  if (locked !== null) throw tooMany(locked);
  const byAddress = await consumeRateLimit({ key: addressKey(ip), ...ATTEMPTS_PER_ADDRESS });
  if (!byAddress.allowed) throw tooMany(byAddress.retryAfter);
}

export async function recordSignInFailure({ email }: { email: string }): Promise<void> {
  await consumeRateLimit({ key: emailKey(email), ...FAILURES_PER_EMAIL });
}

export async function recordSignInSuccess({ email }: { email: string }): Promise<void> {
  await resetRateLimit({ key: emailKey(email) });
}
