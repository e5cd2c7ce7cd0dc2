// Order, on the server: checks, public view, grading (share of pairs in order), feedback and the teacher's words.
import { seededShuffle } from '@/lib/quiz/shuffle';
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { gradeResult, unknownId } from '../shared/grade';
import { partsOf } from '../shared/parts';
import type { OrderFeedback, OrderPublic } from './public';
import { orderItemSchema, orderResponseSchema, type OrderItem, type OrderResponse } from './schema';
import { orderIds } from './ids';
import { orderExample } from './example';
import { orderExport } from './export';
import { orderLint } from './lint';

// share of step pairs in the right relative order (items.player.order.rule says it to students)
function orderScore(key: string[], order: string[]): number {
  const pos = new Map(order.map((id, i) => [id, i]));
  let good = 0;
  let total = 0;
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      total++;
      const a = pos.get(key[i] as string);
      const b = pos.get(key[j] as string);
      if (a !== undefined && b !== undefined && a < b) good++;
    }
  }
  return total === 0 ? 0 : good / total;
}

// Authors tend to write steps in the right order, so the file order must never reach the browser (compared in
// author ids, before they are made public).
function scrambledSteps(item: OrderItem): Array<{ id: string; text: string }> {
  const steps = item.steps.map(({ id, text }) => ({ id, text }));
  const scrambled = seededShuffle(steps, `public:${item.id}`);
  const same = scrambled.every((s, i) => s.id === item.key[i]);
  return same ? scrambled.reverse() : scrambled;
}

const stepText = (item: OrderItem, id: string) => item.steps.find((s) => s.id === id)?.text ?? id;
const numbered = (item: OrderItem, ids: string[]) => ids.map((id, i) => `${i + 1}. ${stepText(item, id)}`);

export const order = defineQuestionType<OrderItem, OrderResponse, OrderPublic, OrderFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(orderItemSchema, orderResponseSchema, orderExample, orderExport, orderLint),
  check: (item, c) => {
    const ids = item.steps.map((s) => s.id);
    c.checkIds('steps', ids);
    const sorted = (a: string[]) => [...a].sort().join(',');
    if (sorted(ids) !== sorted(item.key)) c.add('key', 'key must list every step exactly once');
  },
  parts: (item) => partsOf('step', item.steps),
  toPublic: (item, ids) => ({ type: 'order', steps: scrambledSteps(item).map(({ id, text }) => ({ id: ids.toPublic('step', id), text })) }),
  shownIds: orderIds.shownIds,
  mapResponseIds: (r, id) => ({ ...r, order: r.order.map((s) => id('step', s)) }),
  responseProblem: (item, r) => {
    const ids = item.steps.map((s) => s.id);
    const complete = r.order.length === ids.length && new Set(r.order).size === ids.length;
    return unknownId(r.order, ids, 'a step') ?? (complete ? null : 'Put every step in the order once.');
  },
  grade: (item, r) => gradeResult(orderScore(item.key, r.order), []),
  keyResponse: (item) => ({ type: 'order', order: [...item.key] }),
  wrongResponse: (item, sample) => {
    const steps = [...item.key];
    const swaps = sample.int(1, 2);
    for (let i = 0; i < swaps; i++) {
      const at = sample.int(0, steps.length - 2);
      [steps[at], steps[at + 1]] = [steps[at + 1] as string, steps[at] as string];
    }
    if (steps.every((id, i) => id === item.key[i])) steps.reverse();
    return { type: 'order', order: steps };
  },
  feedback: (item, r) => ({ type: 'order', key: item.key, order: r.order, steps: item.steps.map((s) => ({ id: s.id, feedback: s.feedback })) }),
  feedbackForBrowser: (f, id) => ({
    ...f,
    key: f.key.map((s) => id('step', s)),
    order: f.order.map((s) => id('step', s)),
    steps: f.steps.map((s) => ({ ...s, id: id('step', s.id) })),
  }),
  secretTexts: (item) => item.steps.map((s) => s.feedback),
  describeResponse: (item, r) => numbered(item, r.order),
  describeKey: (item) => numbered(item, item.key),
  responseKey: (r) => `order:${r.order.join(',')}`,
  misconceptions: () => [],
  guide: (item, t = englishWords) => {
    const steps = item.key.map((id) => item.steps.find((s) => s.id === id)).filter((s) => s !== undefined);
    return {
      context: null,
      choiceHeading: t('guide.step'),
      rightHeading: t('guide.place'),
      rows: steps.map((s, i) => ({ key: s.id, choice: s.text, right: String(i + 1), feedback: s.feedback })),
    };
  },
  optionCounts: () => null,
});
