import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignUpForm } from '@/components/teacher/sign-up-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { setupTokenValid } from '@/lib/auth/setup';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.setup');
  return { title: t('title') };
}

// The one-time setup link the server printed at its first start: the first account, the instance's admin.
export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const given = typeof token === 'string' ? token.slice(0, 100) : '';
  const t = await getTranslations('account.setup');
  if (!(await setupTokenValid(given))) {
    return (
      <>
        <h1>{t('brokenTitle')}</h1>
        <p>{t('broken')}</p>
        <p>
          <Link href="/teacher/sign-in">{t('signIn')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ClientMessages namespaces={['account']}>
        <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} setupToken={given} />
      </ClientMessages>
    </>
  );
}
