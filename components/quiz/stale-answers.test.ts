import { describe, expect, it } from 'vitest';
import type { PublicItem } from '@/lib/quiz/public';
import type { QuizData } from './quiz-store';
import { dropStale } from './stale-answers';

const base = { prompt: 'Q', sentences: ['p1-s1'], stimulus: [], shuffle: true };
const items: PublicItem[] = [
  { ...base, id: 'pick', type: 'single', options: [{ id: '3f9c0a1b2c4d', text: 'A' }, { id: '77aa01bc9e20', text: 'B' }] },
  { ...base, id: 'steps', type: 'order', steps: [{ id: 'aa11', text: 'One' }, { id: 'bb22', text: 'Two' }, { id: 'cc33', text: 'Three' }] },
  { ...base, id: 'kind', type: 'classify', statement: 'S' },
];

describe('answers kept on a device from before public ids', () => {
  const saved: Partial<QuizData> = {
    position: 2,
    confidence: { pick: 'sure', kind: 'fairly' },
    drafts: { pick: { type: 'single', choice: 'a' }, steps: { type: 'order', order: ['bb22', 'aa11', 'cc33'] } },
    answers: {
      pick: { response: { type: 'single', choice: 'a' }, confidence: 'sure' },
      steps: { response: { type: 'order', order: ['bb22', 'aa11', 'cc33'] }, confidence: 'sure' },
      kind: { response: { type: 'classify', status: 'claim' }, confidence: 'fairly' },
      gone: { response: { type: 'classify', status: 'claim' } },
    },
    outbox: [
      { itemId: 'pick', answer: { response: { type: 'single', choice: 'a' } }, seq: 1 },
      { itemId: 'kind', answer: { response: { type: 'classify', status: 'claim' } }, seq: 2 },
    ],
    // an order feedback kept by an older version, without the student's order, in author ids
    feedback: { steps: { type: 'order', key: ['one', 'two', 'three'], steps: [] } as never },
  };

  it('drop, per question, everything that names an id the question no longer has, and keep the rest', () => {
    const kept = dropStale(saved, items);
    expect(Object.keys(kept.answers ?? {})).toEqual(['kind']);
    expect(kept.drafts).toEqual({});
    expect(kept.feedback).toEqual({});
    expect(kept.outbox?.map((p) => p.itemId)).toEqual(['kind']);
    expect(kept.position).toBe(2);
    expect(kept.confidence).toEqual(saved.confidence);
  });

  it('leave answers in current ids as they are', () => {
    const current: Partial<QuizData> = {
      drafts: { pick: { type: 'single', choice: '77aa01bc9e20' } },
      answers: { pick: { response: { type: 'single', choice: '77aa01bc9e20' } }, kind: { response: { type: 'classify', status: 'opinion' } } },
      outbox: [],
    };
    expect(dropStale(current, items)).toBe(current);
    expect(dropStale({}, items)).toEqual({});
  });
});
