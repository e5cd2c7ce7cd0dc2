// Root layout. The lead's layout (with app/globals.css) replaces this one when the branches meet.
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'Claimcheck', template: '%s · Claimcheck' },
  description: 'Media-literacy quizzes built from real news articles: tell verified facts from claims.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
