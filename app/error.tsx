'use client';
import { SiteHeader } from '@/components/layout/site-header';
import { EmptyState } from '@/components/ui/empty-state';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <EmptyState
          icon="warning"
          tone="error"
          headingLevel={1}
          title="Something went wrong"
          text="This page could not be shown. Your saved answers are not affected."
          action={
            <button type="button" onClick={reset}>
              Try again
            </button>
          }
        />
      </main>
    </>
  );
}
