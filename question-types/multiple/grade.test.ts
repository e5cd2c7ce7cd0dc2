// Grading multiple items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { multiple } from '@/lib/quiz/test-items';

describe('multiple choice partial credit', () => {
  const g = (choices: string[]) => gradeItem(multiple, { type: 'multiple', choices });
  it('gives full marks for exactly the key', () => expect(g(['a', 'b'])).toMatchObject({ score: 1, correct: true }));
  it('gives a share per right choice', () => expect(g(['a'])).toMatchObject({ score: 0.5, correct: false }));
  it('takes a share away per wrong choice', () => {
    expect(g(['a', 'b', 'c'])).toMatchObject({ score: 0.5, misconceptions: ['precise-number'] });
  });
  it('never goes below zero', () => {
    expect(g(['a', 'c', 'd'])).toMatchObject({ score: 0, misconceptions: ['precise-number', 'quoted-true'] });
  });
});
