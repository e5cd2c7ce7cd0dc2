// The password rules, in one place: the forms' schemas and better-auth (its length limits and the sign-up hook in
// sign-up-hooks.ts) both read them, so /api/auth/* accepts nothing the forms would refuse.
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Null if the password is acceptable for this email, else what to fix. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const local = (email ?? '').split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return 'Choose a password that does not contain your email address.';
  return null;
}

/** A new password in a form; pass the email to check it is not contained in the password. */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

