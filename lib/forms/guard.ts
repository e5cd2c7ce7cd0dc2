// A server action can be called by anyone with any arguments, not only by its form. Each action of this app takes
// a FormData; anything else (a plain object, nothing) gets this state instead of a crash.
import { BAD_ACTION_MESSAGE } from '@/lib/security/action-guard';
import type { FormState } from './state';

export const NOT_A_FORM: FormState<never> = { status: 'error', message: BAD_ACTION_MESSAGE };

export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}
