import 'server-only';
// The student's device token, one HttpOnly cookie per class (a shared school computer may hold several).
// Set it in the route or action that calls joinClass(); read it to find the student with getStudentByToken().
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { isUuid } from '@/lib/validation/ids';

const PREFIX = 'cc_student_';
const ONE_YEAR = 60 * 60 * 24 * 365;

export function studentCookieName(classId: string): string {
  return `${PREFIX}${classId.replace(/-/g, '')}`;
}

export async function setStudentCookie({ classId, token }: { classId: string; token: string }): Promise<void> {
  if (!isUuid(classId)) throw new Error('setStudentCookie needs a class id');
  (await cookies()).set(studentCookieName(classId), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().appUrl.startsWith('https://'),
    path: '/',
    maxAge: ONE_YEAR,
  });
}

export async function readStudentToken({ classId }: { classId: string }): Promise<string | null> {
  if (!isUuid(classId)) return null;
  return (await cookies()).get(studentCookieName(classId))?.value ?? null;
}

/** "This is not me" on a shared computer: forget this class's student on this device. */
export async function clearStudentCookie({ classId }: { classId: string }): Promise<void> {
  if (!isUuid(classId)) return;
  (await cookies()).delete(studentCookieName(classId));
}
