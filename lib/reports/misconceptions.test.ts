import { describe, expect, it } from 'vitest';
import { classify, multiple, single } from '@/lib/quiz/test-items';
import { rankMisconceptions } from './misconceptions';
import { answer, attempts, quiz } from './test-fixtures';

describe('rankMisconceptions', () => {
  it('ranks by distinct students, with the questions where each showed', () => {
    expect(rankMisconceptions(quiz, attempts)).toEqual([
      // Ben and Dee (classify: verified), Cy (multiple: c)
      {
        id: 'precise-number',
        students: 3,
        occurrences: 3,
        items: [
          { itemId: classify.id, number: 2, students: 2 },
          { itemId: multiple.id, number: 3, students: 1 },
        ],
      },
      { id: 'official-source', students: 2, occurrences: 2, items: [{ itemId: single.id, number: 1, students: 2 }] },
      { id: 'both-sides-unknowable', students: 1, occurrences: 1, items: [{ itemId: single.id, number: 1, students: 1 }] },
    ]);
  });

  it('counts a student once however many times they show it', () => {
    const twice = [
      {
        id: 'x',
        studentId: 'x',
        number: 1,
        startedAt: new Date(0),
        submittedAt: null,
        answers: [
          answer(classify.id, { type: 'classify', status: 'verified' }, 0, 'sure', 1),
          answer(multiple.id, { type: 'multiple', choices: ['c'] }, 0, 'sure', 2),
        ],
      },
    ];
    expect(rankMisconceptions(quiz, twice)).toEqual([
      expect.objectContaining({ id: 'precise-number', students: 1, occurrences: 2 }),
    ]);
  });

  it('grades the stored response again instead of trusting a stored score', () => {
    // a row that says full marks for a distractor still shows the distractor's misconception
    const lying = [
      { id: 'y', studentId: 'y', number: 1, startedAt: new Date(0), submittedAt: null, answers: [answer(single.id, { type: 'single', choice: 'a' }, 1, 'sure', 1)] },
    ];
    expect(rankMisconceptions(quiz, lying).map((m) => m.id)).toEqual(['official-source']);
  });
});
