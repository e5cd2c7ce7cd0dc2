// The error pages' words, for the client error boundaries. They sit above every page, so they cannot take messages
// from a provider without putting next-intl's client runtime (about 6 KiB) on every student page: the two small (errorPage.json)
// message files come in the boundary's own code instead, and the locale is chosen as the server chooses it
// (the reader's cookie, then the browser's languages). Plain strings only: no ICU arguments to format.
import { useSyncExternalStore } from 'react';
import en from '@/messages/en/errorPage.json';
import ur from '@/messages/ur/errorPage.json';
import { DEFAULT_LOCALE, LOCALE_COOKIE, dirOf, type Locale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';

export type ErrorTexts = typeof en;
export const ERROR_TEXTS: Record<Locale, ErrorTexts> = { en, ur };

export function browserLocale(cookie: string, languages: readonly string[]): Locale {
  const chosen = cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return negotiateLocale(chosen, languages.join(','));
}

const never = () => () => {};

/** The reader's locale, its direction and the words; English in the server's render and until hydrated. */
export function useErrorTexts(): { locale: Locale; dir: 'ltr' | 'rtl'; t: ErrorTexts } {
  const locale = useSyncExternalStore(
    never,
    () => browserLocale(document.cookie, navigator.languages),
    () => DEFAULT_LOCALE,
  );
  return { locale, dir: dirOf(locale), t: ERROR_TEXTS[locale] };
}
