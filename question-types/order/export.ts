// order -> order interaction. Claimcheck scores the share of step pairs in the right relative order; QTI has no
// "position of" operator, so each pair of steps (a before b in the key) is one condition: some positions p < q hold
// a and b. Written with index/match/and/or, all standard QTI expressions.
import { h, type XElement } from '@/lib/export/xml';
import { RESPONSE, baseId, declaration, scoreBySum, simpleChoices, variable } from '@/lib/export/qti/build';
import type { TypeExport } from '@/lib/export/mapping';
import type { OrderItem } from './schema';

const at = (n: number) => h('index', { n }, variable(RESPONSE));
const isAt = (n: number, id: string) => h('match', {}, at(n), baseId(id));

function before(a: string, b: string, length: number): XElement {
  const options: XElement[] = [];
  for (let p = 1; p <= length; p++) for (let q = p + 1; q <= length; q++) options.push(h('and', {}, isAt(p, a), isAt(q, b)));
  return h('or', {}, options);
}

export const orderExport: TypeExport<OrderItem> = {
  label: 'Order the steps',
  qti(item, ids) {
    const key = item.key.map((k) => ids('step', k));
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < key.length; i++) for (let j = i + 1; j < key.length; j++) pairs.push([key[i] as string, key[j] as string]);
    const steps = item.steps.map((s) => ({ id: ids('step', s.id), text: s.text }));
    return {
      declarations: [declaration(RESPONSE, 'ordered', 'identifier', key)],
      // shuffle is always on: the authored order of the steps may be the key
      body: [h('orderInteraction', { responseIdentifier: RESPONSE, shuffle: true }, simpleChoices(steps))],
      // count the pairs in whole numbers, then divide once: adding 1/15 fifteen times is not exactly 1 in floating point
      scoring: [
        h(
          'responseCondition',
          {},
          h(
            'responseIf',
            {},
            h('not', {}, h('isNull', {}, variable(RESPONSE))),
            scoreBySum(pairs.map(([a, b]) => ({ when: before(a, b, key.length), weight: 1 }))),
            h('setOutcomeValue', { identifier: 'SCORE' }, h('divide', {}, variable('SCORE'), h('baseValue', { baseType: 'float' }, String(pairs.length)))),
          ),
        ),
      ],
      feedbackFrom: [],
      keyedFeedback: [],
      partFeedback: item.key.map((k, i) => `${i + 1}. ${item.steps.find((s) => s.id === k)?.text ?? k}: ${item.steps.find((s) => s.id === k)?.feedback ?? ''}`),
      interactionTypes: ['orderInteraction'],
    };
  },
  lms(item) {
    const text = (k: string) => item.steps.find((s) => s.id === k)?.text ?? k;
    return {
      lead: [],
      moodle: { qtype: 'ordering', steps: item.key.map(text) },
      partFeedback: item.key.map((k, i) => `${i + 1}. ${text(k)}: ${item.steps.find((s) => s.id === k)?.feedback ?? ''}`),
    };
  },
  // no wrong answer carries a tag
  tagged: () => [],
  // its row in the mapping table of docs/exports.md (npm run docs:exports writes the table)
  mapping: {
    qti: 'order interaction (always shuffled)',
    scoring: 'share of step pairs in the right order: for every pair one condition (`index`, `match`, `and`, `or`), counted in whole numbers, then divided by the number of pairs',
    moodle: '`ordering` (qtype_ordering), grading "relative to all previous and next"',
    gift: 'fallback: matching, each step to "Step 1", "Step 2", …',
  },
  losses: {
    qti: ['Feedback on each step is shown with the explanation, in the right order.'],
    moodle: [
      'Uses the "ordering" question type (qtype_ordering: in Moodle\'s own code in recent releases, a plugin to install on older sites), graded "relative to all the previous and next items": the same share of step pairs in the right order as Claimcheck. Per-step feedback goes into the general feedback.',
    ],
    gift: [
      'GIFT has no ordering question (qtype_ordering\'s own GIFT extension is not standard GIFT): the fallback is a matching question, each step to its position ("Step 1", "Step 2", ...), scored per step in the right place, not per pair of steps.',
    ],
  },
};
