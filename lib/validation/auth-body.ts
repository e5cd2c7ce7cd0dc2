// Length limits for what reaches better-auth's own HTTP endpoints (/api/auth/*). The app's forms go through server
// actions with their own schemas; these endpoints stay reachable, and better-auth bounds passwords but not names.
import { z } from 'zod';
import type { ErrorMessage } from '@/lib/error-message';
import { issueMessage } from '@/lib/error-issues';
import { hasControlCharacters } from './text';

export const MAX_AUTH_BODY_BYTES = 16 * 1024;
export const MAX_TEACHER_NAME = 80;

// a message per field is `auth.bodyFieldTooLong` with the field's name (lib/error-issues.ts adds {maximum})
const text = (max: number) => z.string().max(max, 'auth.bodyFieldTooLong').optional();
// stored as text: a NUL would fail the insert (a 500), and other control characters have no place in a name
const plainText = (max: number) =>
  z
    .string()
    .max(max, 'auth.bodyFieldTooLong')
    .refine((v) => !hasControlCharacters(v), 'auth.bodyFieldControl')
    .optional();

export const authBodySchema = z.looseObject({
  name: plainText(MAX_TEACHER_NAME),
  email: plainText(254),
  password: text(128),
  newPassword: text(128),
  currentPassword: text(128),
  image: z.string().max(2048, 'auth.bodyImageTooLong').nullish(),
  callbackURL: text(2048),
});

/** Null if the body is within limits (or not a form or JSON object at all: better-auth answers that itself). */
export function authBodyProblem(body: string, contentType: string): ErrorMessage | null {
  if (new TextEncoder().encode(body).byteLength > MAX_AUTH_BODY_BYTES) return 'default.payload_too_large';
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
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (parsed.success) return null;
  if (!issue) return 'auth.bodyShape';
  const message = issueMessage(issue);
  // the field's name picks its words: "The new password must be at most 128 characters."
  return typeof message === 'object' && 'key' in message ? { ...message, values: { ...message.values, field: String(issue.path[0] ?? '') } } : message;
}
