'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="page">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your saved answers are not affected.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
