'use client';
// A date shown in the viewer's own time zone and locale (their browser's: day-month or month-day order, 24 or 12
// hours). The server does not know either, so it renders UTC in one fixed form until the browser takes over.
import { useClientValue } from '@/components/use-client-value';

const format = (iso: string, locale: string | undefined, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(iso));

export function LocalTime({ iso }: { iso: string }) {
  const text = useClientValue(
    () => format(iso, undefined),
    () => `${format(iso, 'en-GB', 'UTC')} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
