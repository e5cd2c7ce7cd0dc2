// A stand-in for lib/auth/session in route tests: the test says who is signed in, everything else is real.
//   vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));
//   import { signedIn } from '@/test/session-mock';   signedIn.teacher = { ... }  (null: signed out)
import type { Teacher } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';

export const signedIn: { teacher: Teacher | null } = { teacher: null };

export async function getTeacher(): Promise<Teacher | null> {
  return signedIn.teacher;
}

export async function assertTeacher(): Promise<Teacher> {
  if (!signedIn.teacher) throw new AppError('unauthorized:session', 'session.signInAsTeacher');
  return signedIn.teacher;
}

/** For server actions and pages: the teacher, or the redirect to sign in (a thrown error, as Next's redirect is). */
export async function requireTeacher(): Promise<Teacher> {
  if (!signedIn.teacher) throw new Error('NEXT_REDIRECT /teacher/sign-in');
  return signedIn.teacher;
}

/** A test teacher row (test/db.ts createTestTeacher) as the signed-in teacher. */
export const asTeacher = (t: { id: string; email: string }): Teacher => ({ id: t.id, name: 'Teacher', email: t.email, role: 'teacher' });

