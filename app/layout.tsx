import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Claimcheck', template: '%s · Claimcheck' },
  description: 'Media-literacy quizzes built from real news: learn to tell what is verified from what is only claimed.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5cad' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // every page renders per request, so Next can put this request's CSP nonce (proxy.ts) on its scripts
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
