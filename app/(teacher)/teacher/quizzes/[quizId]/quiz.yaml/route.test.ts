// The YAML download: a visitor gets 401; a shipped quiz and the teacher's own download as claimcheck-quiz/1 files
// that import back; another teacher's private quiz is the same 404 as an unknown one. Only the session is mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseQuizYaml, YAML_FORMAT } from '@/lib/content/yaml';
import { createQuiz, saveArticle } from '@/lib/db/queries/content';
import { contentFixture } from '@/test/content-fixtures';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { asTeacher, signedIn as session } from '@/test/session-mock';
import { GET } from './route';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));

useTestDatabase();

const call = (quizId: string) => GET(new Request(`http://localhost/teacher/quizzes/${quizId}/quiz.yaml`), { params: Promise.resolve({ quizId }) });

describe('GET /teacher/quizzes/[quizId]/quiz.yaml', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('answers 401 to a visitor', async () => {
    expect((await call('paktika-practice')).status).toBe(401);
  });

  it('sends a shipped quiz and the owner’s own as an attachment that imports back; 404 to another teacher', async () => {
    const owner = await createTestTeacher();
    session.teacher = asTeacher(owner);
    const shipped = await call('paktika-practice');
    expect(shipped.status).toBe(200);
    expect(shipped.headers.get('content-disposition')).toBe('attachment; filename="paktika-practice.claimcheck.yaml"');
    const text = await shipped.text();
    expect(text.startsWith(`format: ${YAML_FORMAT}\n`)).toBe(true);
    expect(parseQuizYaml(text).ok).toBe(true);

    const article = await saveArticle({ ownerId: owner.id, article: contentFixture('articles', 'river-flood') });
    const row = await createQuiz({ ownerId: owner.id, quiz: { ...contentFixture('quizzes', 'river-flood-quiz'), article: article.id } });
    expect((await call(row.quiz.id)).status).toBe(200);

    session.teacher = asTeacher(await createTestTeacher('Other'));
    const refused = await call(row.quiz.id);
    const unknown = await call('tq-0000000000000000');
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual(await unknown.json());
    expect((await call('..%2f')).status).toBe(404);
  });
});
