// Grading written items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { written } from '@/lib/quiz/test-items';

describe('written', () => {
  it('is pending until rated, then scores the rubric level', () => {
    expect(gradeItem(written, { type: 'written', text: 'My answer.' })).toMatchObject({ score: 0, pending: true });
    expect(gradeItem(written, { type: 'written', text: 'My answer.', selfRating: 1 })).toMatchObject({
      score: 0.5,
      pending: false,
    });
    expect(gradeItem(written, { type: 'written', text: 'My answer.', selfRating: 2 }).correct).toBe(true);
  });
});
