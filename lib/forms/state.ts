// The typed state a form's server action returns to useActionState: a message, per-field errors, and the values
// to put back in the form (never passwords).
export interface FormState<F extends string = string> {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Partial<Record<F, string>>;
  values?: Partial<Record<F, string>>;
}

export const idle: FormState<never> = { status: 'idle' };

/** The first message per field from a zod error, keyed by the field's top-level name. */
export function fieldErrorsOf<F extends string>(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form') as F;
    out[key] ??= issue.message;
  }
  return out;
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
