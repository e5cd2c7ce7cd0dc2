import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/teacher/sign-up-form';
import { allowedDomains } from '@/lib/auth/email-domains';
import { findOpenInvite } from '@/lib/auth/invites';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { getTeacher } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Create a teacher account' };

// Teacher accounts come from an invite link (…/teacher/sign-up?invite=…) or, if the admin allows it, an email
// address at one of the school's domains. The page says which; an unknown, used, expired or revoked invite alike.
export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string | string[] }> }) {
  if (await getTeacher()) redirect('/teacher');
  const { invite } = await searchParams;
  const token = typeof invite === 'string' ? invite.slice(0, 100) : undefined;
  const open = token ? await findOpenInvite(token) : null;
  const domains = await allowedDomains();
  if (token && !open) {
    return (
      <>
        <h1>This invite link does not work</h1>
        <p>It may have been used already, revoked, or it has expired. Ask your admin for a new one.</p>
        <p>
          Already have an account? <Link href="/teacher/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  if (!open && domains.length === 0) {
    return (
      <>
        <h1>Teacher accounts are by invitation</h1>
        <p>Ask the person who runs Claimcheck at your school (the admin) for an invite link. Students never need an account: they join with a code.</p>
        <p>
          Already have an account? <Link href="/teacher/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Create a teacher account</h1>
      <p>
        Set quizzes for your classes and see what they understood. Students never need an account.
        {open ? null : ` Use your email address at ${domains.join(', ')}.`}
      </p>
      <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} {...(open && token ? { invite: token } : {})} />
    </>
  );
}
