// Grading single items: the rules in ./index.ts, through the grader every route uses.
import { describe, expect, it } from 'vitest';
import { gradeItem } from '@/lib/quiz/grade';
import { itemFeedback } from '@/lib/quiz/feedback';
import { single } from '@/lib/quiz/test-items';
import { single as singleType } from './index';

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

describe('a defensible alternative given credit', () => {
  const withCredit = {
    ...single,
    options: single.options.map((o) => (o.id === 'c' ? { ...o, misconception: undefined, credit: 0.5 } : o)),
  };
  it('earns its share of the point, and the key still earns all of it', () => {
    expect(gradeItem(withCredit, { type: 'single', choice: 'c' })).toMatchObject({ score: 0.5, correct: false, misconceptions: [] });
    expect(gradeItem(withCredit, { type: 'single', choice: 'b' })).toMatchObject({ score: 1, correct: true });
    expect(gradeItem(single, { type: 'single', choice: 'c' }).score).toBe(0);
  });
  it('shows its credit in the feedback and the guide, never in the public view', () => {
    const f = itemFeedback(withCredit, { type: 'single', choice: 'a' });
    expect(f.type === 'single' && f.options.find((o) => o.id === 'c')).toMatchObject({ credit: 0.5, isKey: false });
    expect(singleType.guide(withCredit).rows.map((r) => r.right)).toEqual(['No', 'Yes', 'Partly (½ point)']);
    expect(singleType.secretTexts(withCredit)).toContain('Too far.');
    const ids = { toPublic: (_kind: string, id: string) => id, toAuthor: (_kind: string, id: string) => id };
    expect(JSON.stringify(singleType.toPublic(withCredit, ids))).not.toMatch(/credit|0\.5/);
  });
});
