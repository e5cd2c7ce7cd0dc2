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

export function SiteHeader({ links = [] }: { links?: Array<{ href: string; label: string }> }) {
  return (
    <HeaderBar brand={<Brand />}>
      {links.length > 0 ? (
        <nav aria-label="Site">
          <ul className="nav-links">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} prefetch={false}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </HeaderBar>
  );
}
