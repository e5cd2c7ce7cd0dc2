'use server';
// The language switcher's action: keeps the choice in a cookie for a year. Works without JavaScript (a plain form
// post re-renders the page in the new language); with it, Next refreshes the page in place.
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  // an unknown value changes nothing: the page shows again as it was
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}
