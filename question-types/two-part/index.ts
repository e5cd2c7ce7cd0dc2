// Two-part items on the server: checks, public view, grading with the rule in ./public.ts (A right ½; B right given
// A right, the other ½), feedback per part and the teacher's words, each part reported on its own line.
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { checkChoice, choiceCounts, choiceGuide, optionFeedback, optionText, publicOptions } from '../shared/choice';
import { gradeResult, tagsOf, unknownId } from '../shared/grade';
import { partsOf } from '../shared/parts';
import type { TwoPartFeedback, TwoPartPublic } from './public';
import { twoPartItemSchema, twoPartResponseSchema, type TwoPartItem, type TwoPartResponse } from './schema';
import { twoPartIds } from './ids';
import { twoPartExample } from './example';
import { twoPartExport } from './export';
import { twoPartLint } from './lint';

const options = (item: TwoPartItem) => [...item.partA.options, ...item.partB.options];
// a part seen as a choice item, for the shared choice helpers
const partA = (item: TwoPartItem) => ({ id: `${item.id}:a`, shuffle: item.shuffle, options: item.partA.options });
const partB = (item: TwoPartItem) => ({ id: `${item.id}:b`, shuffle: item.shuffle, options: item.partB.options });

/** The points each part earns: the reason counts only for the right answer. */
export function partPoints(item: TwoPartItem, r: TwoPartResponse) {
  const a = r.answer === item.partA.key ? 0.5 : 0;
  return { a, b: a > 0 && r.reason === item.partB.key ? 0.5 : 0 };
}

export const twoPart = defineQuestionType<TwoPartItem, TwoPartResponse, TwoPartPublic, TwoPartFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(twoPartItemSchema, twoPartResponseSchema, twoPartExample, twoPartExport, twoPartLint),
  check: (item, c) => {
    checkChoice(partA(item), [item.partA.key], () => 'partA.key', c);
    checkChoice(partB(item), [item.partB.key], () => 'partB.key', c);
    // both parts share one id table on the way to the browser
    c.checkIds('partA.options and partB.options', options(item).map((o) => o.id));
  },
  parts: (item) => partsOf('option', options(item)),
  toPublic: (item, ids) => ({
    type: 'two-part',
    partA: { options: publicOptions(partA(item), ids) },
    partB: { prompt: item.partB.prompt, options: publicOptions(partB(item), ids) },
  }),
  shownIds: twoPartIds.shownIds,
  mapResponseIds: (r, id) => ({ ...r, answer: id('option', r.answer), reason: id('option', r.reason) }),
  responseProblem: (item, r) =>
    unknownId([r.answer], item.partA.options.map((o) => o.id), 'an answer in part A') ??
    unknownId([r.reason], item.partB.options.map((o) => o.id), 'a reason in part B'),
  grade: (item, r) => {
    const p = partPoints(item, r);
    const tag = (list: TwoPartItem['partA']['options'], id: string) => list.find((o) => o.id === id)?.misconception;
    return gradeResult(p.a + p.b, [tag(item.partA.options, r.answer), tag(item.partB.options, r.reason)]);
  },
  keyResponse: (item) => ({ type: 'two-part', answer: item.partA.key, reason: item.partB.key }),
  wrongResponse: (item, sample) => {
    // wrong in part A, or right in A with a wrong reason (the common half-right answer)
    const wrongA = sample.next() < 0.5;
    const pick = (list: TwoPartItem['partA']['options'], key: string) => sample.tempting(list.filter((o) => o.id !== key)).id;
    return {
      type: 'two-part',
      answer: wrongA ? pick(item.partA.options, item.partA.key) : item.partA.key,
      reason: wrongA ? sample.pick(item.partB.options).id : pick(item.partB.options, item.partB.key),
    };
  },
  feedback: (item, r) => ({
    type: 'two-part',
    partA: optionFeedback(partA(item), [item.partA.key], [r.answer]),
    partB: optionFeedback(partB(item), [item.partB.key], [r.reason]),
    points: partPoints(item, r),
  }),
  feedbackForBrowser: (f, id) => ({
    ...f,
    partA: f.partA.map((o) => ({ ...o, id: id('option', o.id) })),
    partB: f.partB.map((o) => ({ ...o, id: id('option', o.id) })),
  }),
  secretTexts: (item) => options(item).map((o) => o.feedback),
  describeResponse: (item, r, t = englishWords) => [
    t('describe.partA', { text: optionText(partA(item), r.answer) }),
    t('describe.partB', { text: optionText(partB(item), r.reason) }),
  ],
  describeKey: (item, t = englishWords) => [
    t('describe.partA', { text: optionText(partA(item), item.partA.key) }),
    t('describe.partB', { text: optionText(partB(item), item.partB.key) }),
  ],
  responseKey: (r) => `two-part:${r.answer}:${r.reason}`,
  misconceptions: (item) => tagsOf(options(item)),
  guide: (item, t = englishWords) => {
    const a = choiceGuide(partA(item), [item.partA.key], t);
    const b = choiceGuide(partB(item), [item.partB.key], t);
    return {
      context: t('guide.partB', { text: item.partB.prompt }),
      choiceHeading: t('guide.partOption'),
      rightHeading: t('guide.right'),
      rows: [
        ...a.rows.map((row) => ({ ...row, choice: `A: ${row.choice}` })),
        ...b.rows.map((row) => ({ ...row, choice: `B: ${row.choice}` })),
      ],
    };
  },
  // per part: each option counted once per answer, A's options then B's, labelled with their part
  optionCounts: (item, responses) => [
    ...choiceCounts(partA(item), [item.partA.key], responses.map((r) => [r.answer])).map((c) => ({ ...c, text: `A: ${c.text}` })),
    ...choiceCounts(partB(item), [item.partB.key], responses.map((r) => [r.reason])).map((c) => ({ ...c, text: `B: ${c.text}` })),
  ],
});
