'use client';
// A date shown in the viewer's own time zone. The server renders UTC; the browser shows its own zone once hydrated.
import { useClientValue } from '@/components/use-client-value';

const format = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(iso));

export function LocalTime({ iso }: { iso: string }) {
  const text = useClientValue(
    () => format(iso),
    () => `${format(iso, 'UTC')} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
