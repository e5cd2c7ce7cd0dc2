import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/content/load';
import { responseProblem } from '@/lib/quiz/fit';
import { responseSchema } from '@/lib/quiz/responses';
import { rankMisconceptions } from '@/lib/reports/misconceptions';
import { createRng } from './random';
import { simulateAnswers } from './simulate';

const { quizzes } = loadContent(path.join(process.cwd(), 'content'));
const quiz = quizzes.get('paktika-practice');

describe('simulated demo answers', () => {
  if (!quiz) throw new Error('paktika-practice is missing from content/');
  const items = new Map(quiz.sections.flatMap((s) => s.items).map((i) => [i.id, i]));

  it('are valid answers to every item, the same for the same seed', () => {
    for (const ability of [-2, 0, 2]) {
      const answers = simulateAnswers(quiz, ability, 7);
      expect(answers).toHaveLength(items.size);
      for (const a of answers) {
        const item = items.get(a.itemId);
        if (!item) throw new Error(a.itemId);
        expect(responseSchema.safeParse(a.response).success, a.itemId).toBe(true);
        expect(responseProblem(item, a.response), a.itemId).toBeNull();
      }
    }
    expect(simulateAnswers(quiz, 0.3, 11)).toEqual(simulateAnswers(quiz, 0.3, 11));
  });

  it('score higher for abler students and trip misconceptions', () => {
    const total = (ability: number) =>
      [1, 2, 3, 4, 5].reduce((sum, seed) => sum + simulateAnswers(quiz, ability, seed).reduce((s, a) => s + a.score, 0), 0);
    expect(total(1.5)).toBeGreaterThan(total(-1.5));
    const rng = createRng(3);
    const attempts = Array.from({ length: 20 }, (_, i) => ({
      id: `a${i}`,
      studentId: `s${i}`,
      number: 1,
      startedAt: new Date(0),
      submittedAt: new Date(1),
      answers: simulateAnswers(quiz, rng.normal(), i).map((a) => ({ ...a, answeredAt: new Date(0), teacherRating: null })),
    }));
    const ranked = rankMisconceptions(quiz, attempts);
    expect(ranked.length).toBeGreaterThanOrEqual(5);
    expect(ranked[0]?.students).toBeGreaterThanOrEqual(10);
  });
});
