// A teacher's quiz edited while a student is working: the student's answers are graded on the version their
// attempt started on, never on the edit (here the edit changes the key of the item being answered).
import { contentFixture } from '@/test/content-fixtures';
import { describe, expect, it, vi } from 'vitest';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { createAssignment } from '@/lib/db/queries/assignments';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { createQuiz, saveArticle, saveQuiz, setQuizStatus } from '@/lib/db/queries/content';
import { joinClass } from '@/lib/db/queries/students';
import { studentCookieName } from '@/lib/students/device-cookie';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { POST } from './route';

const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

useTestDatabase();

const fixture = contentFixture;

const answer = (attemptId: string, status: string) =>
  POST(
    new Request(`http://127.0.0.1:3500/api/attempts/${attemptId}/items/worst-century`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3500', host: '127.0.0.1:3500' },
      body: JSON.stringify({ response: { type: 'classify', status }, confidence: 'sure', clientSeq: 1 }),
    }),
    { params: Promise.resolve({ attemptId, itemId: 'worst-century' }) },
  );

describe('grading a teacher’s quiz across an edit', () => {
  it('scores on the attempt’s version; a new attempt is scored on the new one', async () => {
    const teacher = await createTestTeacher();
    const article = await saveArticle({ ownerId: teacher.id, article: fixture('articles', 'river-flood') });
    const body: Record<string, any> = { ...fixture('quizzes', 'river-flood-quiz'), article: article.id };
    const row = await createQuiz({ ownerId: teacher.id, quiz: body });
    await setQuizStatus({ ownerId: teacher.id, quizId: row.quiz.id, status: 'published' });
    const klass = await createClass({ teacherId: teacher.id, name: 'Class' });
    const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: row.quiz.id, mode: 'each' }) });
    const sam = await joinClass({ code: assignment.code, displayName: 'Sam' });
    jar.set(studentCookieName(klass.id), sam.token);
    const { attempt } = await startOrResumeAttempt({ studentId: sam.student.id, assignmentId: assignment.id, maxScore: 2, quizVersion: 1 });

    // the author now says the key is "verified"
    const edited = structuredClone(body);
    edited.sections[0].items[0].key = 'verified';
    const saved = await saveQuiz({ ownerId: teacher.id, quizId: row.quiz.id, quiz: edited, expectedRevision: 2 });
    expect(saved.version).toBe(2);

    const reply = await answer(attempt.id, 'claim');
    expect(reply.status).toBe(200);
    expect((await reply.json()).feedback.grade.score).toBe(1);
    const [stored] = await listAnswersForStudent({ studentId: sam.student.id, attemptId: attempt.id });
    expect(stored).toMatchObject({ itemId: 'worst-century', score: 1 });

    const ana = await joinClass({ code: assignment.code, displayName: 'Ana' });
    jar.set(studentCookieName(klass.id), ana.token);
    const second = await startOrResumeAttempt({ studentId: ana.student.id, assignmentId: assignment.id, maxScore: 2, quizVersion: saved.version });
    const anas = await answer(second.attempt.id, 'claim');
    expect((await anas.json()).feedback.grade.score).toBe(0);
  });
});
