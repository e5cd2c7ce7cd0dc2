'use client';
import { ErrorView } from '@/components/layout/error-view';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="page">
      <ErrorView text="text" reset={reset} home />
    </main>
  );
}
