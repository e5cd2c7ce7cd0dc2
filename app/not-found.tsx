import { NotFoundBody } from '@/components/layout/not-found-body';
import { SiteHeader } from '@/components/layout/site-header';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <NotFoundBody />
      </main>
    </>
  );
}
