// The password rules, in one place: the forms' schemas and better-auth (its length limits and the sign-up hook in
// sign-up-hooks.ts) both read them, so /api/auth/* accepts nothing the forms would refuse.
import { z } from 'zod';
import { errorMessage, type KeyedMessage } from '@/lib/error-message';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Null if the password is acceptable for this email, else what to fix. */
export function passwordProblem(password: string, email?: string): KeyedMessage | null {
  if (password.length < MIN_PASSWORD_LENGTH) return errorMessage('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return errorMessage('auth.passwordTooLong', { max: MAX_PASSWORD_LENGTH });
  const local = (email ?? '').split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return errorMessage('auth.passwordHasEmail');
  return null;
}

/** The zod issue for a password problem: its key as the message, its values as params (lib/error-issues.ts). */
export function passwordIssue(problem: KeyedMessage, path?: PropertyKey[]) {
  return { code: 'custom' as const, message: problem.key, params: problem.values ?? {}, ...(path && { path }) };
}

/** A new password in a form; pass the email to check it is not contained in the password. */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue(passwordIssue(problem));
});

