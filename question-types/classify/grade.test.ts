// Grading classify items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { classify } from '@/lib/quiz/test-items';

describe('classify', () => {
  it('records the misjudgement and its misconception', () => {
    expect(gradeItem(classify, { type: 'classify', status: 'verified' })).toMatchObject({
      score: 0,
      misjudged: { expected: 'claim', chosen: 'verified' },
      misconceptions: ['precise-number'],
    });
    const right = gradeItem(classify, { type: 'classify', status: 'claim' });
    expect(right).toMatchObject({ score: 1, misconceptions: [] });
    expect(right.misjudged).toBeUndefined();
  });
});
