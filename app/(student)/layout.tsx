import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';

export default async function StudentLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('student.layout');
  return (
    <>
      <SiteHeader
        links={[
          { href: '/join', label: t('join') },
          { href: '/teacher', label: t('teachers') },
        ]}
      />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
