// What a teacher sees while a page's data comes from the database (a loading.tsx renders it). A polite live region,
// so a screen reader hears "Loading …" once and then the page.
export function PageLoading({ what }: { what: string }) {
  return (
    <p role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}
