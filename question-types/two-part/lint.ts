// Two-part in the item-quality gate: each part is a single choice of its own; chance is every pair of an answer and
// a reason equally likely, and a test-wise student picks the most cued option in each part (ties averaged).
import type { TypeLint } from '../shared/lint';
import { mean, mostCued, taggedOf, type LintText } from '../shared/lint';
import type { TwoPartItem, TwoPartResponse } from './schema';

const options = (item: TwoPartItem) => [...item.partA.options, ...item.partB.options];
const pairs = (item: TwoPartItem, a: Array<{ id: string }>, b: Array<{ id: string }>): TwoPartResponse[] =>
  a.flatMap((answer) => b.map((reason) => ({ type: 'two-part' as const, answer: answer.id, reason: reason.id })));

export const twoPartLint: TypeLint<TwoPartItem, TwoPartResponse> = {
  texts: (item) => ({
    question: [['partB.prompt', item.partB.prompt, 'prompt'], ...options(item).map((o): LintText => [`options.${o.id}.text`, o.text, 'other'])],
    feedback: options(item).map((o): LintText => [`options.${o.id}.feedback`, o.feedback, 'verdict']),
  }),
  choiceGroups: (item) => [item.partA, item.partB].map((p) => ({ options: p.options, keys: [p.key] })),
  tagged: (item) => taggedOf('options', options(item), () => 'choice', (o) => o.text),
  closed: {
    chance: (item, score) => mean(pairs(item, item.partA.options, item.partB.options).map(score)),
    testWise: (item, score) => mean(pairs(item, mostCued(item.partA.options), mostCued(item.partB.options)).map(score)),
  },
  judged: null,
  problems: () => [],
};
