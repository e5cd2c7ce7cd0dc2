// Which locale a date is written in. The page's language decides (an Urdu page writes Urdu dates), refined by the
// reader's browser: its own variant of that language (en-GB's day-month, en-US's month-day). English is also the
// page for every language the UI does not speak, so there the reader's own locale is kept (a German reader of the
// English page reads 08.12.2026, 22:00).
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

export function readerLocale(page: string, browser: readonly string[]): string {
  const variant = browser.find((tag) => base(tag) === base(page));
  if (variant) return variant;
  if (page === DEFAULT_LOCALE && browser[0]) return browser[0];
  return page;
}
