// The CSV routes with real data in a test database; only the session is mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signedIn as session } from '@/test/session-mock';
import { saveAnswer } from '@/lib/db/queries/answers';
import { createAssignment } from '@/lib/db/queries/assignments';
import { startOrResumeAttempt, submitAttempt } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { getQuiz } from '@/lib/content';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { GET as answersCsv } from '../answers.csv/route';
import { GET as studentsCsv } from './route';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));

useTestDatabase();

// the lesson's item count (its maximum score): read from the content, so adding an item does not break the test
const ITEMS = (await getQuiz('paktika-practice'))!.sections.flatMap((s) => s.items).length;

const call = (handler: typeof studentsCsv, assignmentId: string) =>
  handler(new Request(`http://localhost/teacher/assignments/${assignmentId}/results/x.csv`), { params: Promise.resolve({ assignmentId }) });

async function setup() {
  const owner = await createTestTeacher('Owner');
  const other = await createTestTeacher('Other');
  const klass = await createClass({ teacherId: owner.id, name: 'Class 9B' });
  const assignment = await createAssignment({ teacherId: owner.id, classId: klass.id, input: assignmentInput({ quizId: 'paktika-practice' }) });
  const { student } = await joinClass({ code: assignment.code, displayName: '=HYPERLINK("x")' });
  const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: ITEMS });
  await saveAnswer({
    studentId: student.id,
    attemptId: attempt.id,
    itemId: 'source-behind-71',
    response: { type: 'single', choice: 'b' },
    score: 0,
    maxScore: 1,
    clientSeq: 1,
    confidence: 'sure',
  });
  await submitAttempt({ studentId: student.id, attemptId: attempt.id });
  const asTeacher = (t: { id: string; email: string }) => ({ id: t.id, email: t.email, name: 'T', role: 'teacher' as const });
  return { owner: asTeacher(owner), other: asTeacher(other), assignment };
}

describe('GET results/students.csv and results/answers.csv', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('answer 401 when signed out', async () => {
    const { assignment } = await setup();
    for (const handler of [studentsCsv, answersCsv]) {
      const res = await call(handler, assignment.id);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-disposition')).toBeNull();
    }
  });

  it('answer 404 for another teacher, and for an id that is not one', async () => {
    const { assignment, other } = await setup();
    session.teacher = other;
    for (const handler of [studentsCsv, answersCsv]) {
      const res = await call(handler, assignment.id);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('HYPERLINK');
    }
    expect((await call(studentsCsv, 'not-an-id')).status).toBe(404);
  });

  it('send the owner a CSV attachment with formulas defused', async () => {
    const { assignment, owner } = await setup();
    session.teacher = owner;
    const res = await call(studentsCsv, assignment.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="claimcheck-class-9b-paktika-practice-students\.csv"$/);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, row] = text.split('\r\n');
    expect(header).toMatch(/^Student,Status,Score/);
    expect(row).toMatch(new RegExp(`^"'=HYPERLINK\\(""x""\\)",submitted,0,${ITEMS},0,1,${ITEMS},0,1,1,`));

    const answers = await call(answersCsv, assignment.id);
    expect(answers.status).toBe(200);
    const lines = (await answers.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('source-behind-71');
    expect(lines[1]).toContain('AFP, the international news agency.');
  });
});
