import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { ErrorTextsData } from '@/components/layout/error-texts-data';
import { dirOf, isLocale, DEFAULT_LOCALE } from '@/lib/i18n/locales';
import footerStyles from '@/components/i18n/locale-switcher.module.css';
import './globals.css';

const ICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    // the brand mark (components/layout/brand-mark.tsx) in the brand colour of app/globals.css
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M8 3h16a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H15l-7 5v-5a6 6 0 0 1-6-6V9a6 6 0 0 1 6-6z" fill="#0b6b62"/>' +
      '<path d="M10 14.5l4 4 8-8" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  );

export const metadata: Metadata = {
  title: { default: 'Claimcheck', template: '%s · Claimcheck' },
  description: 'Media-literacy quizzes built from real news: learn to tell what is verified from what is only claimed.',
  // inline: a separate icon request cost a question page 0.8 KiB (mostly headers) of its 150 KiB budget
  icons: { icon: ICON },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b6b62' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // every page renders per request, so Next can put this request's CSP nonce (proxy.ts) on its scripts
  await connection();
  const found = await getLocale();
  const locale = isLocale(found) ? found : DEFAULT_LOCALE;
  const t = await getTranslations('common');
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        {/* inside a landmark, so that every piece of the page belongs to one (IBM's checker flags a bare skip link) */}
        <nav aria-label="Skip link">
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
        </nav>
        {children}
        <footer className={footerStyles.footer}>
          <LocaleSwitcher />
        </footer>
        <ErrorTextsData />
      </body>
    </html>
  );
}
