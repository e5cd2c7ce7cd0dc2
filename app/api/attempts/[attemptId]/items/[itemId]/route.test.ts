// The answer-save route against a real database: replies carry no sign of right or wrong until feedback is due, and
// a script saving as fast as it can is stopped with 429 + Retry-After.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getFileQuiz as getQuiz } from '@/lib/content/files';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { createAssignment } from '@/lib/db/queries/assignments';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { savedAnswers } from '@/lib/quiz/assignment-view';
import { partIds } from '@/lib/quiz/public-ids';
import { LIMITS } from '@/lib/security/rate-limits';
import { studentCookieName } from '@/lib/students/device-cookie';
import type { AssignmentMode } from '@/lib/db/schema';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { POST } from './route';
import { assignmentScope, practiceScope, type IdScope } from '@/lib/quiz/id-scope';

// the device cookie this request carries
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

useTestDatabase();

// time stands still (and moves only when a test moves it), so a limit's window cannot end halfway through a loop
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now());
});
afterAll(() => vi.useRealTimers());

async function studentAndAttempt(mode: AssignmentMode) {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: `Class ${mode}` });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: 'paktika-practice', mode }) });
  const { student, token } = await joinClass({ code: assignment.code, displayName: 'Sam' });
  jar.set(studentCookieName(klass.id), token);
  const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
  return { studentId: student.id, attemptId: attempt.id, assignment };
}
const studentAttempt = async (mode: AssignmentMode) => (await studentAndAttempt(mode)).attemptId;

const post = (attemptId: string, itemId: string, body: unknown) =>
  POST(
    new Request(`http://127.0.0.1:3500/api/attempts/${attemptId}/items/${itemId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3500', host: '127.0.0.1:3500' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ attemptId, itemId }) },
  );
const save = (attemptId: string, clientSeq: number, status = 'claim') =>
  post(attemptId, 'numbers-71-militants', { response: { type: 'classify', status }, confidence: 'sure', clientSeq });

describe('POST /api/attempts/:attemptId/items/:itemId', () => {
  it('with feedback after handing in, a right and a wrong answer get the very same reply', async () => {
    const attemptId = await studentAttempt('submit');
    const right = await save(attemptId, 1, 'claim');
    const wrong = await save(attemptId, 2, 'verified');
    expect(right.status).toBe(200);
    expect(await right.text()).toBe('{"saved":true}');
    expect(await wrong.text()).toBe('{"saved":true}');
  });

  it('takes an order in public ids, stores it in author ids, and answers and resumes in public ids', async () => {
    const { studentId, attemptId, assignment } = await studentAndAttempt('each');
    const quiz = getQuiz('paktika-practice')!;
    const item = quiz.sections.flatMap((s) => s.items).find((i) => i.type === 'order');
    if (item?.type !== 'order') throw new Error('paktika-practice should have an order item');
    const ids = partIds(assignmentScope(assignment), item);
    const shown = item.key.map((id) => ids.toPublic('step', id));

    const authorIds = await post(attemptId, item.id, { response: { type: 'order', order: item.key }, confidence: 'sure', clientSeq: 1 });
    expect(authorIds.status).toBe(400);
    expect(await authorIds.json()).toEqual({ code: 'bad_request:response', message: `"${item.key[0]}" is not a step of this question.` });

    const res = await post(attemptId, item.id, { response: { type: 'order', order: shown }, confidence: 'sure', clientSeq: 2 });
    expect(res.status).toBe(200);
    const { feedback } = await res.json();
    expect(feedback).toMatchObject({ grade: { score: 1 }, key: shown, order: shown });
    const [row] = await listAnswersForStudent({ studentId, attemptId });
    expect(row?.response).toEqual({ type: 'order', order: item.key });
    // a resuming device gets its answer and feedback back in the ids it was given
    const back = savedAnswers(quiz, row ? [row] : [], true, assignmentScope(assignment))[item.id];
    expect(back?.answer.response).toEqual({ type: 'order', order: shown });
    expect(back?.feedback).toMatchObject({ key: shown, order: shown });
  });

  it('answers every refusal in the one error shape: an unknown attempt, a bad body, an unknown question', async () => {
    const attemptId = await studentAttempt('each');
    const replies = [
      await post('00000000-0000-4000-8000-000000000000', 'numbers-71-militants', {}),
      await post(attemptId, 'numbers-71-militants', { response: 'yes', clientSeq: 1 }),
      await post(attemptId, 'no-such-item', { response: { type: 'classify', status: 'claim' }, clientSeq: 1 }),
    ];
    expect(replies.map((r) => r.status)).toEqual([404, 400, 404]);
    const bodies = await Promise.all(replies.map((r) => r.json()));
    expect(bodies.map((b) => b.code)).toEqual(['not_found:attempt', 'bad_request:shape', 'not_found:item']);
    for (const body of bodies) {
      expect(Object.keys(body).filter((k) => k !== 'fields')).toEqual(['code', 'message']);
      expect(body.message).toEqual(expect.any(String));
    }
  });

  it('refuses the ids of practice or of another assignment of the same quiz: nothing learned there maps here', async () => {
    const { attemptId, assignment } = await studentAndAttempt('submit');
    const other = await studentAndAttempt('submit');
    const quiz = getQuiz('paktika-practice')!;
    const item = quiz.sections.flatMap((s) => s.items).find((i) => i.type === 'single');
    if (item?.type !== 'single') throw new Error('paktika-practice should have a single-choice item');
    const key = (scope: IdScope) => partIds(scope, item).toPublic('option', item.key);
    for (const [where, scope] of [['practice', practiceScope(quiz.id)], ['another assignment', assignmentScope(other.assignment)]] as const) {
      const res = await post(attemptId, item.id, { response: { type: 'single', choice: key(scope) }, confidence: 'sure', clientSeq: 1 });
      expect(res.status, where).toBe(400);
      expect((await res.json()).message, where).toMatch(/is not an option of this question/);
    }
    const own = await post(attemptId, item.id, { response: { type: 'single', choice: key(assignmentScope(assignment)) }, confidence: 'sure', clientSeq: 2 });
    expect(own.status).toBe(200);
  });

  it('stops a device saving faster than 120 answers a minute, with 429, Retry-After and a message', async () => {
    const attemptId = await studentAttempt('due');
    const statuses: number[] = [];
    for (let seq = 1; seq <= LIMITS.answerSaves.max; seq++) statuses.push((await save(attemptId, seq)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    vi.setSystemTime(Date.now() + 1000); // a second after the window opened with the first save
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
