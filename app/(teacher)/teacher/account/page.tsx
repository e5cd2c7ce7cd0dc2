import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/teacher/change-password-form';
import { SignOutButton } from '@/components/teacher/sign-out-button';
import styles from '@/components/teacher/teacher.module.css';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/server';
import { requireTeacher } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const teacher = await requireTeacher({ next: '/teacher/account' });
  return (
    <div className={styles.stack}>
      <h1>Your account</h1>
      <p>
        {teacher.name} · {teacher.email}
      </p>
      <section aria-labelledby="password-heading" className={styles.card}>
        <h2 id="password-heading">Change password</h2>
        <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} email={teacher.email} />
      </section>
      <SignOutButton className={styles.button} />
    </div>
  );
}
