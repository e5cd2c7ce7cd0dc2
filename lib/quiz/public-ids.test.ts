import { describe, expect, it } from 'vitest';
import { idSchema, itemSchema } from '@/content/schema';
import { ITEM_TYPES, questionType } from '@/question-types/lookup';
import { itemParts } from './parts';
import { assignmentScope, practiceScope } from './id-scope';
import { partIds } from './public-ids';
import { allTestItems, match, single } from './test-items';

const Q = practiceScope('quiz');
const SECRET = 'one-secret-one-secret-one-secret-0123456789';
const OTHER = 'another-secret-another-secret-another-0123';
const withParts = allTestItems.filter((item) => itemParts(item).length > 0);

describe('public part ids', () => {
  it('covers every registered type that has parts', () => {
    // read off the registry, so a new type with parts is tested here without editing this file
    const registered = ITEM_TYPES.filter((type) => itemParts(itemSchema.parse(questionType(type).example)).length > 0);
    expect(registered.length).toBeGreaterThan(0);
    expect(withParts.map((i) => i.type).sort()).toEqual([...registered].sort());
  });

  it.each(withParts.map((i) => [i.type, i] as const))('%s: round trip, opaque, valid ids', (_, item) => {
    const ids = partIds(Q, item, SECRET);
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
    const a = partIds(Q, single, SECRET).toPublic('option', 'a');
    // a copy of the item is a new cache entry: the id is computed again, not remembered
    expect(partIds(Q, structuredClone(single), SECRET).toPublic('option', 'a')).toBe(a);
    expect(partIds(Q, single, OTHER).toPublic('option', 'a')).not.toBe(a);
    expect(partIds(practiceScope('other-quiz'), single, SECRET).toPublic('option', 'a')).not.toBe(a);
    expect(partIds(Q, match, SECRET).toPublic('claim', 'c1')).not.toBe(partIds(Q, match, SECRET).toPublic('party', 'c1'));
  });

  it('differs between practice and each assignment of the same quiz', () => {
    const inPractice = partIds(Q, single, SECRET).toPublic('option', 'a');
    const inA = partIds(assignmentScope({ id: 'a1', quizId: 'quiz' }), single, SECRET);
    const inB = partIds(assignmentScope({ id: 'a2', quizId: 'quiz' }), single, SECRET);
    expect(new Set([inPractice, inA.toPublic('option', 'a'), inB.toPublic('option', 'a')]).size).toBe(3);
    expect(inA.toAuthor('option', inPractice)).toBeUndefined();
    expect(inA.toAuthor('option', inB.toPublic('option', 'a'))).toBeUndefined();
  });

  it('rejects an id it never sent: an author id, another kind, another secret', () => {
    const ids = partIds(Q, single, SECRET);
    expect(ids.toAuthor('option', 'a')).toBeUndefined();
    expect(ids.toAuthor('step', ids.toPublic('option', 'a'))).toBeUndefined();
    expect(ids.toAuthor('option', partIds(Q, single, OTHER).toPublic('option', 'a'))).toBeUndefined();
    expect(ids.toAuthor('option', 'zz')).toBeUndefined();
  });
});
