// The proxy's two refusals (lib/security/action-guard.ts), in the reader's language. proxy.ts runs before any page
// and has no next-intl request; these messages have no ICU arguments, so they are read straight from the errors
// catalogue of each locale (imported, so they are in the proxy's bundle whatever its runtime may read from disk).
import en from '@/messages/en/errors.json';
import ur from '@/messages/ur/errors.json';
import type { Locale } from '@/lib/i18n/locales';

export type RefusalKey = keyof typeof en.request & ('crossSiteForm' | 'badForm');

const CATALOGUES: Record<Locale, { request: Record<RefusalKey, unknown> }> = { en, ur };

export function refusalText(key: RefusalKey, locale: Locale): string {
  const text = CATALOGUES[locale].request[key];
  return typeof text === 'string' ? text : en.request[key];
}
