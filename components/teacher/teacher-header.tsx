import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Brand, HeaderBar } from '@/components/layout/header-bar';
import { Icon } from '@/components/ui/icon';
import type { Teacher } from '@/lib/auth/session';
import { SignOutButton } from './sign-out-button';
import styles from './teacher.module.css';

type Who = Pick<Teacher, 'name' | 'role'> | null;
type T = Awaited<ReturnType<typeof getTranslations<'layout'>>>;

function Links({ teacher, t }: { teacher: Who; t: T }) {
  if (!teacher) {
    return (
      <>
        <li>
          <Link href="/teacher/sign-in">{t('signIn')}</Link>
        </li>
        <li>
          <Link href="/teacher/sign-up">{t('createAccount')}</Link>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <Link href="/teacher">{t('classes')}</Link>
      </li>
      <li>
        <Link href="/teacher/quizzes">{t('quizzes')}</Link>
      </li>
      {teacher.role === 'admin' ? (
        <li>
          <Link href="/teacher/admin">{t('teachers')}</Link>
        </li>
      ) : null}
      <li>
        <Link href="/teacher/account">{t('account')}</Link>
      </li>
      <li>
        <SignOutButton />
      </li>
    </>
  );
}

// The links do not fit beside the brand at 360 px: on a narrow screen they fold into a native disclosure
// (keyboard and screen readers know <details>; no script), on a wide one they stand in a row.
export async function TeacherHeader({ teacher }: { teacher: Who }) {
  const t = await getTranslations('layout');
  return (
    <HeaderBar brand={<Brand href="/teacher" sub={t('brandForTeachers')} />} className={styles.noPrint}>
      <nav aria-label={t('teacherNav')}>
        <ul className={`nav-links ${styles.wide}`}>
          <Links teacher={teacher} t={t} />
        </ul>
        <details className={styles.menu}>
          <summary>
            <Icon name="menu" />
            {t('menu')}
          </summary>
          <ul className={`nav-links ${styles.menuList}`}>
            <Links teacher={teacher} t={t} />
          </ul>
        </details>
      </nav>
    </HeaderBar>
  );
}
