// A date shown in the page's language (its day-month order, 12 or 24 hours) and the viewer's own time zone.
import { getLocale, getTranslations } from 'next-intl/server';
import { LocalTimeClient } from './local-time-client';

export async function LocalTime({ iso }: { iso: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('teacher')]);
  return <LocalTimeClient iso={iso} locale={locale} utc={t('utc')} />;
}
