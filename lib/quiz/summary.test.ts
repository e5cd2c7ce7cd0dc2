import { describe, expect, it } from 'vitest';
import { quizSchema } from '@/content/schema';
import { gradeItem } from './grade';
import { summarize } from './summary';
import { classify, multiple, single } from './test-items';

const quiz = quizSchema.parse({
  id: 'q',
  article: 'a',
  title: 'T',
  summary: 'S',
  minutes: 5,
  sections: [
    { id: 's1', title: 'One', items: [single, classify] },
    { id: 's2', title: 'Two', items: [multiple] },
  ],
});

describe('summarize', () => {
  const answers = [
    { itemId: single.id, grade: gradeItem(single, { type: 'single', choice: 'a' }), confidence: 'sure' as const },
    { itemId: classify.id, grade: gradeItem(classify, { type: 'classify', status: 'verified' }), confidence: 'sure' as const },
    { itemId: multiple.id, grade: gradeItem(multiple, { type: 'multiple', choices: ['a'] }), confidence: 'guessing' as const },
  ];
  const summary = summarize(quiz, answers);
  it('adds up points per section and overall', () => {
    expect(summary.score).toBe(0.5);
    expect(summary.max).toBe(3);
    expect(summary.sections.map((s) => s.score)).toEqual([0, 0.5]);
  });
  it('names the kinds of statements misjudged', () => {
    expect(summary.misjudged).toEqual([{ expected: 'claim', chosen: 'verified', items: [classify.id] }]);
  });
  it('lists misconceptions with their items', () => {
    expect(summary.misconceptions).toEqual(
      expect.arrayContaining([
        { id: 'official-source', items: [single.id] },
        { id: 'precise-number', items: [classify.id] },
      ]),
    );
  });
  it('records confidence against correctness (calibration)', () => {
    expect(summary.calibration).toEqual([
      { confidence: 'sure', answered: 2, correct: 0 },
      { confidence: 'guessing', answered: 1, correct: 0 },
    ]);
  });
});
