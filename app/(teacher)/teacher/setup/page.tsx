import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/teacher/sign-up-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { setupTokenValid } from '@/lib/auth/setup';

export const metadata: Metadata = { title: 'Set up Claimcheck' };

// The one-time setup link the server printed at its first start: the first account, the instance's admin.
export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const given = typeof token === 'string' ? token.slice(0, 100) : '';
  if (!(await setupTokenValid(given))) {
    return (
      <>
        <h1>This setup link does not work</h1>
        <p>
          The first account already exists, or the server has been restarted since this link was printed (each start
          before the first account prints a new one and voids the old).
        </p>
        <p>
          <Link href="/teacher/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Set up Claimcheck</h1>
      <p>
        This account will be the admin: you will invite the other teachers. The link works once; keep it private until
        you have used it.
      </p>
      <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} setupToken={given} />
    </>
  );
}
