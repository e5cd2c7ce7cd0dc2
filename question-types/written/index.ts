// Written, on the server: checks, public view, marking by rubric rating, feedback and the teacher's words.
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { gradeResult } from '../shared/grade';
import type { WrittenFeedback, WrittenPublic } from './public';
import { writtenItemSchema, writtenResponseSchema, type WrittenItem, type WrittenResponse } from './schema';
import { writtenIds } from './ids';
import { writtenExample } from './example';
import { writtenExport } from './export';
import { writtenLint } from './lint';

export const written = defineQuestionType<WrittenItem, WrittenResponse, WrittenPublic, WrittenFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(writtenItemSchema, writtenResponseSchema, writtenExample, writtenExport, writtenLint),
  check: (item, c) => {
    const levels = item.rubric.map((r) => r.level).sort().join(',');
    if (levels !== '0,1,2') c.add('rubric', 'the rubric needs exactly one entry for each level 0, 1 and 2');
  },
  parts: () => [],
  // rubric labels only: the descriptions and the model answer come with feedback
  toPublic: (item) => ({ type: 'written', maxLength: item.maxLength, rubric: item.rubric.map(({ level, label }) => ({ level, label })) }),
  shownIds: writtenIds.shownIds,
  mapResponseIds: (r) => r,
  responseProblem: (item, r) => (r.text.length > item.maxLength ? `Keep your answer under ${item.maxLength} characters.` : null),
  // the student's rating against the rubric: 0, ½ or 1; none yet is pending
  grade: (_item, r) => (r.selfRating === undefined ? { ...gradeResult(0, []), pending: true } : gradeResult(r.selfRating / 2, [])),
  keyResponse: (_item, writtenText) => ({ type: 'written', text: writtenText, selfRating: 2 }),
  wrongResponse: (_item, sample) => ({ type: 'written', text: sample.writtenAnswer(sample.next() < 0.5 ? 1 : 0), selfRating: 0 }),
  feedback: (item, r) => ({ type: 'written', modelAnswer: item.modelAnswer, rubric: item.rubric, text: r.text, selfRating: r.selfRating ?? null }),
  feedbackForBrowser: (f) => f,
  secretTexts: (item) => [item.modelAnswer, ...item.rubric.map((r) => r.description)],
  describeResponse: (_item, r) => [r.text],
  describeKey: (item) => [item.modelAnswer],
  responseKey: (r) => `written:${r.text.trim().toLowerCase()}`,
  misconceptions: () => [],
  guide: (item, t = englishWords) => ({
    context: null,
    choiceHeading: t('guide.level'),
    rightHeading: t('guide.label'),
    rows: item.rubric.map((r) => ({ key: String(r.level), choice: String(r.level), right: r.label, feedback: r.description })),
  }),
  optionCounts: () => null,
});
