// Select all in the item-quality gate: its options are a choice group; chance is every subset equally likely, and a
// test-wise student picks every option that looks at least as careful as the average one.
import type { TypeLint } from '../shared/lint';
import { mean, optionCues, optionTexts, taggedOf } from '../shared/lint';
import type { MultipleItem, MultipleResponse } from './schema';

const subsets = <T>(xs: T[]): T[][] => Array.from({ length: 2 ** xs.length }, (_, mask) => xs.filter((_x, i) => mask & (1 << i)));

export const multipleLint: TypeLint<MultipleItem, MultipleResponse> = {
  texts: (item) => optionTexts(item.options),
  choiceGroups: (item) => [{ options: item.options, keys: item.key }],
  tagged: (item) => taggedOf('options', item.options, () => 'choice', (o) => o.text),
  closed: {
    chance: (item, score) => mean(subsets(item.options.map((o) => o.id)).map((choices) => score({ type: 'multiple', choices }))),
    testWise: (item, score) => {
      const points = optionCues(item.options);
      const avg = mean(points);
      return score({ type: 'multiple', choices: item.options.filter((_, i) => (points[i] as number) >= avg).map((o) => o.id) });
    },
  },
  judged: null,
  problems: () => [],
};
