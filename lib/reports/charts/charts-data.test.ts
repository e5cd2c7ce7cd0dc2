import { describe, expect, it } from 'vitest';
import { single } from '@/lib/quiz/test-items';
import { translatorFor } from '@/test/intl';
import type { Translate } from './types';
import { latestAttempts } from '../graded';
import { buildAssignmentReport } from '../report';
import { at, attempts, quiz, students } from '../test-fixtures';
import { calibration } from './calibration';
import { itemMap, problemOf } from './item-map';
import { misconceptionBars } from './misconception-bars';
import { optionBars } from './option-bars';
import { progressOverTime } from './progress-over-time';

const t: Translate = translatorFor('charts') as never;
const report = buildAssignmentReport(quiz, { students, attempts });
const stats = (id: string) => report.questions.find((q) => q.itemId === id)!;

describe('misconceptionBars', () => {
  it('draws one bar per ranked misconception, as a share of the students who started', () => {
    const bars = misconceptionBars(report.misconceptions, report.progress.started, t);
    expect(bars.max).toBe(5);
    expect(bars.rows.map((r) => [r.id, r.value, r.valueText])).toEqual([
      ['precise-number', 3, '3 of 5 students (60%)'],
      ['official-source', 2, '2 of 5 students (40%)'],
      ['both-sides-unknowable', 1, '1 of 5 students (20%)'],
    ]);
    expect(bars.rows[0]?.note).toBe('3 answers on 2 questions');
    expect(bars.summary).toBe(
      'The most widespread misconception is “A precise number must be a fact”: 3 of 5 students (60%). Next: “An official source makes it verified”, 2 of 5 students (40%).',
    );
  });
  it('says so when none has shown', () => {
    expect(misconceptionBars([], 0, t)).toEqual({ rows: [], max: 1, summary: 'No misconceptions have shown up yet.' });
  });
});

describe('optionBars', () => {
  it('marks the key and names the misconception of each distractor', () => {
    const q = stats(single.id);
    const bars = optionBars(q.options!, q.attempts, t);
    // single: key b (Ana, Ben); a = official-source (Cy, Eli); c = both-sides-unknowable (Dee)
    expect(bars.rows.map((r) => [r.id, r.tone, r.valueText])).toEqual([
      ['a', 'wrong', '2 (40%)'],
      ['b', 'key', '2 (40%)'],
      ['c', 'wrong', '1 (20%)'],
    ]);
    expect(bars.rows[1]?.label).toMatch(/^✓ Right answer: /);
    expect(bars.rows[0]?.note).toBe('Misconception: An official source makes it verified');
    expect(bars.summary).toMatch(/^40% chose the right answer\. The most chosen wrong answer, “.+”, drew 2 \(40%\) \(misconception: An official source makes it verified\)\.$/);
  });
  it('has nothing to say before any answer', () => {
    expect(optionBars(stats(single.id).options!.map((o) => ({ ...o, count: 0 })), 0, t).summary).toBe('No answers yet.');
  });
});

describe('itemMap', () => {
  it('names the questions to look at again, with the reason', () => {
    expect(problemOf({ facility: 0.1, discrimination: 0.5 }, t)).toBe('very hard');
    expect(problemOf({ facility: 0.97, discrimination: 0.1 }, t)).toBe('almost everyone right, low discrimination');
    expect(problemOf({ facility: 0.5, discrimination: -0.2 }, t)).toBe('negative discrimination: check the key and wording');
    expect(problemOf({ facility: 0.5, discrimination: 0.149 }, t)).toBe(null); // judged as shown: 0.15
    expect(problemOf({ facility: 0.5, discrimination: null }, t)).toBe(null);
  });
  it('places every question with both figures, and lists the problem ones in the summary', () => {
    const map = itemMap(report.questions, t);
    const placed = report.questions.filter((q) => q.facility !== null && q.discrimination !== null);
    expect(map.points.map((p) => p.id)).toEqual(placed.map((q) => q.itemId));
    expect(map.unplotted).toBe(report.questions.length - placed.length);
    const s = stats(single.id);
    expect(map.points[0]).toEqual({ id: single.id, label: 'Q1', x: s.facility, y: s.discrimination, problem: null });
    for (const p of map.points.filter((pt) => pt.problem)) expect(map.summary).toContain(`${p.label} (${p.problem})`);
    expect(map.summary).toContain('Only 4 handed-in attempts: treat discrimination as a rough guide.');
    expect(map.yDomain[0]).toBeLessThanOrEqual(Math.min(...map.points.map((p) => p.y)));
  });
});

