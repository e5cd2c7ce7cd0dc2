// Grading highlight items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { highlight } from '@/lib/quiz/test-items';

describe('highlight', () => {
  // words: 0 Security 1 sources 2 confirmed 3 that 4 the 5 strikes 6 were 7 surgical, 8 officials 9 said.
  const g = (words: number[]) => gradeItem(highlight, { type: 'highlight', words });
  it('full marks when every target is selected whole', () => expect(g([0, 1, 2, 7]).score).toBe(1));
  it('half when one target is missed or partly selected', () => {
    expect(g([7]).score).toBe(0.5);
    expect(g([0, 1, 7]).score).toBe(0.5);
  });
  it('a stray run takes a share away and a decoy names its misconception', () => {
    expect(g([0, 1, 2, 7, 5])).toMatchObject({ score: 0.5, misconceptions: ['writer-verb'] });
  });
});
