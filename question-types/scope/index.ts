// Scope, on the server: checks, public view, grading (share of statements judged right), feedback, teacher's words.
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { gradeResult, tagsOf, unknownId } from '../shared/grade';
import { mapKeys, partsOf } from '../shared/parts';
import { quote } from '../shared/report';
import type { ScopeFeedback, ScopePublic } from './public';
import { scopeItemSchema, scopeResponseSchema, type ScopeItem, type ScopeResponse } from './schema';
import { scopeIds } from './ids';
import { scopeExample } from './example';
import { scopeExport } from './export';
import { scopeLint } from './lint';


export const scope = defineQuestionType<ScopeItem, ScopeResponse, ScopePublic, ScopeFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(scopeItemSchema, scopeResponseSchema, scopeExample, scopeExport, scopeLint),
  check: (item, c) => {
    c.checkIds('statements', item.statements.map((s) => s.id));
    if (!item.statements.some((s) => s.proves) || item.statements.every((s) => s.proves)) {
      c.add('statements', 'mix statements the finding proves with ones it does not');
    }
  },
  parts: (item) => partsOf('statement', item.statements),
  toPublic: (item, ids) => ({
    type: 'scope',
    finding: item.finding,
    statements: item.statements.map(({ id, text }) => ({ id: ids.toPublic('statement', id), text })),
  }),
  shownIds: scopeIds.shownIds,
  mapResponseIds: (r, id) => ({ ...r, judgements: mapKeys(r.judgements, 'statement', id) }),
  responseProblem: (item, r) =>
    unknownId(Object.keys(r.judgements), item.statements.map((s) => s.id), 'a statement') ??
    (Object.keys(r.judgements).length < item.statements.length ? 'Judge every statement first.' : null),
  grade: (item, r) => {
    const wrong = item.statements.filter((s) => r.judgements[s.id] !== s.proves);
    return gradeResult((item.statements.length - wrong.length) / item.statements.length, wrong.map((s) => s.misconception));
  },
  keyResponse: (item) => ({ type: 'scope', judgements: Object.fromEntries(item.statements.map((s) => [s.id, s.proves])) }),
  wrongResponse: (item, sample) => {
    const judgements = Object.fromEntries(item.statements.map((s) => [s.id, s.proves]));
    const flips = sample.int(1, 2);
    for (let i = 0; i < flips; i++) {
      const s = sample.tempting(item.statements);
      judgements[s.id] = !s.proves;
    }
    return { type: 'scope', judgements };
  },
  feedback: (item, r) => ({
    type: 'scope',
    statements: item.statements.map((s) => ({ id: s.id, proves: s.proves, chosen: r.judgements[s.id] ?? null, feedback: s.feedback })),
  }),
  feedbackForBrowser: (f, id) => ({ ...f, statements: f.statements.map((s) => ({ ...s, id: id('statement', s.id) })) }),
  secretTexts: (item) => item.statements.map((s) => s.feedback),
  describeResponse: (item, r, t = englishWords) =>
    item.statements.map((s) => {
      const j = r.judgements[s.id];
      return `${quote(s.text)}: ${t(j === undefined ? 'describe.notJudged' : j ? 'describe.proves' : 'describe.notProves')}`;
    }),
  describeKey: (item, t = englishWords) => item.statements.map((s) => `${quote(s.text)}: ${t(s.proves ? 'describe.proves' : 'describe.notProves')}`),
  responseKey: (r) =>
    `scope:${Object.entries(r.judgements).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',')}`,
  misconceptions: (item) => tagsOf(item.statements),
  guide: (item, t = englishWords) => ({
    context: t('guide.finding', { text: item.finding }),
    choiceHeading: t('guide.statement'),
    rightHeading: t('guide.proved'),
    rows: item.statements.map((s) => ({ key: s.id, choice: quote(s.text), right: t(s.proves ? 'guide.yes' : 'guide.no'), feedback: s.feedback, misconception: s.misconception })),
  }),
  optionCounts: () => null,
});
