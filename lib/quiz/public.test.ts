import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/content/load';
import type { Item } from '@/content/schema';
import { simulateAnswers } from '@/scripts/demo/simulate';
import { inPageIds } from '@/test/page-ids';
import { itemFeedback } from './feedback';
import { gradeItem } from './grade';
import { toPublicItem, toPublicQuiz } from './public';
import { feedbackForBrowser } from './public-feedback';
import { itemParts, shownPartIds } from './parts';
import { partIds } from './public-ids';
import { responseFromBrowser } from './public-responses';
import { secretTexts } from './secrets';
import { seededShuffle } from './shuffle';
import { allTestItems, order } from './test-items';
import { practiceScope } from './id-scope';

const SECRET = 'public-test-secret-public-test-secret-0123';
const root = path.resolve(import.meta.dirname, '../..');
const quizzes = ['content', 'test/fixtures/content'].flatMap((dir) => [...loadContent(path.join(root, dir)).quizzes.values()]);
const shipped = quizzes.flatMap((q) => q.sections.flatMap((s) => s.items.map((item) => ({ quiz: q, item }))));

describe('public items', () => {
  it('the tests see both content dirs', () => {
    expect(quizzes.map((q) => q.id)).toEqual(expect.arrayContaining(['paktika-practice', 'river-flood-quiz']));
  });

  it.each([...allTestItems, ...shipped.map((s) => s.item)].map((i) => [i.id, i] as const))('%s carries no key, feedback or explanation', (_, item) => {
    const json = JSON.stringify(toPublicItem(item, partIds(practiceScope('quiz'), item, SECRET)));
    for (const secret of secretTexts(item)) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/"(key|feedback|explanation|misconception|proves|party|modelAnswer|otherFeedback)":/);
  });

  it.each(shipped.map(({ quiz, item }) => [`${quiz.id}/${item.id}`, quiz.id, item] as const))(
    '%s names its parts by public ids only',
    (_, quizId, item: Item) => {
      const pub = toPublicItem(item, partIds(practiceScope(quizId), item, SECRET));
      const authorIds = itemParts(item).map(([, id]) => id);
      expect(authorIds).not.toContain(item.id); // else the item's own id would be a false alarm below
      const json = JSON.stringify(pub);
      for (const id of authorIds) expect(json, id).not.toContain(`"id":"${id}"`);
      for (const id of shownPartIds(pub)) expect(authorIds, id).not.toContain(id);
      // positive control: the public ids do stand in id position, so the scan above can see an id
      for (const id of shownPartIds(pub)) expect(json).toContain(`"id":"${id}"`);
    },
  );

  it('gives every part of the shipped quizzes a public id', () => {
    const counted = shipped.reduce((n, { quiz, item }) => n + shownPartIds(toPublicItem(item, partIds(practiceScope(quiz.id), item, SECRET))).length, 0);
    expect(counted).toBeGreaterThan(100);
  });

  it('never sends order steps in the key order', () => {
    const ids = partIds(practiceScope('quiz'), order, SECRET);
    const pub = toPublicItem(order, ids);
    expect(pub.type === 'order' && pub.steps.map((s) => ids.toAuthor('step', s.id))).not.toEqual(order.key);
  });

  it('a public quiz made with another secret has other ids', () => {
    const [quiz] = quizzes;
    if (!quiz) throw new Error('no quiz');
    expect(JSON.stringify(toPublicQuiz(quiz, practiceScope(quiz.id), SECRET))).not.toBe(JSON.stringify(toPublicQuiz(quiz, practiceScope(quiz.id), `${SECRET}-other`)));
  });
});

describe('answers given in public ids', () => {
  // right and wrong answers of students of every ability, written in author ids, then put in the page's ids the way
  // the player does (by the text the student reads)
  const cases = quizzes.flatMap((quiz) =>
    [-2, 0, 2].flatMap((ability, n) =>
      simulateAnswers(quiz, ability, 40 + n).map((a) => {
        const item = quiz.sections.flatMap((s) => s.items).find((i) => i.id === a.itemId) as Item;
        return { quiz, item, response: a.response };
      }),
    ),
  );

  it('grade exactly as the same answers in author ids, and come back with ids the page knows', () => {
    expect(cases.length).toBeGreaterThan(60);
    expect(new Set(cases.map((c) => gradeItem(c.item, c.response).score)).size).toBeGreaterThan(2);
    for (const { quiz, item, response } of cases) {
      const ids = partIds(practiceScope(quiz.id), item, SECRET);
      const pub = toPublicItem(item, ids);
      const read = responseFromBrowser(item, inPageIds(item, pub, response), ids);
      if ('problem' in read) throw new Error(`${item.id}: ${read.problem}`);
      expect(read.response, item.id).toEqual(response);
      expect(gradeItem(item, read.response), item.id).toEqual(gradeItem(item, response));
      const feedback = feedbackForBrowser(itemFeedback(item, read.response), ids);
      const sent = JSON.stringify(feedback);
      for (const [, id] of itemParts(item)) {
        for (const field of ['id', 'party', 'chosen']) expect(sent, `${item.id}: ${id}`).not.toContain(`"${field}":"${id}"`);
      }
      if (feedback.type === 'order') expect([...feedback.key, ...feedback.order].every((id) => shownPartIds(pub).includes(id))).toBe(true);
    }
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
