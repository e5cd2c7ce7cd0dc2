// Select all that apply, on the server: checks, public view, grading with partial credit, feedback, teacher's words.
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { checkChoice, choiceCounts, choiceGuide, optionFeedback, publicOptions } from '../shared/choice';
import { duplicates } from '../shared/duplicates';
import { gradeResult, tagsOf, unknownId } from '../shared/grade';
import { partsOf } from '../shared/parts';
import type { MultipleFeedback, MultiplePublic } from './public';
import { multipleItemSchema, multipleResponseSchema, type MultipleItem, type MultipleResponse } from './schema';
import { multipleIds } from './ids';
import { multipleExample } from './example';
import { withoutSome } from '../shared/sample';
import { multipleExport } from './export';
import { multipleLint } from './lint';

export const multiple = defineQuestionType<MultipleItem, MultipleResponse, MultiplePublic, MultipleFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(multipleItemSchema, multipleResponseSchema, multipleExample, multipleExport, multipleLint),
  check: (item, c) => {
    checkChoice(item, item.key, (i) => `key.${i}`, c);
    for (const d of duplicates(item.key)) c.add('key', `key lists "${d}" twice`);
  },
  parts: (item) => partsOf('option', item.options),
  toPublic: (item, ids) => ({ type: 'multiple', options: publicOptions(item, ids) }),
  shownIds: multipleIds.shownIds,
  mapResponseIds: (r, id) => ({ ...r, choices: r.choices.map((c) => id('option', c)) }),
  responseProblem: (item, r) =>
    new Set(r.choices).size !== r.choices.length ? 'An option is listed twice.' : unknownId(r.choices, item.options.map((o) => o.id), 'an option'),
  // each right option chosen adds 1/k, each wrong one takes 1/k away (k = right options), floored at 0
  grade: (item, r) => {
    const chosen = new Set(r.choices);
    const hits = item.key.filter((k) => chosen.has(k)).length;
    const wrong = item.options.filter((o) => chosen.has(o.id) && !item.key.includes(o.id));
    return gradeResult((hits - wrong.length) / item.key.length, wrong.map((o) => o.misconception));
  },
  keyResponse: (item) => ({ type: 'multiple', choices: [...item.key] }),
  wrongResponse: (item, sample) => {
    const wrong = item.options.filter((o) => !item.key.includes(o.id));
    const choices = sample.next() < 0.6 ? withoutSome(sample, item.key) : [...item.key];
    if (wrong.length > 0 && (sample.next() < 0.8 || choices.length === item.key.length)) choices.push(sample.tempting(wrong).id);
    return { type: 'multiple', choices: [...new Set(choices)] };
  },
  feedback: (item, r) => ({ type: 'multiple', options: optionFeedback(item, item.key, r.choices) }),
  feedbackForBrowser: (f, id) => ({ ...f, options: f.options.map((o) => ({ ...o, id: id('option', o.id) })) }),
  secretTexts: (item) => item.options.map((o) => o.feedback),
  describeResponse: (item, r, t = englishWords) => {
    const chosen = item.options.filter((o) => r.choices.includes(o.id));
    return chosen.length > 0 ? chosen.map((o) => o.text) : [t('describe.nothing')];
  },
  describeKey: (item) => item.options.filter((o) => item.key.includes(o.id)).map((o) => o.text),
  responseKey: (r) => `multiple:${[...r.choices].sort().join(',')}`,
  misconceptions: (item) => tagsOf(item.options),
  guide: (item, t) => choiceGuide(item, item.key, t),
  optionCounts: (item, responses) => choiceCounts(item, item.key, responses.map((r) => r.choices)),
});
