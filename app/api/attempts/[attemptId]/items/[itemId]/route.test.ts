// The answer-save route against a real database: replies carry no sign of right or wrong until feedback is due, and
// a script saving as fast as it can is stopped with 429 + Retry-After.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAssignment } from '@/lib/db/queries/assignments';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { LIMITS } from '@/lib/security/rate-limits';
import { studentCookieName } from '@/lib/students/device-cookie';
import type { AssignmentMode } from '@/lib/db/schema';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { POST } from './route';

// the device cookie this request carries
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

useTestDatabase();

// time stands still a second into a minute, so a minute's window cannot end halfway through a loop
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000 + 1000);
});
afterAll(() => vi.useRealTimers());

async function studentAttempt(mode: AssignmentMode) {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: `Class ${mode}` });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: 'paktika-practice', mode }) });
  const { student, token } = await joinClass({ code: assignment.code, displayName: 'Sam' });
  jar.set(studentCookieName(klass.id), token);
  const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
  return attempt.id;
}

const save = (attemptId: string, clientSeq: number, status = 'claim') =>
  POST(
    new Request(`http://127.0.0.1:3500/api/attempts/${attemptId}/items/numbers-71-militants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3500', host: '127.0.0.1:3500' },
      body: JSON.stringify({ response: { type: 'classify', status }, confidence: 'sure', clientSeq }),
    }),
    { params: Promise.resolve({ attemptId, itemId: 'numbers-71-militants' }) },
  );

describe('POST /api/attempts/:attemptId/items/:itemId', () => {
  it('with feedback after handing in, a right and a wrong answer get the very same reply', async () => {
    const attemptId = await studentAttempt('submit');
    const right = await save(attemptId, 1, 'claim');
    const wrong = await save(attemptId, 2, 'verified');
    expect(right.status).toBe(200);
    expect(await right.text()).toBe('{"saved":true}');
    expect(await wrong.text()).toBe('{"saved":true}');
  });

  it('stops a device saving faster than 120 answers a minute, with 429, Retry-After and a message', async () => {
    const attemptId = await studentAttempt('due');
    const statuses: number[] = [];
    for (let seq = 1; seq <= LIMITS.answerSaves.max; seq++) statuses.push((await save(attemptId, seq)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await save(attemptId, LIMITS.answerSaves.max + 1);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('59');
    expect(await refused.json()).toMatchObject({
      code: 'rate_limited:answer_save',
      message: expect.stringMatching(/^Answers are arriving too fast\. Wait 59 seconds/),
    });
    // another student's attempt is not slowed down
    expect((await save(await studentAttempt('due'), 1)).status).toBe(200);
  });
});
