import { describe, expect, it } from 'vitest';
import { idSchema } from '@/content/schema';
import { itemParts } from './parts';
import { partIds } from './public-ids';
import { allTestItems, match, single } from './test-items';

const SECRET = 'one-secret-one-secret-one-secret-0123456789';
const OTHER = 'another-secret-another-secret-another-0123';
const withParts = allTestItems.filter((item) => itemParts(item).length > 0);

describe('public part ids', () => {
  it('covers every item type that has parts', () => {
    expect(withParts.map((i) => i.type).sort()).toEqual(['highlight', 'match', 'multiple', 'order', 'scope', 'single']);
  });

  it.each(withParts.map((i) => [i.type, i] as const))('%s: round trip, opaque, valid ids', (_, item) => {
    const ids = partIds('quiz', item, SECRET);
    const authorIds = itemParts(item).map(([, id]) => id);
    const shown = itemParts(item).map(([kind, id]) => ids.toPublic(kind, id));
    expect(itemParts(item).map(([kind], i) => ids.toAuthor(kind, shown[i] as string))).toEqual(authorIds);
    expect(new Set(shown).size).toBe(shown.length);
    for (const id of shown) {
      expect(id.length).toBeGreaterThanOrEqual(8);
      expect(idSchema.safeParse(id).success).toBe(true);
      expect(authorIds).not.toContain(id);
    }
  });

  it('is stable for a secret, and differs across secrets, quizzes and kinds', () => {
    const a = partIds('quiz', single, SECRET).toPublic('option', 'a');
    // a copy of the item is a new cache entry: the id is computed again, not remembered
    expect(partIds('quiz', structuredClone(single), SECRET).toPublic('option', 'a')).toBe(a);
    expect(partIds('quiz', single, OTHER).toPublic('option', 'a')).not.toBe(a);
    expect(partIds('other-quiz', single, SECRET).toPublic('option', 'a')).not.toBe(a);
    expect(partIds('quiz', match, SECRET).toPublic('claim', 'c1')).not.toBe(partIds('quiz', match, SECRET).toPublic('party', 'c1'));
  });

  it('rejects an id it never sent: an author id, another kind, another secret', () => {
    const ids = partIds('quiz', single, SECRET);
    expect(ids.toAuthor('option', 'a')).toBeUndefined();
    expect(ids.toAuthor('step', ids.toPublic('option', 'a'))).toBeUndefined();
    expect(ids.toAuthor('option', partIds('quiz', single, OTHER).toPublic('option', 'a'))).toBeUndefined();
    expect(ids.toAuthor('option', 'zz')).toBeUndefined();
  });
});
