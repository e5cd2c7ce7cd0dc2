'use client';
// The last resort, when the root layout itself fails: it replaces the whole document, so it brings its own <html>.
// It says what happened in plain words and offers a way on; the error's message and stack stay in the server's log.
import './globals.css';
import { ErrorView } from '@/components/layout/error-view';
import { useErrorTexts } from '@/components/layout/error-texts';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale, dir, t } = useErrorTexts();
  return (
    <html lang={locale} dir={dir}>
      <head>
        <title>{`${t.title} · Claimcheck`}</title>
      </head>
      <body>
        <main id="main" className="page">
          <ErrorView text="globalText" reset={reset} home />
        </main>
      </body>
    </html>
  );
}
