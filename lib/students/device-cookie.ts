import 'server-only';
// The student's device token, one HttpOnly cookie per class (a shared school computer may hold several).
// Set it in the route or action that calls joinClass(); read it to find the student with getStudentByToken().
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { isUuid } from '@/lib/validation/ids';
import { JOIN_DEVICE_COOKIE, isJoinDeviceId, newJoinDeviceId } from './join-key';

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

/** This browser's join-device id (the proxy sets it on join pages): what a join form's one-time key is bound to. */
export async function readJoinDeviceId(): Promise<string | undefined> {
  const value = (await cookies()).get(JOIN_DEVICE_COOKIE)?.value;
  return isJoinDeviceId(value) ? value : undefined;
}

/** After a join: a new id, so every join form this device was shown before is spent (Back cannot replay one). */
export async function renewJoinDeviceId(): Promise<void> {
  (await cookies()).set(JOIN_DEVICE_COOKIE, newJoinDeviceId(), joinDeviceCookieOptions());
}

export function joinDeviceCookieOptions() {
  return { httpOnly: true, sameSite: 'lax' as const, secure: getEnv().appUrl.startsWith('https://'), path: '/', maxAge: ONE_YEAR };
}
