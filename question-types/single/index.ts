// Single choice, on the server: checks, public view, grading, feedback and the teacher's words for it.
import { defineQuestionType, folderParts } from '../define';
import { checkChoice, choiceCounts, choiceGuide, creditOf, optionFeedback, optionText, publicOptions } from '../shared/choice';
import { gradeResult, tagsOf, unknownId } from '../shared/grade';
import { partsOf } from '../shared/parts';
import type { SingleFeedback, SinglePublic } from './public';
import { singleItemSchema, singleResponseSchema, type SingleItem, type SingleResponse } from './schema';
import { singleIds } from './ids';
import { singleExample } from './example';
import { singleExport } from './export';
import { singleLint } from './lint';

export const single = defineQuestionType<SingleItem, SingleResponse, SinglePublic, SingleFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(singleItemSchema, singleResponseSchema, singleExample, singleExport, singleLint),
  check: (item, c) => checkChoice(item, [item.key], () => 'key', c),
  parts: (item) => partsOf('option', item.options),
  toPublic: (item, ids) => ({ type: 'single', options: publicOptions(item, ids) }),
  shownIds: singleIds.shownIds,
  mapResponseIds: (r, id) => ({ ...r, choice: id('option', r.choice) }),
  responseProblem: (item, r) => unknownId([r.choice], item.options.map((o) => o.id), 'an option'),
  grade: (item, r) => {
    const option = item.options.find((o) => o.id === r.choice);
    return gradeResult(r.choice === item.key ? 1 : creditOf(option), [option?.misconception]);
  },
  keyResponse: (item) => ({ type: 'single', choice: item.key }),
  wrongResponse: (item, sample) => ({ type: 'single', choice: sample.tempting(item.options.filter((o) => o.id !== item.key)).id }),
  feedback: (item, r) => ({ type: 'single', options: optionFeedback(item, [item.key], [r.choice]) }),
  feedbackForBrowser: (f, id) => ({ ...f, options: f.options.map((o) => ({ ...o, id: id('option', o.id) })) }),
  secretTexts: (item) => item.options.map((o) => o.feedback),
  describeResponse: (item, r) => [optionText(item, r.choice)],
  describeKey: (item) => [optionText(item, item.key)],
  responseKey: (r) => `single:${r.choice}`,
  misconceptions: (item) => tagsOf(item.options),
  guide: (item, t) => choiceGuide(item, [item.key], t),
  optionCounts: (item, responses) => choiceCounts(item, [item.key], responses.map((r) => [r.choice])),
});
