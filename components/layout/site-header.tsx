import Link from 'next/link';
import type { ReactNode } from 'react';
import { BrandMark } from './brand-mark';

// No prefetching from the header: on a question page it fetched three pages a student rarely opens (7 KB of a
// 150 KB budget on a slow phone network). A click still navigates client-side.

export function Brand({ href = '/', sub }: { href?: string; sub?: string }) {
  return (
    <Link className="brand" href={href} prefetch={false}>
      <BrandMark />
      Claimcheck
      {sub ? <span className="brand-sub">{sub}</span> : null}
    </Link>
  );
}

/** The bar every header shares: the brand, then the navigation, on one line from 360 px up. */
export function HeaderBar({ brand, children, className }: { brand: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <header className={className ? `site-header ${className}` : 'site-header'}>
      <div className="site-header-bar">
        {brand}
        {children}
      </div>
    </header>
  );
}

// On a narrow screen each link shows its short word; the full label stays its accessible name (and contains the
// short word, so speech users can say what they see).
const STUDENT_LINKS = [
  { href: '/join', label: 'Join a class quiz', short: 'Join' },
  { href: '/teacher', label: 'For teachers', short: 'Teachers' },
];

/** The students' header: the brand, joining a class, and the way to the teachers' area. */
export function SiteHeader() {
  return (
    <HeaderBar brand={<Brand />}>
      <nav aria-label="Site">
        <ul className="nav-links">
          {STUDENT_LINKS.map((l) => (
            <li key={l.href}>
              <Link href={l.href} prefetch={false}>
                <span className="nav-short" aria-hidden="true">
                  {l.short}
                </span>
                <span className="nav-long">{l.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </HeaderBar>
  );
}
