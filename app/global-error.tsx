'use client';
// The last resort, when the root layout itself fails: it replaces the whole document, so it brings its own <html>.
// It says what happened in plain words and offers a way on; the error's message and stack stay in the server's log.
import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Claimcheck</title>
      </head>
      <body>
        <main id="main" className="page">
          <h1>Something went wrong</h1>
          <p>Claimcheck could not show this page. Answers already saved are not affected; answers waiting on this device are sent when the page works again.</p>
          <p>
            <button type="button" onClick={reset}>
              Try again
            </button>{' '}
            {/* a full page load on purpose: whatever broke the app's own rendering starts afresh */}
            {/* oxlint-disable-next-line next/no-html-link-for-pages */}
            <a href="/">Go to the start page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
