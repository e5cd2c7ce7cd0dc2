// The interface languages. Quiz content keeps its own language (an article or quiz file names it); these are the
// words around it. Urdu is the proof that nothing in the UI assumes English or left to right.
export const LOCALES = ['en', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The cookie a reader's choice of language is kept in (a year; the switcher sets it). */
export const LOCALE_COOKIE = 'cc_locale';

/** Each locale's own name for itself, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ur: 'اردو' };

const RTL = new Set<Locale>(['ur']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}
