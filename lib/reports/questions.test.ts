import { describe, expect, it } from 'vitest';
import { classify, multiple, single, written } from '@/lib/quiz/test-items';
import { questionStats } from './questions';
import { answer, attempts, quiz } from './test-fixtures';
import type { ReportAttempt } from './types';

const stats = questionStats(quiz, attempts);
const of = (id: string) => {
  const s = stats.find((q) => q.itemId === id);
  if (!s) throw new Error(`no stats for ${id}`);
  return s;
};

describe('questionStats', () => {
  it('lists every question in quiz order with its number and section', () => {
    expect(stats.map((s) => [s.number, s.itemId, s.sectionTitle])).toEqual([
      [1, single.id, 'One'],
      [2, classify.id, 'One'],
      [3, multiple.id, 'Two'],
      [4, written.id, 'Two'],
    ]);
  });

  it('computes the facility as mean mark over max mark, in-progress attempts included', () => {
    expect(of(single.id)).toMatchObject({ attempts: 5, facility: 0.4 });
    expect(of(classify.id).facility).toBeCloseTo(0.6, 10);
    expect(of(multiple.id).facility).toBeCloseTo(0.5, 10);
  });

  it('leaves unrated written answers out of the facility', () => {
    expect(of(written.id)).toMatchObject({ attempts: 2, pending: 1, facility: 1 });
  });

  it('computes discrimination as the item–rest correlation over submitted attempts', () => {
    // submitted totals: Ana 4 (with the written 1), Ben 1.5, Cy 1, Dee 0.5.
    // single x = [1,1,0,0], rest = [3,0.5,1,0.5]: mean rest 1.25, dy = [1.75,-0.75,-0.25,-0.75],
    // sxy = 0.5*(1.75-0.75+0.25+0.75) = 1, sxx = 1, syy = 3.0625+0.5625+0.0625+0.5625 = 4.25, r = 1/sqrt(4.25)
    expect(of(single.id).discrimination).toBeCloseTo(1 / Math.sqrt(4.25), 6);
    // classify x = [1,0,1,0], rest = [3,1.5,0,0.5]: dy = [1.75,0.25,-1.25,-0.75], sxy = 0.5*(1.75-0.25-1.25+0.75) = 0.5,
    // syy = 3.0625+0.0625+1.5625+0.5625 = 5.25, r = 0.5/sqrt(5.25)
    expect(of(classify.id).discrimination).toBeCloseTo(0.5 / Math.sqrt(5.25), 6);
    expect(of(single.id)).toMatchObject({ submittedAttempts: 4, lowSample: true });
  });

  it('gives no discrimination with fewer than two submitted attempts or no variance', () => {
    const one = attempts.slice(0, 1);
    expect(questionStats(quiz, one).every((s) => s.discrimination === null)).toBe(true);
    const same: ReportAttempt[] = ['x', 'y', 'z'].map((id, i) => ({
      id,
      studentId: id,
      number: 1,
      startedAt: new Date(0),
      submittedAt: new Date(1),
      answers: [answer(single.id, { type: 'single', choice: 'b' }, 1, 'sure', 1), answer(classify.id, { type: 'classify', status: 'claim' }, i % 2, 'sure', 1)],
    }));
    const s = questionStats(quiz, same);
    expect(s.find((q) => q.itemId === single.id)?.discrimination).toBeNull(); // everyone right
  });

  it('flags a low sample below 30 submitted attempts only', () => {
    const many: ReportAttempt[] = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      studentId: `s${i}`,
      number: 1,
      startedAt: new Date(0),
      submittedAt: new Date(1),
      answers: [answer(single.id, { type: 'single', choice: i % 3 ? 'b' : 'a' }, i % 3 ? 1 : 0, 'sure', 1)],
    }));
    expect(questionStats(quiz, many)[0]?.lowSample).toBe(false);
    expect(questionStats(quiz, many.slice(1))[0]?.lowSample).toBe(true);
  });

  it('counts every option with the misconception its distractor stands for', () => {
    expect(of(single.id).options).toEqual([
      { id: 'a', text: 'Officials said so', isKey: false, count: 2, misconception: 'official-source' },
      { id: 'b', text: 'Only one side says so', isKey: true, count: 2, misconception: null },
      { id: 'c', text: 'Nobody can know', isKey: false, count: 1, misconception: 'both-sides-unknowable' },
    ]);
    expect(of(multiple.id).options?.map((o) => [o.id, o.count, o.isKey])).toEqual([
      ['a', 2, true],
      ['b', 2, true],
      ['c', 1, false],
      ['d', 0, false],
    ]);
  });

  it('counts every status for classify items', () => {
    expect(of(classify.id).options?.map((o) => [o.id, o.text, o.count, o.misconception])).toEqual([
      ['verified', 'Verified / corroborated', 2, 'precise-number'],
      ['claim', 'Claim', 3, null],
      ['disputed', 'Disputed claim', 0, null],
      ['opinion', 'Opinion or loaded label', 0, null],
    ]);
    expect(of(written.id).options).toBeNull();
  });

  it('counts confidently wrong answers: below full marks and "sure"', () => {
    expect(of(single.id).confidentlyWrong).toBe(2); // Cy and Eli
    expect(of(classify.id).confidentlyWrong).toBe(2); // Ben and Dee
    expect(of(multiple.id).confidentlyWrong).toBe(0);
  });

  it('names the most common wrong answer in words', () => {
    expect(of(single.id).mostCommonWrong).toEqual({ lines: ['Officials said so'], count: 2 });
    expect(of(classify.id).mostCommonWrong).toEqual({ lines: ['Verified / corroborated'], count: 2 });
    // multiple: [a] and [b] and [c] once each: the tie goes to the smallest key, "a"
    expect(of(multiple.id).mostCommonWrong).toEqual({ lines: ['A'], count: 1 });
    expect(of(written.id).mostCommonWrong).toBeNull();
  });

  it('ignores stored responses that do not fit the item', () => {
    const odd: ReportAttempt = {
      id: 'odd',
      studentId: 'odd',
      number: 1,
      startedAt: new Date(0),
      submittedAt: null,
      answers: [answer(single.id, { type: 'classify', status: 'claim' }, 0, 'sure', 1), answer(classify.id, 'garbage', 0, null, 1)],
    };
    const s = questionStats(quiz, [odd]);
    expect(s[0]?.options?.every((o) => o.count === 0)).toBe(true);
    expect(s[1]?.mostCommonWrong).toBeNull();
  });
});
