import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { SignInForm } from '@/components/teacher/sign-in-form';
import { getTeacher, isSafeNext } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Teacher sign in' };

const searchSchema = z.object({ next: z.string().optional(), 'signed-out': z.string().optional() });

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = searchSchema.safeParse(await searchParams);
  const next = parsed.success && parsed.data.next && isSafeNext(parsed.data.next) ? parsed.data.next : undefined;
  if (await getTeacher()) redirect(next ?? '/teacher');
  return (
    <>
      <h1>Teacher sign in</h1>
      {parsed.success && parsed.data['signed-out'] ? <p role="status">You have signed out.</p> : null}
      <SignInForm next={next} />
    </>
  );
}
