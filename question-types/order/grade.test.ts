// Grading order items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { order } from '@/lib/quiz/test-items';

describe('order', () => {
  it('scores the share of step pairs in the right order', () => {
    expect(gradeItem(order, { type: 'order', order: ['s1', 's2', 's3'] }).score).toBe(1);
    expect(gradeItem(order, { type: 'order', order: ['s2', 's1', 's3'] }).score).toBe(0.667);
    expect(gradeItem(order, { type: 'order', order: ['s3', 's2', 's1'] }).score).toBe(0);
  });
});
