import Link from 'next/link';
import type { ReactNode } from 'react';
import { Brand, HeaderBar } from '@/components/layout/site-header';
import { Icon } from '@/components/ui/icon';
import type { Teacher } from '@/lib/auth/session';
import { SignOutButton } from './sign-out-button';
import styles from './teacher.module.css';

function Links({ teacher }: { teacher: Pick<Teacher, 'name' | 'role'> | null }): ReactNode {
  if (!teacher) {
    return (
      <>
        <li>
          <Link href="/teacher/sign-in">Sign in</Link>
        </li>
        <li>
          <Link href="/teacher/sign-up">Create account</Link>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <Link href="/teacher">Classes</Link>
      </li>
      <li>
        <Link href="/teacher/quizzes">Quizzes</Link>
      </li>
      {teacher.role === 'admin' ? (
        <li>
          <Link href="/teacher/admin">Teachers</Link>
        </li>
      ) : null}
      <li>
        <Link href="/teacher/account">Account</Link>
      </li>
      <li>
        <SignOutButton />
      </li>
    </>
  );
}

// The links do not fit beside the brand at 360 px: on a narrow screen they fold into a native
// disclosure (keyboard and screen readers know <details>; no script), on a wide one they stand in a row.
export function TeacherHeader({ teacher }: { teacher: Pick<Teacher, 'name' | 'role'> | null }) {
  return (
    <HeaderBar brand={<Brand href="/teacher" sub="for teachers" />} className={styles.noPrint}>
      <nav aria-label="Teacher">
        <ul className="nav-links nav-wide">
          <Links teacher={teacher} />
        </ul>
        <details className="nav-menu">
          <summary>
            <Icon name="menu" />
            Menu
          </summary>
          <ul className="nav-links">
            <Links teacher={teacher} />
          </ul>
        </details>
      </nav>
    </HeaderBar>
  );
}
