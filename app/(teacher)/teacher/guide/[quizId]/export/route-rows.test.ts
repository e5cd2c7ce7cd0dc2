// The export route on a teacher's own quiz (a database row): its owner downloads it; to another teacher it is the
// same 404 as a quiz that does not exist, until the owner shares it to the library. Only the session is mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Teacher } from '@/lib/auth/session';
import { signedIn as session } from '@/test/session-mock';
import { createQuiz, saveArticle, setQuizVisibility } from '@/lib/db/queries/content';
import { contentFixture } from '@/test/content-fixtures';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { GET } from './route';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));

useTestDatabase();

const call = (quizId: string) =>
  GET(new Request(`http://localhost/teacher/guide/${quizId}/export?format=gift`), { params: Promise.resolve({ quizId }) });

const asTeacher = (t: { id: string; email: string }): Teacher => ({ id: t.id, name: 'Teacher', email: t.email, role: 'teacher' });

describe('GET /teacher/guide/[quizId]/export on a teacher’s own quiz', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('sends it to its owner, answers 404 to another teacher, and sends it to them once shared to the library', async () => {
    const owner = await createTestTeacher();
    const other = await createTestTeacher();
    const article = await saveArticle({ ownerId: owner.id, article: contentFixture('articles', 'river-flood') });
    const { use: _use, ...quiz } = contentFixture('quizzes', 'river-flood-quiz');
    const row = await createQuiz({ ownerId: owner.id, quiz: { ...quiz, article: article.id } });

    session.teacher = asTeacher(owner);
    const own = await call(row.quiz.id);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('::');

    session.teacher = asTeacher(other);
    const refused = await call(row.quiz.id);
    expect(refused.status).toBe(404);
    const unknown = await call('tq-0000000000000000');
    expect(unknown.status).toBe(404);
    expect(await refused.json()).toEqual(await unknown.json());

    await setQuizVisibility({ ownerId: owner.id, quizId: row.quiz.id, visibility: 'library' });
    expect((await call(row.quiz.id)).status).toBe(200);
  });
});
