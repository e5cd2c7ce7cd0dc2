import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignInForm } from '@/components/teacher/sign-in-form';
import { getTeacher, isSafeNext } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.signIn');
  return { title: t('title') };
}

const searchSchema = z.object({ next: z.string().optional(), 'signed-out': z.string().optional() });

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = searchSchema.safeParse(await searchParams);
  const next = parsed.success && parsed.data.next && isSafeNext(parsed.data.next) ? parsed.data.next : undefined;
  if (await getTeacher()) redirect(next ?? '/teacher');
  const t = await getTranslations('account.signIn');
  return (
    <>
      <h1>{t('title')}</h1>
      {parsed.success && parsed.data['signed-out'] ? <p role="status">{t('signedOut')}</p> : null}
      <ClientMessages namespaces={['account']}>
        <SignInForm next={next} />
      </ClientMessages>
    </>
  );
}
