import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignUpForm } from '@/components/teacher/sign-up-form';
import { allowedDomains } from '@/lib/auth/email-domains';
import { findOpenInvite } from '@/lib/auth/invites';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { getTeacher } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.signUp');
  return { title: t('title') };
}

// Teacher accounts come from an invite link (…/teacher/sign-up?invite=…) or, if the admin allows it, an email
// address at one of the school's domains. The page says which; an unknown, used, expired or revoked invite alike.
export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string | string[] }> }) {
  if (await getTeacher()) redirect('/teacher');
  const { invite } = await searchParams;
  const token = typeof invite === 'string' ? invite.slice(0, 100) : undefined;
  const open = token ? await findOpenInvite(token) : null;
  const domains = await allowedDomains();
  const t = await getTranslations('account.signUp');
  const signInLine = (
    <p>
      {t('haveAccount')} <Link href="/teacher/sign-in">{t('signIn')}</Link>
    </p>
  );
  if (token && !open) {
    return (
      <>
        <h1>{t('inviteBrokenTitle')}</h1>
        <p>{t('inviteBroken')}</p>
        {signInLine}
      </>
    );
  }
  if (!open && domains.length === 0) {
    return (
      <>
        <h1>{t('byInviteTitle')}</h1>
        <p>{t('byInvite')}</p>
        {signInLine}
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')}
        {open ? null : ` ${t('useDomain', { domains: domains.join(', ') })}`}
      </p>
      <ClientMessages namespaces={['account']}>
        <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} {...(open && token ? { invite: token } : {})} />
      </ClientMessages>
    </>
  );
}
