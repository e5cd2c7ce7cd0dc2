// Unit tests render client components that call useTranslations: wrap them as a page would, with every message.
import type { ReactElement, ReactNode } from 'react';
import { ClientIntlProvider } from '@/lib/i18n/client-provider';
import { createTranslator } from 'next-intl';
import { loadMessagesSync } from '@/lib/i18n/load-messages';
import type { Locale } from '@/lib/i18n/locales';

export function IntlWrapper({ locale = 'en', children }: { locale?: Locale; children: ReactNode }): ReactElement {
  return (
    <ClientIntlProvider locale={locale} messages={loadMessagesSync(locale)}>
      {children}
    </ClientIntlProvider>
  );
}

/** A server-side `t` for a namespace, as getTranslations would give it, for logic tested without a request. */
export function translatorFor(namespace: string, locale: Locale = 'en') {
  return createTranslator({ locale, messages: loadMessagesSync(locale) as never, namespace: namespace as never });
}
