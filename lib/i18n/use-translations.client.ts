// useTranslations for the browser (and the server render of client components): the same calls as next-intl's
// (t(key, values), t.rich(key, tags), t.has(key)) over the messages precompiled on the server (lib/i18n/load-messages.ts),
// formatted by icu-minify, the format-only runtime next-intl's `precompile` uses. next-intl's own client hook brings
// its provider, error handling and formatters along: 3 KiB more on a question page with a 150 KiB budget (decision
// 008). Server components get next-intl's hook: package.json "imports" picks the file by the react-server condition.
import format, { type FormatValues } from 'icu-minify/format';
import { createElement, Fragment, useContext, useMemo, type ReactNode } from 'react';
import { ClientIntlContext, type ClientIntl } from './client-context';
import { icuFormatters, messageAt } from './message-at';

type Values = Record<string, string | number | Date>;
type RichValues = Record<string, string | number | Date | ((chunks: ReactNode) => ReactNode)>;

export interface Translator {
  (key: string, values?: Values): string;
  rich(key: string, values?: RichValues): ReactNode;
  has(key: string): boolean;
}

export function createClientTranslator(intl: ClientIntl | null, namespace?: string): Translator {
  const locale = intl?.locale ?? 'en';
  const messages = intl?.messages ?? {};
  const path = (key: string) => (namespace ? `${namespace}.${key}` : key);
  const run = (key: string, values: FormatValues<ReactNode> | undefined) => {
    const message = messageAt(messages, path(key));
    if (message === undefined) {
      // as next-intl does: the key shows, and the console says which one is missing (a ClientMessages without it)
      console.error(`[i18n] missing message: ${path(key)}`);
      return path(key);
    }
    return format<ReactNode>(message, locale, values, { formatters: icuFormatters });
  };
  const t = ((key: string, values?: Values) => {
    const out = run(key, values);
    return Array.isArray(out) ? out.join('') : String(out);
  }) as Translator;
  t.rich = (key, values) => {
    const out = run(key, values as FormatValues<ReactNode>);
    // spread as children, so React needs no keys for the parts
    return Array.isArray(out) ? createElement(Fragment, null, ...out) : out;
  };
  t.has = (key) => messageAt(messages, path(key)) !== undefined;
  return t;
}

export function useTranslations(namespace?: string): Translator {
  const intl = useContext(ClientIntlContext);
  return useMemo(() => createClientTranslator(intl, namespace), [intl, namespace]);
}
