import type { ReactNode } from 'react';
import { BrandMark } from './brand-mark';

// No prefetching from the header: on a question page it fetched three pages a student rarely opens (7 KB of a
// 150 KB budget on a slow phone network). A click still navigates client-side.

/** The mark and the wordmark (a name: the same in every language), and a translated tag line if given. */
export function Brand({ href = '/', sub }: { href?: string; sub?: string }) {
  return (
    <a className="brand" href={href}>
      <BrandMark />
      Claimcheck
      {sub ? <span className="brand-sub">{sub}</span> : null}
    </a>
  );
}

/** The bar every header shares: the brand, then the navigation, on one line from 360 px up. No strings of its own,
 * so the client error pages can use it too. */
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
