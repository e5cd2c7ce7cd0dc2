import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';

/** A not-found page's body: what is missing (the whole site's or the teacher area's words) and the way back. */
export async function NotFoundBody({ area = 'site' }: { area?: 'site' | 'teacher' }) {
  const t = await getTranslations(area === 'teacher' ? 'layout.teacherNotFound' : 'layout.notFound');
  return (
    <EmptyState
      icon="search"
      headingLevel={1}
      title={t('title')}
      text={t('text')}
      action={
        <a className="button" href={area === 'teacher' ? '/teacher' : '/'}>
          {t('action')}
        </a>
      }
    />
  );
}
