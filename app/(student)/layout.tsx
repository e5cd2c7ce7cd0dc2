import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';

export default function StudentLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader links={[{ href: '/join', label: 'Join a class quiz' }, { href: '/teacher', label: 'For teachers' }]} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
