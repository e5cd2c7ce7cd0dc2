'use client';
// The last resort, when the root layout itself fails: it replaces the whole document, so it brings its own <html>.
// It says what happened in plain words and offers a way on; the error's message and stack stay in the server's log.
import './globals.css';
import { BrandMark } from '@/components/layout/brand-mark';
import { EmptyState } from '@/components/ui/empty-state';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Claimcheck</title>
      </head>
      <body>
        <header className="site-header">
          <div className="site-header-bar">
            {/* a full page load on purpose: whatever broke the app's own rendering starts afresh */}
            {/* oxlint-disable-next-line next/no-html-link-for-pages */}
            <a className="brand" href="/">
              <BrandMark />
              Claimcheck
            </a>
          </div>
        </header>
        <main id="main" className="page">
          <EmptyState
            icon="warning"
            tone="error"
            headingLevel={1}
            title="Something went wrong"
            text="Claimcheck could not show this page. Answers already saved are not affected; answers waiting on this device are sent when the page works again."
            action={
              <>
                <button type="button" onClick={reset}>
                  Try again
                </button>
                {/* oxlint-disable-next-line next/no-html-link-for-pages */}
                <a className="button secondary" href="/">
                  Go to the start page
                </a>
              </>
            }
          />
        </main>
      </body>
    </html>
  );
}
