'use client';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ClientIntlContext } from './client-context';

export function ClientIntlProvider({ locale, messages, children }: { locale: string; messages: Record<string, unknown>; children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <ClientIntlContext.Provider value={value}>{children}</ClientIntlContext.Provider>;
}
