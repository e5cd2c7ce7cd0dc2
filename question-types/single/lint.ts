// Single choice in the item-quality gate: its options are a choice group, and a test-wise student picks the most
// cued option (ties averaged).
import type { TypeLint } from '../shared/lint';
import { creditProblems, mean, mostCued, optionTexts, taggedOf } from '../shared/lint';
import type { SingleItem, SingleResponse } from './schema';

export const singleLint: TypeLint<SingleItem, SingleResponse> = {
  texts: (item) => optionTexts(item.options),
  choiceGroups: (item) => [{ options: item.options, keys: [item.key] }],
  tagged: (item) => taggedOf('options', item.options, () => 'choice', (o) => o.text),
  closed: {
    chance: (item, score) => mean(item.options.map((o) => score({ type: 'single', choice: o.id }))),
    testWise: (item, score) => mean(mostCued(item.options).map((o) => score({ type: 'single', choice: o.id }))),
  },
  judged: null,
  problems: (item, t) => creditProblems(item.options, item.key, t),
};
