import type { ReactNode } from 'react';
import { getLocale, getMessages } from 'next-intl/server';
import { ClientIntlProvider } from '@/lib/i18n/client-provider';
import { pickNamespaces } from '@/lib/i18n/load-messages';

/**
 * Gives the client components below it the namespaces they use, and only those: each string passed here ships in the
 * page, and a question page has a 150 KiB budget. A nested provider replaces the outer one, so list every namespace a
 * client component under it needs (`common` too, if one uses it).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <ClientIntlProvider locale={locale} messages={pickNamespaces(messages, namespaces)}>
      {children}
    </ClientIntlProvider>
  );
}
