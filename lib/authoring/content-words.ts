// Text the assistant writes into a drafted quiz (an explanation that repeats its reason) is quiz content, in the
// article's language, whatever the teacher's interface language: content files name no language, so English.
// Formatted with icu-minify's own runtime on the precompiled messages, so it works the same in the app, in a test
// and in a plain Node script (scripts/bench/annotate.ts). Server and tests only: it reads the message files.
import format, { type CompiledMessage } from 'icu-minify/format';
import { loadMessagesSync } from '@/lib/i18n/load-messages';
import type { Msg } from './messages';

const LOCALE = 'en';
const formatters = {
  getDateTimeFormat: (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a),
  getNumberFormat: (...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a),
  getPluralRules: (...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a),
};

function compiled(key: string): CompiledMessage {
  let at: unknown = loadMessagesSync(LOCALE).authoring;
  for (const part of key.split('.')) at = (at as Record<string, unknown> | undefined)?.[part];
  if (at === undefined || (typeof at === 'object' && !Array.isArray(at))) throw new Error(`no message authoring.${key}`);
  return at as CompiledMessage;
}

export function contentText(parts: readonly Msg[]): string {
  return parts.map((m) => String(format(compiled(m.key), LOCALE, m.values, { formatters }))).join(' ');
}
