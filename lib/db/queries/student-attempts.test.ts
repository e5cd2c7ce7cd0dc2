// Which attempt a device may reach: only its own student's, by the device cookie of the attempt's class.
import crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { studentCookieName } from '@/lib/students/device-cookie';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { createAssignment } from './assignments';
import { startOrResumeAttempt } from './attempts';
import { createClass } from './classes';
import { getAttemptForDevice } from './student-attempts';
import { joinClass } from './students';

// the cookies the request carries
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

useTestDatabase();

async function classWithAttempt(name: string) {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: 'paktika-practice', mode: 'each' }) });
  const sam = await joinClass({ code: assignment.code, displayName: 'Sam' });
  const kim = await joinClass({ code: assignment.code, displayName: 'Kim' });
  const { attempt } = await startOrResumeAttempt({ studentId: sam.student.id, assignmentId: assignment.id, maxScore: 1 });
  return { classId: klass.id, attemptId: attempt.id, sam, kim };
}

describe('getAttemptForDevice', () => {
  it("finds the attempt for its own student's device, and for nobody else", async () => {
    const a = await classWithAttempt('Class A');
    const b = await classWithAttempt('Class B');

    jar.clear();
    jar.set(studentCookieName(a.classId), a.sam.token);
    const mine = await getAttemptForDevice({ attemptId: a.attemptId });
    expect(mine?.attempt.id).toBe(a.attemptId);
    expect(mine?.student.id).toBe(a.sam.student.id);
    expect(mine?.assignment.classId).toBe(a.classId);

    // a classmate's device
    jar.set(studentCookieName(a.classId), a.kim.token);
    expect(await getAttemptForDevice({ attemptId: a.attemptId })).toBeNull();

    // Sam of class B, whose token is put under class A's cookie name
    jar.set(studentCookieName(a.classId), b.sam.token);
    expect(await getAttemptForDevice({ attemptId: a.attemptId })).toBeNull();

    // Sam's own token for class A, but the attempt of Sam in class B
    jar.clear();
    jar.set(studentCookieName(a.classId), a.sam.token);
    expect(await getAttemptForDevice({ attemptId: b.attemptId })).toBeNull();

    // no cookie, a made-up token, a huge one
    jar.clear();
    expect(await getAttemptForDevice({ attemptId: a.attemptId })).toBeNull();
    jar.set(studentCookieName(a.classId), crypto.randomBytes(32).toString('base64url'));
    expect(await getAttemptForDevice({ attemptId: a.attemptId })).toBeNull();
    jar.set(studentCookieName(a.classId), 'x'.repeat(10_000));
    expect(await getAttemptForDevice({ attemptId: a.attemptId })).toBeNull();
  });

  it('answers null for an attempt id that is unknown or not an id', async () => {
    jar.clear();
    expect(await getAttemptForDevice({ attemptId: crypto.randomUUID() })).toBeNull();
    expect(await getAttemptForDevice({ attemptId: 'not-an-id' })).toBeNull();
    expect(await getAttemptForDevice({ attemptId: "' or 1=1 --" })).toBeNull();
  });
});
