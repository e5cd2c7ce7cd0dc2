// zod issues as ErrorMessages. The app's own schemas (lib/validation, the forms' schemas) give a key of the `errors`
// namespace as their message (`.max(80, 'class.nameTooLong')`); the issue's limits become its values ({maximum},
// {minimum}). A message that is no key (a schema outside the catalogue, zod's own default) keeps its English for an
// English reader and gets the general sentence for its issue code in every other language.
import type { z } from 'zod';
import { loadMessagesSync } from '@/lib/i18n/load-messages';
import { messageAt } from '@/lib/i18n/message-at';
import type { ErrorKey, ErrorMessage, MessageValues } from './error-message';

/** A key of the errors catalogue, as loaded for the pages (a message with arguments is compiled to an array: an
 *  imported messages JSON is compiled the same way by next-intl's loader, so reading that would look the same). */
export function isErrorKey(text: string): text is ErrorKey {
  return messageAt(loadMessagesSync('en').errors, text) !== undefined;
}

type Issue = Pick<z.core.$ZodIssue, 'code' | 'message' | 'path'> & { maximum?: unknown; minimum?: unknown; params?: Record<string, unknown> };

const GENERAL: Partial<Record<string, ErrorKey>> = {
  invalid_type: 'zod.invalid_type',
  too_big: 'zod.too_big',
  too_small: 'zod.too_small',
  invalid_format: 'zod.invalid_format',
  invalid_value: 'zod.invalid_value',
};

const limit = (v: unknown): string | number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : String(v ?? ''));

export function issueMessage(issue: Issue): ErrorMessage {
  // a custom issue passes its message's values as params: ctx.addIssue({ code: 'custom', message: key, params })
  const params = Object.entries(issue.params ?? {}).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number');
  const values: MessageValues = { maximum: limit(issue.maximum), minimum: limit(issue.minimum), ...Object.fromEntries(params) };
  if (isErrorKey(issue.message)) return { key: issue.message, values };
  return { key: GENERAL[issue.code] ?? 'zod.other', values, english: issue.message };
}

/** The first issue's message (a schema of one value has no field names), or `fallback` when there is none. */
export function issuesMessage(issues: readonly Issue[], fallback: ErrorKey): ErrorMessage {
  const first = issues[0];
  return first ? issueMessage(first) : fallback;
}

/** The first message per field, keyed by the field's top-level name (a form) or its whole path (`path: 'full'`). */
export function issueFields(issues: readonly Issue[], path: 'top' | 'full' = 'top'): Record<string, ErrorMessage> {
  const fields: Record<string, ErrorMessage> = {};
  for (const issue of issues) {
    const name = path === 'top' ? String(issue.path[0] ?? 'form') : issue.path.join('.') || '(body)';
    fields[name] ??= issueMessage(issue);
  }
  return fields;
}
