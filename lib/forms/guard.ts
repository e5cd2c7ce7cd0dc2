// A server action can be called by anyone with any arguments, not only by its form. Each action of this app takes
// a FormData; anything else (a plain object, nothing) gets this state instead of a crash.
// Only a script calls an action that way (the proxy refuses a browser's first), so the words stay English.
import { refusalText } from '@/lib/security/refusal-text';
import type { FormState } from './state';

export const NOT_A_FORM: FormState<never> = { status: 'error', message: refusalText('badForm', 'en') };

export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}
