'use client';
// A date in the page's language (refined by the reader's own, reader-locale.ts) and the viewer's own time zone. The
// server knows neither, so it renders UTC in the page's language until the browser takes over.
import { useClientValue } from '@/components/use-client-value';
import { readerLocale } from './reader-locale';

const format = (iso: string, locale: string, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(iso));

export function LocalTimeClient({ iso, locale, utc }: { iso: string; locale: string; utc: string }) {
  const text = useClientValue(
    () => format(iso, readerLocale(locale, navigator.languages)),
    () => `${format(iso, locale, 'UTC')} ${utc}`,
  );
  return <time dateTime={iso}>{text}</time>;
}
