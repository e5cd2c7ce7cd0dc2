// What a teacher sees while a page's data comes from the database (a loading.tsx renders it). A polite live region,
// so a screen reader hears "Loading …" once and then the page.
import { getTranslations } from 'next-intl/server';

export async function PageLoading({ what }: { what: 'class' | 'results' }) {
  const t = await getTranslations('teacher');
  return (
    <p role="status" aria-live="polite">
      {t(`loading.${what}`)}
    </p>
  );
}
