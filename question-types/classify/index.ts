// Classify, on the server: checks, public view, grading, feedback and the teacher's words for it.
import { STATUSES } from '@/content/words';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { choiceFeedback, creditOf, rightLabel } from '../shared/choice';
import { duplicates } from '../shared/duplicates';
import { gradeResult, tagsOf } from '../shared/grade';
import { quote } from '../shared/report';
import type { ClassifyFeedback, ClassifyPublic } from './public';
import { classifyItemSchema, classifyResponseSchema, type ClassifyItem, type ClassifyResponse } from './schema';
import { classifyIds } from './ids';
import { classifyExample } from './example';
import { classifyExport } from './export';
import { classifyLint } from './lint';

export const classify = defineQuestionType<ClassifyItem, ClassifyResponse, ClassifyPublic, ClassifyFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(classifyItemSchema, classifyResponseSchema, classifyExample, classifyExport, classifyLint),
  check: (item, c) => {
    const ids = item.options.map((o) => o.id);
    for (const d of duplicates(ids)) c.add('options', `duplicate status "${d}"`);
    for (const s of STATUSES) if (!ids.includes(s)) c.add('options', `no feedback for the status "${s}"`);
  },
  parts: () => [], // the status words, the same for every item
  toPublic: (item) => ({ type: 'classify', statement: item.statement }),
  shownIds: classifyIds.shownIds,
  mapResponseIds: (r) => r,
  responseProblem: () => null,
  grade: (item, r) => {
    const right = r.status === item.key;
    const option = item.options.find((o) => o.id === r.status);
    return gradeResult(right ? 1 : creditOf(option), [right ? undefined : option?.misconception], right ? {} : { misjudged: { expected: item.key, chosen: r.status } });
  },
  keyResponse: (item) => ({ type: 'classify', status: item.key }),
  wrongResponse: (item, sample) => ({ type: 'classify', status: sample.tempting(item.options.filter((o) => o.id !== item.key)).id }),
  feedback: (item, r) => ({
    type: 'classify',
    key: item.key,
    options: item.options.map((o) => choiceFeedback(o, o.id === item.key, o.id === r.status)),
  }),
  feedbackForBrowser: (f) => f,
  secretTexts: (item) => item.options.map((o) => o.feedback),
  describeResponse: (_item, r) => [STATUS_LABELS[r.status].label],
  describeKey: (item) => [STATUS_LABELS[item.key].label],
  responseKey: (r) => `classify:${r.status}`,
  misconceptions: (item) => tagsOf(item.options),
  guide: (item, t = englishWords) => ({
    context: t('guide.toSort', { text: quote(item.statement) }),
    choiceHeading: t('guide.statusWord'),
    rightHeading: t('guide.right'),
    rows: item.options.map((o) => ({ key: o.id, choice: STATUS_LABELS[o.id].label, right: rightLabel(o.id === item.key, o.credit, t), feedback: o.feedback, misconception: o.misconception })),
  }),
  // every status word, even one the item gives no feedback for
  optionCounts: (item, responses) =>
    STATUSES.map((status) => ({
      id: status,
      text: STATUS_LABELS[status].label,
      isKey: status === item.key,
      count: responses.filter((r) => r.status === status).length,
      misconception: item.options.find((o) => o.id === status)?.misconception ?? null,
    })),
});
