// The messages a client tree may use (components/i18n/client-messages.tsx picks them), and their locale.
import { createContext } from 'react';

export type ClientIntl = { locale: string; messages: Record<string, unknown> };
export const ClientIntlContext = createContext<ClientIntl | null>(null);
