// One walk to a compiled message and one set of Intl formatters, for every place that formats precompiled messages
// itself: the client hook (use-translations.client.ts), the errors at the edge (lib/error-text.ts) and the check of
// error keys (lib/error-issues.ts). No React and no fs: the browser takes it too.
import type { CompiledMessage, FormatOptions } from 'icu-minify/format';

/** The compiled message at a dotted path (a string, or icu-minify's array for one with arguments), else undefined. */
export function messageAt(messages: unknown, path: string): CompiledMessage | undefined {
  let at: unknown = messages;
  for (const part of path.split('.')) {
    if (!at || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === 'string' || Array.isArray(at) ? (at as CompiledMessage) : undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** icu-minify's formatters; number formats and plural rules are made once per locale and options. */
export const icuFormatters: FormatOptions['formatters'] = {
  getNumberFormat: (locale, options) => {
    const key = `${String(locale)}|${JSON.stringify(options ?? {})}`;
    let f = numberFormats.get(key);
    if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  },
  getPluralRules: (locale, options) => {
    const key = `${String(locale)}|${options?.type ?? ''}`;
    let r = pluralRules.get(key);
    if (!r) pluralRules.set(key, (r = new Intl.PluralRules(locale, options)));
    return r;
  },
  getDateTimeFormat: (locale, options) => new Intl.DateTimeFormat(locale, options),
};
