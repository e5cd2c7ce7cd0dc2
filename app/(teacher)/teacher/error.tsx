'use client';
// Shown when a teacher page fails to load. Details stay in the server log.
import { useTranslations } from 'next-intl';
import { EmptyState } from '@/components/ui/empty-state';

export default function TeacherError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div role="alert">
      <EmptyState
        icon="warning"
        tone="error"
        headingLevel={1}
        title={t('errors.title')}
        text={t('errors.teacherText')}
        action={
          <button type="button" onClick={() => reset()}>
            {t('common.tryAgain')}
          </button>
        }
      />
    </div>
  );
}
