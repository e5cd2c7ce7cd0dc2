// next-intl's per-request configuration (found by the plugin in next.config.js): the locale from the reader's
// cookie or Accept-Language, and that locale's messages.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { loadMessagesSync } from '@/lib/i18n/load-messages';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return { locale, messages: loadMessagesSync(locale) };
});
