import Link from 'next/link';

// No prefetching from the header: on a question page it fetched three pages a student rarely opens (7 KB of a
// 150 KB budget on a slow phone network). A click still navigates client-side.

export function SiteHeader({ links = [] }: { links?: Array<{ href: string; label: string }> }) {
  return (
    <header className="site-header">
      <nav aria-label="Site">
        <Link className="brand" href="/" prefetch={false}>
          Claimcheck
        </Link>
        {links.map((l) => (
          <Link key={l.href} href={l.href} prefetch={false}>
            {l.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
