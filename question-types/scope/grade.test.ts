// Grading scope items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { scope } from '@/lib/quiz/test-items';

describe('scope', () => {
  it('scores the share of statements judged right', () => {
    expect(gradeItem(scope, { type: 'scope', judgements: { x1: true, x2: false } }).score).toBe(1);
    expect(gradeItem(scope, { type: 'scope', judgements: { x1: true, x2: true } })).toMatchObject({
      score: 0.5,
      misconceptions: ['debunk-true'],
    });
  });
});
