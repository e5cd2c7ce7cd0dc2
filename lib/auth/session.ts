import 'server-only';
// Who the teacher is, from the session cookie. Every page, action and route asks itself: none trusts another.
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import { getAuth } from './server';

export interface Teacher {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'teacher';
}

/** The signed-in teacher, or null. Cached for the duration of one request. */
export const getTeacher = cache(async (): Promise<Teacher | null> => {
  const requestHeaders = await headers(); // first: during prerendering this bails out before the database is touched
  const auth = await getAuth();
  const result = await auth.api.getSession({ headers: requestHeaders });
  // a disabled teacher's sessions were deleted; this covers one that raced with the disabling
  if (!result || result.user.disabledAt) return null;
  return { id: result.user.id, name: result.user.name, email: result.user.email, role: result.user.role === 'admin' ? 'admin' : 'teacher' };
});

/** For server components and server actions: the teacher, or a redirect to sign in (then back to `next`). */
export async function requireTeacher(options: { next?: string } = {}): Promise<Teacher> {
  const teacher = await getTeacher();
  if (!teacher) {
    const next = options.next && isSafeNext(options.next) ? `?next=${encodeURIComponent(options.next)}` : '';
    redirect(`/teacher/sign-in${next}`);
  }
  return teacher;
}

/** For the admin's pages and actions: the admin, or a 404 for anyone else (nothing says the page exists). */
export async function requireAdmin(options: { next?: string } = {}): Promise<Teacher> {
  const teacher = await requireTeacher(options);
  if (teacher.role !== 'admin') notFound();
  return teacher;
}

/** For route handlers: the teacher, or an AppError that errorResponse() turns into a 401. */
export async function assertTeacher(): Promise<Teacher> {
  const teacher = await getTeacher();
  if (!teacher) throw new AppError('unauthorized:session', 'session.signInAsTeacher');
  return teacher;
}

/** Only paths inside the teacher area are followed after sign-in (no open redirects). */
export function isSafeNext(next: string): boolean {
  return /^\/teacher(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) && !next.startsWith('//');
}
