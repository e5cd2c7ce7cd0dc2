import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';

export async function NotFoundBody() {
  const t = await getTranslations('layout.notFound');
  return (
    <EmptyState
      icon="search"
      headingLevel={1}
      title={t('title')}
      text={t('text')}
      action={
        <Link className="button" href="/">
          {t('action')}
        </Link>
      }
    />
  );
}
