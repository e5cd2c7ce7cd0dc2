// Turns an ErrorMessage (lib/error-message.ts) into words in a locale, on the server: the edge of every reply calls
// it with the request's locale (lib/errors.ts), and AppError with English, for logs and tests. A key missing from
// a locale's errors.json is a bug that would show a raw key to a reader: it throws outside production (so a test
// that reaches it fails) and falls back to English in production.
import { cookies, headers } from 'next/headers';
import format from 'icu-minify/format';
import { loadMessagesSync } from '@/lib/i18n/load-messages';
import { icuFormatters, messageAt } from '@/lib/i18n/message-at';
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import type { ErrorMessage, MessageValues } from './error-message';

type Translate = (key: string, values?: Record<string, string | number>) => string;
const translators = new Map<Locale, Translate>();

function translatorFor(locale: Locale): Translate {
  const kept = process.env.NODE_ENV === 'development' ? undefined : translators.get(locale);
  if (kept) return kept;
  const messages = loadMessagesSync(locale);
  const translate: Translate = (key, values) => {
    const compiled = messageAt(messages, `errors.${key}`);
    if (compiled === undefined) {
      if (process.env.NODE_ENV !== 'production') throw new Error(`errors.${key} is not in messages/${locale}/errors.json`);
      return locale === DEFAULT_LOCALE ? key : translatorFor(DEFAULT_LOCALE)(key, values);
    }
    return String(format(compiled, locale, values, { formatters: icuFormatters }));
  };
  translators.set(locale, translate);
  return translate;
}

export function errorText(message: ErrorMessage, locale: Locale): string {
  if (typeof message === 'string') return translatorFor(locale)(message);
  if ('list' in message) return message.list.map((m) => errorText(m, locale)).join(' ');
  if ('said' in message) return message.said;
  const { key, values, english } = message;
  if (english !== undefined && locale === DEFAULT_LOCALE) return english;
  return translatorFor(locale)(key, values && flatValues(values, locale));
}

function flatValues(values: MessageValues, locale: Locale): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([name, v]) => [name, typeof v === 'object' ? errorText(v, locale) : v]));
}

/** The request's locale (the reader's cookie, then Accept-Language), or English outside a request (a unit test). */
export async function requestLocale(): Promise<Locale> {
  try {
    const [jar, head] = await Promise.all([cookies(), headers()]);
    return negotiateLocale(jar.get(LOCALE_COOKIE)?.value, head.get('accept-language'));
  } catch {
    return DEFAULT_LOCALE;
  }
}
