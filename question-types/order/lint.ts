// Order in the item-quality gate: chance is every order equally likely (the first and reversed order for long
// lists), and a test-wise student puts the shortest step first.
import type { TypeLint } from '../shared/lint';
import { mean, type LintText } from '../shared/lint';
import type { OrderItem, OrderResponse } from './schema';

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

export const orderLint: TypeLint<OrderItem, OrderResponse> = {
  texts: (item) => ({
    question: item.steps.map((s): LintText => [`steps.${s.id}.text`, s.text, 'other']),
    feedback: item.steps.map((s): LintText => [`steps.${s.id}.feedback`, s.feedback, 'verdict']),
  }),
  choiceGroups: () => [],
  tagged: () => [],
  closed: {
    chance: (item, score) => {
      const ids = item.steps.map((s) => s.id);
      const perms = ids.length <= 7 ? permutations(ids) : [ids, [...ids].reverse()];
      return mean(perms.map((order) => score({ type: 'order', order })));
    },
    testWise: (item, score) => score({ type: 'order', order: [...item.steps].sort((a, b) => a.text.length - b.text.length).map((s) => s.id) }),
  },
  judged: null,
  problems: () => [],
};
