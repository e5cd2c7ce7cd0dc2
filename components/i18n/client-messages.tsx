import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { pickNamespaces } from '@/lib/i18n/load-messages';

/**
 * Gives the client components below it the namespaces they use, and only those (plus `common`): each string passed
 * here ships in the page, and a question page has a 150 KiB budget. A nested provider replaces the outer one, so
 * list every namespace a client component under it needs.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickNamespaces(messages, ['common', ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
