// The teacher-only preview API: a teacher who may open a quiz (their draft assessment included) gets each answer
// graded by the server, with nothing stored; a visitor gets 401; another teacher's private quiz is the same 404 as
// an unknown one. Only the session is mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/client';
import { attempts, students } from '@/lib/db/schema';
import { previewScope } from '@/lib/quiz/id-scope';
import { partIds } from '@/lib/quiz/public-ids';
import { ownFixtureQuiz } from '@/test/content-fixtures';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { asTeacher, signedIn as session } from '@/test/session-mock';
import { findItem } from '@/lib/content';
import { previewAnswerResponse } from './preview-answer';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));

useTestDatabase();

const answer = (quizId: string, itemId: string, choice: string) =>
  previewAnswerResponse(
    new Request(`http://localhost/api/teacher/preview/${quizId}/items/${itemId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response: { type: 'single', choice } }),
    }),
    { quizId, itemId },
  );

describe('POST /api/teacher/preview/[quizId]/items/[itemId]', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('grades the owner’s draft assessment in the preview’s own ids, stores nothing, and makes no student', async () => {
    const { owner, row } = await ownFixtureQuiz();
    expect(row.meta.status).toBe('draft');
    expect(row.quiz.use).toBe('assessment');
    session.teacher = asTeacher(owner);
    const item = findItem(row.quiz, 'river-rose')!;
    const ids = partIds(previewScope(owner.id, row.quiz.id), item);
    const right = await answer(row.quiz.id, 'river-rose', ids.toPublic('option', 'b'));
    expect(right.status).toBe(200);
    const rightBody = (await right.json()) as { feedback: { grade: { score: number } } };
    expect(rightBody.feedback.grade.score).toBe(1);
    const wrong = (await (await answer(row.quiz.id, 'river-rose', ids.toPublic('option', 'a'))).json()) as { feedback: { grade: { score: number } } };
    expect(wrong.feedback.grade.score).toBe(0);
    // the author's own id (what a page source would give away) is not an option of the preview
    expect((await answer(row.quiz.id, 'river-rose', 'b')).status).toBe(400);
    const db = await getDb();
    expect(await db.select().from(attempts)).toEqual([]);
    expect(await db.select().from(students)).toEqual([]);
  });

  it('answers 401 to a visitor, and to another teacher the same 404 as an unknown quiz', async () => {
    const { owner, row } = await ownFixtureQuiz();
    const item = findItem(row.quiz, 'river-rose')!;
    const choice = partIds(previewScope(owner.id, row.quiz.id), item).toPublic('option', 'b');
    expect((await answer(row.quiz.id, 'river-rose', choice)).status).toBe(401);
    session.teacher = asTeacher(await createTestTeacher('Other'));
    const refused = await answer(row.quiz.id, 'river-rose', choice);
    const unknown = await answer('tq-0000000000000000', 'river-rose', choice);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual(await unknown.json());
  });

  it('previews a shipped assessment quiz, which public practice refuses', async () => {
    session.teacher = asTeacher(await createTestTeacher());
    const res = await answer('paktika-assessment', 'no-such-item', 'aaaaaaaa');
    // the quiz is found (the item is not): a shipped assessment is open to a teacher's preview
    expect(((await res.json()) as { code: string }).code).toBe('not_found:item');
  });
});
