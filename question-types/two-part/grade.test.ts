// Grading two-part items: ½ for the right answer, the other ½ for the right reason only when the answer is right,
// through the grader every route uses; feedback and the teacher's report keep the parts apart.
import { describe, expect, it } from 'vitest';
import { itemSchema, type ItemOf } from '@/content/schema';
import { gradeItem } from '@/lib/quiz/grade';
import { itemFeedback } from '@/lib/quiz/feedback';
import { twoPart } from './index';
import { twoPartExample } from './example';

const item = itemSchema.parse(twoPartExample) as ItemOf<'two-part'>;
const r = (answer: string, reason: string) => ({ type: 'two-part' as const, answer, reason });

describe('two-part grading', () => {
  it('gives ½ per part, the reason counting only for the right answer', () => {
    expect(gradeItem(item, r('a-one', 'b-said'))).toMatchObject({ score: 1, correct: true, misconceptions: [] });
    expect(gradeItem(item, r('a-one', 'b-number'))).toMatchObject({ score: 0.5, correct: false, misconceptions: ['precise-number'] });
    // a right reason for a wrong answer supports nothing
    expect(gradeItem(item, r('a-both', 'b-said'))).toMatchObject({ score: 0, misconceptions: ['official-source'] });
    expect(gradeItem(item, r('a-both', 'b-number')).misconceptions).toEqual(['official-source', 'precise-number']);
  });

  it('says which part an unknown id belongs to', () => {
    expect(twoPart.responseProblem(item, r('b-said', 'b-said'))).toMatch(/answer in part A/);
    expect(twoPart.responseProblem(item, r('a-one', 'a-one'))).toMatch(/reason in part B/);
  });

  it('reports per part: feedback points, describe lines, option counts', () => {
    const f = itemFeedback(item, r('a-one', 'b-number'));
    expect(f.type === 'two-part' && f.points).toEqual({ a: 0.5, b: 0 });
    expect(twoPart.describeResponse(item, r('a-one', 'b-number'))).toEqual(['Part A: One side of the conflict', 'Part B: The exact number']);
    const counts = twoPart.optionCounts(item, [r('a-one', 'b-number'), r('a-both', 'b-number')]);
    expect(counts?.map((c) => [c.text, c.count])).toEqual([
      ['A: One side of the conflict', 1],
      ['A: Both sides agree on it', 1],
      ['B: Officials said', 0],
      ['B: The exact number', 2],
    ]);
  });

  it('refuses an option id used in both parts', () => {
    const problems: string[] = [];
    const dup = { ...item, partB: { ...item.partB, options: [{ ...item.partB.options[0]!, id: 'a-one' }, item.partB.options[1]!], key: 'a-one' } };
    // each call judged on its own, as content/check does: only the check over both parts can see the clash
    const checkIds = (_f: string, ids: string[]) => ids.forEach((id, i) => ids.indexOf(id) !== i && problems.push(`dup ${id}`));
    twoPart.check(dup, { add: (p, m) => problems.push(`${p}: ${m}`), checkIds });
    expect(problems).toContain('dup a-one');
  });
});
