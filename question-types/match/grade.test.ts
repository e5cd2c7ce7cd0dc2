// Grading match items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { match } from '@/lib/quiz/test-items';

describe('match', () => {
  it('scores the share of claims matched to the right party', () => {
    expect(gradeItem(match, { type: 'match', pairs: { c1: 'pk', c2: 'tb' } }).score).toBe(1);
    expect(gradeItem(match, { type: 'match', pairs: { c1: 'pk', c2: 'pk' } })).toMatchObject({
      score: 0.5,
      misconceptions: ['agency-vouches'],
    });
  });
});
