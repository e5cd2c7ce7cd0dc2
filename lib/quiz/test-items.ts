// Small hand-made items of every type, for unit tests.
import { itemSchema, type Item, type ItemOf } from '@/content/schema';

const base = { prompt: 'A question?', sentences: ['p1-s1'], explanation: 'How a fact-checker reasons.' };
const parse = <T extends Item['type']>(raw: Record<string, unknown>) => itemSchema.parse({ ...base, ...raw }) as ItemOf<T>;

export const single = parse<'single'>({
  id: 'single-item',
  type: 'single',
  key: 'b',
  options: [
    { id: 'a', text: 'Officials said so', feedback: 'Officials are a party.', misconception: 'official-source' },
    { id: 'b', text: 'Only one side says so', feedback: 'Right: one party.' },
    { id: 'c', text: 'Nobody can know', feedback: 'Too far.', misconception: 'both-sides-unknowable' },
  ],
});
export const multiple = parse<'multiple'>({
  id: 'multiple-item',
  type: 'multiple',
  key: ['a', 'b'],
  options: [
    { id: 'a', text: 'A', feedback: 'fa' },
    { id: 'b', text: 'B', feedback: 'fb' },
    { id: 'c', text: 'C', feedback: 'fc', misconception: 'precise-number' },
    { id: 'd', text: 'D', feedback: 'fd', misconception: 'quoted-true' },
  ],
});
export const classify = parse<'classify'>({
  id: 'classify-item',
  type: 'classify',
  statement: 'Over 71 militants were killed.',
  key: 'claim',
  options: [
    { id: 'verified', feedback: 'fv', misconception: 'precise-number' },
    { id: 'claim', feedback: 'fc' },
    { id: 'disputed', feedback: 'fd' },
    { id: 'opinion', feedback: 'fo' },
  ],
});
export const highlight = parse<'highlight'>({
  id: 'highlight-item',
  type: 'highlight',
  passage: 'Security sources confirmed that the strikes were surgical, officials said.',
  targets: [
    { id: 't1', text: 'Security sources confirmed', kind: 'attribution', feedback: 'tf1' },
    { id: 't2', text: 'surgical', kind: 'judgement', feedback: 'tf2' },
  ],
  decoys: [{ id: 'd1', text: 'strikes', feedback: 'df', misconception: 'writer-verb' }],
  otherFeedback: 'Not a target.',
});
export const match = parse<'match'>({
  id: 'match-item',
  type: 'match',
  parties: [
    { id: 'pk', name: 'Pakistani officials' },
    { id: 'tb', name: 'Taliban' },
  ],
  claims: [
    { id: 'c1', text: '71 militants', party: 'pk', feedback: 'f1' },
    { id: 'c2', text: '46 civilians', party: 'tb', feedback: 'f2', misconception: 'agency-vouches' },
  ],
});
export const order = parse<'order'>({
  id: 'order-item',
  type: 'order',
  steps: [
    { id: 's1', text: 'Stop', feedback: 'f1' },
    { id: 's2', text: 'Search', feedback: 'f2' },
    { id: 's3', text: 'Trace', feedback: 'f3' },
  ],
  key: ['s1', 's2', 's3'],
});
export const scope = parse<'scope'>({
  id: 'scope-item',
  type: 'scope',
  finding: 'An older copy of the photo exists from 2022.',
  statements: [
    { id: 'x1', text: 'This photo predates the strikes', proves: true, feedback: 'f1' },
    { id: 'x2', text: 'No civilians died', proves: false, feedback: 'f2', misconception: 'debunk-true' },
  ],
});
export const written = parse<'written'>({
  id: 'written-item',
  type: 'written',
  modelAnswer: 'A model answer.',
  rubric: [
    { level: 0, label: 'Not yet', description: 'd0' },
    { level: 1, label: 'Partly', description: 'd1' },
    { level: 2, label: 'Fully', description: 'd2' },
  ],
});
export const allTestItems: Item[] = [single, multiple, classify, highlight, match, order, scope, written];
