'use client';
import { useTranslations } from 'next-intl';
import { Brand, HeaderBar } from '@/components/layout/header-bar';
import { EmptyState } from '@/components/ui/empty-state';

// Its words come from the `errors` namespace, which the root layout hands to the client for this boundary.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <>
      <HeaderBar brand={<Brand />} />
      <main id="main" className="page">
        <EmptyState
          icon="warning"
          tone="error"
          headingLevel={1}
          title={t('errors.title')}
          text={t('errors.text')}
          action={
            <button type="button" onClick={reset}>
              {t('common.tryAgain')}
            </button>
          }
        />
      </main>
    </>
  );
}
