/** The Claimcheck mark: a speech bubble (a claim) with a check in it. Decorative: the wordmark beside it names it. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M8 3h16a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H15l-7 5v-5a6 6 0 0 1-6-6V9a6 6 0 0 1 6-6z" fill="var(--brand)" />
      <path d="M10 14.5l4 4 8-8" fill="none" stroke="var(--brand-ink)" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
