import { describe, expect, it } from 'vitest';
import { classify, highlight, match, multiple, order, scope, single, written } from '@/lib/quiz/test-items';
import { describeKey, describeResponse, responseKey } from './describe';

describe('describeResponse', () => {
  it('puts every type of answer into words', () => {
    expect(describeResponse(single, { type: 'single', choice: 'a' })).toEqual(['Officials said so']);
    expect(describeResponse(multiple, { type: 'multiple', choices: [] })).toEqual(['(nothing selected)']);
    expect(describeResponse(classify, { type: 'classify', status: 'disputed' })).toEqual(['Disputed claim']);
    // "Security sources confirmed that the strikes were surgical, officials said."
    expect(describeResponse(highlight, { type: 'highlight', words: [2, 0, 1, 5] })).toEqual(['“Security sources confirmed”', '“strikes”']);
    expect(describeResponse(order, { type: 'order', order: ['s2', 's1', 's3'] })).toEqual(['1. Search', '2. Stop', '3. Trace']);
    expect(describeResponse(scope, { type: 'scope', judgements: { x1: true } })).toEqual([
      '“This photo predates the strikes”: proves it',
      '“No civilians died”: (not judged)',
    ]);
    expect(describeResponse(written, { type: 'written', text: 'Mine' })).toEqual(['Mine']);
    expect(describeResponse(match, { type: 'match', pairs: {} })[0]).toMatch(/→ \(not matched\)$/);
  });
});

describe('describeKey', () => {
  it('gives the key in words', () => {
    expect(describeKey(single)).toEqual(['Only one side says so']);
    expect(describeKey(classify)).toEqual(['Claim']);
    expect(describeKey(highlight)).toEqual(['“Security sources confirmed” (attribution)', '“surgical” (judging word)']);
    expect(describeKey(written)).toEqual(['A model answer.']);
  });
});

describe('responseKey', () => {
  it('treats the same choices in another order as the same answer', () => {
    expect(responseKey({ type: 'multiple', choices: ['b', 'a'] })).toBe(responseKey({ type: 'multiple', choices: ['a', 'b'] }));
  });
});
