import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/content/load';
import { toPublicItem } from './public';
import { secretTexts } from './secrets';
import { seededShuffle } from './shuffle';
import { allTestItems, order } from './test-items';

describe('public items', () => {
  const shipped = [...loadContent(path.resolve(import.meta.dirname, '../../content')).quizzes.values()].flatMap((q) =>
    q.sections.flatMap((s) => s.items),
  );
  it.each([...allTestItems, ...shipped].map((i) => [i.id, i] as const))('%s carries no key, feedback or explanation', (_, item) => {
    const json = JSON.stringify(toPublicItem(item));
    for (const secret of secretTexts(item)) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/"(key|feedback|explanation|misconception|proves|party|modelAnswer|otherFeedback)":/);
  });
  it('never sends order steps in the key order', () => {
    const pub = toPublicItem(order);
    expect(pub.type === 'order' && pub.steps.map((s) => s.id)).not.toEqual(order.key);
  });
});

describe('seededShuffle', () => {
  it('is stable for a seed and differs across seeds', () => {
    const list = Array.from({ length: 8 }, (_, i) => i);
    expect(seededShuffle(list, 'a')).toEqual(seededShuffle(list, 'a'));
    expect(seededShuffle(list, 'a')).not.toEqual(seededShuffle(list, 'b'));
    expect([...seededShuffle(list, 'a')].sort()).toEqual(list);
  });
});
