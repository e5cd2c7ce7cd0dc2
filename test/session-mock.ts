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
  if (!signedIn.teacher) throw new AppError('unauthorized:session', 'Please sign in as a teacher.');
  return signedIn.teacher;
}
