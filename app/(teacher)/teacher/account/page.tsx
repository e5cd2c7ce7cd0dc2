import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ChangePasswordForm } from '@/components/teacher/change-password-form';
import { SignOutButton } from '@/components/teacher/sign-out-button';
import styles from '@/components/teacher/teacher.module.css';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/server';
import { requireTeacher } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.page');
  return { title: t('title') };
}

export default async function AccountPage() {
  const teacher = await requireTeacher({ next: '/teacher/account' });
  const t = await getTranslations('account.page');
  return (
    <div className={styles.stack}>
      <h1>{t('title')}</h1>
      <p>{t('who', { name: teacher.name, email: teacher.email })}</p>
      <section aria-labelledby="password-heading" className={styles.card}>
        <h2 id="password-heading">{t('passwordHeading')}</h2>
        <ClientMessages namespaces={['account']}>
          <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} email={teacher.email} />
        </ClientMessages>
      </section>
      <SignOutButton className={styles.button} />
    </div>
  );
}
