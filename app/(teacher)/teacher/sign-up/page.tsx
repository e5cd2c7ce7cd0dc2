import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/teacher/sign-up-form';
import { getTeacher } from '@/lib/auth/session';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/server';

export const metadata: Metadata = { title: 'Create a teacher account' };

export default async function SignUpPage() {
  if (await getTeacher()) redirect('/teacher');
  return (
    <>
      <h1>Create a teacher account</h1>
      <p>Set quizzes for your classes and see what they understood. Students never need an account.</p>
      <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
