import { describe, expect, it } from 'vitest';
import { gradeItem, ResponseMismatchError } from './grade';
import { classify, highlight, match, multiple, order, scope, single, written } from './test-items';

describe('single choice', () => {
  it('scores the key 1 and anything else 0, naming the misconception picked', () => {
    expect(gradeItem(single, { type: 'single', choice: 'b' })).toMatchObject({ score: 1, correct: true, misconceptions: [] });
    expect(gradeItem(single, { type: 'single', choice: 'a' })).toMatchObject({
      score: 0,
      correct: false,
      misconceptions: ['official-source'],
    });
  });
  it('refuses a response of another type', () => {
    expect(() => gradeItem(single, { type: 'classify', status: 'claim' })).toThrow(ResponseMismatchError);
  });
});

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

describe('match', () => {
  it('scores the share of claims matched to the right party', () => {
    expect(gradeItem(match, { type: 'match', pairs: { c1: 'pk', c2: 'tb' } }).score).toBe(1);
    expect(gradeItem(match, { type: 'match', pairs: { c1: 'pk', c2: 'pk' } })).toMatchObject({
      score: 0.5,
      misconceptions: ['agency-vouches'],
    });
  });
});

describe('order', () => {
  it('scores the share of step pairs in the right order', () => {
    expect(gradeItem(order, { type: 'order', order: ['s1', 's2', 's3'] }).score).toBe(1);
    expect(gradeItem(order, { type: 'order', order: ['s2', 's1', 's3'] }).score).toBe(0.667);
    expect(gradeItem(order, { type: 'order', order: ['s3', 's2', 's1'] }).score).toBe(0);
  });
});

describe('scope', () => {
  it('scores the share of statements judged right', () => {
    expect(gradeItem(scope, { type: 'scope', judgements: { x1: true, x2: false } }).score).toBe(1);
    expect(gradeItem(scope, { type: 'scope', judgements: { x1: true, x2: true } })).toMatchObject({
      score: 0.5,
      misconceptions: ['debunk-true'],
    });
  });
});

describe('written', () => {
  it('is pending until rated, then scores the rubric level', () => {
    expect(gradeItem(written, { type: 'written', text: 'My answer.' })).toMatchObject({ score: 0, pending: true });
    expect(gradeItem(written, { type: 'written', text: 'My answer.', selfRating: 1 })).toMatchObject({
      score: 0.5,
      pending: false,
    });
    expect(gradeItem(written, { type: 'written', text: 'My answer.', selfRating: 2 }).correct).toBe(true);
  });
});

describe('a defensible alternative given credit', () => {
  const withCredit = {
    ...single,
    options: single.options.map((o) => (o.id === 'c' ? { ...o, misconception: undefined, credit: 0.5 } : o)),
  };
  const classifyCredit = {
    ...classify,
    options: classify.options.map((o) => (o.id === 'disputed' ? { ...o, misconception: undefined, credit: 0.5 } : o)),
  };
  it('earns its share of the point in single choice, and the key still earns all of it', () => {
    expect(gradeItem(withCredit, { type: 'single', choice: 'c' })).toMatchObject({ score: 0.5, correct: false, misconceptions: [] });
    expect(gradeItem(withCredit, { type: 'single', choice: 'b' })).toMatchObject({ score: 1, correct: true });
    expect(gradeItem(single, { type: 'single', choice: 'c' }).score).toBe(0);
  });
  it('earns its share in classify, still reported as a different status from the key', () => {
    expect(gradeItem(classifyCredit, { type: 'classify', status: 'disputed' })).toMatchObject({
      score: 0.5,
      misjudged: { expected: 'claim', chosen: 'disputed' },
    });
  });
});
