import 'server-only';
// Slows password guessing in the sign-in action: failures per email and attempts per network address are counted
// in the shared rate_limits table. A successful sign-in clears that email's failures.
import { consumeRateLimit, peekRateLimit, resetRateLimit } from '@/lib/db/queries/rate-limit';
import { AppError } from '@/lib/errors';

export const FAILURES_PER_EMAIL = { max: 5, windowSeconds: 15 * 60 };
export const ATTEMPTS_PER_ADDRESS = { max: 30, windowSeconds: 10 * 60 };

const emailKey = (email: string) => `sign-in:fail:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `sign-in:ip:${ip}`;

function tooMany(retryAfter: number): AppError {
  const minutes = Math.ceil(retryAfter / 60);
  return new AppError(
    'rate_limited:sign-in',
    `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    { retryAfter },
  );
}

/** Call before checking the password: throws rate_limited when this email or address has had too many tries. */
export async function checkSignInAllowed({ email, ip }: { email: string; ip: string }): Promise<void> {
  const byEmail = await peekRateLimit({ key: emailKey(email), ...FAILURES_PER_EMAIL });
  if (!byEmail.allowed) throw tooMany(byEmail.retryAfter);
  const byAddress = await consumeRateLimit({ key: addressKey(ip), ...ATTEMPTS_PER_ADDRESS });
  if (!byAddress.allowed) throw tooMany(byAddress.retryAfter);
}

export async function recordSignInFailure({ email }: { email: string }): Promise<void> {
  await consumeRateLimit({ key: emailKey(email), ...FAILURES_PER_EMAIL });
}

export async function recordSignInSuccess({ email }: { email: string }): Promise<void> {
  await resetRateLimit({ key: emailKey(email) });
}

/**
 * The client's address: the last X-Forwarded-For hop, which is the one a proxy in front appended (or, with no
 * proxy, what Next set from the socket). Without a proxy a client can still send its own header, so the
 * per-email limit is what really protects an account.
 */
export function clientAddress(h: Headers): string {
  const forwarded = h.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || h.get('x-real-ip')?.trim() || 'unknown';
}
