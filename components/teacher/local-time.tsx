'use client';
// A date shown in the viewer's own time zone. The server renders UTC; the browser replaces it after mount.
import { useEffect, useState } from 'react';

const format = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone && { timeZone }) }).format(new Date(iso));

export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${format(iso, 'UTC')} UTC`);
  useEffect(() => setText(format(iso)), [iso]);
  return <time dateTime={iso}>{text}</time>;
}
