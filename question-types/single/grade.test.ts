// Grading single items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { single } from '@/lib/quiz/test-items';

describe('single choice', () => {
  it('scores the key 1 and anything else 0, naming the misconception picked', () => {
    expect(gradeItem(single, { type: 'single', choice: 'b' })).toMatchObject({ score: 1, correct: true, misconceptions: [] });
    expect(gradeItem(single, { type: 'single', choice: 'a' })).toMatchObject({
      score: 0,
      correct: false,
      misconceptions: ['official-source'],
    });
  });
});
