'use client';
// A date in the page's language and the viewer's own time zone. The server does not know the zone, so it renders
// UTC (in the page's language) until the browser takes over.
import { useClientValue } from '@/components/use-client-value';

const format = (iso: string, locale: string, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(iso));

export function LocalTimeClient({ iso, locale, utc }: { iso: string; locale: string; utc: string }) {
  const text = useClientValue(
    () => format(iso, locale),
    () => `${format(iso, locale, 'UTC')} ${utc}`,
  );
  return <time dateTime={iso}>{text}</time>;
}
