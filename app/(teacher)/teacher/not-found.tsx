import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';

export default async function TeacherNotFound() {
  const t = await getTranslations('layout.teacherNotFound');
  return (
    <EmptyState
      icon="search"
      headingLevel={1}
      title={t('title')}
      text={t('text')}
      action={
        <Link className="button" href="/teacher">
          {t('action')}
        </Link>
      }
    />
  );
}
