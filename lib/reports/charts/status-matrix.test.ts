import { describe, expect, it } from 'vitest';
import { statusMatrix } from './status-matrix';

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
