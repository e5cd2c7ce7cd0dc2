import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';

export default function StudentLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
