// Grading classify items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { itemFeedback } from '@/lib/quiz/feedback';
import { classify } from '@/lib/quiz/test-items';
import { classify as classifyType } from './index';

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

describe('a defensible alternative given credit', () => {
  // the example gives 'disputed' half a point; without it, the same item gives nothing
  const withCredit = classify;
  const noCredit = { ...classify, options: classify.options.map(({ credit: _c, ...o }) => o) };
  it('earns its share, still reported as a different status from the key', () => {
    expect(gradeItem(withCredit, { type: 'classify', status: 'disputed' })).toMatchObject({
      score: 0.5,
      misjudged: { expected: 'claim', chosen: 'disputed' },
    });
    expect(gradeItem(noCredit, { type: 'classify', status: 'disputed' }).score).toBe(0);
  });
  it('shows its credit in the feedback and the guide', () => {
    const f = itemFeedback(withCredit, { type: 'classify', status: 'disputed' });
    expect(f.type === 'classify' && f.options.find((o) => o.id === 'disputed')).toMatchObject({ credit: 0.5, chosen: true });
    expect(classifyType.guide(withCredit).rows.map((r) => r.right)).toEqual(['No', 'Yes', 'Partly (½ point)', 'No']);
  });
});
