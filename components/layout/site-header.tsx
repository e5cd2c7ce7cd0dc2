import { getTranslations } from 'next-intl/server';
import { Brand, HeaderBar } from './header-bar';

// On a narrow screen each link shows its short word; the full label stays its accessible name (and contains the
// short word, so speech users can say what they see).
const STUDENT_LINKS = [
  { href: '/join', key: 'join' },
  { href: '/teacher', key: 'forTeachers' },
] as const;

/** The students' header: the brand, joining a class, and the way to the teachers' area. */
export async function SiteHeader() {
  const t = await getTranslations('layout');
  return (
    <HeaderBar brand={<Brand />}>
      {/* links without a list: a page's own lists (an order item's steps) stay the only list items on it */}
      <nav aria-label={t('siteNav')} className="nav-links">
        {STUDENT_LINKS.map((l) => (
          <a key={l.href} href={l.href}>
            <span className="nav-short" aria-hidden="true">
              {t(`${l.key}.short`)}
            </span>
            <span className="nav-long">{t(`${l.key}.label`)}</span>
          </a>
        ))}
      </nav>
    </HeaderBar>
  );
}
