// next-intl/server for unit tests of server code (actions, route handlers) run without a request: English
// messages, as a page would get them. Use: vi.mock('next-intl/server', () => import('@/test/next-intl-server-mock')).
import { createFormatter } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from './intl';

type Options = string | { namespace?: string; locale?: Locale } | undefined;

export async function getTranslations(options?: Options) {
  const namespace = typeof options === 'string' ? options : options?.namespace;
  const locale = typeof options === 'object' ? (options.locale ?? 'en') : 'en';
  return translatorFor(namespace as string, locale);
}

export async function getLocale(): Promise<Locale> {
  return 'en';
}

export async function getFormatter() {
  return createFormatter({ locale: 'en', timeZone: 'UTC' });
}
