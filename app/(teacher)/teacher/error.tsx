'use client';
// Shown when a teacher page fails to load. Details stay in the server log.
import { ErrorView } from '@/components/layout/error-view';

export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <ErrorView text="teacherText" reset={reset} />
    </div>
  );
}
