import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignOutButton } from '@/components/teacher/sign-out-button';
import styles from '@/components/teacher/teacher.module.css';
import { getTeacher } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.signOut');
  return { title: t('title') };
}

export default async function SignOutPage() {
  const teacher = await getTeacher();
  if (!teacher) redirect('/teacher/sign-in');
  const t = await getTranslations('account.signOut');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('signedInAs', { email: teacher.email })}</p>
      <SignOutButton className={styles.button} />
    </>
  );
}
