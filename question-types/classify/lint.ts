// Classify in the item-quality gate: the statement is judged from the status words, so chance, the constant answer
// and the surface rules count each status; a test-wise student guesses from quotes, numbers and absolute words.
import { hasAbsolute, hasNumber, hasQuote } from '@/content/lint/surface';
import { STATUSES, type Status } from '@/content/words';
import type { PartKind } from '@/content/lint/tags';
import type { TypeLint } from '../shared/lint';
import { creditProblems, mean, taggedOf, type LintText } from '../shared/lint';
import type { ClassifyItem, ClassifyResponse } from './schema';

function guess(statement: string): Status {
  if (hasQuote(statement)) return 'opinion';
  if (hasNumber(statement)) return 'disputed';
  if (hasAbsolute(statement)) return 'disputed';
  return 'claim';
}

export const classifyLint: TypeLint<ClassifyItem, ClassifyResponse> = {
  texts: (item) => ({
    question: [['statement', item.statement, 'other']],
    feedback: item.options.map((o): LintText => [`options.${o.id}.feedback`, o.feedback, 'verdict']),
  }),
  choiceGroups: () => [],
  // the status words are the same for every item: the error shows in the statement, the prompt and the stimulus
  tagged: (item) =>
    taggedOf('options', item.options, (o) => `classify-${o.id}` as PartKind, () => [item.statement, item.prompt, ...(item.stimulus ?? []).map((s) => s.body)].join(' ')),
  closed: {
    chance: (item, score) => mean(STATUSES.map((status) => score({ type: 'classify', status }))),
    testWise: (item, score) => score({ type: 'classify', status: guess(item.statement) }),
  },
  judged: (item, score) => [{ text: item.statement, scores: STATUSES.map((status) => [status, score({ type: 'classify', status })]) }],
  problems: (item, t) => creditProblems(item.options, item.key, t),
};
