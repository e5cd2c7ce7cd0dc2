import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/teacher/sign-out-button';
import styles from '@/components/teacher/teacher.module.css';
import { getTeacher } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign out' };

export default async function SignOutPage() {
  const teacher = await getTeacher();
  if (!teacher) redirect('/teacher/sign-in');
  return (
    <>
      <h1>Sign out</h1>
      <p>You are signed in as {teacher.email}. On a shared computer, sign out when you are done.</p>
      <SignOutButton className={styles.button} />
    </>
  );
}
