import { describe, expect, it } from 'vitest';
import { classify, single } from '@/lib/quiz/test-items';
import { quiz } from '../test-fixtures';
import { statusMatrix, statusPairs } from './status-matrix';

describe('statusMatrix', () => {
  it('counts each statement under what it is and what the student said, the finding in words', () => {
    const m = statusMatrix([
      { expected: 'claim', chosen: 'verified' },
      { expected: 'claim', chosen: 'verified' },
      { expected: 'claim', chosen: 'claim' },
      { expected: 'opinion', chosen: 'claim' },
      { expected: 'verified', chosen: 'verified' },
    ]);
    expect(m.rows.map((r) => r.id)).toEqual(['verified', 'claim', 'disputed', 'opinion']);
    expect(m.counts).toEqual([
      [1, 0, 0, 0],
      [2, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 1, 0, 0],
    ]);
    expect(m.tones[1]).toEqual(['wrong', 'key', 'wrong', 'wrong']);
    expect(m.marked).toEqual([{ row: 1, col: 0, label: 'Most often' }]);
    expect(m.summary).toBe(
      '2 of 5 right. Where you went wrong: a “claim” called “verified / corroborated” 2 times; an “opinion or loaded label” called “claim” 1 time.',
    );
  });
  it('praises an all-right set and says so with none', () => {
    expect(statusMatrix([{ expected: 'disputed', chosen: 'disputed' }]).summary).toBe('You classified the one statement the way a careful fact-checker would.');
    expect(statusMatrix([]).summary).toBe('You have not classified any statements yet.');
  });
});

describe('statusPairs', () => {
  it('pairs each classify answer with the key from the quiz, leaving other types and unknown items out', () => {
    expect(
      statusPairs(quiz, [
        { itemId: single.id, response: { type: 'single' } },
        { itemId: classify.id, response: { type: 'classify', status: 'verified' } },
        { itemId: 'gone', response: { type: 'classify', status: 'claim' } },
      ]),
    ).toEqual([{ expected: 'claim', chosen: 'verified' }]);
  });
  it('leaves out a stored response that is not a well-formed classify answer', () => {
    expect(statusPairs(quiz, [{ itemId: classify.id, response: { type: 'classify', status: 'fact' } }])).toEqual([]);
  });
});
