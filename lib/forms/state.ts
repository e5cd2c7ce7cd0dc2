// The typed state a form's server action returns to useActionState: a message, per-field errors, and the values
// to put back in the form (never passwords).
import type { z } from 'zod';
import { issueFields } from '@/lib/error-issues';
import { errorText, requestLocale } from '@/lib/error-text';

export interface FormState<F extends string = string> {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Partial<Record<F, string>>;
  values?: Partial<Record<F, string>>;
}

export const idle: FormState<never> = { status: 'idle' };

/** The first message per field from a zod error, keyed by the field's top-level name, in the request's locale
 *  (a schema's message is a key of the `errors` namespace: lib/error-issues.ts). */
export async function fieldErrorsOf<F extends string>(issues: readonly z.core.$ZodIssue[]): Promise<Partial<Record<F, string>>> {
  const locale = await requestLocale();
  const fields = issueFields(issues);
  return Object.fromEntries(Object.entries(fields).map(([name, m]) => [name, errorText(m, locale)])) as Partial<Record<F, string>>;
}

/** Text fields of a FormData as a plain object (files and repeated keys ignored). */
export function textFields(form: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = form.get(name);
    if (typeof v === 'string') out[name] = v;
  }
  return out;
}
