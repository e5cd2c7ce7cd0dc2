'use client';
// Shown when a teacher page fails to load. Details stay in the server log.
export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. Nothing you saved was lost.</p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