describe('calibration', () => {
  it('counts fully right and not fully right answers per confidence, leaving unrated ones out', () => {
    const c = calibration(quiz, latestAttempts(attempts), t);
    // worked out from the fixtures: sure 2 right, 4 wrong; fairly 3 and 2; guessing 1 and 2 (written answers had no confidence)
    expect(c.counts).toEqual([[2, 4], [3, 2], [1, 2]]);
    expect(c.marked).toEqual([{ row: 0, col: 1, label: 'Confidently wrong' }]);
    expect(c.summary).toBe(
      '4 answers were confidently wrong (said “Sure”, not fully right), 67% of the sure answers. “Sure”: 33% right; “Fairly sure”: 60% right; “Guessing”: 33% right.',
    );
  });
  it('agrees with the confidently wrong counts of the question report', () => {
    const sureWrong = calibration(quiz, latestAttempts(attempts), t).counts[0]?.[1];
    expect(sureWrong).toBe(report.questions.reduce((n, q) => n + q.confidentlyWrong, 0));
  });
  it('says so with no ratings', () => {
    expect(calibration(quiz, [], t).summary).toBe('No answers with a confidence rating yet.');
  });
});

describe('progressOverTime', () => {
  it('counts started and handed in from the first start, with a table of the running totals', () => {
    const p = progressOverTime(report.students, t);
    // every attempt started at minute 0; hand-ins at 4 (Cy), 5 (Ana), 8 (Dee), 10 (Ben)
    expect(p.xMax).toBe(10);
    expect(p.yMax).toBe(6);
    expect(p.series[1]?.points).toEqual([[0, 0], [4, 0], [4, 1], [5, 1], [5, 2], [8, 2], [8, 3], [10, 3], [10, 4]]);
    expect(p.series[0]?.points).toEqual([[0, 5]]);
    expect(p.table.map((r) => [r.label, ...r.values])).toEqual([
      ['0 min', 5, 0],
      ['2 min', 5, 0],
      ['4 min', 5, 1],
      ['6 min', 5, 2],
      ['8 min', 5, 3],
      ['10 min', 5, 4],
    ]);
    expect(p.summary).toBe('5 of 6 students started and 4 handed in; half of the hand-ins came within 5 min of the first start, the last after 10 min.');
  });
  it('measures from the earliest start', () => {
    const rows = report.students.map((r, i) => (r.startedAt ? { ...r, startedAt: at(i * 3), submittedAt: null } : r));
    const p = progressOverTime(rows, t);
    expect(p.series[1]?.points).toEqual([[0, 0]]);
    expect(p.table.at(-1)?.values).toEqual([5, 0]);
  });
  it('says so before anyone starts', () => {
    expect(progressOverTime([], t).summary).toBe('Nobody has started yet.');
  });
});

describe('the summaries in Urdu', () => {
  const ur: Translate = translatorFor('charts', 'ur') as never;
  it('are worded in Urdu, with the same numbers, and no English word of their own', () => {
    const bars = misconceptionBars(report.misconceptions, report.progress.started, ur);
    expect(bars.summary).toContain('سب سے عام غلط فہمی');
    expect(bars.rows[0]?.valueText).toBe('5 میں سے 3 طلبہ (60%)');
    const p = progressOverTime(report.students, ur);
    expect(p.summary).toMatch(/^6 طلبہ میں سے 5 نے شروع کیا/);
    expect(p.summary).not.toMatch(/[a-z]/i);
    expect(calibration(quiz, [], ur).summary).not.toMatch(/[a-z]/i);
    expect(itemMap([], ur).summary).not.toMatch(/[a-z]/i);
  });
});
