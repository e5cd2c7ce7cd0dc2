import Link from 'next/link';
import type { Teacher } from '@/lib/auth/session';
import { SignOutButton } from './sign-out-button';
import styles from './teacher.module.css';

export function TeacherHeader({ teacher }: { teacher: Pick<Teacher, 'name' | 'role'> | null }) {
  return (
    <header className={`${styles.header} ${styles.noPrint}`}>
      <Link href="/teacher">
        <strong>Claimcheck</strong> for teachers
      </Link>
      <nav aria-label="Teacher">
        <ul className={styles.nav}>
          {teacher ? (
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
          ) : (
            <>
              <li>
                <Link href="/teacher/sign-in">Sign in</Link>
              </li>
              <li>
                <Link href="/teacher/sign-up">Create account</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
