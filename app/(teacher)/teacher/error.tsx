'use client';
// Shown when a teacher page fails to load. Details stay in the server log.
import { EmptyState } from '@/components/ui/empty-state';

export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <EmptyState
        icon="warning"
        tone="error"
        headingLevel={1}
        title="Something went wrong"
        text="The page could not be loaded. Nothing you saved was lost."
        action={
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        }
      />
    </div>
  );
}
