import Link from 'next/link';

export function SiteHeader({ links = [] }: { links?: Array<{ href: string; label: string }> }) {
  return (
    <header className="site-header">
      <nav aria-label="Site">
        <Link className="brand" href="/">
          Claimcheck
        </Link>
        {links.map((l) => (
          <Link key={l.href} href={l.href}>
            {l.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
