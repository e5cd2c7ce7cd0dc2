// The error pages' words, for the client error boundaries. They sit above every page, so neither next-intl's client
// runtime nor both languages' words may ride in their code: that cost a question page 2 KiB of its 150 KiB. The root
// layout writes this reader's words, in the page's language, into an inert <template> (ErrorTextsData), and the
// boundary reads them from the document when it shows; the English ones are the fallback (a document without them).
import { useSyncExternalStore } from 'react';
import en from '@/messages/en/errorPage.json';
import { DEFAULT_LOCALE, dirOf, isLocale, type Locale } from '@/lib/i18n/locales';
import { ERROR_TEXT_KEYS, ERROR_TEXTS_ID } from './error-texts-id';

export type ErrorTexts = typeof en;

type Shown = { locale: Locale; dir: 'ltr' | 'rtl'; t: ErrorTexts };
const ENGLISH: Shown = { locale: DEFAULT_LOCALE, dir: 'ltr', t: en };

/** The words the root layout wrote into the document, or English. */
export function readErrorTexts(doc: Document): Shown {
  const data = doc.getElementById(ERROR_TEXTS_ID)?.dataset;
  const lang = doc.documentElement.lang;
  if (!data || !isLocale(lang)) return ENGLISH;
  const t = Object.fromEntries(ERROR_TEXT_KEYS.map((k) => [k, data[k] || en[k]])) as ErrorTexts;
  return { locale: lang, dir: dirOf(lang), t };
}

// read once: global-error replaces the whole document, so what the root layout wrote is read before it goes
let kept: Shown | undefined;
const never = () => () => {};

/** The reader's locale, its direction and the words; English in the server's render and until hydrated. */
export function useErrorTexts(): Shown {
  return useSyncExternalStore(
    never,
    () => (kept ??= readErrorTexts(document)),
    () => ENGLISH,
  );
}
