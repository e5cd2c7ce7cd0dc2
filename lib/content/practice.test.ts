// The fixture quiz (test/fixtures/content) is an assessment: never listed and never served as practice.
import { describe, expect, it } from 'vitest';
import { POST as gradeItem } from '@/app/api/practice/[quizId]/items/[itemId]/route';
import { POST as gradeAll } from '@/app/api/practice/[quizId]/results/route';
import { loadQuizPage } from '@/lib/quiz/load-page';
import { getQuiz } from './index';
import { getPracticeQuiz, listPracticeQuizzes } from './practice';

process.env.EXTRA_CONTENT_DIRS = 'test/fixtures/content';

const post = (url: string, body: unknown) =>
  new Request(`http://localhost${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('an assessment quiz', () => {
  it('is loaded, but is not practice and is never listed', async () => {
    expect((await getQuiz('river-flood-quiz'))?.use).toBe('assessment');
    expect((await getQuiz('paktika-practice'))?.use).toBe('practice');
    expect(await getPracticeQuiz('river-flood-quiz')).toBeUndefined();
    expect(listPracticeQuizzes().map((q) => q.id)).toContain('paktika-practice');
    expect(listPracticeQuizzes().map((q) => q.id)).not.toContain('river-flood-quiz');
  });

  it('is not graded by the practice API: 404, as for a quiz that does not exist', async () => {
    const answer = { response: { type: 'classify', status: 'claim' }, confidence: 'sure' };
    const one = await gradeItem(post('/api/practice/river-flood-quiz/items/worst-century', answer), {
      params: Promise.resolve({ quizId: 'river-flood-quiz', itemId: 'worst-century' }),
    });
    expect(one.status).toBe(404);
    expect(await one.json()).toEqual({ code: 'not_found:quiz', message: 'There is no quiz with that id.' });
    const all = await gradeAll(post('/api/practice/river-flood-quiz/results', { answers: { 'worst-century': answer } }), {
      params: Promise.resolve({ quizId: 'river-flood-quiz' }),
    });
    expect(all.status).toBe(404);
  });

  it('has no practice page (its play and results pages load through the same 404)', async () => {
    await expect(loadQuizPage(Promise.resolve({ quizId: 'river-flood-quiz' }))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(loadQuizPage(Promise.resolve({ quizId: 'paktika-practice' }))).resolves.toMatchObject({ quiz: { id: 'paktika-practice' } });
  });
});
