// Length limits for what reaches better-auth's own HTTP endpoints (/api/auth/*). The app's forms go through server
// actions with their own schemas; these endpoints stay reachable, and better-auth bounds passwords but not names.
import { z } from 'zod';
import { hasControlCharacters } from './text';

export const MAX_AUTH_BODY_BYTES = 16 * 1024;
export const MAX_TEACHER_NAME = 80;

const text = (max: number, what: string) => z.string().max(max, `${what} must be at most ${max} characters.`).optional();
// stored as text: a NUL would fail the insert (a 500), and other control characters have no place in a name
const plainText = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} must be at most ${max} characters.`)
    .refine((v) => !hasControlCharacters(v), `${what} cannot contain control characters.`)
    .optional();

export const authBodySchema = z.looseObject({
  name: plainText(MAX_TEACHER_NAME, 'The name'),
  email: plainText(254, 'The email address'),
  password: text(128, 'The password'),
  newPassword: text(128, 'The new password'),
  currentPassword: text(128, 'The current password'),
  image: z.string().max(2048, 'The image address is too long.').nullish(),
  callbackURL: text(2048, 'The callback address'),
});

/** Null if the body is within limits (or not a form or JSON object at all: better-auth answers that itself). */
export function authBodyProblem(body: string, contentType: string): string | null {
  if (new TextEncoder().encode(body).byteLength > MAX_AUTH_BODY_BYTES) return 'That request is too large.';
  let fields: unknown;
  if (contentType.includes('application/json')) {
    try {
      fields = JSON.parse(body);
    } catch {
      return null;
    }
  } else if (contentType.includes('application/x-www-form-urlencoded')) {
    fields = Object.fromEntries(new URLSearchParams(body));
  } else {
    return null;
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return null;
  const parsed = authBodySchema.safeParse(fields);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'The request is not in the expected shape.');
}
