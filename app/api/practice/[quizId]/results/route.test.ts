import { describe, expect, it } from 'vitest';
import { getFileQuiz as getQuiz } from '@/lib/content/files';
import { partIds } from '@/lib/quiz/public-ids';
import { POST } from './route';
import { practiceScope } from '@/lib/quiz/id-scope';

const call = (answers: unknown) =>
  POST(
    new Request('http://localhost/api/practice/paktika-practice/results', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
    }),
    { params: Promise.resolve({ quizId: 'paktika-practice' }) },
  );

const quiz = getQuiz('paktika-practice')!;
const multiple = quiz.sections.flatMap((s) => s.items).find((i) => i.type === 'multiple');
if (multiple?.type !== 'multiple') throw new Error('paktika-practice should have a multiple-choice item');
const ids = partIds(practiceScope(quiz.id), multiple);

describe('POST /api/practice/:quizId/results', () => {
  it('grades answers given in public ids and sends their feedback in public ids', async () => {
    const res = await call({ [multiple.id]: { response: { type: 'multiple', choices: multiple.key.map((id) => ids.toPublic('option', id)) }, confidence: 'sure' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.summary.score).toBe(1);
    const [feedback] = body.feedback;
    expect(feedback.options.filter((o: { isKey: boolean }) => o.isKey).map((o: { id: string }) => o.id).sort()).toEqual(
      multiple.key.map((id) => ids.toPublic('option', id)).sort(),
    );
  });

  it('refuses answers in the author ids, naming the question', async () => {
    const res = await call({ [multiple.id]: { response: { type: 'multiple', choices: multiple.key }, confidence: 'sure' } });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe(`Question "${multiple.id}": "${multiple.key[0]}" is not an option of this question.`);
  });
});
